"""Which columns of a table hold years, decided per column, never per value.

A cell `1850` reads as a year or as a count only from its column: a column is a year column when
its header says so (Year, FY, 年, 年度) or, when the header names no count, every value in it is
a plausible year. A column of firm counts that happen to fall in 1800–2099 stays counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

_YEAR_HEADER = re.compile(
    r"\b(?:years?|FY|fiscal|start(?:ed)?(?!-)|end(?:ed)?|began|since|founded|established|launched|"
    r"opened|designated|enacted)\b|年度?(?!間|数|齢|率)",
    re.IGNORECASE,
)
_COUNT_HEADER = re.compile(
    r"\b(?:number|no\.|count|firms?|companies|members?|people|persons|employees|staff|"
    r"students|total|sum|amount|jobs|patents|projects|units|population|value|sales)\b|数|件|人|額|社",
    re.IGNORECASE,
)
_YEAR_VALUE = re.compile(r"(?:1[89]|20)\d\d")


def _is_year_value(text: Any) -> bool:
    return isinstance(text, str) and _YEAR_VALUE.fullmatch(text.strip()) is not None


def is_year_column(header: str | None, values: Sequence[Any]) -> bool:
    """Whether a column is a year column: its header says year, or names no count and every
    non-empty value is a four-digit year."""
    head = header or ""
    if _COUNT_HEADER.search(head) and not re.search(r"年度?$|\byears?$", head.strip(), re.I):
        return False
    if says_year(head):
        return True
    filled = [v for v in values if isinstance(v, str) and v.strip()]
    return bool(filled) and all(_is_year_value(v) for v in filled)


def year_columns(headers: Sequence[str | None], rows: Sequence[Sequence[Any]]) -> list[bool]:
    """For each column of a table, whether it is a year column (see is_year_column)."""
    width = max([len(headers), *(len(r) for r in rows)], default=0)
    out = []
    for c in range(width):
        header = headers[c] if c < len(headers) else None
        out.append(is_year_column(header, [r[c] for r in rows if c < len(r)]))
    return out


def says_year(label: str | None) -> bool:
    """Whether a row's label or a column's header names a year (Start, Year, 設立年) and no count."""
    head = label or ""
    if _COUNT_HEADER.search(head) and not re.search(r"年度?$|\byears?$", head.strip(), re.I):
        return False
    return _YEAR_HEADER.search(head) is not None


def retype_year_cells(cells: list[dict[str, Any]], headers: Sequence[str | None]) -> None:
    """Cells of one table typed `year` by their value alone become plain numbers unless their
    column is a year column, or their row's label names a year (a table set out by rows:
    `Start | 2001 | 2006`). The cells as frames.py builds them: row_index, col_index, text, unit."""
    by_col: dict[int, list[Any]] = {}
    labels: dict[int, str] = {}
    for cell in cells:
        by_col.setdefault(int(cell["col_index"]), []).append(cell.get("text"))
        if cell.get("value_number") is None and cell.get("text"):
            labels.setdefault(int(cell["row_index"]), str(cell["text"]))
    years = {
        c: is_year_column(headers[c] if c < len(headers) else None, texts)
        for c, texts in by_col.items()
    }
    for cell in cells:
        row_year = says_year(labels.get(int(cell["row_index"])))
        if cell.get("unit") == "year" and not (years[int(cell["col_index"])] or row_year):
            cell["unit"] = None
