"""How the pipeline's cost grows with its work: the real assets (`jris release`) on synthetic
corpora of N documents, one fresh process and warehouse per size.

    .venv/bin/python -m benchmarks.scale                 # N = 10, 100, 1000, 5000
    .venv/bin/python -m benchmarks.scale --sizes 10 100  # a quick look

Prints per stage seconds, documents/s and MB/s, peak RSS (the pipeline's process, its largest
child process: an extraction worker or the quality report, and all of them together), the
ratios between sizes, the extraction stage at 1000 documents with one worker and with two, and
typical queries on the largest release, warm.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import duckdb

QUERIES = {
    "facts by unit and year": (
        "SELECT period_start, count(*), sum(value) FROM facts "
        "WHERE unit = 'JPY' AND period_start BETWEEN 1990 AND 2010 GROUP BY 1 ORDER BY 1"
    ),
    "facts joined to entities": (
        "SELECT e.name, count(*) AS n FROM entity_mentions m JOIN entities e USING (entity_id) "
        "JOIN facts f ON f.block_id = m.block_id WHERE f.unit = 'count' "
        "GROUP BY 1 ORDER BY n DESC LIMIT 10"
    ),
    "indicators by prefecture": (
        "SELECT p.name_en, count(*) AS n, avg(i.value) FROM indicators i "
        "JOIN prefectures p ON i.geography = p.code GROUP BY 1 ORDER BY n DESC"
    ),
}


def _step_seconds(result: Any) -> dict[str, float]:
    return {
        e.step_key: e.event_specific_data.duration_ms / 1000
        for e in result.all_events
        if e.event_type_value == "STEP_SUCCESS" and e.step_key
    }


def _metadata(result: Any, asset: str) -> dict[str, Any]:
    for event in result.get_asset_materialization_events():
        if event.asset_key.to_user_string() == asset:
            mat = event.step_materialization_data.materialization
            return {k: getattr(v, "value", v) for k, v in mat.metadata.items()}
    return {}


def _rss_mib(pid: int | str = "self") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:  # the process has ended
        pass
    return 0.0


def _descendants(pid: int) -> list[int]:
    """Child processes (extraction workers, the quality report), read from /proc."""
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            kids = [int(k) for k in (task / "children").read_text().split()]
        except OSError:
            continue
        for kid in kids:
            out += [kid, *_descendants(kid)]
    return out


def _current_rss_mib() -> float:
    return _rss_mib()


def _rss_by_step(
    result: Any, samples: list[tuple[float, float]], started: float
) -> dict[str, float]:
    """Peak RSS of this process while each step ran. Steps run one after another in this
    process; their windows are laid end to end from the run's start (approximate: the gaps
    between steps are left out)."""
    out: dict[str, float] = {}
    t = started
    for step, seconds in _step_seconds(result).items():
        inside = [rss for when, rss in samples if t <= when <= t + seconds]
        out[step] = max(inside, default=0.0)
        t += seconds
    return out


def time_queries(release_dir: Path, repeat: int = 5) -> dict[str, float]:
    """Median warm milliseconds of each query on the release's Parquet files."""
    con = duckdb.connect()
    for f in sorted((release_dir / "data").glob("*.parquet")):
        con.execute(f"CREATE VIEW \"{f.stem}\" AS SELECT * FROM read_parquet('{f}')")
    out = {}
    for name, sql in QUERIES.items():
        con.execute(sql).fetchall()  # warm
        runs = []
        for _ in range(repeat):
            start = time.perf_counter()
            con.execute(sql).fetchall()
            runs.append((time.perf_counter() - start) * 1000)
        out[name] = statistics.median(runs)
    return out


def run_one(n: int, workers: int, root: Path, queries: bool) -> dict[str, Any]:
    """Build the corpus, run the release in this process, measure."""
    from benchmarks.synthetic import make_corpus
    from pipelines.orchestration.runner import run_assets
    from pipelines.plumbing.settings import Paths

    raw = make_corpus(root, n)
    mb = sum(p.stat().st_size for p in raw.glob("*.txt")) / 1e6
    paths = Paths(raw, root / "warehouse")
    samples: list[tuple[float, float]] = []  # (time, RSS MiB) of this process
    children: list[tuple[float, float]] = []  # (largest child's RSS, all processes' RSS) in MiB
    stop = threading.Event()

    def sample() -> None:
        me = os.getpid()
        while not stop.wait(0.1):
            own = _current_rss_mib()
            kids = [_rss_mib(k) for k in _descendants(me)]
            samples.append((time.time(), own))
            children.append((max(kids, default=0.0), own + sum(kids)))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    start, started = time.perf_counter(), time.time()
    run = run_assets(paths, publish=True, workers=workers, log_level="ERROR")
    total = time.perf_counter() - start
    stop.set()
    sampler.join()
    steps = _step_seconds(run.result)
    extraction = _metadata(run.result, "document_extractions")
    release = _metadata(run.result, "release")
    wall = float(extraction.get("seconds/wall", 0.0))
    worker_sums = {k[8:]: float(v) for k, v in extraction.items() if k.startswith("seconds/")}
    busy = sum(v for k, v in worker_sums.items() if k != "wall") or 1.0
    stages = {  # extraction stages: wall-clock shares of the worker time each took
        s: wall * worker_sums.get(s, 0.0) / busy
        for s in ("read", "blocks_and_tables", "facts", "curated", "validate", "write")
    }
    stages["extraction_overhead"] = max(0.0, steps.get("document_partitions", 0.0) - wall)
    stages["stage_corpus"] = steps.get("corpus_tables", 0.0)
    stages["curated_tables"] = steps.get("curated_tables", 0.0) + steps.get("prefectures", 0.0)
    stages["warehouse_load"] = steps.get("warehouse", 0.0)
    stages["parquet"] = float(release.get("seconds/parquet", 0.0))
    stages["quality"] = float(release.get("seconds/quality", 0.0))
    stages["release_other"] = max(
        0.0, steps.get("release", 0.0) - stages["parquet"] - stages["quality"]
    )
    outcome = run.release
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Children's RSS as sampled: getrusage(RUSAGE_CHILDREN) would count, for a process started
    # by fork and exec, the pages of this process at the fork as its own.
    child_mb = max((c for c, _ in children), default=0.0)
    total_mb = max((t for _, t in children), default=0.0)
    return {
        "n": n,
        "workers": extraction.get("workers"),
        "mb": mb,
        "total": total,
        "extraction": steps.get("document_partitions", 0.0),
        "extraction_pool": wall,
        "stages": stages,
        "rss_main_mb": self_kb / 1024,
        "rss_by_step": _rss_by_step(run.result, samples, started),
        "rss_worker_mb": child_mb,
        "rss_total_mb": total_mb,
        "published": outcome.published,
        "queries_ms": time_queries(outcome.path) if queries and outcome.path else {},
    }


