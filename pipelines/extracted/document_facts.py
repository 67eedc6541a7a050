"""A document's facts as rows: prose facts with their block, table-cell facts with their row
label and header, each placed on its page and given a skeleton that keys its id."""

from __future__ import annotations

import math
import re
from typing import Any

from pipelines.extracted.candidates import (
    confidence,
    rule_candidates,
    split_by_confidence,
    unique_ids,
    unread_candidates,
)
from pipelines.extracted.columns import IdMaker
from pipelines.extracted.document_context import (
    fill_from_document,
    reported_mark,
    subject_place,
)
from pipelines.extracted.document_entity import document_name, fill_owner
from pipelines.extracted.english.infobox_rows import infobox_row
from pipelines.extracted.english.lead_labels import (
    key_value_measure,
    lead_label,
    text_row_label,
    with_label,
)
from pipelines.extracted.english.list_items import list_item_measure
from pipelines.extracted.english.measures import dimension_measure
from pipelines.extracted.english.paragraph_years import (
    date_by_sentence_before,
    date_entries,
)
from pipelines.extracted.english.phrases import without_masked_ordinals
from pipelines.extracted.english.published import (
    page_address,
    published_year,
    said_as_of_publication,
)
from pipelines.extracted.english.stage_spans import stage_measure
from pipelines.extracted.english.year_rows import year_row
from pipelines.extracted.english.year_table import year_table_measure
from pipelines.extracted.facts import (
    PROSE_KINDS,
    Fact,
    facts_in_span,
    premask,
    table_cell_facts,
)
from pipelines.extracted.japanese.ja_budgets import budget_year
from pipelines.extracted.japanese.ja_headlines import date_headlines
from pipelines.extracted.japanese.ja_line_labels import line_above_name
from pipelines.extracted.japanese.ja_numbers import is_japanese
from pipelines.extracted.japanese.ja_published import dated_by_publication, reports_survey
from pipelines.extracted.japanese.ja_relative import consecutive_years, publication_date
from pipelines.extracted.numbers.non_facts import mask_non_facts
from pipelines.extracted.numbers.places import (
    find_places,
    nation_mentions,
    outside_names,
    without_comparands,
)
from pipelines.extracted.numbers.quantities import is_null_marker, parse_cell_quantity
from pipelines.extracted.parse_route import parse_measures
from pipelines.extracted.structure.blocks import DocumentStructure
from pipelines.extracted.structure.tables import Cell, cell_items
from pipelines.extracted.structure.text_clean import clean_text, line_bounds
from pipelines.extracted.table_facts import cell_period
from pipelines.raw.registry import SourceDocument


def cell_contents(cell: Cell) -> tuple[str | None, list[str]]:
    parts = [clean_text(p) for p in cell.parts]
    if len(parts) > 1:
        items = [p for p in parts if p]
        return ("; ".join(items) or None), items
    items = cell_items(cell.parts[0])
    if items:
        return "; ".join(items), items
    text = parts[0]
    return (None if is_null_marker(text) else text), []


# what stands between an amount and its restatement in brackets right after it
_RESTATED = re.compile(
    r"[ \t]*[(（](?![^()（）\n]*(?:前年|前回|昨年|from|than))[^()（）\n\d]{0,12}"
)
_DIGITS = re.compile(r"\d(?:[\d,.\u00a0\u202f]*\d)?")


def skeleton(fact: Fact) -> str:
    """The fact's sentence with every number blanked: what stays when a value is corrected."""
    return _DIGITS.sub("#", fact.sentence)


def row_label(row: list[Cell]) -> str | None:
    """The text of a row's first cell that is not a quantity: what the row is about."""
    for cell in row:
        text, _ = cell_contents(cell)
        if text and parse_cell_quantity(text) is None:
            return text
    return None


LARGEST_VALUE = 1e18  # past a quintillion (yen) a "number" is a digit run, an id or noise


def plausible(value: float | None) -> bool:
    return value is None or (math.isfinite(value) and abs(value) < LARGEST_VALUE)


