"""The release's self-description, generated from the contracts in schemas/: the data
dictionary, datapackage.json and the dataset card. Nothing here is written twice."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import duckdb

from pipelines.release.coverage import coverage_lines
from pipelines.release.findings import comparison_counts, findings_lines, flagged
from pipelines.release.leaks import RUN, WITHHELD
from schemas import CONTRACTS, FOREIGN_KEYS

TITLE = "JRIS: Japan Regional Innovation Systems open dataset"
DESCRIPTION = (
    "Tables, facts and curated typed tables extracted from policy papers, reports and slide decks "
    "about Japan's regional innovation (Technopolis, METI industrial clusters, MEXT knowledge "
    "clusters, med-tech partnerships, EU-Japan cluster cooperation). Every row names the document "
    "and the exact passage it was taken from."
)
LICENCE_NOTE = (
    "The dataset's structure, code and curation are released under CC BY 4.0. Quoted passages "
    "remain under their source documents' terms (see documents.licence_note)."
)
LAYER_ORDER = ("raw", "extracted", "reference", "curated")

EXAMPLE_QUERIES: list[tuple[str, str]] = [
    (
        "What the sources count in the Industrial Cluster Program's network",
        "SELECT f.doc_id, f.quote, f.value, f.measure, f.period_start\n"
        "FROM facts f JOIN entities e USING (entity_id)\n"
        "WHERE e.entity_id = 'industrial-cluster-program'\n"
        "  AND f.measure IN ('SMEs', 'universities')\n"
        "ORDER BY f.doc_id, f.char_start",
    ),
    (
        "A timeline of laws and plans, in year order",
        "SELECT year, kind, event, n_sources, doc_id FROM policy_events\n"
        "WHERE event_type IN ('law', 'plan') ORDER BY year, event LIMIT 10",
    ),
    (
        "Indicators by prefecture",
        "SELECT p.name_en AS prefecture, i.label, i.value, i.unit, i.period_start, i.period_end\n"
        "FROM indicators i JOIN prefectures p ON p.code = i.geography\n"
        "ORDER BY p.code, i.label",
    ),
    (
        "Technopolis sites, their prefectures and the companies each had invited by 1995",
        "SELECT p.name_en AS prefecture, t.site, t.year_approved, t.invited_companies_to_1995\n"
        "FROM technopolis_sites t JOIN prefectures p ON p.code = t.prefecture_code\n"
        "ORDER BY t.invited_companies_to_1995 DESC NULLS LAST, t.site",
    ),
]


def ordered_tables() -> list[str]:
    return sorted(CONTRACTS, key=lambda n: (LAYER_ORDER.index(CONTRACTS[n].layer), n))


def data_dictionary() -> str:
    lines = [
        f"# Data dictionary — {TITLE}",
        "",
        "Generated from the contracts in `schemas/`. Types are DuckDB / Parquet types; every",
        "table's key is unique; provenance columns (`doc_id`, `char_start`, `char_end`, `quote`)",
        "point into `document_texts.text` (0-based, end exclusive).",
        "",
    ]
    for name in ordered_tables():
        c = CONTRACTS[name]
        lines += [
            f"## `{name}`",
            "",
            c.description,
            "",
            f"Layer: `{c.layer}`. Key: {', '.join(f'`{k}`' for k in c.primary_key)}.",
            "",
        ]
        fks = [f"`{col}` → `{t}.{tc}`" for (tb, col, t, tc) in FOREIGN_KEYS if tb == name]
        if fks:
            lines += ["References: " + ", ".join(fks) + ".", ""]
        lines += ["| column | type | nullable | description |", "|---|---|---|---|"]
        for col in c.columns:
            desc = col.description.replace("|", "\\|").replace("\n", " ")
            lines.append(
                f"| `{col.name}` | {col.duckdb_type} | {'yes' if col.nullable else 'no'} | {desc} |"
            )
        lines.append("")
    return "\n".join(lines)


def datapackage(
    version: str, tables: dict[str, dict[str, Any]], inputs: list[dict[str, Any]]
) -> dict[str, Any]:
    """A Frictionless Data Package describing every Parquet file, field by field."""
    resources = []
    for name in ordered_tables():
        c = CONTRACTS[name]
        schema: dict[str, Any] = {
            "fields": [
                {
                    "name": col.name,
                    "type": col.frictionless_type,
                    "description": col.description,
                    **({"constraints": {"required": True}} if not col.nullable else {}),
                }
                for col in c.columns
            ],
            "primaryKey": list(c.primary_key),
            # Parquet readers hand Frictionless missing values as NaN / None
            "missingValues": ["", "nan", "NaN", "NaT", "None", "<NA>"],
        }
        fks = [
            {"fields": [col], "reference": {"resource": t, "fields": [tc]}}
            for (tb, col, t, tc) in FOREIGN_KEYS
            if tb == name
        ]
        if fks:
            schema["foreignKeys"] = fks
        resources.append(
            {
                "name": name,
                "path": f"data/{name}.parquet",
                "format": "parquet",
                "mediatype": "application/vnd.apache.parquet",
                "description": c.description,
                "hash": f"sha256:{tables[name]['sha256']}",
                "schema": schema,
            }
        )
    return {
        "name": "jris",
        "title": TITLE,
        "description": DESCRIPTION,
        "version": version,
        "licenses": [
            {
                "name": "CC-BY-4.0",
                "path": "https://creativecommons.org/licenses/by/4.0/",
                "title": "Creative Commons Attribution 4.0",
            }
        ],
        "sources": [{"title": i["doc_id"], "path": f"raw/{i['file']}"} for i in inputs],
        "resources": resources,
    }


def licence_lines(con: duckdb.DuckDBPyConnection, data_dir: Path) -> list[str]:
    """Which documents this release ships as quoted passages only, and which have no address."""
    rows = con.execute(
        "SELECT d.doc_id, d.file_name, d.full_text, d.source_url, "
        "length(t.text) - length(replace(t.text, ?, '')), length(t.text) "
        "FROM read_parquet(?) d JOIN read_parquet(?) t USING (doc_id) ORDER BY doc_id",
        [WITHHELD, str(data_dir / "documents.parquet"), str(data_dir / "document_texts.parquet")],
    ).fetchall()
    lines = [""]
    for doc_id, file_name, full, _, withheld, n in rows:
        if not full:
            lines.append(
                f"`{doc_id}` may not be redistributed whole: this release ships only the passages "
                f"its rows quote ({withheld:,} of {n:,} characters withheld as {WITHHELD}, at "
                f"their offsets). In every other text column (a fact's sentence, subject or "
                f"measure, a citation, a label), a run of {RUN} or more characters copied from a "
                f"withheld passage is masked as {WITHHELD} too, and the release is checked for "
                f"any left. Check every quote against your own copy: `jris verify {file_name}`."
            )
    unknown = [r[0] for r in rows if r[3] is None]
    if unknown:
        lines.append(
            "No address (DOI or publisher page) is stated by "
            + ", ".join(f"`{d}`" for d in unknown)
            + "; their `documents.source_url` is null."
        )
    return lines


def public_base() -> str | None:
    """The `jris publish` folder's address (JRIS_PUBLIC_URL), when the builder says so."""
    base = os.environ.get("JRIS_PUBLIC_URL", "").strip()
    return f"{base.rstrip('/')}/" if base else None


