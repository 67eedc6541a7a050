"""A warehouse built by an older contract (a table without a column the contract now has) is
brought up to the contract by the next `jris release`, not refused with a database error."""

from __future__ import annotations

from pathlib import Path

import duckdb

from tests.integration.hostile import release


def test_a_table_of_an_older_contract_is_rebuilt(copy: tuple[Path, Path]) -> None:
    raw, wh = copy
    con = duckdb.connect(str(wh / "jris.duckdb"))
    for schema in ("staging", "extracted"):  # the table as the contract before `page` made it
        con.execute(
            f"CREATE TABLE {schema}.old_blocks AS "
            f"SELECT * EXCLUDE (page) FROM {schema}.document_blocks"
        )
        con.execute(f"DROP TABLE {schema}.document_blocks")
        con.execute(f"ALTER TABLE {schema}.old_blocks RENAME TO document_blocks")
    # and the fingerprints of the older table's DDL, as that run recorded them
    con.execute(
        "UPDATE staging.loaded_documents SET ddl = 'older' WHERE table_name = 'document_blocks'"
    )
    con.execute("UPDATE meta.table_ddl SET ddl = 'older' WHERE table_name = 'document_blocks'")
    con.close()
    done = release(raw, wh)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    con = duckdb.connect(str(wh / "jris.duckdb"), read_only=True)
    for schema in ("staging", "extracted"):
        columns = [
            r[0]
            for r in con.execute(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_schema = ? AND table_name = 'document_blocks'",
                [schema],
            ).fetchall()
        ]
        assert "page" in columns, (schema, columns)
    (n,) = con.execute("SELECT count(*) FROM extracted.document_blocks").fetchone() or (0,)
    assert n > 600
