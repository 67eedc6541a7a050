"""The event a year dates: the clause around it without the year phrase
(`In 1983, the X Law was enacted` -> `the X Law was enacted`)."""

from __future__ import annotations

import re

from pipelines.extracted.numbers.number_scan import WHITESPACE
from pipelines.extracted.rules import load_rules, word_alternation
from pipelines.extracted.structure.text_clean import clean_text

_PAREN = re.compile(r"[()]")
_MONTHS = word_alternation(load_rules("facts")["months"], ignore_case=True)
_DATE_LEAD = word_alternation(load_rules("facts")["date_lead_words"], ignore_case=True)
_EVENT_LEAD = re.compile(  # the words before a year that only say it is a date
    rf"(?:\b(?:{_DATE_LEAD})\s+)+$",
    re.IGNORECASE,
)
# The same words matched backwards from the year, on the reversed text: one match instead of a
# search that tries every position of the 80 characters before the year.
_DATE_LEAD_REVERSED = word_alternation(
    [w[::-1] for w in load_rules("facts")["date_lead_words"]], ignore_case=True
)
_EVENT_LEAD_REVERSED = re.compile(rf"(?:\s+(?:{_DATE_LEAD_REVERSED})\b)+", re.IGNORECASE)
_EVENT_LEAD_REACH = 80
_CLAUSE_END = re.compile(r"[,;:]")
_TWO_LETTERS = re.compile(r"[A-Za-z\u3040-\u9fff]{2,}")
_EMPTY_PARENS = re.compile(r"\(\s*\)")
_SPACE_BEFORE_MARK = re.compile(r"\s+([.,;:])")
_BLANK_NOT_SPACE = re.compile(r"[^\S ]")
_BRACKETED = re.compile(r"\[([^\[\]]*)\]")


# the verb, then up to five words of its agent or object (`adopted by the Cabinet`, `launched the
# scheme`; no number, no mark: `approved 12 grants in 2011` dates the grants), then `in` the year
# (or `by` it: `was completed by March 1980`, the date the work was done)
# a proper name of up to eight words (`Shizuoka Prefecture`, `the Science City Promotion Act`)
_NAME = r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,7}"
_EVENT_VERB_BEFORE = re.compile(
    rf"\b(?:{word_alternation(list(load_rules('measures')['event_verbs']), ignore_case=True)})"
    r"(?:\s+(?!(?:in|on|during)\b)[^\s\d,;:()]+){0,5}"
    # where it took place, between the verb and its date (`founded in Hamamatsu, Shizuoka in`)
    rf"(?:\s+(?-i:in|at)\s+(?-i:{_NAME})(?:,\s+(?-i:{_NAME}))?)?"
    rf"\s+(?:in|on|during|by)\s+(?:(?:early|late|mid)[- ]?\s*)?(?:(?:{_MONTHS})\s+)?$",
    re.IGNORECASE,
)
_EVENT_REACH = 72  # characters before a year in which its event verb is looked for
_MEASURES = load_rules("measures")
# an event's nouns: `the merger`, and those of its verbs (`established`: `establishment`)
EVENT_NOUNS = frozenset({*_MEASURES["event_verbs"].values(), *_MEASURES["event_nouns"]})
# such a noun right before `in` the year (`since its establishment in February 2012`, `the
# merger in 2005`): the year is the event's as a verb's would be (rules: dated_event_nouns)
_EVENT_NOUNS = word_alternation(_MEASURES["dated_event_nouns"], ignore_case=True)
_EVENT_NOUN_BEFORE = re.compile(
    # the event itself, not `job creation`: a determiner before the noun, or the name it is of
    # after it (`enactment of the Port Promotion Act in 1987`)
    rf"(?:\b(?:its|their|the|his|her|this|that)\s+(?:{_EVENT_NOUNS})"
    rf"(?:\s+of\s+(?:the\s+)?(?-i:{_NAME}))?"
    rf"|\b(?:{_EVENT_NOUNS})\s+of\s+(?:the\s+)?(?-i:{_NAME}))"
    rf"\s+(?:in|on)\s+(?:(?:early|late|mid)[- ]?\s*)?(?:(?:{_MONTHS})\s+)?$",
    re.IGNORECASE,
)


# `In April 2005 the Law came into force`, `In FY 2006 a new scheme was launched`, `For fiscal
# 2011, the bureau will formulate a strategy`: a year opening its sentence, then the event's
# verb in the clause after it
_FRONTED_YEAR = re.compile(
    rf"(?:^|[.!?]\s+|\n\s*)(?:In|For)\s+(?:FY\s?|fiscal\s+)?(?:(?:early|late|mid)[- ]?\s*)?"
    rf"(?:(?:{_MONTHS})\s+)?$",
    re.IGNORECASE,
)


def _base_forms(verbs: list[str]) -> list[str]:
    """`formulate`, `launch`: the forms after `will` of the past tenses (`formulated`,
    `launched`; a stem that is no word, `launche`, matches nothing)."""
    return [stem for v in verbs if v.endswith("ed") and " " not in v for stem in (v[:-1], v[:-2])]


