"""What changed between two releases: tables, columns, and rows added, removed or changed by key."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from pipelines.plumbing.sql_text import identifier, literal
from pipelines.release.diff_text import changed_value
from pipelines.release.versioning import classify_change
from schemas import CONTRACTS


@dataclass
class TableDiff:
    name: str
    added_columns: list[str] = field(default_factory=list)
    removed_columns: list[str] = field(default_factory=list)
    retyped_columns: list[str] = field(default_factory=list)
    rows_added: int = 0
    rows_removed: int = 0
    rows_changed: int = 0
    examples: dict[str, list[str]] = field(default_factory=dict)
    status: str = "unchanged"  # added, removed, changed, unchanged, missing (a file absent)


def _columns(manifest: dict[str, Any], table: str) -> dict[str, str]:
    return {c["name"]: c["type"] for c in manifest["tables"][table]["columns"]}


def _key(table: str, columns: dict[str, str]) -> list[str]:
    contract = CONTRACTS.get(table)
    key = list(contract.primary_key) if contract else []
    return [k for k in key if k in columns] or list(columns)


def _changed_examples(
    con: duckdb.DuckDBPyConnection, label: str, on: str, shared: list[str], limit: int
) -> list[str]:
    """`key: column: old → new; …` for a few changed rows, each changed column shown by the
    part that changed (diff_text), rows where most columns changed first: a corrected value
    before the rows whose context (a sentence quoting it) changed with it."""
    differs = [f"o.{identifier(c)} IS DISTINCT FROM n.{identifier(c)}" for c in shared]
    values = ", ".join(
        f"{d}, CAST(o.{identifier(c)} AS VARCHAR), CAST(n.{identifier(c)} AS VARCHAR)"
        for c, d in zip(shared, differs, strict=True)
    )
    rows = con.execute(
        f"SELECT {label.replace('x.', 'n.')} AS k, {values} FROM n JOIN o ON {on} "
        f"WHERE {' OR '.join(differs)} "
        f"ORDER BY {' + '.join(f'({d})::INT' for d in differs)} DESC, k LIMIT {limit}"
    ).fetchall()
    out = []
    for key, *cells in rows:
        changes = [
            f"{c}: {changed_value(cells[3 * i + 1], cells[3 * i + 2])}"
            for i, c in enumerate(shared)
            if cells[3 * i]
        ]
        out.append(f"{key}: " + "; ".join(changes))
    return out


def diff_tables(
    old_dir: Path | None,
    new_dir: Path,
    old: dict[str, Any] | None,
    new: dict[str, Any],
    n_examples: int = 3,
) -> list[TableDiff]:
    out: list[TableDiff] = []
    old_tables = set(old["tables"]) if old else set()
    con = duckdb.connect()
    for name in sorted(old_tables | set(new["tables"])):
        d = TableDiff(name)
        if name not in new["tables"]:
            d.status = "removed"
            d.rows_removed = old["tables"][name]["rows"] if old else 0
            out.append(d)
            continue
        sides = [new_dir] if name not in old_tables or old_dir is None else [old_dir, new_dir]
        if not all((folder / "data" / f"{name}.parquet").is_file() for folder in sides):
            d.status = "missing"  # its manifest lists it, its file is not there: not unchanged
            out.append(d)
            continue
        if name not in old_tables or old is None or old_dir is None:
            d.status = "added"
            d.rows_added = new["tables"][name]["rows"]
            out.append(d)
            continue
        oc, nc = _columns(old, name), _columns(new, name)
        d.added_columns = sorted(set(nc) - set(oc))
        d.removed_columns = sorted(set(oc) - set(nc))
        d.retyped_columns = sorted(c for c in set(oc) & set(nc) if oc[c] != nc[c])
        if old["tables"][name]["sha256"] != new["tables"][name]["sha256"]:
            key = _key(name, {c: t for c, t in nc.items() if c in oc})
            shared = [c for c in nc if c in oc]
            cols = ", ".join(identifier(c) for c in shared)
            for alias, folder in (("o", old_dir), ("n", new_dir)):
                path = literal(str(folder / "data" / f"{name}.parquet"))  # a view takes no ?
                con.execute(
                    f"CREATE OR REPLACE TEMP VIEW {alias} AS SELECT {cols} FROM read_parquet({path})"
                )
            on = " AND ".join(f'o."{c}" IS NOT DISTINCT FROM n."{c}"' for c in key)
            label = " || ' / ' || ".join(f'CAST(x."{c}" AS VARCHAR)' for c in key)

            def query(sql: str) -> list[str]:
                return [str(r[0]) for r in con.execute(sql).fetchall()]

            added = f"SELECT n.* FROM n ANTI JOIN o ON {on}"
            removed = f"SELECT o.* FROM o ANTI JOIN n ON {on}"
            changed = f"SELECT n.* FROM n JOIN o ON {on} WHERE " + " OR ".join(
                f'o."{c}" IS DISTINCT FROM n."{c}"' for c in shared
            )
            for what, sql in (("added", added), ("removed", removed), ("changed", changed)):
                (count,) = con.execute(f"SELECT count(*) FROM ({sql})").fetchone() or (0,)
                setattr(d, f"rows_{what}", int(count))
                if count and what != "changed":
                    d.examples[what] = query(
                        f"SELECT {label} FROM ({sql}) x ORDER BY 1 LIMIT {n_examples}"
                    )
                elif count:  # the key, and each changed column as old → new
                    d.examples[what] = _changed_examples(con, label, on, shared, n_examples)
        if (
            d.added_columns
            or d.removed_columns
            or d.retyped_columns
            or d.rows_added
            or d.rows_removed
            or d.rows_changed
        ):
            d.status = "changed"
        out.append(d)
    con.close()
    return out


def changelog(
    version: str,
    previous: str | None,
    old: dict[str, Any] | None,
    new: dict[str, Any],
    diffs: list[TableDiff],
    skip_bad: bool = False,
) -> str:
    change = classify_change(old, new) if old else None
    lines = [f"# Changelog — release {version}", ""]
    if previous is None:
        lines += ["First release.", ""]
    else:
        said = f"a **{change}** change" if change else "**no change** to the data"
        lines += [f"Compared with release {previous}: {said}.", ""]
    old_docs = {i["doc_id"]: i["sha256"] for i in old["inputs"]} if old else {}
    new_docs = {i["doc_id"]: i["sha256"] for i in new["inputs"]}
    added_docs = sorted(set(new_docs) - set(old_docs))
    removed_docs = sorted(set(old_docs) - set(new_docs))
    changed_docs = sorted(d for d in set(new_docs) & set(old_docs) if new_docs[d] != old_docs[d])
    lines += ["## Documents", ""]
    if previous is None:
        lines += [f"- {len(new_docs)} documents: " + ", ".join(f"`{d}`" for d in sorted(new_docs))]
    else:
        for title, docs in (
            ("added", added_docs),
            ("removed", removed_docs),
            ("changed", changed_docs),
        ):
            if docs:
                lines.append(f"- {title}: " + ", ".join(f"`{d}`" for d in docs))
    if previous is not None and not (added_docs or removed_docs or changed_docs):
        lines.append("- no document changed")
    if new.get("quarantined"):
        note = "published without them (--skip-bad)" if skip_bad else "not published"
        lines += ["", f"Quarantined documents ({note}):"]
        lines += [f"- `{q['file']}`: {q['reason']}" for q in new["quarantined"]]
    lines += [
        "",
        "## Tables",
        "",
        "| table | status | rows added | removed | changed | schema |",
        "|---|---|---|---|---|---|",
    ]
    for d in diffs:
        schema = (
            "; ".join(
                [f"+{c}" for c in d.added_columns]
                + [f"-{c}" for c in d.removed_columns]
                + [f"~{c}" for c in d.retyped_columns]
            )
            or ""
        )
        lines.append(
            f"| `{d.name}` | {d.status} | {d.rows_added} | {d.rows_removed} | {d.rows_changed} | {schema} |"
        )
    examples = [(d, what, keys) for d in diffs for what, keys in d.examples.items()]
    if examples:
        lines += [
            "",
            "## Example rows (by key; a changed row with its changed columns, old → new)",
            "",
        ]
        for d, what, keys in examples:
            lines.append(f"- `{d.name}` {what}: " + "; ".join(f"`{k}`" for k in keys))
    lines.append("")
    return "\n".join(lines)
