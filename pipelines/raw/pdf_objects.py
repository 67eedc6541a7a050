"""A PDF page's objects as pdfplumber gives them, made lighter where the reader reads most.

pdfplumber turns every pdfminer object into a dict by walking all its attributes through
`resolve_all` (colours, colour spaces, marked content, graphic state...): for a character,
a dozen attributes the layout reader never reads, and most of a page's reading time
(issue 33 point 7). A character here keeps what pdfplumber gives of its text, place, size,
font and direction, computed the same way (pdfplumber's `Page.process_object`); rules,
rectangles, curves and images, few on any page, still go through pdfplumber's own code, so
its table finder sees the edges it always saw.
"""

from __future__ import annotations

from typing import Any
from unicodedata import normalize

from pdfminer.layout import LTChar, LTContainer

Char = dict[str, Any]


def _chars_and_others(page: Any, objs: list[Any], out: dict[str, list[Char]]) -> None:
    """Each object of `objs` (the contents of figures too) into `out` by kind."""
    height, page_number = float(page.height), page.page_number
    mb_x0, mb_top = page.mediabox[0], page.mediabox[1]
    norm = page.pdf.unicode_norm
    chars = out.setdefault("char", [])
    for obj in objs:
        if isinstance(obj, LTChar):
            text = obj.get_text()
            fontname = obj.fontname
            if isinstance(fontname, bytes):  # rare: pdfplumber decodes it the same way
                fontname = page.process_object(obj)["fontname"]
            top = height - obj.y1 + mb_top
            chars.append(
                {
                    "object_type": "char",
                    "page_number": page_number,
                    "text": normalize(norm, text) if norm is not None else text,
                    "fontname": fontname,
                    "size": obj.size,
                    "adv": obj.adv,
                    "upright": obj.upright,
                    "matrix": obj.matrix,
                    "x0": obj.x0 + mb_x0,
                    "x1": obj.x1 + mb_x0,
                    "y0": obj.y0,
                    "y1": obj.y1,
                    "width": obj.width,
                    "height": obj.height,
                    "top": top,
                    "bottom": height - obj.y0 + mb_top,
                    "doctop": page.initial_doctop + top,
                }
            )
        elif isinstance(obj, LTContainer):  # a figure: pdfplumber keeps its contents only
            _chars_and_others(page, obj._objs, out)
        else:
            attrs = page.process_object(obj)
            out.setdefault(attrs["object_type"], []).append(attrs)


def light_objects(page: Any) -> dict[str, list[Char]]:
    """The page's objects by kind, as pdfplumber's `parse_objects` gives them (without
    annotations), characters without the attributes the reader has no use for."""
    out: dict[str, list[Char]] = {}
    _chars_and_others(page, page.layout._objs, out)
    out.pop("anno", None)
    return {kind: objs for kind, objs in out.items() if objs}


def lighten(page: Any) -> Any:
    """The page, its objects parsed lightly when first asked for. With layout analysis on
    (`laparams`), pdfplumber also lists text boxes and lines: its own parse is kept."""
    if page.pdf.laparams is None:
        page.parse_objects = lambda: light_objects(page)
    return page