_EVENT_VERB_AFTER = re.compile(
    rf"[,\s]*[^,;:.\d]{{0,60}}?\b(?:is|are|was|were|has been|have been|had been)?\s*"
    rf"(?:{word_alternation(list(_MEASURES['event_verbs']), ignore_case=True)}"
    # the future (`will formulate`, `will be launched`): an event the year dates as well
    rf"|will\s+(?:{word_alternation(_base_forms(list(_MEASURES['event_verbs'])), True)}))\b"
    # not `approved 12 grants` (the year dates the grants; `enacted and 26 areas were named`
    # is another clause's number), though a number far on in the clause (`devastated by an
    # earthquake causing damage of 6.9 trillion yen`) or an ordinal (`at the 30th ceremony`) is
    # no object of the verb; nor `began to recover`
    r"(?!(?:(?!\b(?:and|but)\b)[^,;:.]){0,30}\d(?!\d*(?:st|nd|rd|th)\b))(?!\s+to\b)",
    re.IGNORECASE,
)
# `in 1983, when this system started`: a clause after the year saying what happened then
_WHEN_AFTER = re.compile(
    rf",?\s+when\s+[^,;:.\d]{{0,40}}?\b(?:{word_alternation(list(_MEASURES['event_verbs']), True)})\b",
    re.IGNORECASE,
)


# a span of years in parentheses right after a name: its term or life (`Koizumi (2001-6)`)
# `Koizumi (2001-6)`, `Phase 2 (2006-2010)`: a name, or a stage's with its number
_NAMED_SPAN = re.compile(r"[A-Z][\w'’\-]+(?:[ \t]+(?:\d{1,2}|[IVX]{1,4}))?\s?\($")


def event_before(masked: str, at: int, end: int) -> bool:
    """Whether the year at [at, end) dates an event of its own, whatever else of its sentence
    it dates too: it follows an event verb (`was opened in 2005`, `founded in May 1998`) or its noun
    (`its opening in 2005`), or opens its sentence before the verb (`In 2005 the law came
    into force`), or
    is a span of years in parentheses after a name (`the cabinet of Koizumi (2001-6)`)."""
    before = masked[max(0, at - _EVENT_REACH) : at]
    if _EVENT_VERB_BEFORE.search(before) or _EVENT_NOUN_BEFORE.search(before):
        return True
    if _FRONTED_YEAR.search(before) and _EVENT_VERB_AFTER.match(masked, end, end + _EVENT_REACH):
        return True
    if _WHEN_AFTER.match(masked, end, end + _EVENT_REACH):
        return True
    return (
        masked.startswith(")", end)
        and not masked[at:end].isdigit()
        and _NAMED_SPAN.search(masked[max(0, at - 40) : at]) is not None
    )


def dated_event(masked: str, s_start: int, s_end: int, start: int, end: int) -> str | None:
    """The clause a year dates, without the year phrase.

    `In 1983, the X Law was enacted` -> `the X Law was enacted`.
    """
    sentence = masked[s_start:s_end]
    a, b = start - s_start, end - s_start
    opened = sentence.rfind("(", 0, a)
    closed = _PAREN.search(sentence, b)
    if opened >= 0 and ")" not in sentence[opened:a] and closed and closed.group(0) == ")":
        # "(1950~)", "(as of 2008)", "(before 1992)": drop the parenthetical
        a, b = opened, closed.end()
    else:
        a -= _event_lead_length(sentence, a)
    rest = sentence[:a] + " " + sentence[b:]
    # the clause around the year: from the mark before it to the mark after it
    clause_start = max(rest.rfind(",", 0, a), rest.rfind(";", 0, a), rest.rfind(":", 0, a)) + 1
    clause_end = _CLAUSE_END.search(rest, a)
    chosen = rest[clause_start : clause_end.start() if clause_end else len(rest)]
    cleaned = clean_text(chosen)
    first = _TWO_LETTERS.search(cleaned)
    if first is None or _TWO_LETTERS.search(cleaned, first.end()) is None:
        cleaned = clean_text(rest)
    cleaned = cleaned.lstrip("#▶►•-–;,*" + WHITESPACE).rstrip("(~–-" + WHITESPACE)
    if "(" in cleaned:
        cleaned = _EMPTY_PARENS.sub("", cleaned)
    if (
        " ." in cleaned or " ," in cleaned or " ;" in cleaned or " :" in cleaned
    ) or _BLANK_NOT_SPACE.search(cleaned):
        cleaned = _SPACE_BEFORE_MARK.sub(r"\1", cleaned)
    cleaned = cleaned.strip()
    if "[" in cleaned:
        cleaned = _BRACKETED.sub(r"\1", cleaned)
    return cleaned[:160] or None


def _event_lead_length(sentence: str, at: int) -> int:
    """Length of the date words (`in the year`, `as of the end of`) that end at `at`."""
    lo = max(0, at - _EVENT_LEAD_REACH)
    # one character more than the reach, for the word boundary where the words start
    backwards = sentence[max(0, lo - 1) : at][::-1]
    lead = _EVENT_LEAD_REVERSED.match(backwards)
    if lead is None:
        return 0
    if lead.end() > at - lo:  # ran past the reach: let the forward search decide
        found = _EVENT_LEAD.search(sentence, lo, at)
        return at - found.start() if found else 0
    return lead.end()
