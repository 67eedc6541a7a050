"""Findings 2–7 of "Nothing lost, nothing forged", each run as the user ran it: `jris release` on
a damaged copy of the bundled corpus and its published warehouse. Every error ends the process
with one line; damage to the store or the warehouse is found and healed; nothing wrong is
published. (Findings 3, 5 and 7 are in test_hostile_work.py.)"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
from collections.abc import Callable
from pathlib import Path

import duckdb
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from tests.integration.hostile import (
    assert_one_line_error,
    release,
    sql,
)

HOSOYA = "hosoya-2008-industrial-cluster-program"
BOMB = "".join(
    f"{a}: &{a} [{', '.join([f'*{p}'] * 9) if p else ', '.join(['lol'] * 9)}]\n"
    for p, a in zip(["", *"abcdefgh"], "abcdefghi", strict=True)
)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _facts(wh: Path) -> dict[str, tuple[float, str]]:
    rows = json.loads(sql(wh, "SELECT fact_id, value, quote FROM facts", "--format", "json").stdout)
    return {r["fact_id"]: (r["value"], r["quote"]) for r in rows}


# ---- finding 2: every error ends the process at once with one line ---------------------------

Damage = Callable[[Path, Path], None]
ENTITIES = "curation/entities.yaml"
FAILING: dict[str, tuple[Damage, tuple[str, ...]]] = {
    "entity without id": (
        lambda r, w: _edit(r / ENTITIES, "  - id: ins\n    name:", "  - name:"),
        ("entities.yaml", "the field 'id' is missing"),
    ),
    "entities as a mapping": (
        lambda r, w: _edit(r / ENTITIES, "entities:\n", "entities:\n  x: 1\nold:\n"),
        ("entities.yaml", "'entities:' list"),
    ),
    "curation year as a string": (
        lambda r, w: _edit(r / ENTITIES, "year: 1992", 'year: "1992"'),
        ("entities.yaml", "entity 'ins', line", "field 'year' must be a year"),
    ),
    "unreadable registry": (
        lambda r, w: ((r / "registry.yaml").unlink(), (r / "registry.yaml").mkdir()),
        ("registry.yaml: cannot be read",),
    ),
    "symlink loop in raw": (
        lambda r, w: ((r / "a.txt").symlink_to("b.txt"), (r / "b.txt").symlink_to("a.txt")),
        ("a.txt: a symbolic link that leads nowhere",),
    ),
    "tampered previous release": (
        lambda r, w: (
            (w / "releases/1.0.0/data/facts.parquet").chmod(0o644),
            (w / "releases/1.0.0/data/facts.parquet").open("ab").write(b"garbage"),
            (r / "fukushima-tohoku-innovation-policy.txt").open("a").write("\nNew: 7 firms.\n"),
        ),
        ("release 1.0.0 no longer matches its SHA256SUMS", "data/facts.parquet"),
    ),
    "version below the latest": (lambda r, w: None, ("versions only go up",)),
    "empty raw folder": (
        lambda r, w: [shutil.rmtree(p) if p.is_dir() else p.unlink() for p in r.iterdir()],
        ("holds no documents", "left as they are"),
    ),
    "registry alias bomb": (
        lambda r, w: (r / "registry.yaml").write_text(
            BOMB + "documents:\n  x:\n    file: x.txt\n    title: *i\n", encoding="utf-8"
        ),
        ("registry.yaml, line 2", "aliases (*name) are not allowed"),
    ),
    "curation alias bomb": (
        lambda r, w: (r / ENTITIES).write_text(
            BOMB + "entities:\n  - id: x\n    name: X\n    type: t\n    aliases: *i\n"
        ),
        ("entities.yaml, line 2", "aliases (*name) are not allowed"),
    ),
    "aliases as a string": (
        lambda r, w: _edit(r / ENTITIES, "aliases: [INS]", "aliases: INS"),
        ("entity 'ins', line", "field 'aliases' must be a list"),
    ),
    "an empty alias": (
        lambda r, w: _edit(r / ENTITIES, "aliases: [INS]", 'aliases: [INS, ""]'),
        ("entity 'ins', line", "field 'aliases' must be a list of non-empty strings"),
    ),
    "duplicate registry keys": (
        lambda r, w: (r / "registry.yaml").open("a").write(f"  {HOSOYA}:\n    file: other.txt\n"),
        ("registry.yaml, line", f"duplicate key '{HOSOYA}' (first at line"),
    ),
}


@pytest.mark.parametrize("case", sorted(FAILING))
def test_a_failing_run_says_one_line_and_publishes_nothing(copy, case: str) -> None:
    raw, wh = copy
    damage, needles = FAILING[case]
    damage(raw, wh)
    stored = sorted(p.name for p in (wh / "documents").iterdir())
    more = ("--version", "0.0.1") if case == "version below the latest" else ()
    proc = release(raw, wh, *more)
    assert_one_line_error(proc, *needles)
    assert sorted(p.name for p in (wh / "releases").iterdir()) == ["1.0.0", "latest"]
    assert set(stored) <= {p.name for p in (wh / "documents").iterdir()}  # nothing lost


def _full_disk() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, as on a full disk
    resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))


def test_a_full_disk_ends_the_run_with_one_line_naming_the_file(copy) -> None:
    raw, wh = copy
    (raw / "fukushima-tohoku-innovation-policy.txt").open("a").write("\nNew: 7 firms.\n")
    # on the warehouse's own instance (warehouse/dagster/): the first write the full disk
    # refuses is the run's record there
    proc = release(raw, wh, preexec=_full_disk, env={"DAGSTER_HOME": ""})
    assert_one_line_error(
        proc, f"the Dagster instance in {wh / 'dagster'} cannot be written", "is the disk full"
    )
    assert sorted(p.name for p in (wh / "releases").iterdir()) == ["1.0.0", "latest"]


def test_a_raw_folder_without_curation_still_flows_with_a_warning(copy) -> None:
    raw, wh = copy
    shutil.rmtree(raw / "curation")
    proc = release(raw, wh)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().splitlines() == [
        f"warning: {raw / ENTITIES} is missing: entities and entity_mentions are built empty"
    ]


# ---- finding 6: the store and the warehouse are checked before they are trusted -------------


def _times_1000(raw: Path, wh: Path) -> None:
    f = wh / "documents" / HOSOYA / "facts.parquet"
    t = pq.read_table(f)
    at = t.schema.get_field_index("value")
    pq.write_table(t.set_column(at, "value", pc.multiply(t["value"], 1000)), f)
    (wh / "jris.duckdb").unlink()  # the warehouse must be rebuilt from the store


def _edit_warehouse(raw: Path, wh: Path) -> None:
    with duckdb.connect(str(wh / "jris.duckdb")) as con:
        con.execute("UPDATE extracted.facts SET value = value * 1000")


def _edit_curated(raw: Path, wh: Path) -> None:
    with duckdb.connect(str(wh / "jris.duckdb")) as con:
        con.execute("UPDATE curated.technopolis_sites SET invited_companies_to_1995 = 999")


HEALED: dict[str, tuple[Damage, str]] = {
    "store values times 1000": (_times_1000, "stored rows failed their checksum"),
    "store garbage bytes": (
        lambda r, w: (w / "documents" / HOSOYA / "facts.parquet").write_bytes(os.urandom(5000)),
        "stored rows failed their checksum",
    ),
    "truncated warehouse": (
        lambda r, w: os.truncate(w / "jris.duckdb", 300_000),
        "could not be opened",
    ),
    "warehouse values edited": (_edit_warehouse, "warehouse table facts no longer holds the rows"),
    "curated table edited": (_edit_curated, "technopolis_sites no longer holds the rows it was"),
}


@pytest.mark.parametrize("case", sorted(HEALED))
def test_damage_is_found_healed_and_nothing_wrong_published(copy, case: str) -> None:
    raw, wh = copy
    before = _facts(wh)
    damage, warning = HEALED[case]
    damage(raw, wh)
    proc = release(raw, wh)
    assert proc.returncode == 0, proc.stderr
    assert warning in proc.stderr and "Traceback" not in proc.stderr
    assert "stored rows" not in warning or f"{HOSOYA}: stored rows" in proc.stderr
    assert "data unchanged since release 1.0.0; nothing published" in proc.stdout
    again = release(raw, wh)
    assert again.returncode == 0 and again.stderr == ""  # healed: nothing more to say
    with duckdb.connect(str(wh / "jris.duckdb"), read_only=True) as con:
        warehouse = dict(con.execute("SELECT fact_id, value FROM extracted.facts").fetchall())
    assert warehouse == {k: v for k, (v, _) in before.items()}