def n_events(n: int) -> int:
    """Materializations Dagster records for n partitions: source_documents and
    document_extractions, one each per partition."""
    return 2 * n


def _measure(n: int, workers: int, queries: bool) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "benchmarks.scale", "--one", str(n), "--workers", str(workers)]
    if queries:
        cmd.append("--queries")
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise SystemExit(f"N={n} failed:\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000, 5000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--queries", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        with tempfile.TemporaryDirectory(prefix="jris-scale-") as tmp:
            print(json.dumps(run_one(args.one, args.workers, Path(tmp), args.queries)))
        return

    results = []
    for n in args.sizes:
        r = _measure(n, args.workers, queries=n == max(args.sizes))
        results.append(r)
        print(
            f"N={n:>5}: {r['total']:8.1f} s total, {n / r['total']:6.1f} docs/s, "
            f"{r['mb'] / r['total']:5.2f} MB/s ({r['mb']:.1f} MB), "
            f"peak RSS {r['rss_main_mb']:.0f} MiB, largest child process "
            f"{r['rss_worker_mb']:.0f} MiB, all processes together {r['rss_total_mb']:.0f} MiB",
            flush=True,
        )
    stages = list(results[0]["stages"])
    print("\nseconds per stage (extraction stages: wall-clock share of the workers' time)")
    print(f"{'stage':<22}" + "".join(f"{'N=' + str(r['n']):>12}" for r in results))
    for s in stages:
        print(f"{s:<22}" + "".join(f"{r['stages'][s]:12.2f}" for r in results))
    print(f"{'total':<22}" + "".join(f"{r['total']:12.2f}" for r in results))
    print("\npeak RSS of the pipeline process while each step ran (MiB)")
    for step in results[0]["rss_by_step"]:
        print(f"{step:<22}" + "".join(f"{r['rss_by_step'].get(step, 0):12.0f}" for r in results))
    print("\nratios between sizes (per-document time; peak RSS of the pipeline process, of the")
    print("largest process of any kind, and of all processes together)")
    for a, b in zip(results, results[1:], strict=False):
        per_a, per_b = a["total"] / a["n"], b["total"] / b["n"]
        largest_a = max(a["rss_main_mb"], a["rss_worker_mb"])
        largest_b = max(b["rss_main_mb"], b["rss_worker_mb"])
        print(
            f"  N={a['n']} -> {b['n']}: time/doc {per_b / per_a:5.2f}x "
            f"({per_a * 1000:.1f} -> {per_b * 1000:.1f} ms), "
            f"RSS {b['rss_main_mb'] / a['rss_main_mb']:4.2f}x, "
            f"largest {largest_b / largest_a:4.2f}x ({largest_a:.0f} -> {largest_b:.0f} MiB), "
            f"together {b['rss_total_mb'] / a['rss_total_mb']:4.2f}x"
        )
    if 1000 in args.sizes:
        one = _measure(1000, 1, queries=False)
        two = next(r for r in results if r["n"] == 1000)
        print(
            f"\nextraction at N=1000, the whole step: 1 worker {one['extraction']:.1f} s, "
            f"{two['workers']} workers {two['extraction']:.1f} s: "
            f"{one['extraction'] / two['extraction']:.2f}x"
        )
        print(
            f"extraction at N=1000, the process pool alone (without Dagster recording "
            f"{n_events(1000)} partition materializations): 1 worker {one['extraction_pool']:.1f} s,"
            f" {two['workers']} workers {two['extraction_pool']:.1f} s: "
            f"{one['extraction_pool'] / two['extraction_pool']:.2f}x"
        )
    largest = results[-1]
    print(f"\nqueries on the N={largest['n']} release (median of 5, warm):")
    for name, ms in largest["queries_ms"].items():
        print(f"  {name:<28} {ms:7.1f} ms")


if __name__ == "__main__":
    main()
