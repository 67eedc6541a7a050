"""What a release's card and quality report say of the data beyond its checks: where the
sources disagree (fact_comparisons' flags) and how accurate the extraction is (the accuracy
benchmarks' figures, measured on the code that built it: benchmarks/accuracy_card.py)."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import duckdb

from schemas.comparisons import FLAGS

ACCURACY_FILE = Path(__file__).with_name("accuracy.json")


def flagged(data_dir: Path) -> list[dict[str, Any]]:
    path = data_dir / "fact_comparisons.parquet"
    if not path.exists():
        return []
    con = duckdb.connect()
    rows = con.execute(
        "SELECT check_type, verdict, measure, entity_id, note, doc_id, quote, doc_id_b, quote_b "
        "FROM read_parquet(?) WHERE verdict IN (SELECT unnest(?)) "
        "ORDER BY check_type, doc_id, char_start, comparison_id",
        [str(path), list(FLAGS)],
    ).fetchall()
    keys = ("check_type", "verdict", "measure", "entity_id", "note", "doc_id", "quote",
            "doc_id_b", "quote_b")  # fmt: skip
    return [dict(zip(keys, r, strict=True)) for r in rows]


def findings_lines(flags: list[dict[str, Any]], counts: dict[str, int]) -> list[str]:
    lines = [
        "## Where the sources disagree",
        "",
        "From `fact_comparisons` (verdicts: "
        + ", ".join(f"{n} {v}" for v, n in sorted(counts.items()))
        + "). Each flagged pair below is one to read in both sources before using either "
        "number; both passages are in the table with their offsets.",
        "",
    ]
    if not flags:
        lines += ["No pair of this release's facts is flagged.", ""]
    for f in flags:
        what = f["measure"] + (f" ({f['entity_id']})" if f["entity_id"] else "")
        lines.append(f"- {f['check_type']}, **{f['verdict']}**: {what}: {f['note']}")
    lines += ["", "## Accuracy", ""]
    if accuracy_lines():
        lines += [
            "Measured by the benchmarks under `benchmarks/` on the code that built this "
            "release, only against labels written blind: by readers who saw the source texts "
            "and never JRIS's output for them. Figures on labels the builders wrote after "
            "seeing the output are not shown. Each line says which labels and which part "
            "(tuned on, or held back for reporting):",
            "",
            *[f"- {line}" for line in accuracy_lines()],
        ]
    else:
        lines.append("No accuracy figures were measured for this code.")
    return [*lines, ""]


def accuracy_lines() -> list[str]:
    """The accuracy benchmarks' figures for this code (benchmarks/accuracy_card.py --write)."""
    if not ACCURACY_FILE.exists():
        return []
    lines: list[str] = json.loads(ACCURACY_FILE.read_text(encoding="utf-8"))
    return lines


def comparison_counts(con: duckdb.DuckDBPyConnection, data_dir: Path) -> dict[str, int]:
    path = data_dir / "fact_comparisons.parquet"
    if not path.exists():
        return {}
    rows = con.execute(
        "SELECT verdict, count(*) FROM read_parquet(?) GROUP BY 1 ORDER BY 1", [str(path)]
    ).fetchall()
    return {str(v): int(n) for v, n in rows}


def findings_html(flags: list[dict[str, Any]]) -> str:
    if not flags:
        return "<h2>Where the sources disagree</h2><p>No pair of facts is flagged.</p>"
    items = "".join(
        f"<li>{html.escape(f['check_type'])}, <b>{html.escape(f['verdict'])}</b>: "
        f"{html.escape(str(f['measure']))}: {html.escape(f['note'])}<br>"
        f"<code>{html.escape(f['doc_id'])}</code>: <q>{html.escape(f['quote'][:300])}</q><br>"
        f"<code>{html.escape(f['doc_id_b'])}</code>: <q>{html.escape(f['quote_b'][:300])}</q></li>"
        for f in flags
    )
    return f"<h2>Where the sources disagree (fact_comparisons)</h2><ul>{items}</ul>"
