"""The one strict quoting of values in SQL text, and names shown escaped (issue 37)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pipelines.plumbing.errors import JrisError
from pipelines.plumbing.sql_text import identifier, literal, shown


def test_a_quote_in_a_path_stays_in_the_literal(tmp_path: Path) -> None:
    folder = tmp_path / "it's here'); COPY (SELECT 1) TO 'x"
    folder.mkdir()
    target = folder / "t.parquet"
    con = duckdb.connect()
    con.execute("COPY (SELECT 7 AS n) TO ? (FORMAT parquet)", [str(target)])
    con.execute(
        f"CREATE VIEW {identifier('t')} AS SELECT * FROM read_parquet({literal(str(target))})"
    )
    assert con.execute("SELECT n FROM t").fetchall() == [(7,)]
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize("bad", ["a\nb", "a\x1bb", "a\x00b", "a\u202eb"])
def test_control_characters_are_refused_not_quoted(bad: str) -> None:
    with pytest.raises(JrisError, match="control characters"):
        literal(bad)
    with pytest.raises(JrisError):
        identifier(bad)


def test_shown_escapes_control_characters_and_keeps_japanese() -> None:
    assert shown("東京\u3000都") == "東京\u3000都"
    assert shown("a\x1b[2J\nb") == "a\\x1b[2J\\nb"
    assert identifier('we"ird') == '"we""ird"'
