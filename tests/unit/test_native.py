"""The mypyc-compiled fact extractor: used only while built from the current source, and it
reads the same facts as the plain module."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipelines import native
from pipelines.extracted import facts
from pipelines.extracted.document import extract_text

REPO = Path(__file__).resolve().parents[2]
SAMPLES = [
    REPO / "tests" / "fixtures" / "documents" / "facts_policy_brief.txt",
    REPO / "tests" / "fixtures" / "documents" / "facts_press_release.md",
    *sorted((REPO / "raw").glob("*.txt")),
]


def _facts_of_samples() -> list[list[tuple[object, ...]]]:
    return [
        [
            (f["char_start"], f["char_end"], f["value"], f["unit"], f["subject"], f["geography"])
            for f in extract_text(path.read_text(encoding="utf-8"), path.stem)["facts"]
        ]
        for path in SAMPLES
    ]


def test_a_build_is_used_only_while_it_was_built_from_the_source_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(native.OFF, raising=False)
    monkeypatch.setattr(native, "BUILD", tmp_path)
    monkeypatch.setattr(native, "RECORD", tmp_path / "built-from.json")
    (tmp_path / "pipelines" / "extracted").mkdir(parents=True)
    assert native.compiled_folder("pipelines.extracted") is None  # nothing built

    native.RECORD.write_text(json.dumps(native.built_from()), encoding="utf-8")
    assert native.compiled_folder("pipelines.extracted") == tmp_path / "pipelines" / "extracted"

    stale = native.built_from() | {native.COMPILED[0]: "0" * 64}
    native.RECORD.write_text(json.dumps(stale), encoding="utf-8")
    assert native.compiled_folder("pipelines.extracted") is None  # the source changed since

    native.RECORD.write_text(json.dumps(native.built_from()), encoding="utf-8")
    monkeypatch.setenv(native.OFF, "1")
    assert native.compiled_folder("pipelines.extracted") is None  # turned off


def test_the_module_in_use_is_the_compiled_one_exactly_when_a_current_build_exists() -> None:
    compiled = native.compiled_folder("pipelines.extracted")
    in_use = Path(facts.__file__ or "")
    if compiled is None:
        assert in_use == REPO / "pipelines" / "extracted" / "facts.py"
    else:
        assert in_use.parent == compiled and in_use.suffix == ".so"


def test_the_compiled_and_the_plain_extractor_read_the_same_facts() -> None:
    """The plain module runs in a process with JRIS_PURE_PYTHON=1; this process runs whichever
    `make install` left (the compiled one where a C compiler was there)."""
    script = (
        "import json, sys\n"
        "from pipelines.extracted import facts\n"
        "from tests.unit.test_native import _facts_of_samples\n"
        "assert facts.__file__.endswith('facts.py'), facts.__file__\n"
        "json.dump(_facts_of_samples(), sys.stdout)\n"
    )
    plain = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env={**os.environ, native.OFF: "1", "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        check=True,
    )
    here = json.loads(json.dumps(_facts_of_samples()))
    assert sum(len(doc) for doc in here) > 300  # the five sources and two fixtures have facts
    assert json.loads(plain.stdout) == here
