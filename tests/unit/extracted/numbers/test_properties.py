"""Property tests: for any Unicode text, the extractors never raise, every span lies inside the
text and every quote equals its slice."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from benchmarks.fuzz import PIECES as FUZZ_PIECES
from pipelines.extracted.document import extract_text
from pipelines.raw.decoding import normalise


def pieces(alternatives: str) -> st.SearchStrategy[str]:
    """Pieces of text to build examples from, written `a|b|c`."""
    return st.sampled_from(alternatives.split("|"))


# Text built from the pieces converted documents are made of, mixed with arbitrary Unicode.
PIECES = st.sampled_from(FUZZ_PIECES)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=60).map("".join).map(normalise)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_extraction_never_raises_and_every_quote_is_its_slice(text: str) -> None:
    rows = extract_text(text)
    for table in ("blocks", "tables", "cells", "facts"):
        for row in rows[table]:
            start, end = row["char_start"], row["char_end"]
            assert 0 <= start <= end <= len(text), (table, row)
            assert text[start:end] == row["quote"], (table, row)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400).map(normalise))
def test_arbitrary_unicode(text: str) -> None:
    rows = extract_text(text)
    for table in ("blocks", "tables", "cells", "facts"):
        for row in rows[table]:
            assert text[row["char_start"] : row["char_end"]] == row["quote"]


WORDS = st.lists(st.text(alphabet="abAB .-", min_size=1, max_size=6), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(WORDS, st.text(alphabet="abAB .-x", max_size=80))
def test_word_trie_matches_like_a_longest_first_alternation(words: list[str], text: str) -> None:
    """The trie the rules compile word lists to finds what `longest|shorter|...` finds,
    with and without a suffix that forces backtracking into shorter words."""
    import re

    from pipelines.extracted.rules import word_alternation

    plain = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    for suffix in ("", r"(?=b)", r"\b"):
        for flags in (0, re.IGNORECASE):
            expected = [m.span() for m in re.finditer(f"(?:{plain}){suffix}", text, flags)]
            trie_words = word_alternation(words, ignore_case=bool(flags))
            trie = re.compile(f"(?:{trie_words}){suffix}", flags)
            assert [m.span() for m in trie.finditer(text)] == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.text(alphabet="abABsS .-", min_size=1, max_size=6).filter(lambda w: w[0].isalpha()),
        min_size=1,
        max_size=12,
    ),
    st.text(alphabet="abABsSſ .-x\n", max_size=80),
    st.integers(min_value=0, max_value=80),
)
def test_word_start_alternation_matches_like_a_word_boundary_and_any_case(
    words: list[str], text: str, pos: int
) -> None:
    r"""The character-class-first form finds what `\b(?i:longest|shorter|...)` finds, from any
    start position (its boundary looks behind the start, as `\b` does)."""
    import re

    from pipelines.extracted.rules import word_start_alternation

    plain = "|".join(
        re.escape(w) for w in sorted({w.lower() for w in words}, key=len, reverse=True)
    )
    for suffix in ("", r"(?=b)", r"\b"):
        expected = re.compile(rf"\b(?i:{plain}){suffix}")
        fast = re.compile(f"(?:{word_start_alternation(words)}){suffix}")
        assert [m.span() for m in fast.finditer(text, pos)] == [
            m.span() for m in expected.finditer(text, pos)
        ]


QUANTITY_PIECES = pieces(
    "about|Moreover|more than|up to|over|$|US$|¥|£|€| |  |-|x|a-|.|,|/|(|1|12|"
    "2,500|3.5|0|000| 000|\u202f500|bn|billion|m|T|%|percent|yen|USD|km|\n"
)


@settings(max_examples=500, deadline=None)
@given(st.lists(QUANTITY_PIECES, max_size=14).map("".join))
@example("\u202f500 000\u202f500T")
@example("12,500,000 T and 3.5 T")
def test_numbers_found_digit_first_are_what_one_left_to_right_regex_finds(text: str) -> None:
    """The tokenizer finds numbers first and reads their qualifier and currency backwards; it
    must find the spans, values, units and qualifiers of the one regex it replaced, less the
    numbers it refuses whole: more digits than any quantity (`max_numeral_digits`) or a value
    with its scale past what the facts' DOUBLE column holds exactly."""
    import re
    from decimal import Decimal

    from pipelines.extracted.numbers.number_scan import alt, number_tokens
    from pipelines.extracted.rules import load_rules

    units, rules = load_rules("units"), load_rules("facts")
    unit = alt(
        list(units["currency_words"]) + units["percent_words"] + list(units["measure_words"])
    )
    one_regex = re.compile(
        rf"(?<![\w.,/])(?<![A-Za-z]-)(?:(?P<qual>{alt(rules['qualifiers'])})\s+)?"
        rf"(?P<cur>{alt(units['currency_symbols'])})?\s?"
        r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)"
        r"|\d+(?:\.\d+)?)"
        rf"(?:(?:\s|-(?=[A-Za-z]{{3}}))?(?P<scale>{alt(units['scale_words'])})(?![A-Za-z])\.?)?"
        rf"(?:(?:\s|-(?=[A-Za-z]))?(?P<unit>{unit})(?![A-Za-z]))?(?!\w|/\d|\.\d|,\d)",
        re.IGNORECASE,
    )
    qualifiers = {k.lower(): v for k, v in rules["qualifiers"].items()}
    scales = {k.lower(): Decimal(str(v)) for k, v in units["scale_words"].items()}
    max_digits = int(load_rules("japanese")["max_numeral_digits"])

    def held_exactly(m: re.Match[str]) -> bool:
        digits = re.sub(r"[^\d.]", "", m.group("num"))
        if sum(c.isdigit() for c in digits) > max_digits:
            return False
        value = Decimal(digits) * (scales[m.group("scale").lower()] if m.group("scale") else 1)
        return abs(value) <= 2**53 or Decimal(float(value)) == value

    expected = [
        (
            m.start("cur") if m.group("cur") else m.start("num"),
            m.end(),
            m.group("num"),
            qualifiers[m.group("qual").lower()] if m.group("qual") else None,
            m.group("cur").lower() if m.group("cur") else None,
        )
        for m in one_regex.finditer(text)
        if held_exactly(m)
    ]
    got = [
        (
            t.start,
            t.end,
            t.raw_number,
            t.qualifier,
            text[t.start : text.index(t.raw_number, t.start)].strip().lower() or None,
        )
        for t in number_tokens(text, 0, len(text))
    ]
    assert got == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\u00a0\u3000ab\n", max_size=40))
