"""A page whose text runs sideways or upside down, turned so that its text reads left to right.

A landscape table is often put on a portrait page by a /Rotate of 90 (pdfminer then gives its
characters running down the page) or set sideways on an upright page (running up it). Read as
printed, its rows are the page's columns: the table finder finds broken "tables" across them
and its figures become prose. When most of a page's characters run one way other than left to
right, the page's objects (characters, rules, rectangles, curves) and its box are turned as a
reader turns the sheet, so its lines, columns and tables are found as on an upright page; the
few characters that ran another way are turned too and read as sideways text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

Obj = dict[str, Any]
Point = tuple[float, float]
MIN_CHARS = 20  # characters below which a page is not turned (a few sideways labels)
SHARE = 0.6  # share of a page's characters that must run one way for the page to turn


def _direction(c: Obj) -> tuple[int, int]:
    """Which way a character runs, as signs of its matrix's first column (y up)."""
    a, b = float(c["matrix"][0]), float(c["matrix"][1])
    return (int(a > 0) - int(a < 0), int(b > 0) - int(b < 0))


def _turn_of(chars: list[Obj]) -> tuple[int, int] | None:
    """The direction most of the page's characters run, when not left to right."""
    ways = Counter(_direction(c) for c in chars if "matrix" in c and not c["text"].isspace())
    total = sum(ways.values())
    if total < MIN_CHARS:
        return None
    way, n = ways.most_common(1)[0]
    return way if way in ((0, -1), (0, 1), (-1, 0)) and n >= SHARE * total else None


def _mappers(
    way: tuple[int, int], width: float, height: float
) -> tuple[Callable[[Point], Point], Callable[[float, float], tuple[float, float]]]:
    """How a point (x, top, from the page's top left) and a direction (y up) turn, for text
    running down the page (0, -1), up it (0, 1) or upside down (-1, 0)."""
    if way == (0, -1):
        return (lambda p: (p[1], width - p[0])), (lambda a, b: (-b, a))
    if way == (0, 1):
        return (lambda p: (height - p[1], p[0])), (lambda a, b: (b, -a))
    return (lambda p: (width - p[0], height - p[1])), (lambda a, b: (-a, -b))


def _turned(obj: Obj, point: Callable[[Point], Point], vector: Any, new_height: float) -> Obj:
    out = dict(obj)
    corners = [
        point((float(obj[x]), float(obj[y]))) for x in ("x0", "x1") for y in ("top", "bottom")
    ]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    out.update(x0=min(xs), x1=max(xs), top=min(ys), bottom=max(ys))
    out.update(width=out["x1"] - out["x0"], height=out["bottom"] - out["top"])
    out.update(y0=new_height - out["bottom"], y1=new_height - out["top"])
    if "doctop" in obj:
        out["doctop"] = float(obj["doctop"]) - float(obj["top"]) + out["top"]
    if obj.get("pts"):
        out["pts"] = [point((float(x), float(y))) for x, y in obj["pts"]]
    if obj.get("path"):
        out["path"] = [
            (step[0], *(point((float(p[0]), float(p[1]))) for p in step[1:]))
            for step in obj["path"]
        ]
    if "matrix" in obj:
        a, b, c, d, _, _ = (float(v) for v in obj["matrix"])
        a, b = vector(a, b)
        c, d = vector(c, d)
        out["matrix"] = (a, b, c, d, out["x0"], new_height - out["bottom"])
        out["upright"] = a * d > 0 and b * c <= 0  # pdfminer's rule for LTChar.upright
    return out


def turned(page: Any) -> Any:
    """The page, turned so that most of its text reads left to right (its objects parsed now,
    in the page's own coordinates, then turned); unchanged when it already does."""
    way = _turn_of(page.chars)
    if way is None:
        return page
    x0, top, x1, bottom = (float(v) for v in page.bbox)
    width, height = x1 - x0, bottom - top
    quarter = way != (-1, 0)
    new_height = width if quarter else height
    point, vector = _mappers(way, width, height)

    def shifted(p: Point) -> Point:  # the page's box may not start at 0
        x, y = point((p[0] - x0, p[1] - top))
        return (x + x0, y + top)

    page._objects = {
        kind: [_turned(o, shifted, vector, new_height) for o in objs]
        for kind, objs in page.objects.items()
    }
    if quarter:
        page.bbox = (x0, top, x0 + height, top + width)
    return page
