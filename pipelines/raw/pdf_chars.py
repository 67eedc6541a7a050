"""A PDF page's characters as printed, made the characters a reader reads: those printed several
times over one another (fake bold) once, ligatures expanded, a size never under one point, and
which are CJK (set without spaces, and sometimes in columns down the page).

Overprinting is found with pdfplumber's `dedupe_chars` rule (same text, font and size within a
point) in one pass over a grid, since a page's characters are many and the rule runs on each.
"""

from __future__ import annotations

from typing import Any

Char = dict[str, Any]
LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
    | {"\ufb05": "st", "\ufb06": "st"}
)


def char_size(c: Char) -> float:
    """A character's size, never under a point (a zero-size glyph would make every gap wide)."""
    return max(float(c["size"]), 1.0)


def is_cjk(ch: str) -> bool:
    """Whether a character is CJK (or full-width): such characters join without a space."""
    return bool(ch) and ("\u3000" <= ch[0] <= "\u9fff" or "\uff00" <= ch[0] <= "\uffef")


def dedupe(chars: list[Char], tolerance: float = 1.0) -> list[Char]:
    """Characters without those printed again within `tolerance` of one with the same text,
    font and size (overprinted for fake bold): pdfplumber's `dedupe_chars` rule in one pass
    over a grid of cells twice the tolerance wide, so that a character's neighbours are in
    its own cell or the next one on the side it is nearer (four cells to look in)."""
    seen: dict[tuple[str, Any, int, int], list[Char]] = {}  # by text: most cells hold none
    cell = 2 * tolerance
    out = []
    for c in chars:
        x, y, size, font = float(c["x0"]), float(c["top"]), float(c["size"]), c.get("fontname")
        gx, gy = int(x // cell), int(y // cell)
        sx = -1 if x - gx * cell < tolerance else 1
        sy = -1 if y - gy * cell < tolerance else 1
        text = c["text"]
        if any(
            abs(float(o["size"]) - size) < 0.01  # a size read twice differs
            and abs(float(o["x0"]) - x) <= tolerance
            and abs(float(o["top"]) - y) <= tolerance
            for key in (
                (text, font, gx, gy),
                (text, font, gx + sx, gy),
                (text, font, gx, gy + sy),
                (text, font, gx + sx, gy + sy),
            )
            if key in seen
            for o in seen[key]
        ):
            continue
        seen.setdefault((text, font, gx, gy), []).append(c)
        out.append(c)
    return out
