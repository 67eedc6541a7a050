"""Generic extraction: `document_blocks`, `extracted_tables`, `extracted_table_cells`."""

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.provenance import PagedProvenance, Provenance
from schemas.vocabulary import BLOCK_KINDS, UNITS, YEAR_MAX, YEAR_MIN


class DocumentBlocks(PagedProvenance):
    block_id: Series[str] = pa.Field(
        unique=True,
        description=(
            "Id of the block, derived from its document, kind and text (stable across releases "
            "while the passage is unchanged)."
        ),
    )
    seq: Series[pd.Int64Dtype] = pa.Field(
        ge=0, description="Position of the block in its document, from 0."
    )
    kind: Series[str] = pa.Field(
        isin=BLOCK_KINDS,
        description=(
            "heading, paragraph, list_item, table, caption (a `Table N` caption), figure_caption, "
            "reference (an entry of a reference list or notes section), footnote, toc_entry (a "
            "line of a table of contents), page_number (a page or slide number standing alone) "
            "or furniture (a PDF page's furniture: a running head or foot, a printer's line, a "
            "page number, a margin column of line numbers; never read for facts)."
        ),
    )
    level: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        ge=1,
        le=12,
        description=(
            "Heading level (1 = top) for headings; nesting depth (1 = top) for list items and "
            "references; null otherwise."
        ),
    )
    heading_path: Series[object] = pa.Field(
        metadata={"duckdb_type": "VARCHAR[]"},
        description=("The headings the block sits under, outermost first."),
    )
    text: Series[str] = pa.Field(
        nullable=True,
        description=(
            "The block's text without markup, list markers or footnote marks; for tables one "
            "line per row with cells separated by spaces."
        ),
    )
    table_id: Series[str] = pa.Field(
        nullable=True, description=("For a table block, its table in extracted_tables.")
    )

    class Config:
        strict = True
        description = (
            "The structure of every document: headings, paragraphs, list items, "
            "tables, captions, footnotes and references, in reading order, each "
            "with its heading path and exact char span."
        )


class ExtractedTables(PagedProvenance):
    table_id: Series[str] = pa.Field(
        unique=True,
        description=("Id of the table, derived from its document, form and caption (or header)."),
    )
    seq: Series[pd.Int64Dtype] = pa.Field(
        ge=0, description="Position of the table among its document's tables, from 0."
    )
    caption: Series[str] = pa.Field(
        nullable=True,
        description=(
            "The table's caption: a `Table N` or `図N` caption or a title line alone just before "
            "it, or a `Table N` caption just after it, else the heading just above it, else the "
            "first line of a record box; null when none stands by it. A year it gives is the "
            "period of the table's numbers that have none."
        ),
    )
    caption_source: Series[str] = pa.Field(
        nullable=True,
        isin=["caption", "heading", "box_title"],
        description="Where the caption comes from.",
    )
    source_note: Series[str] = pa.Field(
        nullable=True, description=("A `Source:` line standing just after the table.")
    )
    source_format: Series[str] = pa.Field(
        isin=["tsv", "pipe", "html", "box", "lines"],
        description=(
            "Form of the table in the text: tsv (tab-separated lines), pipe (Markdown), html "
            "(`<table>` markup), box (a one-column block of `Label:` records, read as "
            "field/value pairs) or lines (a table copied one cell to a line)."
        ),
    )
    n_rows: Series[pd.Int64Dtype] = pa.Field(
        ge=0,
        description=(
            "Number of body rows (header excluded, continuation rows merged into their parent)."
        ),
    )
    n_cols: Series[pd.Int64Dtype] = pa.Field(ge=1, description="Number of columns.")
    has_header: Series[bool] = pa.Field(description="Whether the first row was read as a header.")
    header: Series[object] = pa.Field(
        nullable=True,
        metadata={"duckdb_type": "VARCHAR[]"},
        description=(
            "Column headers, cleaned (null entries for empty header cells); null when the "
            "table has no header."
        ),
    )

    class Config:
        strict = True
        description = (
            "Every data table found in a document, whatever its form, with caption, "
            "header and shape. Tables of contents and layout text are not data tables."
        )


