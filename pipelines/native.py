"""The fact extractor compiled with mypyc: the same source, about 1.5 times as fast.

`make install` runs `python -m pipelines.native`, which compiles the modules in COMPILED into
build/native/ and records what it compiled from. `pipelines.extracted` imports the compiled
module only while that record matches the source as it is and this Python; a stale, failed or
missing build means the plain module, which gives the same facts (tests/unit/test_native.py).
JRIS_PURE_PYTHON=1 turns the compiled module off.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import sysconfig
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# where extraction spends its time; compiled together, their calls to each other are native
COMPILED = ["pipelines/extracted/facts.py", "pipelines/extracted/number_scan.py"]
BUILD = REPO / "build" / "native"
RECORD = BUILD / "built-from.json"
OFF = "JRIS_PURE_PYTHON"

_SETUP = """
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="jris-native",
    packages=[],
    py_modules=[],
    ext_modules=mypycify(
        ["--ignore-missing-imports", *{modules!r}],
        opt_level="3",
        group_name="pipelines.extracted.compiled",  # its shared library lives in the package
    ),
    script_args=["build_ext", "--inplace"],
)
"""


def built_from() -> dict[str, str]:
    """What a build is for: this Python and the hash of every compiled source."""
    record = {
        "python": sys.version,
        "extension": str(sysconfig.get_config_var("EXT_SUFFIX")),
    }
    for module in COMPILED:
        record[module] = hashlib.sha256((REPO / module).read_bytes()).hexdigest()
    return record


def compiled_folder(package: str) -> Path | None:
    """The folder of `package`'s compiled modules, when they are current and wanted."""
    if os.environ.get(OFF):
        return None
    try:
        record = json.loads(RECORD.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    folder = BUILD.joinpath(*package.split("."))
    return folder if record == built_from() and folder.is_dir() else None


def build() -> bool:
    """Compile COMPILED into build/native/; True when a current build is there afterwards."""
    import shutil
    import subprocess
    import tempfile

    if compiled_folder("pipelines.extracted") is not None:
        return True
    with tempfile.TemporaryDirectory(prefix="jris-native-") as tmp:
        work = Path(tmp)
        # mypyc writes next to the sources and type-checks what they import: compile a copy
        shutil.copytree(REPO / "pipelines", work / "pipelines", ignore=_not_source)
        (work / "setup.py").write_text(_SETUP.format(modules=COMPILED), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "setup.py"], cwd=work, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            sys.stderr.write(done.stdout[-2000:] + done.stderr[-4000:])
            return False
        shutil.rmtree(BUILD, ignore_errors=True)  # a build is whole or not there
        for library in (work / "pipelines").rglob(f"*{sysconfig.get_config_var('EXT_SUFFIX')}"):
            target = BUILD / library.relative_to(work)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(library, target)
    RECORD.write_text(json.dumps(built_from(), indent=1), encoding="utf-8")
    return compiled_folder("pipelines.extracted") is not None


def _not_source(folder: str, names: list[str]) -> list[str]:
    return [n for n in names if n == "__pycache__" or n.endswith((".so", ".pyc"))]


def main() -> None:
    if build():
        print(f"native: {', '.join(COMPILED)} compiled in {BUILD.relative_to(REPO)}")
    else:
        print(
            "native: could not compile (a C compiler and Python's headers are needed); "
            "the plain modules give the same facts, more slowly",
            file=sys.stderr,
        )


if __name__ == "__main__":
    main()
