"""What an English sentence says around its numbers: the years and spans of years that can be
a number's period, and the places that can be its geography."""

from __future__ import annotations

import bisect
import re
from functools import cache

from pipelines.extracted.english.year_attributive import attributive
from pipelines.extracted.english.year_scan import (
    may_hold_a_span_of_years,
    opened_period,
    period_lead,
    years_in_runs,
)
from pipelines.extracted.fact import Fact
from pipelines.extracted.numbers.dating_rules import BASE_BEFORE
from pipelines.extracted.numbers.number_scan import DIGIT, MONTHS_ANY_CASE, full_year, patterns
from pipelines.extracted.numbers.places import Place, without_comparands, without_glosses
from pipelines.extracted.rules import load_rules
from pipelines.extracted.structure.text_clean import clean_text

# `it`, or a place word with `the` (`The prefecture`, `the city's`), standing for the place
# the sentence before named
_IT = re.compile(r"\s*(?:It|Its|The\s+(?P<kind>prefecture|city|region|town|island|area))\b")
_CLAUSE_IT = re.compile(r",\s+(?:it|its|the\s+(?P<kind>prefecture|city|region|town|island|area))\b")
_SHARE_VERB = re.compile(
    r"\b(?:account(?:s|ed|ing)?\s+for|represent(?:s|ed|ing)?|make(?:s)?\s+up|made\s+up|making\s+up"
    r"|comprising|constitut(?:e|es|ed|ing))\s+(?:[a-z]+\s+){0,2}$"
)
_YEAR_LIST = re.compile(r"\b(?:19|20)\d\d(?:(?:\s*,\s*|\s*,?\s+and\s+)(?:19|20)\d\d)+\b")
_AWAY = re.compile(r"\b(?:to|from|with|than|other)\b[^,;:.()]*$", re.IGNORECASE)
_PERCENT = re.compile(r"%|\bper\s?cent\b|\bpc\b")
_WHOLE = re.compile(r"\s*(?:of|in)\s+[^,;:.]{0,30}$")
_COMPARED = re.compile(
    r"\b(?:compared (?:with|to)|than|versus|vs\.|as against|whereas|by contrast)\b", re.I
)
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")


@cache
def _city_prefectures() -> dict[str, str]:
    return dict(load_rules("places")["cities"])


_THE_PERIOD = re.compile(
    r"\b(?:during|over|in|for|throughout|across)\s+(?:the|that|this)\s+(?:same\s+)?period\b",
    re.IGNORECASE,
)
# `, which ...,`; `, a city of 800,000 in western Shizuoka,` (a thousands comma stays inside)
_ASIDE = re.compile(r",\s*(?:which|who|whose|where|an?)\b(?:[^,;:()]|(?<=\d),(?=\d{3}))*(?=[,;:)])")
_PLACE_AFTER = re.compile(r"^[\w\s-]{0,18}?\b(?:in|from|at)\s+(?:the\s+)?$")
# `in the 1980s`: a decade that dates what the sentence says is a period of its ten years; an
# `early`/`late` part of one names no years, and a decade is never a fact (numbers/non_facts.py)
_DECADE_PERIOD = re.compile(
    r"\b(?:in|during|throughout|through|over|across)\s+the\s+(?P<d>(?:1[89]|20)\d0)['’]?s\b", re.I
)

# `budget in FY 2006: 56.7 billion`, `(2003: ¥6.9 billion)`: a year set before a number by a
# colon labels it, whatever span of years the sentence also names
_YEAR_COLON = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[ \t]*:[ \t]*(?:[^\s\w]{1,3}[ \t]?)?\Z")

# a clause of its own after the number (`350 firms, and in 2020 there were 420`): its year
# dates what that clause says, not the number before it
# (`JPY20 billion in a plant, with output to start by 2026`: a `with` clause's own event)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas|with)\b", re.I)
# `the line opened in 2005 and it carries 40,000 riders`: a clause with a subject of its own
# after a year set after its verb; its numbers are not dated by that year (a year opening the
# sentence, `In 2005, ...`, dates every clause of it)
_NEW_CLAUSE = re.compile(r";|\b(?:and|but|while)\s+(?:it|they|this|these|he|she|we|there)\b", re.I)
_FRONTED = re.compile(
    r"\s*\W*\s*(?:in|by|since|from|during|until|as of|at the end of)\b[^,;]{0,40}\Z", re.I
)
# the date a sentence's figures hold at (`as of the end of March 2008`): over a `since` year
_AS_OF = re.compile(
    rf"\bas of(?: the end of)?(?: (?:{MONTHS_ANY_CASE})\.?)?(?: \d{{1,2}},?)? ?\Z", re.I
)
# `the park, designated in 1986, now hosts 120 firms`: a number said of the present is not
# dated by a year said before it of something else
_NOW = re.compile(r"\b(?:now|currently|today|presently|at present)\b", re.I)


