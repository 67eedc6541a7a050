"""Issue 34: how the site shows values and rows without scripts: years as integers, numbers
with their unit, the columns that matter first, CSV fields as RFC 4180 writes them, the
release's Markdown rendered with its links turned into the site's pages and raw HTML as text."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from pipelines.release.site.documents import markdown_pages, quality_page
from pipelines.release.site.downloads import csv_field
from pipelines.release.site.viewer import context, default_order, provenance, show, view_columns


def test_values_read_as_a_reader_expects() -> None:
    assert show(2002, "year") == "2002"
    assert show(2002.0, "float", "year") == "2002"
    assert show(5000.0, "float", "count") == "5,000"
    assert show(1.14e9, "float", "JPY") == "1,140,000,000 JPY"
    assert show(12.5, "float", "percent") == "12.5 %"
    assert show(None, "int") == ""
    assert show(["a", "b"], "list") == "a; b"


def test_the_columns_that_matter_come_first_and_ids_wait_in_the_chooser() -> None:
    facts = [c.name for c in view_columns("facts") if c.shown]
    assert facts[:2] == ["measure", "entity_id"]
    assert facts.index("value") < facts.index("quote")
    hidden = {c.name for c in view_columns("facts") if not c.shown}
    assert {"fact_id", "char_start", "char_end", "doc_id", "unit"} <= hidden
    years = {c.name: c.kind for c in view_columns("policy_events")}
    assert years["year"] == years["end_year"] == "year" and years["n_sources"] == "int"
    assert default_order("policy_events") == [["year", "ASC"]]
    assert default_order("facts") == [["doc_id", "ASC"], ["char_start", "ASC"]]


def test_a_rows_passage_marks_its_quote_and_withheld_runs_read_as_one() -> None:
    text = "before " + "░" * 50 + "\n\n\nthe quote here, after"
    start = text.index("the quote")
    row = {"doc_id": "d", "char_start": start, "char_end": start + 9, "page": 3}
    p = provenance(row, {"d": text})
    assert p is not None and p["quote"] == "the quote" and p["page"] == 3
    assert p["before"] == "before ░…░\n" and p["after"] == " here, after"
    assert context("a ░░ ░\n░ b") == "a ░…░ b"
    assert provenance({"doc_id": None}, {}) is None


def test_csv_fields_round_trip_through_rfc_4180() -> None:
    row = [csv_field(v) for v in ['say "hi", then', None, 2002, 1.5, ["a", "b"], True]]
    out = io.StringIO(newline="")
    csv.writer(out, dialect="excel", lineterminator="\r\n").writerow(row)
    assert out.getvalue() == '"say ""hi"", then",,2002,1.5,"[""a"", ""b""]",true\r\n'
    assert next(csv.reader(io.StringIO(out.getvalue(), newline=""))) == row


def test_markdown_pages_link_the_site_and_show_html_as_text(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(
        "# Card\n\nSee [the dictionary](data_dictionary.md) and [the data](data/facts.parquet)."
        "\n\n<script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
        encoding="utf-8",
    )
    pages = markdown_pages(tmp_path, "1.0.0")
    assert list(pages) == ["card.html"]
    html = str(pages["card.html"]["html"])
    assert 'href="dictionary.html"' in html and 'href="../1.0.0/data/facts.parquet"' in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<table>" in html


def test_quality_page_puts_failures_first_and_shortens_values(tmp_path: Path) -> None:
    (tmp_path / "quality").mkdir()
    long = "x" * 500
    (tmp_path / "quality" / "summary.json").write_text(
        '{"expectations": 2, "passed": 1, "failed": 1, "failed_critical": 0, "results": ['
        '{"table": "a", "expectation": "expect_x", "kwargs": {}, "success": true},'
        f'{{"table": "b", "expectation": "expect_y", "kwargs": {{"v": "{long}"}}, '
        f'"success": false, "unexpected_count": 3, "unexpected_examples": ["{long}"]}}]}}',
        encoding="utf-8",
    )
    q = quality_page(tmp_path)
    assert [r["table"] for r in q["results"]] == ["b", "a"]
    assert q["results"][0]["expectation"] == "y"
    assert len(q["results"][0]["arguments"][0]) < 140 and len(q["results"][0]["examples"][0]) <= 120


def test_the_quality_report_names_its_icon_so_a_browser_asks_the_server_for_none(
    tmp_path: Path,
) -> None:
    """Without an icon of its own, a browser showing the release's report asks the server for
    /favicon.ico, which a served release folder does not have: a failed request on every visit."""
    from pipelines.release.quality import write_report

    write_report([], tmp_path, [])
    page = (tmp_path / "index.html").read_text(encoding="utf-8")
    head = page[: page.index("</head>")]
    assert '<link rel="icon" href="data:,">' in head