def release_url(version: str) -> str | None:
    """Where this version is published."""
    base = public_base()
    return f"{base}{version}/" if base else None


def citation_text(version: str) -> str:
    url = release_url(version)
    return (
        f"JRIS contributors. {TITLE}, version {version}"
        + (f". {url}" if url else "")
        + ". Built from the documents listed in `documents`; cite those documents for their content."
    )


def citation_cff(version: str, released_on: str) -> str:
    """CITATION.cff of one release: the repository's, with this version, date and address."""
    url = release_url(version)
    lines = [
        "cff-version: 1.2.0",
        "message: >-",
        "  If you use this dataset, please cite it as below, and cite the source documents",
        "  (listed in the release's `documents` table) for their content.",
        "type: dataset",
        f'title: "{TITLE}"',
        f"version: {version}",
        f"date-released: {released_on}",
        *([f"url: {url}"] if url else []),
        "authors:",
        "  - name: JRIS contributors",
        "license: CC-BY-4.0",
    ]
    return "\n".join(lines) + "\n"


def zenodo(version: str, inputs: list[dict[str, Any]]) -> dict[str, Any]:
    """.zenodo.json: what Zenodo needs to deposit this release for a DOI."""
    return {
        "upload_type": "dataset",
        "title": f"{TITLE} (release {version})",
        "description": DESCRIPTION,
        "version": version,
        "creators": [{"name": "JRIS contributors"}],
        "license": "cc-by-4.0",
        "access_right": "open",
        "keywords": [
            "regional innovation systems",
            "industrial clusters",
            "Japan",
            "science and technology policy",
            "open data",
        ],  # fmt: skip
        "notes": "Built from the documents listed in the release's documents table: "
        + ", ".join(i["doc_id"] for i in inputs),
    }