class ExtractedTableCells(PagedProvenance):
    cell_id: Series[str] = pa.Field(
        unique=True,
        description=(
            "Id of the cell, derived from what it is (its table, the label of its row and its "
            "column), not from its position: a corrected value or an inserted row keeps it."
        ),
    )
    table_id: Series[str] = pa.Field(description="Table (extracted_tables.table_id).")
    row_index: Series[pd.Int64Dtype] = pa.Field(
        ge=0, description="Body row, from 0 (the header is not a row)."
    )
    col_index: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Column, from 0.")
    column_header: Series[str] = pa.Field(
        nullable=True, description="The cleaned header of the cell's column."
    )
    text: Series[str] = pa.Field(
        nullable=True,
        description=(
            "The cell's clean text: no markup or footnote marks; `—`, `-`, `n/a` and empty cells "
            "are null; a cell holding a list gives its items joined by `; `."
        ),
    )
    items: Series[object] = pa.Field(
        metadata={"duckdb_type": "VARCHAR[]"},
        description=(
            "The items of a cell that holds a list (bullets, `<li>`, or lines merged from "
            "continuation rows); empty otherwise."
        ),
    )
    value_number: Series[float] = pa.Field(
        nullable=True,
        description=(
            "The cell's number when the whole cell is one quantity, scaled to units "
            "(`¥ 1.14 bn.` -> 1140000000)."
        ),
    )
    unit: Series[str] = pa.Field(
        nullable=True,
        isin=UNITS,
        description=(
            "Unit of value_number: an ISO 4217 currency, percent, year (a four-digit year), or "
            "null for a bare count or number."
        ),
    )
    period_start: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        ge=YEAR_MIN,
        le=YEAR_MAX,
        description=(
            "First year of the period the column header ties the value to (`(1985–1993)`)."
        ),
    )
    period_end: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        ge=YEAR_MIN,
        le=YEAR_MAX,
        description=("Last year of that period (`(~1995)` -> 1995)."),
    )

    @pa.dataframe_check(description="(table_id, row_index, col_index) is unique")
    def one_cell_per_position(cls, df: pd.DataFrame) -> pd.Series:
        return ~df.duplicated(["table_id", "row_index", "col_index"], keep=False)

    class Config:
        strict = True
        description = (
            "Every cell of every extracted table, clean and typed, with its column "
            "header and exact char span."
        )


