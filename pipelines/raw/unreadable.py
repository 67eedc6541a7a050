"""Text that is there but cannot be read: `(cid:N)`, what pdfminer writes for a glyph of a font
without a Unicode map. Its digits are glyph numbers, not the document's, so they must never
become facts: a glyph is marked U+FFFD (unreadable), and a page made mostly of them is treated
as a page without a text layer.
"""

from __future__ import annotations

import re

CID = re.compile(r"\(cid:\d+\)")
UNREADABLE = "\ufffd"
MOSTLY = 0.5  # share of a page's visible characters in (cid:N) glyphs past which it has no text


def cid_share(text: str) -> float:
    """Share of the visible (non-blank) characters of `text` that are (cid:N) glyphs."""
    glyphs = CID.findall(text)
    if not glyphs:
        return 0.0
    visible = len(text) - sum(1 for c in text if c.isspace())
    return sum(len(g) for g in glyphs) / max(visible, 1)


def mark_unreadable(page: str) -> str:
    """A page's text with each (cid:N) glyph as one U+FFFD; "" when the page is mostly glyphs."""
    if "(cid:" not in page:
        return page
    if cid_share(page) > MOSTLY:
        return ""
    return CID.sub(UNREADABLE, page)
