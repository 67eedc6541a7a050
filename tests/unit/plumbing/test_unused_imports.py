"""A `jris` process loads pandera without hypothesis and geopandas, and its contracts still
find what breaks them. Each case runs in a fresh interpreter: the marks last for a process."""

from __future__ import annotations

from tests.fresh_python import fresh_python


def python(code: str) -> list[str]:
    done = fresh_python(code)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_the_console_entry_marks_them_before_any_command_runs() -> None:
    out = python(
        """
        import sys
        from pipelines.cli import main as cli
        sys.argv = ["jris", "--help"]
        try:
            cli.main()
        except SystemExit:
            pass
        print(sys.modules.get("hypothesis", "missing"), sys.modules.get("geopandas", "missing"))
        """
    )
    assert out[-2:] == ["None", "None"]


def test_contracts_still_refuse_a_bad_row_without_them() -> None:
    out = python(
        """
        from pipelines.plumbing.unused_imports import mark_unused_absent
        mark_unused_absent()
        from pathlib import Path
        from pipelines.curated.prefectures import build_prefectures
        from pandera.strategies import base_strategies
        from schemas import CONTRACTS
        df = build_prefectures(Path("raw/reference"))
        print(len(CONTRACTS["prefectures"].failures(df)))
        df.loc[2, "region"] = "Atlantis"
        print(CONTRACTS["prefectures"].failures(df)[0]["value"])
        print(base_strategies.HAS_HYPOTHESIS)
        """
    )
    assert out[-3:] == ["0", "Atlantis", "False"]


def test_a_module_already_imported_is_left_as_it_is() -> None:
    out = python(
        """
        import sys
        import hypothesis
        from pipelines.plumbing.unused_imports import mark_unused_absent
        mark_unused_absent()
        print(sys.modules["hypothesis"] is hypothesis)
        """
    )
    assert out[-1:] == ["True"]