def dataset_card(
    version: str,
    con: duckdb.DuckDBPyConnection,
    data_dir: Path,
    tables: dict[str, dict[str, Any]],
    left_out: list[dict[str, Any]] | None = None,
    pages_left_out: list[dict[str, Any]] | None = None,
) -> str:
    docs = con.execute(
        "SELECT doc_id, title, array_to_string(authors, '; '), year, kind, licence_note "
        "FROM read_parquet(?) ORDER BY doc_id",
        [str(data_dir / "documents.parquet")],
    ).fetchall()
    lines = [
        f"# {TITLE} — release {version}",
        "",
        DESCRIPTION,
        "",
        "## Contents",
        "",
        "| table | rows | description |",
        "|---|---|---|",
    ]
    for name in ordered_tables():
        lines.append(f"| `{name}` | {tables[name]['rows']} | {CONTRACTS[name].description} |")
    lines += [
        "",
        "Every column is described in `data_dictionary.md` and in `datapackage.json`.",
        "",
        *coverage_lines(con, data_dir, tables, ordered_tables()),
        *findings_lines(flagged(data_dir), comparison_counts(con, data_dir)),
        "## Sources",
        "",
        "| doc_id | title | authors | year | kind |",
        "|---|---|---|---|---|",
    ]
    for doc_id, title, authors, year, kind, _ in docs:
        lines.append(
            f"| `{doc_id}` | {title or ''} | {authors or ''} | {year or ''} | {kind or ''} |"
        )
    if left_out:
        lines += [
            "",
            "### Files of raw/ left out of this release",
            "",
            "Published with `--skip-bad`: these files were quarantined, and nothing of them is in "
            "the data.",
            "",
        ]
        lines += [f"- `{q['file']}`: {_reason(q)}" for q in left_out]
    if pages_left_out:
        lines += [
            "",
            "### Pages left out of published documents",
            "",
            "Their documents are in the data without these pages (also in `manifest.json`, "
            "`pages_left_out`).",
            "",
        ]
        lines += [f"- `{p['file']}`, page {p['page']}: {p['reason']}" for p in pages_left_out]
    lines += ["", "## Licence", "", LICENCE_NOTE, "", "Licence notes of the sources:", ""]
    lines += [f"- `{doc_id}`: {note}" for doc_id, *_, note in docs if note]
    lines += licence_lines(con, data_dir)
    lines += [
        "",
        "## How to cite",
        "",
        citation_text(version),
        "",
        "This release's `CITATION.cff` holds its version, date and address (when the builder "
        "set JRIS_PUBLIC_URL); `.zenodo.json` what Zenodo needs to deposit it for a DOI; "
        "`croissant.json` describes it in Croissant (MLCommons) JSON-LD, beside the Frictionless "
        "`datapackage.json`.",
        "",
        "## Querying",
        "",
        "With DuckDB, from this folder:",
        "",
        "```sql",
        "CREATE VIEW facts AS SELECT * FROM 'data/facts.parquet';  -- one view per file",
        "```",
        "",
    ]
    for title, sql in EXAMPLE_QUERIES:
        lines += [f"### {title}", "", "```sql", sql, "```", ""]
    lines += [
        "## Checks",
        "",
        "`quality/index.html` lists every data-quality expectation run on this release "
        "and its result; `quality/summary.json` holds the same as data. `SHA256SUMS` holds the "
        "checksums of every file whose bytes do not depend on the build time.",
        "",
    ]
    return "\n".join(lines)


def _reason(quarantined: dict[str, Any]) -> str:
    """The reason without the file name it starts with (the line names the file already)."""
    return str(quarantined["reason"]).removeprefix(f"{quarantined['file']}: ")


def write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(
        json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n", encoding="utf-8"
    )