def test_spacing_runs_collapse_like_replacing_every_run(text: str) -> None:
    """The spacing pattern skips single plain spaces; the text it gives is the same."""
    import re

    from pipelines.extracted.structure.text_clean import _WS

    assert _WS.sub(" ", text) == re.sub(r"[ \t\u00a0\u3000]+", " ", text)


LEAD_PIECES = pieces(
    "in|since|from|the|end of|March|Sept|FY|fiscal|year|as of|of|(| |  |x|-|\n|2007"
)


@settings(max_examples=500, deadline=None)
@given(st.lists(LEAD_PIECES, max_size=12).map("".join), st.integers(min_value=0, max_value=30))
def test_a_years_lead_read_backwards_is_what_the_forward_search_finds(text: str, lo: int) -> None:
    """Whether a year has a lead, and whether it opens a period (`since`, `from`), must not
    depend on reading the lead backwards."""
    from pipelines.extracted.english.year_scan import period_lead
    from pipelines.extracted.numbers.number_scan import patterns

    text += " 2007"
    at = len(text) - 4
    lo = min(lo, at)
    found = patterns()["period_lead"].search(text, lo, at)
    got = period_lead(text, lo, at)
    assert (got is None) == (found is None)
    if found and got:
        opens = ("since", "from ")
        assert (got[:5].lower() in opens) == (found.group(0)[:5].lower() in opens)


PLACE_PIECES = pieces(
    "Japan|Japan's|U.S.|U.S|U.K.|Tokyo|Iwate Prefecture|Iwate|Aichi|Germany|New|"
    "York|Kyushu|'s|.|'|-|x|A| |  |Jap|Japanese"
)


