"""The parse under the meaning: for the sentences of a document that hold a fact, one batched
`nlp.pipe` per language, and each fact's measure (and direction of change) read from the tree
(parse_measure.py, parse_measure_ja.py). Sentences without a fact are never parsed.

Where the parse names no measure, the hand grammar's (measures.py, ja_facts.py) is kept; a
year keeps the event the rules name (year_measures.py: the same agreement on the dev corpus,
and the timeline's events stay whole), the parse naming it only where they find none.
An English number's period is taken back where the years that gave it are said in a clause
about another noun (parse_period.py), and the number is placed where the parse attaches it
(`the 17 clusters are in all regions in Japan`: Japan, not the list's first item after it;
parse_place.py). `ROUTES` says which languages take the parse; the dev-corpus benchmark
switches it to show both routes side by side.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from pipelines.extracted import parser
from pipelines.extracted.english.fuller_names import widen_names
from pipelines.extracted.english.number_facts import count_people
from pipelines.extracted.english.parse_events import TIME_POINTS
from pipelines.extracted.english.parse_measure import read_english, read_owners
from pipelines.extracted.english.parse_period import undate_clause_years
from pipelines.extracted.english.parse_place import attached_places
from pipelines.extracted.english.phrases import words
from pipelines.extracted.japanese.ja_list_counts import carry_listed_counts
from pipelines.extracted.japanese.ja_named_places import measure_place
from pipelines.extracted.japanese.ja_numbers import is_japanese
from pipelines.extracted.japanese.ja_relative import sentence_marks
from pipelines.extracted.japanese.parse_ellipsis import row_values
from pipelines.extracted.japanese.parse_measure import read_japanese
from pipelines.extracted.japanese.parse_period import redate_clause_years
from pipelines.extracted.numbers.places import within_japan
from pipelines.extracted.rules import load_rules
from pipelines.extracted.structure.sentences import sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pipelines.extracted.fact import Fact
    from pipelines.extracted.parse_tree import Reading

# "parse": the dependency parse under measure; "grammar": the hand grammar alone (also for
# every language with JRIS_MEASURE_ROUTE=grammar, so a benchmark can time both in subprocesses)
_ROUTE = os.environ.get("JRIS_MEASURE_ROUTE", "parse")
ROUTES = {"en": _ROUTE, "ja": _ROUTE}
_JAPANESE_UNUSED = ["ner", "bunsetu_recognizer"]
_BATCH = 64
# exchange rates and ranks keep their rules (english_forms.py, facts.py): clearer than a parse
_RULED = ("rate", "rank")
_RULED_JA = ("rate",)  # a Japanese rank is parsed for what it ranks (parse_ranks.py)
# words that with unit nouns only say the unit (`877 metres high`): no measure on their own
_DIMENSIONS = frozenset({"high", "long", "wide", "deep", "away", "old", "tall"})
# a line shorter than this, ending in kanji, katakana or a closing bracket, that opens a
# Japanese sentence span is a heading of its own (1.事業所数の推移 / 県内の事業所数は…)
_HEADING_CHARS = 20
_HEADING_END = re.compile(r"[\u30a0-\u30ff\u3400-\u9fff々)）」】]$")
# a duration's measure names the span it is (`duration of the plan`), as the rules' does
_SPANS = ("duration", "period", "length", "term", "time", "history", "span")
# a link's text in its brackets, its target blanked already (`[Kobe Cluster]    , who ...`):
# the parser reads the name as words of the sentence, of the same length
_LINK_TEXT = re.compile(r"\[([^\[\]\n]{1,300})\](?= )")
_COUNTERS = ("", "年", "年間", "月", "か月", "ヶ月", "カ月", "ヵ月")  # a Japanese span's own word
# a Japanese measure that already names a time (事業期間, 経過年数, 歴史)
_TIME_ENDS = ("期間", "年数", "月数", "日数", "年間", "年", "月", "期", "時間", "歴史", "間")
# a scale letter glued to its digits (`1.5m visitors`, `USD10m`): the parser splits it off as a
# noun and hangs the number on it; read as digits of the same length, the number is one token
# that quantifies the noun after it
_GLUED_SCALE = re.compile(r"(?<=\d)(?:bn|mn|m|b)(?=[ \t,.;:)]|$)")
_WHITE = str.maketrans("\n\t\r\f\v", "     ")


def parse_measures(
    masked: str,
    blocks: list[tuple[int, int, list[Fact]]],
    source: str | None = None,
    home: str | None = None,
) -> None:
    """Set `measure`, `direction` and (English) `owner` of the facts of each prose block
    (start, end, facts) from the parse of their sentences; offsets are into `masked` (the text
    the facts were read from, of the same length as the document; `source`: the document
    unmasked, whose stated date Japanese relative years count from; `home`: the place the
    document is about)."""
    todo: dict[str, list[tuple[int, str, list[Fact], int]]] = {"en": [], "ja": []}
    for b_start, b_end, facts in blocks:
        if not facts:
            continue
        for s, e in _headed(masked, sentences(masked, b_start, b_end)):
            mine = [f for f in facts if s <= f.start < e]
            lang = "ja" if is_japanese(masked, s, e) else "en"
            # an English rank or rate keeps its rules' measure but is parsed for its owner
            ruled = _RULED if lang == "en" else _RULED_JA
            if any(f.fact_type not in ruled for f in mine) or (mine and lang == "en"):
                plain = _LINK_TEXT.sub(r" \1 ", masked[s:e].translate(_WHITE))
                plain = _GLUED_SCALE.sub(lambda m: "0" * len(m.group(0)), plain)
                todo[lang].append((s, plain, mine, b_start))
    for lang, items in todo.items():
        if not items or ROUTES[lang] != "parse":
            continue
        texts = [t for _, t, _, _ in items]
        if lang == "en":
            docs = iter(parser.parse_english(texts))
        else:
            docs = parser.japanese().pipe(texts, batch_size=_BATCH, disable=_JAPANESE_UNUSED)
        about: tuple[int, str | None] = (-1, None)  # a block, the name its sentences are about
        said: tuple[int, list[Fact], Doc | None] = (-1, [], None)  # a sentence's end, facts, parse
        for (s, text, facts, block), doc in zip(items, docs, strict=True):
            ruled = _RULED_JA if lang == "ja" else _RULED
            measured = [f for f in facts if f.fact_type not in ruled]
            if measured and lang == "en":
                _apply(measured, read_english(doc, s, measured), english=True)
                _place(measured, attached_places(doc, s, measured), home)
                count_people(measured)  # `Visitors rose 12% to 310,000`: the parse's measure
            elif measured:
                # the facts of the sentence right before (このうち lists items of its amounts)
                right = 0 <= said[0] <= s and not masked[said[0] : s].strip()
                prior, parsed = (said[1], said[2]) if right else ([], None)
                readings = read_japanese(doc, s, measured, prior, parsed)
                _apply(measured, readings, english=False)
                marks = sentence_marks(source or masked, masked, s, s + len(text), block)
                redate_clause_years(doc, s, measured, masked, marks)
                said = (s + len(text), measured, doc)
                for f, r in zip(measured, readings, strict=True):
                    # 協議会を設立した府県: the place of the prefectures, not of the council;
                    # an event is placed where its sentence says, whoever decided it (閣議)
                    placed = f.fact_type == "year" and f.geography is not None
                    whose = f"{r.owner}の{f.measure}" if r.owner else f.measure  # 東京大学28件
                    f.geography = measure_place(r.counted or whose, placed) or f.geography
                    f.owner = r.owner or f.owner
                    if r.direction == "down" and f.value < 0 and _OF_DECREASE.match(masked, f.end):
                        _magnitude(f)  # 前年比▲0.9%の減少: the sign repeats the decrease noun
            if lang == "en":
                widen_names(masked, s, facts)
                undate_clause_years(doc, s, facts)
                before = about[1] if about[0] == block else None
                owned, named = read_owners(doc, s, facts, before)
                about = (block, named)
                for f, owner in zip(facts, owned, strict=True):
                    f.owner = owner
                    if f.fact_type == "rank" and not f.measure:
                        f.measure = "rank"  # `it would rank 17th`: whose is the owner column's
    if ROUTES["ja"] == "parse":  # 研究件数 / 21件 / 25件 / 30件: one row's values
        row_values(masked, sorted((f for _, _, fs in blocks for f in fs), key=lambda f: f.start))
        carry_listed_counts(masked, (f for _, _, fs in blocks for f in fs))  # 2001年(18社)


def _place(facts: list[Fact], places: list[str | None], home: str | None = None) -> None:
    """A place the parse attaches a number to is its place, over one named nearest it; a rank's
    place is what it ranks within (`ranked 4th in Japan`), which the rules keep apart. Japan
    named near a number it is not attached to (`just before Japan hosts the Olympics`, `one of
    Japan's cities`) is the country that holds the `home` a document is about, not the
    number's place: that is the document's (document_context.fill_from_document)."""
    for f, place in zip(facts, places, strict=True):
        if f.fact_type == "rank":
            continue
        if place is not None:
            f.geography = place
        elif f.geography == "JP" and home is not None and within_japan(home):
            f.geography = None


def _headed(masked: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The sentences with a short Japanese line that opens one (a heading, 1.事業所数の推移)
    parsed on its own: a line ending with no sentence end is otherwise read on into the next."""
    for s, e in spans:
        cut = masked.find("\n", s, e)
        while cut != -1:
            line = masked[s:cut].strip()
            short = 0 < len(line) < _HEADING_CHARS and _HEADING_END.search(line) is not None
            if short and masked[cut:e].strip() and is_japanese(masked, s, cut):
                yield s, cut
                s = cut + 1
            cut = masked.find("\n", cut + 1, e)
        yield s, e


