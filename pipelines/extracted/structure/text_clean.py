"""Clean text for a table cell or block: no markup, no footnote marks, entities decoded.

Spans always point at the raw slice; only the `text` columns are cleaned.
"""

from __future__ import annotations

import html
import re

_SUP_ORDINAL = re.compile(r"<sup>\s*(st|nd|rd|th|er|e|ème)\s*</sup>", re.IGNORECASE)
_SUP_TAG = re.compile(r"<sup>\s*[\w*†‡§,\-–]{1,6}\s*</sup>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,400}?>")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^<>\s]+)>")
_EMPHASIS = re.compile(
    r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])|(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])"
)
_SUPERSCRIPT_DIGITS = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_STRAY_EMPHASIS = re.compile(r"\*{2,}|(?<!\w)_{2,}|_{2,}(?!\w)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$|])")
# Runs of spacing that are not already one plain space (those need no substitution).
_WS = re.compile(r"[ \t\u00a0\u3000](?:(?<=[\t\u00a0\u3000])|[ \t\u00a0\u3000])[ \t\u00a0\u3000]*")
_STRAY = re.compile(r"[\ufffd\u200b]")


# Character classes, so the regex engine skips ahead instead of trying every position.
_MARKUP_CHAR = re.compile(r"[<>*_&⁰¹²³⁴⁵⁶⁷⁸⁹\\\[\ufffd\u200b]")
_SPACING_CHAR = re.compile(r"[\u00a0\u3000\t\n]")


_MARKUP_OR_SPACING_CHAR = re.compile(rf"{_MARKUP_CHAR.pattern[:-1]}{_SPACING_CHAR.pattern[1:]}")


def clean_text(raw: str, keep_newlines: bool = False) -> str:
    """Markup-free text of a raw slice; superscript footnote marks and HTML tags removed."""
    if not (
        _MARKUP_OR_SPACING_CHAR.search(raw) or "  " in raw or "( " in raw or " )" in raw
    ):  # nothing to change but the ends
        return raw.strip()
    if not _MARKUP_CHAR.search(raw):  # plain text: only its spacing needs tidying
        if keep_newlines:
            return "\n".join(_tidy(line) for line in raw.split("\n")).strip()
        return _tidy(raw.replace("\n", " "))
    # Each pass only where its character is: `R&D` or `R_D` costs no markup passes.
    s = raw
    if "<" in s:
        s = _SUP_ORDINAL.sub(r"\1", s)
        s = _SUP_TAG.sub("", s)
        s = _MD_AUTOLINK.sub(r"\1", s)
        s = _TAG.sub(" ", s)
    if "](" in s:
        s = _MD_LINK.sub(r"\1", s)
    if "*" in s or "_" in s:
        for _ in range(2):
            s = _EMPHASIS.sub(lambda m: m.group(2) or m.group(3) or m.group(4) or "", s)
        s = _STRAY_EMPHASIS.sub("", s)
    if "\\" in s:
        s = _MD_ESCAPE.sub(r"\1", s)
    if "&" in s:
        s = html.unescape(s)
    if _SUPERSCRIPT_DIGITS.search(s):
        s = _SUPERSCRIPT_DIGITS.sub("", s)
    if "\ufffd" in s or "\u200b" in s:
        s = _STRAY.sub("", s)
    if keep_newlines:
        return "\n".join(_tidy(line) for line in s.split("\n")).strip()
    return _tidy(s.replace("\n", " "))


_ODD_SPACING_CHAR = re.compile(r"[\t\u00a0\u3000]")


def _tidy(s: str) -> str:
    if "  " in s or _ODD_SPACING_CHAR.search(s):
        s = _WS.sub(" ", s)
    return s.replace("( ", "(").replace(" )", ")").strip()


def is_bold(raw: str) -> bool:
    """The whole slice is wrapped in bold markup (`<b>…</b>`, `<strong>`, `**…**`)."""
    s = raw.strip()
    return bool(re.fullmatch(r"(<(b|strong)>.*</\2>|\*\*[^*].*\*\*|__[^_].*__)", s, re.DOTALL))


def line_bounds(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the line that holds position `at`, without its line break."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end
