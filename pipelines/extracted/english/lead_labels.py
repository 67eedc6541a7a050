"""The label a line or cell opens with says what its numbers are about: `Phase 1: 19 projects`
counts the projects of Phase 1, `Life Sciences Nord: ... 20,000 highly qualified professionals`
the professionals of that network. An English measure that does not name it already takes it
in brackets (`projects (Phase 1)`), so the number reads alone in a table.

A label is the short name before a colon: the whole head of its line or cell (after bullets),
or, where the number follows the colon at once (`Phase 2: 18 projects`), the capitalised words
right before that colon. A colon's head that is a clause, a note (`Source:`) or starts with a
function word (`In short:`) is no label, and neither is a year (`FY 2008:` dates the number).
"""

from __future__ import annotations

import re

_MAX_WORDS = 5
_LINE_REACH = 800  # characters back from a number to the start of its line
_BULLETS = " \t•▶►▪■◆●○◦·*-–—>#"
_TRAILING = re.compile(r"(?P<label>[A-Z][\w'’&/.-]*(?:\s+[\w'’&/.-]+){0,3})\s*$")
_NAME = re.compile(r"[A-Z0-9][\w'’&/()., -]*")
_NOT_LABEL_WORDS = """note notes source sources example examples e.g i.e see fig figure table total
remarks context background overview summary details description other others results outline"""
_NOT_LABELS = frozenset(_NOT_LABEL_WORDS.split())
_LIST_MARK = re.compile(r"^\(?(?:\d{1,2}|[a-z])[.)]\s*")
_YEAR = re.compile(r"(?:19|20)\d\d")
_BRACKETED_YEARS = re.compile(r"\s*\((?:FY\s?)?(?:19|20)\d\d(?:\s*[-–~]\s*(?:19|20)?\d\d)?\)")
_LEAD_WORDS = "in the a an as for of on at by to and or but so this these it its"
_LEADS = frozenset(_LEAD_WORDS.split())
_ITEM_MARKS = re.compile(r"[•▶►▪■◆●]")
_SENTENCE_END = re.compile(r"[a-z)][.!?]\s+[A-Z]")


def lead_label(masked: str, start: int) -> str | None:
    """The label heading the line (or table cell) of the number at `start`, if any."""
    lo = max(0, start - _LINE_REACH)  # a line longer than this has no label to find
    line_start = max(lo - 1, masked.rfind("\n", lo, start), masked.rfind("\t", lo, start)) + 1
    before = masked[line_start:start]
    colon = before.rfind(":")
    if colon < 0:
        return None
    head, gap = before[:colon], before[colon + 1 :]
    if _SENTENCE_END.search(gap):
        return None  # `Policy has three aims: a, b and c. The share ... 14%`: another sentence's
    items = list(_ITEM_MARKS.finditer(head))
    if items:  # `Partners: • Life Sciences Nord: ...`: the item's own head
        head = head[items[-1].end() :]
    label: str | None = None
    if len(gap.split()) <= 1:  # `Phase 2: 18 projects`, `1st stage: End 15 regions`
        m = _TRAILING.search(head)
        label = m.group("label") if m else None
    if label is None and ":" not in head:
        whole = head.strip(_BULLETS)
        label = whole if _NAME.fullmatch(whole) else None
    if label is None:
        return None
    label = _LIST_MARK.sub("", label).strip()
    # `Phase 2 (2006-2010), Development Phase`: the stage's term in brackets says when, not what
    label = re.sub(r"\s+,", ",", _BRACKETED_YEARS.sub("", label)).strip(" ,")
    if _YEAR.search(label):
        return None  # `FY 2008: 9.1 bn`: the year is the number's period, not what it is
    words = label.split()
    if not 0 < len(words) <= _MAX_WORDS or words[0].lower().strip(".") in _LEADS:
        return None
    if words[0].lower().strip(".") in _NOT_LABELS:
        return None
    return label


def with_label(measure: str, label: str | None) -> str:
    """`projects` + `Phase 1` -> `projects (Phase 1)`; a measure that says half the label's
    words already (`smart meters` under `Smart meter market`) stays."""
    if not label:
        return measure
    said = {w.lower().rstrip("s") for w in re.findall(r"\w+", measure)}
    named = [w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]\w*", label)]
    if sum(w in said for w in named) * 2 >= len(named):
        return measure
    return f"{measure} ({label})"


_KEY_AFTER = re.compile(r"[ \t]*(?P<label>[A-Z][\w'’&/.-]*(?:[ \t]+[\w'’&/.-]+){0,3})[ \t]*:")
# a finite verb says the words before a colon are a clause (`... fields are set:`), not a key
_CLAUSE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|shall|can|may)\b", re.I)
_KEY_BEFORE = re.compile(r"(?P<label>[A-Z][\w'’&/.-]*(?:[ \t]+[\w'’&/.-]+){0,3})[ \t]*:[ \t]*$")


def key_value_measure(masked: str, start: int, end: int, measure: str | None) -> str | None:
    """In a run of key-value pairs on one line (`Area: 154 km2  Population: 410,000`), the
    measure of the number at [start, end) is the key just before it, never the next pair's key
    the grammar may have read as the noun after the number; other measures stay as they are."""
    nxt = _KEY_AFTER.match(masked, end)
    if nxt is None or not measure or _CLAUSE.search(nxt.group("label")):
        return measure  # `the four key fields are set: ...`: a clause before a colon, no key
    said = {w.lower() for w in re.findall(r"\w+", measure)}
    if not said & {w.lower() for w in re.findall(r"\w+", nxt.group("label"))}:
        return measure
    line_start = max(masked.rfind("\n", max(0, start - _LINE_REACH), start), 0)
    key = _KEY_BEFORE.search(masked, line_start, start)
    if key is None or _YEAR.search(key.group("label")):
        return None  # the next pair's key is no measure of this number
    return key.group("label")


# `Number of member firms    212`, `Annual R&D spending\t3.1 billion yen`: a row of a table
# laid out as text, its label set off from its value by a tab or a run of blanks
_ROW = re.compile(
    r"[ \t]*(?P<label>[A-Za-z][\w'’&/(),.-]*(?: [\w'’&/(),.-]+){0,7})(?:\t|[ ]{2,})\s*$"
)


def text_row_label(masked: str, start: int, end: int) -> str | None:
    """The label of a row of a table laid out as text whose only number, ending the line, is at
    [start, end): what the number is; the parse, reading the rows as one sentence, hangs it
    on the next row's words instead."""
    line_end = masked.find("\n", end)
    rest = masked[end : len(masked) if line_end < 0 else line_end]
    if rest.strip():
        return None
    line_start = masked.rfind("\n", max(0, start - _LINE_REACH), start) + 1
    row = _ROW.fullmatch(masked, line_start, start)
    if row is None or _YEAR.search(row.group("label")):
        return None
    label = row.group("label").strip()
    return None if label.split()[0].lower() in _LEADS else label