@cache
def _bare_units() -> frozenset[str]:
    """Words that alone only repeat a unit (`units`, `hours`): no better than the rules' phrase."""
    w = words()
    units = frozenset(load_rules("measures")["unit_nouns"])
    return frozenset(w["generic_counters"]) | units | _DIMENSIONS


def _unnamed(measure: str) -> bool:
    """An English year's event that names nothing: digits (`1968`), one lower-case word
    (`spring`) or a point in time (`open at the beginning`, of `... of 2031`: the parse reads
    past it to the event); the Japanese readers keep theirs."""
    said = measure.split()
    return (
        not any(c.isalpha() for c in measure)
        or (len(said) == 1 and measure.islower())
        or said[-1].lower() in TIME_POINTS
    )


def _apply(facts: list[Fact], readings: list[Reading], english: bool) -> None:
    for f, r in zip(facts, readings, strict=True):
        if f.fact_type == "year" and f.measure and not (english and _unnamed(f.measure)):
            continue  # the event rules (year_measures.py) name it where they can; the parse fills in
        named = f.measure and f.unit in ("persons_per_km2", "per_km2")  # 人口密度, said
        if r.measure and not named and not set(r.measure.lower().split()) <= _bare_units():
            f.measure = r.measure
            spans = english and f.unit in ("years", "duration")
            named_span = r.measure.lower().startswith(_SPANS) or r.measure.split()[0] == "age"
            if spans and not named_span:  # `age of park` (an anniversary) is a span already
                f.measure = f"duration of {r.measure}"  # as the rules name one (measures.py)
            timed = not english and f.unit in ("years", "months") and r.measure not in _COUNTERS
            if timed and not r.measure.endswith(_TIME_ENDS):
                f.measure = f"{r.measure}の期間"  # 事業費は20年間で…: a span is a time, of what
        if not english and f.unit in ("years", "months") and (f.measure or "") in _COUNTERS:
            f.measure = "期間"  # 5年間 with nothing named: a span of time, no counter
        if r.direction and f.fact_type != "year":
            f.direction = r.direction
        if r.measure is None and r.which and f.measure and f.fact_type != "year":
            f.measure = f"{f.measure} {r.which}"  # `nine were started in 2015`: which projects


# a number that gives the size of the decrease noun it modifies (▲0.9%の減少): its sign repeats
# the noun's; a signed number with a verb (△1.2ポイント低下した) is the signed change
_OF_DECREASE = re.compile(r"\s*の(?:減少|減|低下|下落|縮小)")


def _magnitude(f: Fact) -> None:
    """A decrease the parse reads whose number carries a minus sign too (▲0.9%の減少): the size
    of the decrease, not a double negative."""
    f.value = -f.value
    if f.value_low is not None and f.value_high is not None:
        f.value_low, f.value_high = -f.value_high, -f.value_low