def document_facts(
    doc: SourceDocument,
    structure: DocumentStructure,
    block_id_of: dict[int, str],
    cells: list[dict[str, Any]],
    captions: dict[str, str | None] | None = None,
    units: dict[str, tuple[float, str] | None] | None = None,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(facts at or above the confidence threshold, the numbers set aside with the reason);
    `captions` are the tables' captions by table id, `units` the unit each states once."""
    text = doc.text
    premasked = premask(text)
    masked = mask_non_facts(premasked)
    places = find_places(masked)
    doc_place = subject_place(
        without_comparands(masked, outside_names(masked, places)),
        nation_mentions(masked),
        is_japanese(text, 0, len(text)),
        doc.metadata.get("source_url") or page_address(text),
    )
    reported = reported_mark(masked)
    doc_year = reported[2] if reported else None
    doc_name = document_name(text)
    published = published_year(text, doc.metadata.get("source_url"))
    news = None if reports_survey(text) else publication_date(text)
    ja_published = news[0] if news else None  # a Japanese news page's or magazine's date
    fact_ids = IdMaker("fct_")
    titles = _title_spans(structure)
    rows: list[dict[str, Any]] = []
    japanese: dict[str, bool] = {}  # each fact's sentence: whether it is Japanese prose

    def add(
        fact: Fact,
        block_id: str | None,
        table_id: str | None,
        kind: str,
        key: tuple[object, ...],
        headings: list[str] | None = None,
    ) -> None:
        """`key`: what the fact is, without its value (the sentence with its numbers blanked, or
        the cell's table, row and column), so a changed value keeps its id."""
        if not all(plausible(v) for v in (fact.value, fact.value_low, fact.value_high)):
            return  # a run of a million digits is no quantity anyone states
        if reported and fact.fact_type == "year" and fact.start == reported[0]:
            return  # the year the document reports on dates its numbers; it is no event
        if fact.fact_type == "year" and any(a <= fact.start < b for a, b in titles):
            return  # the year of a table's title dates the table's numbers; it is no event
        if fact.fact_type == "year" and _BRACKETED_YEARS.fullmatch(
            text, *line_bounds(text, fact.start)
        ):
            return  # 【29年度】【28年度】 alone on a line: labels of what is under it, no events
        quote = text[fact.start : fact.end]
        if fact.sentence not in japanese:  # the sentences of a long row hold many facts
            japanese[fact.sentence] = is_japanese(fact.sentence, 0, len(fact.sentence))
        if not japanese[fact.sentence]:
            infobox_row(masked, fact, text)
            if fact.fact_type != "year":
                fact.measure = text_row_label(masked, fact.start, fact.end) or fact.measure
                year_row(masked, fact)  # the list's title or its header's columns
                year_table_measure(masked, fact)  # a glued header's column (`YearPop.±%`) wins
            fact.measure = key_value_measure(masked, fact.start, fact.end, fact.measure)
            fact.measure = dimension_measure(masked, fact)
            if fact.measure and fact.fact_type != "year":
                fact.measure = with_label(fact.measure, lead_label(masked, fact.start))
            fact.measure = _referred_measure(fact, masked, rows) or fact.measure
            fact.measure = stage_measure(masked, fact) or fact.measure
            fact.measure = list_item_measure(masked, fact, rows) or fact.measure
            fact.measure = without_masked_ordinals(fact.measure)
        elif fact.measure is None and fact.fact_type != "year":
            fact.measure = line_above_name(masked, fact.start)  # 交付金 over 1,000億円
            if fact.measure and fact.period_start is None:
                year = budget_year(text, fact.measure, fact.start)  # 28補正…: FY 平成28
                fact.period_start = fact.period_end = year
        if (
            japanese[fact.sentence]
            and fact.fact_type != "year"
            and (year := budget_year(text, _line_before(text, fact.start), fact.start))
        ):  # 26補正…交付金: 1,400億円: the code opening the amount's line, over a heading's year
            fact.period_start = fact.period_end = year  # (and whether or not it named a measure)
        if (
            fact.period_start is None
            and rows
            and rows[-1]["unit"] == fact.unit
            and _RESTATED.fullmatch(text, int(rows[-1]["char_end"]), fact.start)
        ):  # 900億円(事業費ベース1,800億円): the same budget restated, of the same year
            fact.period_start, fact.period_end = rows[-1]["period_start"], rows[-1]["period_end"]
        geography_source = fill_from_document(fact, headings or [], doc_place, doc_year)
        fill_owner(
            fact, text, doc_name
        )  # the grammar named no owner: a name near, else the title's
        consecutive_years(masked, fact)  # 3年連続: the run of years up to the one it is dated by
        if (
            published is not None
            and fact.period_start is None
            and fact.fact_type != "year"
            and not is_japanese(fact.sentence, 0, len(fact.sentence))
            and said_as_of_publication(fact.sentence, fact.unit)
        ):
            fact.period_start = fact.period_end = published  # `Currently, ... has 29 institutes`
        if (
            ja_published is not None
            and japanese[fact.sentence]
            and dated_by_publication(
                fact.fact_type, fact.unit, fact.period_start, text, fact.start, fact.end
            )
        ):
            fact.period_start = fact.period_end = ja_published  # a news item's numbers: its date's
        rows.append(
            {
                "fact_id": fact_ids(doc.doc_id, *key, fact.unit),
                "doc_id": doc.doc_id,
                "block_id": block_id,
                "table_id": table_id,
                "source_kind": kind,
                "fact_type": fact.fact_type,
                "value": fact.value,
                "value_low": fact.value_low,
                "value_high": fact.value_high,
                "unit": fact.unit,
                "scale_word": fact.scale_word,
                "qualifier": fact.qualifier,
                "subject": fact.subject,
                "measure": fact.measure,
                "direction": fact.direction,
                "owner": fact.owner,
                "period_start": fact.period_start,
                "period_end": fact.period_end,
                "geography": fact.geography,
                "geography_source": geography_source,
                "confidence": confidence(fact, kind, quote),
                "sentence": fact.sentence,
                "char_start": fact.start,
                "char_end": fact.end,
                "quote": quote,
            }
        )

    prose = [
        (block, facts_in_span(text, masked, block.start, block.end, places))
        for block in structure.blocks
        if block.kind in PROSE_KINDS
    ]
    parse_measures(masked, [(b.start, b.end, found) for b, found in prose], text, doc_place)
    date_headlines(masked, [f for _, found in prose for f in found])
    for block, found in prose:
        if found and not is_japanese(masked, block.start, block.end):
            date_entries(masked, found)  # a chronology's entry dates its bullet items
            date_by_sentence_before(masked, found, block.start)
    for block, found in prose:
        for fact in found:
            add(
                fact,
                block_id_of[id(block)],
                None,
                block.kind,
                ("text", skeleton(fact)),
                block.heading_path,
            )
    by_row: dict[tuple[str, int], list[dict[str, Any]]] = {}
    for cell in cells:
        by_row.setdefault((cell["table_id"], cell["row_index"]), []).append(cell)
    for (table_id, _), row in by_row.items():
        label = next((c["text"] for c in row if c["text"] and c["value_number"] is None), None)
        geo = None
        if label:
            hits = find_places(str(label))
            geo = hits[-1].code if hits else None
        cell_at = {int(c["char_start"]): c["cell_id"] for c in row}
        caption, unit = (captions or {}).get(table_id), (units or {}).get(table_id)
        titled = [caption] if caption else None  # a table's place: its title's, as a heading's
        for fact in table_cell_facts(text, row, geo, caption, unit):
            add(fact, None, table_id, "table_cell", ("cell", cell_at.get(fact.start)), titled)
        numeric = any(c["value_number"] is not None for c in row)
        for cell in row:
            if numeric and cell["text"] and cell_period(text, cell) is not None:
                continue  # 平成20年度 heading a row dates its cells (table_facts.py): no event
            if (
                cell["value_number"] is None
                and cell["text"]
                and any(ch.isdigit() for ch in cell["text"])
            ):
                for fact in facts_in_span(
                    text, masked, cell["char_start"], cell["char_end"], places
                ):
                    if fact.measure is None and fact.fact_type != "rank":
                        fact.measure = _header_measure(fact, cell, label)
                    add(
                        fact,
                        None,
                        table_id,
                        "table_cell",
                        ("cell", cell["cell_id"], skeleton(fact)),
                    )
    kept, below = split_by_confidence(rows)
    taken = [(int(r["char_start"]), int(r["char_end"])) for r in rows]
    by_rule = rule_candidates(doc.doc_id, text, premasked, taken)
    references = [(b.start, b.end) for b in structure.blocks if b.kind == "reference"]
    periods = {int(r[k]) for r in rows for k in ("period_start", "period_end") if r[k] is not None}
    furniture = [(b.start, b.end) for b in structure.blocks if b.kind == "furniture"]
    # a rule's number it leaves for the reader to see (人口10万人当たり) is the rule's row alone
    named = taken + [(int(r["char_start"]), int(r["char_end"])) for r in by_rule]
    unread = unread_candidates(doc.doc_id, text, masked, named, references, periods, furniture)
    return kept, unique_ids(below + by_rule + unread)


_POINTING = re.compile(r"\b(?:these|those|the above|the said)\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[ \t]*([A-Za-z]+)")
_NOT_NOUNS = frozenset(
    ("from", "of", "in", "on", "at", "are", "were", "is", "was", "and", "or", "have", "has",
     "had", "to", "as", "by", "with", "for", "will", "can", "may", "all", "each")
)  # fmt: skip
_REFERRED_WITHIN = 3000  # characters back to the count `these 6` points to


def _referred_measure(fact: Fact, masked: str, rows: list[dict[str, Any]]) -> str | None:
    """`the representative areas of these 6`: a count after `these` points back to a count of
    the same number said shortly before (`6 incumbent agglomeration areas`), and measures what
    that one does."""
    lead = masked[max(0, fact.start - 12) : fact.start]
    if fact.unit not in ("count", "people") or not _POINTING.search(lead):
        return None
    follows = _NEXT_WORD.match(masked, fact.end)
    if follows and follows.group(1).lower() not in _NOT_NOUNS:
        return None  # `these two sources`: the count names its own noun
    before = [
        r for r in rows
        if r["value"] == fact.value and r["unit"] == fact.unit and r["measure"]
        and 0 < fact.start - int(r["char_end"]) <= _REFERRED_WITHIN
    ]  # fmt: skip
    return str(before[-1]["measure"]) if before else None


# a line of nothing but years in brackets (【30年度】, ［平成28年］ (2015)): a heading or a
# chart's column labels
_BRACKETED_YEARS = re.compile(
    r"[ \t\u3000]*(?:[【［\[（(〔][ \t\u3000]*(?:明治|大正|昭和|平成|令和|FY|H|R)?[ \t\u3000]*"
    r"(?:\d{1,4}|元)[ \t\u3000]*(?:年度|年)?[ \t\u3000]*[】］\]）)〕][ \t\u3000]*)+"
)


def _title_spans(structure: DocumentStructure) -> list[tuple[int, int]]:
    """Spans of the blocks that are a table's title (`Exports by sector, 2014` above it)."""
    index = {id(b): k for k, b in enumerate(structure.blocks)}
    spans = []
    for block, table in structure.tables:
        k = index.get(id(block))
        if table.title and k:
            before = structure.blocks[k - 1]
            if before.text == table.title and before.kind != "heading":
                spans.append((before.start, before.end))
    return spans


_DURATION_WORDS = re.compile(r"duration|period|term|length|years", re.IGNORECASE)


def _header_measure(fact: Fact, cell: dict[str, Any], label: str | None) -> str | None:
    """A fact read from a cell's prose whose sentence names no measure: the cell's column
    header, or its row's label (`Start date of project | September, 23rd 2015`); a duration
    only under a header that says it is one."""
    header = cell.get("column_header") or (label if label != cell["text"] else None)
    if header and fact.unit in ("years", "duration") and not _DURATION_WORDS.search(header):
        return None
    return str(header) if header else None


def _line_before(text: str, at: int) -> str:
    """The text of `at`'s line before it: where a slide writes a budget's code before its sums."""
    return text[line_bounds(text, at)[0] : at]
