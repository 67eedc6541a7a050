"""The events a document's passages state, for tables that need a start year from a stretch of
text (a partnership's story: `an energy hub ... was created in 2015`) read from the parse, not
from the first year that stands there."""

from __future__ import annotations

import pandas as pd

from pipelines.curated.event_passages import passages
from pipelines.curated.event_reading import Reading, read_document

STARTS = ("launched", "established", "signed", "agreement_concluded", "approved")

_NO_CELLS = pd.DataFrame(
    columns=["doc_id", "table_id", "row_index", "col_index", "column_header", "text",
             "char_start", "char_end"]
)  # fmt: skip


def readings(doc_id: str, text: str, blocks: pd.DataFrame) -> list[Reading]:
    """Every event the document's prose states, in text order."""
    return [r for _, r in read_document(passages(doc_id, text, blocks, _NO_CELLS, {}))]


def first_start(found: list[Reading], start: int, end: int) -> int | None:
    """The year of the first start (launched, established, signed ...) stated in [start, end)."""
    return next((r.year for r in found if start <= r.year_start < end and r.kind in STARTS), None)


def first_signing(found: list[Reading], start: int, end: int) -> int | None:
    return next((r.year for r in found if start <= r.year_start < end and r.kind == "signed"), None)