@settings(max_examples=500, deadline=None)
@given(st.lists(PLACE_PIECES, max_size=12).map("".join))
def test_places_found_from_name_words_are_those_found_token_by_token(text: str) -> None:
    """The place finder jumps to words that may start a name; it must find what reading every
    capitalised token in turn finds."""
    import re

    from pipelines.extracted.numbers.places import (
        _WORDS,
        _first_words,
        _gazetteer,
        _hyphen_pairs,
        find_places,
    )

    capitalised_token = re.compile(r"[A-Z](?<![\w-][A-Z])[\w.\-']*")

    names, first_words = _gazetteer(), _first_words()
    expected, taken_until = [], 0
    for m in capitalised_token.finditer(text):
        first = m.group(0)
        if m.start() < taken_until or (
            first not in first_words and first.removesuffix("'s").rstrip(".'") not in first_words
        ):
            continue
        words = _WORDS.match(text, m.start(), m.start() + 80)
        parts = words.group(0).split(" ") if words else []
        for n in range(len(parts), 0, -1):
            name = " ".join(parts[:n])
            if names.get(name) is None and name.endswith((".", "'", "'s")):
                name = name.removesuffix("'s").rstrip(".'")
            end = m.start() + len(name)
            if name in names and not (
                end < len(text) and (text[end].isalnum() or text[end] == "-")
            ):
                expected.append((m.start(), end, names[name][0]))
                taken_until = end
                break
    # two names joined by a hyphen (`EU-Japan`) are read by a pass of their own
    expected = sorted(expected + [(p.start, p.end, p.code) for p in _hyphen_pairs(text, names)])
    assert [(p.start, p.end, p.code) for p in find_places(text)] == expected


SKIP_PIECES = pieces(
    "(|)|3|12|123|1990|2010s|0's|+|81|-|.|WP|H|Table|table|p.|pp.|Fig.|Version|D|d|"
    "V|Deliverable| |               |x|ex.|No.|\n|0"
)


@settings(max_examples=800, deadline=None)
@given(st.lists(SKIP_PIECES, max_size=14).map("".join), st.integers(min_value=0, max_value=6))
@example("see Table" + " " * 20 + "3 here", 0)
@example("tel 03-1234-5678 or +81.3.1234", 0)
@example("steps 1.2.3 and (3) and 4) of WP3 in the 1990s, Version 1.0, D2.1, p. 12", 0)
def test_skip_patterns_left_out_by_their_gates_would_have_found_nothing(
    text: str, start: int
) -> None:
    """A pattern of numbers that are not facts is left out of a span only when it cannot match
    there."""
    from pipelines.extracted.numbers.number_gates import SKIP_DIGITS, skips_to_try
    from pipelines.extracted.numbers.number_scan import DIGIT_RUN, patterns

    start = min(start, len(text))
    every = (patterns()["skip"], patterns()["skip_version"], *SKIP_DIGITS)
    runs = [m.span() for m in DIGIT_RUN.finditer(text, start)]
    tried = skips_to_try(text, start, text[start:], runs)
    for pattern in every:
        found = [m.span() for m in pattern.finditer(text, start)]
        assert pattern in tried or not found, (pattern.pattern, found)


SPELLED_PIECES = pieces(
    "seven|Seven|twenty|-|six|—| |x|one|ONE|eighteen|(|_|3|often|Tenth|é|ſix|nıne|İ|\u212a|ſ"
)


@settings(max_examples=500, deadline=None)
@given(st.lists(SPELLED_PIECES, max_size=12).map("".join), st.integers(min_value=0, max_value=8))
def test_spelled_numbers_are_found_as_one_case_blind_word_regex_finds_them(
    text: str, start: int
) -> None:
    """Spelled-out numbers are found from the mark before them; they must be those a regex
    with a word boundary at every position finds."""
    import re

    from pipelines.extracted.numbers.number_scan import alt, spelled_numbers
    from pipelines.extracted.rules import load_rules

    words = alt(load_rules("facts")["spelled_numbers"])
    one_regex = re.compile(
        rf"(?:(?<=—)|\b)(?P<word>(?:{words})(?:-(?:{words}))?)(?:(?=—)|\b)", re.IGNORECASE
    )
    start = min(start, len(text))
    expected = [(m.start(), m.end(), m.group(0)) for m in one_regex.finditer(text, start)]
    assert list(spelled_numbers(text, start, len(text))) == expected


RUN_PIECES = pieces("1|12|123|2008|1999|20191|th|st|  | |.|,|x|_|-|(|é")


@settings(max_examples=500, deadline=None)
@given(st.lists(RUN_PIECES, max_size=12).map("".join), st.integers(min_value=0, max_value=6))
def test_years_and_ordinals_read_from_runs_of_digits_are_what_their_regexes_find(
    text: str, start: int
) -> None:
    """Years and ordinals are looked for only where a run of digits starts or ends; they must be
    what scanning the text with their regexes finds."""
    from pipelines.extracted.english.year_scan import years_in_runs
    from pipelines.extracted.numbers.number_scan import DIGIT_RUN, patterns

    start = min(start, len(text))
    runs = [m.span() for m in DIGIT_RUN.finditer(text, start)]
    scanned = [
        (m.start(), int(m.group(0))) for m in patterns()["period_year"].finditer(text, start)
    ]
    assert years_in_runs(text, len(text), runs) == scanned
    ordinal = patterns()["ordinal"]
    per_run = [m.span() for a, b in runs if b - a <= 3 and (m := ordinal.match(text, a))]
    assert per_run == [m.span() for m in ordinal.finditer(text, start)]


