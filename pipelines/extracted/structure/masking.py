"""Blank out markup without moving a character, so matches on the masked text are spans of the real one.

`<b>10,700</b> SMEs<sup>3</sup>` -> `   10,700     SMEs          `: tags, emphasis marks, footnote
superscripts and entity tails become spaces; every offset still points into the document.
"""

from __future__ import annotations

import re

_SUP_FOOTNOTE = re.compile(r"<sup>\s*[\d*†‡§,\-–]{1,6}\s*</sup>", re.IGNORECASE)
_SUP_ORDINAL_TAG = re.compile(
    r"<sup>(?=\s*(?:st|nd|rd|th)\s*</sup>)|(?<=st|nd|rd|th)\s*</sup>", re.IGNORECASE
)
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,400}?>")
_ENTITY = re.compile(r"&(?:amp|lt|gt|quot|apos|nbsp|#\d+|#x[0-9a-fA-F]+);")
_EMPHASIS = re.compile(r"\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)")
_SUPERSCRIPT = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_MD_LINK_TARGET = re.compile(r"(?<=\])\((?:[^()\s]|\([^()]*\))*\)")
_MD_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!$|])")
_ENTITY_CHAR = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&nbsp;": " "}


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


_ANY_MARKUP = re.compile(r"[<>*_&⁰¹²³⁴⁵⁶⁷⁸⁹\\\]]")


def mask_markup(text: str) -> str:
    """Same length as `text`; markup replaced by spaces (an entity by its character plus spaces)."""
    if not _ANY_MARKUP.search(text):
        return text
    s = text  # each pass only where its character is: `R&D` needs no tag passes
    if "<" in s:
        s = _SUP_FOOTNOTE.sub(_blank, s)
        s = _SUP_ORDINAL_TAG.sub(_blank, s)
        s = _TAG.sub(_blank, s)
    if "](" in s:
        s = _MD_LINK_TARGET.sub(_blank, s)
    if "&" in s:
        s = _ENTITY.sub(lambda m: _ENTITY_CHAR.get(m.group(0), "?").ljust(len(m.group(0))), s)
    if "*" in s or "_" in s:
        s = _EMPHASIS.sub(_blank, s)
    if _SUPERSCRIPT.search(s):
        s = _SUPERSCRIPT.sub(_blank, s)
    if "\\" in s:
        s = _MD_ESCAPE.sub(" ", s)
    assert len(s) == len(text)
    return s