class Facts(PagedProvenance):
    fact_id: Series[str] = pa.Field(
        unique=True,
        description=(
            "Id of the fact, derived from what it is, not from its value or position: its "
            "document, its sentence with every number blanked (or its table cell) and its unit; "
            "a corrected value keeps its id."
        ),
    )
    block_id: Series[str] = pa.Field(
        nullable=True,
        description=(
            "Block the fact was read from (document_blocks.block_id); null for table cells."
        ),
    )
    table_id: Series[str] = pa.Field(
        nullable=True,
        description=("Table the fact was read from (extracted_tables.table_id); null for prose."),
    )
    source_kind: Series[str] = pa.Field(
        isin=[*BLOCK_KINDS, "table_cell"],
        description=(
            "Kind of passage: paragraph, list_item, heading, caption, figure_caption, footnote or table_cell."
        ),
    )
    fact_type: Series[str] = pa.Field(
        isin=["quantity", "range", "year", "rank", "rate", "count"],
        description=(
            "quantity (a number with its unit), range (low to high), year (a year that dates an event; "
            "value_low/value_high for a span of years), rank (an ordinal position), rate (an exchange "
            "rate) or count (a spelled-out number)."
        ),
    )
    value: Series[float] = pa.Field(
        description=(
            "The value scaled to units: `2.6757 trillion yen` -> 2675700000000; a range's low end."
        )
    )
    value_low: Series[float] = pa.Field(nullable=True, description="Low end of a range.")
    value_high: Series[float] = pa.Field(nullable=True, description="High end of a range.")
    unit: Series[str] = pa.Field(
        isin=UNITS,
        description=(
            "JPY, USD, GBP, EUR (ISO 4217), percent (percentage points), count, people (a count of "
            "persons, 人 / 名), ratio (times as much, 倍), year (a calendar year, or a fiscal year as "
            "the year it starts in), years (a duration in years), duration, rank, km, km2, kW, MW, GW "
            "or yen_per_usd."
        ),
    )
    scale_word: Series[str] = pa.Field(
        nullable=True,
        description=("The scale word as written (bn, billion, trillion, million, b ...)."),
    )
    qualifier: Series[str] = pa.Field(
        nullable=True,
        isin=[
            "about",
            "approximately",
            "almost",
            "over",
            "more than",
            "up to",
            "at least",
            "less than",
        ],
        description="The hedge before the number (about, over, more than, up to ...).",
    )
    subject: Series[str] = pa.Field(
        nullable=True,
        description=(
            "What the number counts or measures (SMEs, universities, employees...); for a year, the "
            "event it dates; for a table cell, its column header."
        ),
    )
    measure: Series[str] = pa.Field(
        nullable=True,
        description=(
            "What the number measures, as a short noun phrase read from its sentence's grammar "
            "(`SMEs`, `share of corporate laboratories`, `imports`, `enactment of the Technopolis "
            "Law` for a year, `duration of the memorandum` for years); for a table cell, its "
            "column header; null where no phrase names it (a window of time, a number in a "
            "name), never a fragment."
        ),
    )
    direction: Series[str] = pa.Field(
        nullable=True,
        isin=["up", "down"],
        description=(
            "For a number that states a change, its direction, read from the verb or noun of "
            "change it hangs on in the sentence's parse (`fell by 8%` -> down, `3%増` -> up); "
            "null for a level or where the sentence names no change."
        ),
    )
    owner: Series[str] = pa.Field(
        nullable=True,
        description=(
            "Whose number it is, as its sentence's dependency parse names it: the name its "
            "noun is of (`the GRP of Kyushu`, `Japan's exports`), else the subject of its "
            "clause (`the two airports handle 330 flights`); registered or not. Where the parse "
            "names none, a name only (extracted/document_entity.py): the programme, law, survey "
            "or body named before the number in its sentence (Japanese) or by the sentence it "
            "goes on from (English), else the document's subject its opening names; a bare "
            "`the region` in a page on one area is that area. Null where none of these is named "
            "or the sentence names another body or place that may own it."
        ),
    )
    entity_id: Series[str] = pa.Field(
        nullable=True,
        description=(
            "The entity (entities.entity_id) the number belongs to: the registered programme, "
            "organisation, law or place named nearest before it in its sentence, else in the "
            "sentence before, else in the headings above it (the same matching as "
            "entity_mentions)."
        ),
    )
    period_start: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        ge=YEAR_MIN,
        le=YEAR_MAX,
        description=(
            "First year of the period the sentence ties the value to (FY 2008, in 2013, 1990 to "
            "2005, 平成20年度); a Japanese fiscal year (年度, April N to March N+1) is given as N."
        ),
    )
    period_end: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        ge=YEAR_MIN,
        le=YEAR_MAX,
        description=("Last year of that period; null for an open period (since 2016)."),
    )
    geography: Series[str] = pa.Field(
        nullable=True,
        description=(
            "Place the sentence ties the value to: a prefecture as ISO 3166-2:JP code, a country as "
            "ISO 3166-1 alpha-2 (EU for the European Union), a region or city of Japan by name, or "
            "an area spanning prefectures as their codes joined by '; ' (JP-26; JP-27; JP-29)."
        ),
    )
    geography_source: Series[str] = pa.Field(
        nullable=True,
        isin=["sentence", "heading", "entity", "document"],
        description=(
            "Where `geography` comes from: sentence (a place its sentence names), heading (the "
            "place the nearest heading over it names), entity (the registered place of the "
            "entity the number belongs to) or document (the place the whole document is about); "
            "null when geography is null."
        ),
    )
    confidence: Series[float] = pa.Field(
        ge=0.0,
        le=1.0,
        description=(
            "How sure the extractor is that this is a fact with this value, unit and measure "
            "(0-1), from what read it: its kind (rate, money, count), a known unit, a measure or "
            "subject found, a hedge, the kind of passage. Every fact here is at or above the "
            "release's threshold; the numbers below it are in fact_candidates."
        ),
    )
    sentence: Series[str] = pa.Field(
        description=(
            "The sentence (for a table cell, its row) the fact was read from, without markup."
        ),
    )

    @pa.dataframe_check(description="geography_source is given exactly when geography is")
    def geography_has_a_source(cls, df: pd.DataFrame) -> pd.Series:
        return df["geography"].isna() == df["geography_source"].isna()

    class Config:
        strict = True
        description = (
            "Every quantitative statement of the corpus (prose, list items, captions and "
            "table cells) with value, unit, qualifier, subject, period, place and exact quote."
        )


class Citations(Provenance):
    citation_id: Series[str] = pa.Field(
        unique=True, description="Id of the entry (from its block's id)."
    )
    block_id: Series[str] = pa.Field(
        description="The reference or footnote block (document_blocks.block_id)."
    )
    kind: Series[str] = pa.Field(
        isin=["reference", "footnote"],
        description="reference (a reference-list entry) or footnote.",
    )
    authors: Series[str] = pa.Field(
        nullable=True, description="Authors as written (persons or organisations)."
    )
    year: Series[str] = pa.Field(
        nullable=True, description="Year of the cited work as written (2008, n.d.)."
    )
    title: Series[str] = pa.Field(nullable=True, description="Title of the cited work.")
    venue: Series[str] = pa.Field(
        nullable=True, description="Journal, book or publisher, when the entry names one."
    )
    volume: Series[str] = pa.Field(nullable=True, description="Volume (and issue), as 26(1).")
    pages: Series[str] = pa.Field(nullable=True, description="Pages, as 111-122.")
    url: Series[str] = pa.Field(nullable=True, description="Address the entry gives.")
    doi: Series[str] = pa.Field(nullable=True, description="DOI the entry gives.")
    accessed: Series[str] = pa.Field(nullable=True, description="Date of access, as written.")
    text: Series[str] = pa.Field(nullable=True, description="The whole entry without markup.")

    class Config:
        strict = True
        description = (
            "The documents' reference lists and footnotes parsed into authors, year, title, venue, "
            "volume, pages, url, doi and date of access, with the citing document and span."
        )