YEAR_SPAN_PIECES = pieces(
    "1990|2005|07|2|199|19901| to |-|–| and |~| through to |March |from | |x|FY|%|."
)


@settings(max_examples=800, deadline=None)
@given(st.lists(YEAR_SPAN_PIECES, max_size=10).map("".join))
@example("from 1990 to 2005")
@example("in 2007-08, and 1999 through to March 2001")
def test_spans_of_years_are_looked_for_only_where_they_may_be(text: str) -> None:
    """The span-of-years pattern is left out only where it finds nothing."""
    from pipelines.extracted.english.year_scan import may_hold_a_span_of_years
    from pipelines.extracted.numbers.number_scan import DIGIT_RUN, patterns

    runs = [m.span() for m in DIGIT_RUN.finditer(text)]
    found = list(patterns()["period_range"].finditer(text))
    assert may_hold_a_span_of_years(text, runs) or not found


def test_the_letters_a_case_blind_regex_folds_to_ascii_are_those_the_rules_list() -> None:
    """`word_start_alternation` writes out every letter a case-blind match accepts for a word's
    first letter; the regex engine's folding beyond A-Z is listed by hand, and checked here
    against every code point."""
    import re
    import string

    from pipelines.extracted.rules import IGNORECASE_EXTRA

    beyond_ascii = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF)
    folded = {
        c: "".join(re.findall(c, beyond_ascii, re.IGNORECASE)) for c in string.ascii_lowercase
    }
    assert {c: v for c, v in folded.items() if v} == IGNORECASE_EXTRA


NAME_PIECES = pieces("Horizon|WIINTECH|In|March|Mar|x|Ab|A|é| |\n|  |-|(|2")


@settings(max_examples=800, deadline=None)
@given(st.lists(NAME_PIECES, max_size=8).map("".join), st.integers(min_value=0, max_value=10))
@example("see Horizon \n", 0)
@example("Horizon ", 0)
def test_a_name_before_a_year_read_from_the_end_is_what_its_regex_finds(text: str, lo: int) -> None:
    from pipelines.extracted.english.year_scan import name_before
    from pipelines.extracted.numbers.number_scan import patterns

    lo = min(lo, len(text))
    found = patterns()["name_before"].search(text, lo, len(text))
    assert name_before(text, lo, len(text)) == (found is not None)


CITATION_PIECES = pieces("(|)|Smith|Jones| and |, | |2001|1999a|a|;|et al.|see |pp. 3|Law|In|x|12")


@settings(max_examples=800, deadline=None)
@given(st.lists(CITATION_PIECES, max_size=10).map("".join))
@example("as shown (Smith and Jones, 2001a; Brown 1999) here")
@example("as Smith (2004) shows")
@example("Smith et al. (2003)")
def test_citations_are_looked_for_only_where_they_may_be(text: str) -> None:
    """The citation pattern is left out of a span only where it finds nothing."""
    from pipelines.extracted.numbers.number_gates import may_hold_a_citation
    from pipelines.extracted.numbers.number_scan import DIGIT_RUN, patterns

    runs = [m.span() for m in DIGIT_RUN.finditer(text)]
    found = list(patterns()["citation"].finditer(text))
    assert may_hold_a_citation(text, 0, len(text), text, runs) or not found


LIST_PIECES = pieces("1|12|.|)|(|#|-|*|•| |x|2.3|;|\n")


@settings(max_examples=500, deadline=None)
@given(st.lists(LIST_PIECES, max_size=8).map("".join))
@example("## 2.1. Results")
@example("- (3) item")
def test_list_numbers_are_looked_for_only_where_the_text_opens_with_marks_and_digits(
    text: str,
) -> None:
    """The list-number pattern is left out only where it cannot match: some character other
    than a blank, `#`, a bullet or `(` comes before the first digit."""
    from pipelines.extracted.numbers.number_scan import DIGIT_RUN, LIST_MARKS, patterns

    first = DIGIT_RUN.search(text)
    gate = first is not None and not text[: first.start()].strip(LIST_MARKS)
    assert gate or patterns()["list_index"].match(text) is None
