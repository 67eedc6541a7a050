"""A query that names a table or column the release lacks, answered with the release's own names.

DuckDB suggests from its whole catalog, so a typo of a release table may get
`Did you mean "pg_sequences"?`; the reader wants the release's tables and columns.
"""

from __future__ import annotations

import difflib
import re

import duckdb

_TABLE = re.compile(r'Table with name "?([^"!\s]+)"? does not exist')
_COLUMN = re.compile(
    r'(?:Referenced column "([^"]+)" not found|does not have a column named "([^"]+)")'
)


def release_names(con: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """Each of the release's tables (the views over its files) with its columns."""
    rows = con.execute(
        "SELECT table_name, column_name FROM duckdb_columns() "
        "WHERE NOT internal AND schema_name = 'main' ORDER BY table_name, column_index"
    ).fetchall()
    names: dict[str, list[str]] = {}
    for table, column in rows:
        names.setdefault(table, []).append(column)
    return names


def _closest(name: str, candidates: list[str]) -> list[str]:
    lowered = {c.lower(): c for c in candidates}
    found = difflib.get_close_matches(name.lower(), list(lowered), n=3, cutoff=0.6)
    return [lowered[f] for f in found]


def _quoted(names: list[str]) -> str:
    return ", ".join(f'"{n}"' for n in names)


def hint(message: str, names: dict[str, list[str]]) -> str | None:
    """The problem said with the release's names, or None when the error is of another kind."""
    tables = sorted(names)
    if m := _TABLE.search(message):
        missing = m.group(1)
        close = _closest(missing, tables)
        guess = f"did you mean {_quoted(close)}? " if close else ""
        return f'no table "{missing}" in this release: {guess}its tables: {", ".join(tables)}'
    if m := _COLUMN.search(message):
        missing = m.group(1) or m.group(2)
        owners = {c: [t for t in tables if c in names[t]] for cs in names.values() for c in cs}
        close = _closest(missing, sorted(owners))
        if not close:
            return f'no column "{missing}" in the tables queried (`DESCRIBE <table>` lists them)'
        said = "; ".join(f'"{c}" ({", ".join(owners[c])})' for c in close)
        return f'no column "{missing}": did you mean {said}?'
    return None
