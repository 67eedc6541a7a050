"""Issue 37 (point 5): `jris publish` under limits. Under an address-space limit (`ulimit -v`)
it still writes the whole site, and says in one line what the limit cost; when a file cannot
be written it says so in one line naming the folder; what a killed publish left in the served
folder is removed by the next one, but never what a live publish is writing."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

from pipelines.release.site.charts import CHARTS
from schemas import CONTRACTS
from tests.integration.hostile import JRIS, assert_one_line_error, jris

GIB = 1024**3
ADDRESS_SPACE = 4 * GIB  # a realistic `ulimit -v` for a shared build machine


def _limit(kind: int, value: int, ignore: signal.Signals | None = None) -> Callable[[], None]:
    def preexec() -> None:
        resource.setrlimit(kind, (value, value))
        if ignore is not None:
            signal.signal(ignore, signal.SIG_IGN)

    return preexec


def _publish(wh: Path, dest: Path, **kw: object) -> subprocess.CompletedProcess[str]:
    return jris("publish", "--warehouse-dir", wh, "--to", dest, **kw)  # type: ignore[arg-type]


def _hidden(dest: Path) -> list[str]:
    return sorted(p.name for p in dest.iterdir() if p.name.startswith("."))


def _dead_pid() -> int:
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


def test_publish_completes_under_an_address_space_limit(released, tmp_path: Path) -> None:
    paths, outcome = released
    dest = tmp_path / "site"
    done = _publish(paths.warehouse_dir, dest, preexec=_limit(resource.RLIMIT_AS, ADDRESS_SPACE))
    assert done.returncode == 0, done.stderr
    assert f"published {outcome.version}" in done.stdout
    assert _hidden(dest) == []  # no half-written site left beside the real one
    pages = {p.relative_to(dest).as_posix() for p in dest.rglob("*.html")}
    assert {f"site/tables/{t}.html" for t in CONTRACTS} <= pages
    assert {"index.html", "site/charts.html", "site/comparisons.html"} <= pages
    charts = LexborHTMLParser((dest / "site" / "charts.html").read_text("utf-8"))
    figures = charts.css("figure.chart")
    assert [f.attributes.get("id") for f in figures] == [f"chart-{c.name}" for c in CHARTS]
    for c in CHARTS:  # each chart is drawn, or its spec is there to draw it from
        assert (dest / "site" / "charts" / f"{c.name}.vl.json").is_file()
    drawn = [f for f in figures if f.css_first("svg") is not None]
    if len(drawn) < len(CHARTS):  # then one line says which limit the renderer needs
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and "ulimit -v" in lines[0] and "4.0 GiB" in lines[0], lines
        assert "Traceback" not in done.stderr
    else:
        assert done.stderr.strip() == ""


def test_a_full_disk_is_one_line_naming_the_folder(released, tmp_path: Path) -> None:
    """A file-size limit stands in for a full disk: writing fails the same way, EFBIG for
    ENOSPC. The publish says so in one line and leaves nothing half-written behind."""
    paths, _ = released
    dest = tmp_path / "site"
    done = _publish(paths.warehouse_dir, dest,
                    preexec=_limit(resource.RLIMIT_FSIZE, 200_000, signal.SIGXFSZ))  # fmt: skip
    assert_one_line_error(done, str(dest), "File too large")
    assert "unexpected" not in done.stderr
    assert _hidden(dest) == []


def test_the_next_publish_removes_what_a_killed_one_left(released, tmp_path: Path) -> None:
    paths, outcome = released
    dest, marker = tmp_path / "site", tmp_path / "paused"
    env = {**os.environ, "JRIS_PAUSE_AT": "publish-site", "JRIS_PAUSE_MARKER": str(marker)}
    first = subprocess.Popen(
        [JRIS, "publish", "--warehouse-dir", str(paths.warehouse_dir), "--to", str(dest)],
        env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        for _ in range(3000):  # a guard against a hang, not a timing
            if marker.exists() or first.poll() is not None:
                break
            time.sleep(0.1)
        assert marker.exists(), first.stderr.read() if first.stderr else ""
        writing = _hidden(dest)
        assert writing and all(str(first.pid) in name for name in writing), writing
        # a second publish while the first is live: refused at once, the first's files kept
        second = _publish(paths.warehouse_dir, dest)
        assert_one_line_error(second, str(dest), "busy")
        assert _hidden(dest) == writing
    finally:
        first.kill()
        first.wait()
    dead, live = _dead_pid(), os.getpid()
    hex32 = "0123456789abcdef" * 2
    left = [
        f".incoming-{outcome.version}-pid{dead}-{hex32}",
        f".site-pid{dead}-{hex32}",
        f".site-old-pid{dead}-{hex32}",
        f".site-{hex32}",
    ]  # the last as older jris named it
    for name in left:
        (dest / name / "site").mkdir(parents=True)
        (dest / name / "site" / "half.html").write_text("<p>half", encoding="utf-8")
    partial = [
        f".jris-{outcome.version}.tar.gz.pid{dead}-{hex32}",
        f".index-pid{dead}-{hex32}.html",
        f".versions.json.pid{dead}-{hex32}",
        "jris-9.9.9.tar.gz",
    ]  # an archive whose version never landed
    for name in partial:
        (dest / name).write_bytes(b"\x1f\x8b half an archive")
    kept = f".incoming-{outcome.version}-pid{live}-{hex32}"  # a live process's: not touched
    (dest / kept).mkdir()
    third = _publish(paths.warehouse_dir, dest)
    assert third.returncode == 0, third.stderr
    assert _hidden(dest) == [kept]
    assert not (dest / "jris-9.9.9.tar.gz").exists()
    assert (dest / "index.html").is_file() and (dest / "site" / "charts.html").is_file()
    assert (dest / outcome.version / "SHA256SUMS").is_file()