class SentenceContext:
    def __init__(
        self,
        text: str,
        masked: str,
        start: int,
        end: int,
        places: list[Place],
        runs: list[tuple[int, int]],
        dated: dict[int, tuple[Fact, int, int, int, int]],
    ) -> None:
        self.start, self.end = start, end
        self.place_before: str | None = None  # the place the sentence before gave its numbers
        self.places_before: list[Place] = []  # and the places it named
        self.dated = dated
        self.masked = masked
        self.text = text
        if places and (places[0].start < start or places[-1].start >= end):
            lo = bisect.bisect_left(places, start, key=lambda p: p.start)
            hi = bisect.bisect_left(places, end, key=lambda p: p.start)
            places = places[lo:hi]
        self.places = without_comparands(masked, without_glosses(masked, places))
        p = patterns()
        years = years_in_runs(masked, end, runs)
        spans = [
            (m, r)
            for m in (
                p["period_range"].finditer(masked, start, end)
                if may_hold_a_span_of_years(masked, runs)
                else ()
            )
            if (r := (m.start(), int(m.group("a")), full_year(m.group("a"), m.group("b"))))[2]
            >= r[1]
        ]
        self.ranges = [r for _, r in spans]
        # each end of a span of years, at where it is said: `between 2001 and 2021` dates the
        # two years as a span, each end no more a single year than the other
        self.span_ends = {
            m.start(g): (r[1], r[2]) for m, r in spans for g in ("a", "b") if len(m.group("b")) == 4
        }
        self.years: list[tuple[int, int]] = []
        self.open_years: dict[int, str] = {}  # a year opening a span: its lead's word
        for at, year in years:
            lead = period_lead(masked, max(start, at - 60), at)
            if lead is None and attributive(masked, start, at):
                lead = ""  # `the 2015 survey`, `2012 Tohoku output`: a year dating a noun
            if lead is not None:
                self.years.append((at, year))
                if lead[:5].lower() in ("since", "from "):
                    self.open_years[at] = lead[:5].lower().strip()
        # `41, up from 2014`: the year a figure is compared with dates none of the sentence's
        if (
            "from" in masked[start:end]
            or "than" in masked[start:end]
            or "ompared" in masked[start:end]
        ):
            self.years = [
                y for y in self.years if not BASE_BEFORE.search(masked, max(start, y[0] - 40), y[0])
            ]
        # the years that do not start a span of years (the span is the period then)
        self.years_alone = [
            y for y in self.years if not any(r[0] <= y[0] <= r[0] + 20 for r in self.ranges)
        ]
        if "0s" in text[start:end] or "0's" in text[start:end] or "0’s" in text[start:end]:
            self.ranges += [
                (m.start("d"), int(m.group("d")), int(m.group("d")) + 9)
                for m in _DECADE_PERIOD.finditer(text, start, end)
            ]
            self.ranges.sort()
        self.named_places = [p for p in self.places if p.kind != "demonym"]

    def refer_back(self, before: tuple[int, int] | None) -> tuple[int, int] | None:
        """`Exports grew from 2003 to 2014. Firms doubled during the period.`: a sentence that
        names no year but `the period` (`that period`, `the same period`) takes the span of
        years of the sentence right before; returns the sentence's own span for the next."""
        if (
            before is not None
            and not self.years
            and not self.ranges
            and _THE_PERIOD.search(self.masked, self.start, self.end)
        ):
            self.ranges = [(self.start, *before)]
            return before
        return self.ranges[0][1:] if len(self.ranges) == 1 else None

    def date_events(self, fact: Fact, start: int, end: int) -> None:
        """The subject of a year fact is the event it dates (`_event`), read only for the year
        facts that are kept (most years only date another number of their sentence)."""
        self.dated[id(fact)] = (fact, self.start, self.end, start, end)

    def _year_period(self, y: tuple[int, int], pos: int) -> tuple[int | None, int | None]:
        return opened_period(self.open_years.get(y[0]), y[1], self.masked, pos, y[0])

    @property
    def sentence(self) -> str:
        if not hasattr(self, "_sentence"):
            self._sentence = clean_text(self.text[self.start : self.end])
        return self._sentence

    def period(self, pos: int) -> tuple[int | None, int | None]:
        if not self.years and not self.ranges:
            return None, None
        labelled = _YEAR_COLON.search(self.masked, max(self.start, pos - 12), pos)
        if labelled is not None:
            return int(labelled.group("y")), int(labelled.group("y"))
        soon = [
            y
            for y in self.years_alone
            if 0 < y[0] - pos <= 30
            and not _CLAUSE_BREAK.search(self.masked, pos, y[0])
            and not self._dates_its_aside(pos, y[0])
        ]
        if soon and not DIGIT.search(self.masked[pos : soon[0][0]].split(" ", 1)[-1][:-1] or ""):
            return self._year_period(soon[0], pos)
        if self.ranges:
            r = min(self.ranges, key=lambda r: abs(r[0] - pos))
            return r[1], r[2]
        years = [
            y
            for y in self.years
            if not _CLAUSE_BREAK.search(self.masked, pos, y[0])
            and not (y[0] < pos and _NOW.search(self.masked, y[0], pos))
            and not (y[0] < pos and self._clause_before(y[0], pos))
            and not self._dates_its_aside(pos, y[0])
        ]
        if as_of := [y for y in years if _AS_OF.search(self.masked, y[0] - 40, y[0])]:
            return self._year_period(as_of[0], pos)  # `since 2005, 810 ... (as of March 2008)`
        if years:
            following = [
                y
                for y in years
                if 0 < y[0] - pos <= 30
                and not DIGIT.search(
                    self.masked[pos : y[0]].split(None, 1)[-1]
                    if " " in self.masked[pos : y[0]]
                    else "",
                )
            ]
            y = following[0] if following else min(years, key=lambda y: abs(y[0] - pos))
            return self._year_period(y, pos)
        return None, None

    def _clause_before(self, at: int, pos: int) -> bool:
        """Whether the year at `at`, not opening the sentence, ends its clause before a new
        clause with a subject of its own holds the number at `pos`."""
        return _NEW_CLAUSE.search(self.masked, at, pos) is not None and not _FRONTED.match(
            self.masked, self.start, at
        )

    def _dates_its_aside(self, pos: int, at: int) -> bool:
        """Whether the year at `at` opens or sits in parentheses that give a number of their own
        after it, the number at `pos` being outside them: `¥9 billion (2003: ¥6.9 billion)`,
        the year before's figure beside this year's, is dated by it, not the number before."""
        opened = self.masked.rfind("(", self.start, at)
        if opened < 0 or ")" in self.masked[opened:at]:
            return False
        closed = self.masked.find(")", at, self.end)
        closed = self.end if closed < 0 else closed
        if opened <= pos < closed:
            return False
        return DIGIT.search(self.masked, at + 4, closed) is not None

    def geography(self, pos: int, end: int | None = None, rank: bool = False) -> str | None:
        named = self.named_places
        if not named:
            # `Japanese firms`; not `flights to other Japanese cities`: where it goes, or
            # what it is set against, is not where the number is
            said = [
                p
                for p in self.places
                if not _AWAY.search(self.masked, max(self.start, p.start - 30), p.start)
            ]
            if said:
                return said[0].code
            # `Kyushu's GRP is $458 billion. It would rank 17th.`: `it` is the place before
            return self._referred()
        share = end is not None and _PERCENT.search(self.masked, pos, end) is not None
        if share and _SHARE_VERB.search(self.masked, max(0, pos - 40), pos):
            # `The prefecture accounts for 4% of Japan's GDP`: the whole a share is of is not
            # where the part is
            whole = [p for p in named if _WHOLE.match(self.masked[end : p.start])]
            named = [p for p in named if p not in whole]
            if not named:
                return self._referred()
        if end is not None:
            # `is 10, compared with 9 in Korea`: a place past a comparison after the number is
            # the compared value's, not this one's
            compared = [p for p in named if _COMPARED.search(self.masked, end, p.start)]
            named = [p for p in named if p not in compared]
            if not named:
                return self._referred()
        aside = [
            p
            for p in named
            if any(a <= p.start < b and not a <= pos < b for a, b in self._asides())
        ]
        if aside and len(aside) < len(named):
            # `the GRP of Kyushu, which includes Fukuoka Prefecture, amounts to`: a place said
            # inside a clause set off about another noun is not the number's
            named = [p for p in named if p not in aside]
        after = [] if end is None else self._places_after(named, end)
        if rank and after:
            # `ranked fourth in Japan`, `the second largest lake in Japan`: the place after a
            # rank is what it ranks within, not where the ranked thing is
            named = [p for p in named if p not in after]
            if not named:
                return self._referred()
        elif after:  # "five in Germany": a place right after the number is its place
            return after[0].code
        if len(named) == 1:
            return named[0].code
        before = [p for p in named if p.end <= pos]
        pool = before or named
        best = min(
            pool, key=lambda p: (abs(pos - p.start) // 25, _PLACE_RANK[p.kind], abs(pos - p.start))
        )
        return self._joined_cities(named, best) or best.code

    def _joined_cities(self, named: list[Place], best: Place) -> str | None:
        """`Fukuoka and Kitakyushu airports handle ...`: cities said together (joined by `and`
        or commas) that lie in one prefecture are that prefecture's, the place holding them."""
        if best.kind != "city":
            return None
        prefecture = _city_prefectures().get(best.code)
        group, at = [best], named.index(best)
        for step in (-1, 1):
            k = at
            while 0 <= k + step < len(named):
                a, b = sorted((named[k], named[k + step]))
                joined = _JOINED.fullmatch(self.masked, a.end, b.start)
                if a.kind != "city" or b.kind != "city" or not joined:
                    break
                k += step
                group.append(named[k])
        same = all(
            p.kind == "city" and _city_prefectures().get(p.code) == prefecture for p in group
        )
        return prefecture if len(group) > 1 and same else None

    def date_respectively(self, facts: list[Fact]) -> None:
        """`Sales in 2014 and 2015 were 2 billion yen and 3 billion yen, respectively`: a list
        of years and, after it, as many numbers of one unit each take their year in turn."""
        if "respectively" not in self.masked[self.start : self.end]:
            return
        listed = _YEAR_LIST.search(self.masked, self.start, self.end)
        if listed is None:
            return
        years = [int(y) for y in re.findall(r"\d{4}", listed.group(0))]
        after = [f for f in facts if f.start >= listed.end() and f.fact_type != "year"]
        if len(after) == len(years) and len({f.unit for f in after}) == 1:
            for f, y in zip(after, years, strict=True):
                f.period_start = f.period_end = y

    def _referred(self) -> str | None:
        """The place `it` or `its` stands for when it opens the sentence or a clause after a
        comma (`If compared with others, it would rank 17th`): the one the sentence before
        gave its numbers; `the prefecture` (`city`, `region`) stands for the last one of that
        kind the sentence before named. Not an `it` a verb takes (`making it possible`)."""
        m = _IT.match(self.masked, self.start) or _CLAUSE_IT.search(
            self.masked, self.start, self.end
        )
        if m is None:
            return None
        kind = m.group("kind")
        if kind is None or kind.lower() not in ("prefecture", "city", "region"):
            return self.place_before
        same = [p for p in self.places_before if p.kind == kind.lower()]
        return same[-1].code if same else None

    def _asides(self) -> list[tuple[int, int]]:
        """The spans of the sentence's non-restrictive clauses (`, which ...,`, `, a city ...,`)."""
        if not hasattr(self, "_aside_spans"):
            self._aside_spans = [
                m.span() for m in _ASIDE.finditer(self.masked, self.start, self.end)
            ]
        return self._aside_spans

    def _places_after(self, named: list[Place], end: int) -> list[Place]:
        return [
            p
            for p in named
            if 0 <= p.start - end <= 30 and _PLACE_AFTER.match(self.masked[end : p.start])
        ]


# nearest first, then the most specific kind
_PLACE_RANK = {"prefecture": 0, "city": 1, "area": 1, "region": 2, "country": 3}
