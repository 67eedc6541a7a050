"""Places a Japanese number takes from how a name stands beside it: a place inside an
organisation's name (筑波大学) or the bracket giving its seat (本社・東京都), an example of a set
(千葉など7地域) or a member of a list of cities is not the sentence's place,
but a number right after a name (a ranked list's `2.山形大学 約52.7%増`) is the named one's, and a
number said of the whole nation (全国で19プロジェクト) is Japan's; and the place a number's measure
names (京都大学の研究者数: Kyoto) is its place by the parse's attachment (measure_place)."""

from __future__ import annotations

import re
from functools import cache

from pipelines.extracted.japanese.ja_places import find_places_ja
from pipelines.extracted.numbers.places import Place, names_the_nation
from pipelines.extracted.rules import load_rules, word_alternation

_PLACE_RANK = {"prefecture": 0, "city": 1, "area": 1, "region": 2, "country": 3, "demonym": 4}


@cache
def _organisation_after() -> re.Pattern[str]:
    words = word_alternation(load_rules("places")["organisation_words_ja"])
    return re.compile(rf"[\u3400-\u4dbf\u4e00-\u9fff]{{0,4}}?(?:{words})")


# `千葉・東葛など7地域`, `【千葉エリア】ライフ事業など七地域`: a place an example of a set (など);
# `東京都の企業など30社` names where the companies are (の)
_EXAMPLE_AFTER = re.compile(r"[^、。,，\sの]{0,20}?など")


def outside_names_ja(masked: str, places: list[Place]) -> list[Place]:
    """The places that are not part of an organisation's name (筑波大学, 東京教育大学): a
    university's name says where it began, not where the number it stands beside belongs; nor
    an example of a set (千葉・東葛など7地域): the set's number is no more the example's than
    the others'."""
    members = _listed(masked, places)
    seat = _seat_before()
    return [
        p
        for p in places
        if _name_end(masked, p) is None
        and not _EXAMPLE_AFTER.match(masked, p.end)
        and id(p) not in members
        and not seat.search(masked, max(0, p.start - 8), p.start)
    ]


@cache
def _seat_before() -> re.Pattern[str]:
    """`興和(本社・名古屋市)`: a bracket saying where an organisation has its seat glosses the
    organisation, not where the number said of it is."""
    words = word_alternation(load_rules("places")["seat_words_ja"])
    return re.compile(rf"[（(](?:{words})[・:：、 \t\u3000]*$")


_LIST_MARK = re.compile(r"[ \t\u3000]*[、・,，][ \t\u3000]*")
_MEMBERS = 3  # places in a row that make a list of a set's members


def _listed(masked: str, places: list[Place]) -> set[int]:
    """The cities that are members of a list of _MEMBERS or more joined by 、 or ・ (いわき市、
    相馬市、田村市…の15市町村): the set's number is no more one member's than the others', but
    the place that holds them all; a list of prefectures (京都・大阪・奈良の3府県) is the
    set's place, as they are what it spans."""
    members: set[int] = set()
    run = places[:1]
    for a, b in zip(places, places[1:], strict=False):
        if _LIST_MARK.fullmatch(masked, a.end, b.start):
            run.append(b)
            continue
        members |= _cities_of(run)
        run = [b]
    return members | _cities_of(run)


def _cities_of(run: list[Place]) -> set[int]:
    cities = run if len(run) >= _MEMBERS and all(p.kind == "city" for p in run) else []
    return {id(p) for p in cities}


# `全国で19プロジェクト`, `全国18地域`: a number said of the whole nation; not `全国の3割`, a
# share of the nation's whole, which is the part's (九州は全国の3割)
_NATIONWIDE_BEFORE = re.compile(r"(?:全国|日本全国)(?:で|に|計)?[ \t\u3000]*(?:約)?$")
# `2.山形大学 約52.7%増`: a number right after a name is the named organisation's or place's,
# also when the name is quoted and the number bracketed after it (`「山形大学」(約52.7%増)`)
_GAP = r"[」』]?[ \t\u3000:：]*[（(]?(?:約|およそ)?[ \t\u3000]*"
_ONLY_GAP = re.compile(_GAP)


def _name_end(masked: str, p: Place) -> int | None:
    """Where the organisation's name that holds the place ends (筑波大学), or the place's end
    when it is an organisation whose seat the gazetteer gives (東北大学); None for a place."""
    name = _organisation_after().match(masked, p.end)
    if name:
        return name.end()
    return p.end if _organisation_after().search(p.name) else None


def _item_place(masked: str, places: list[Place], at: int) -> str | None:
    """The place of the name a number follows at once (`山形大学 約52.7%増`, `東北大学 17件`):
    a list item's figure is its organisation's or place's, however near another place is; an
    organisation's name places that number only, not the sentence's others."""
    for p in reversed(places):
        if p.end > at:
            continue
        end = _name_end(masked, p) or p.end
        return p.code if end <= at and _ONLY_GAP.fullmatch(masked, end, at) else None
    return None


# `2位に大阪大学`, `3位が京都大学`, `1位は東京都`, `2位は「大阪大学」`: a place after 位 and its
# particle (and an opening quote) holds the rank
_RANK_HOLDER = re.compile(r"位[ \t\u3000]*(?:に|が|は|[:：])?[ \t\u3000]*[「『]?")


def _rank_place(masked: str, places: list[Place], end: int) -> str | None:
    """The place of the name a rank (N位) is given to right after it: the ranked one's."""
    gap = _RANK_HOLDER.match(masked, end - 1) if masked[end - 1 : end] == "位" else None
    if gap is None:
        return None
    return next((p.code for p in places if p.start == gap.end()), None)


def number_place(masked: str, places: list[Place], at: int, end: int) -> str | None:
    """The place the number at `at` (ending at `end`) takes from the words beside it: the name
    a rank is given to right after it, the name it follows at once, else Japan after 全国;
    None when none is said."""
    item = _rank_place(masked, places, end) or _item_place(masked, places, at)
    if item is not None:
        return item
    return "JP" if _NATIONWIDE_BEFORE.search(masked, max(0, at - 6), at) else None


def _places_in(measure: str) -> list[Place]:
    """The places a measure names, less a nationality (日本人の研究者数: no place)."""
    return [Place(*p) for p in find_places_ja(measure) if p[4] != "demonym"]


def measure_place(measure: str | None, event: bool = False) -> str | None:
    """The place named in what a number measures, the parse's attachment rather than the
    nearest place of the sentence: the most specific, inside a name too (京都大学の研究者数 ->
    Kyoto), or Japan for a measure of the nation or its state (全国の事業所数, 文部科学省の予算).
    `event`: the measure of a year whose sentence names a place, where the event happened
    whoever decided it (閣議, 建設省): only a place the measure names, or Japan for a nationwide
    event (全国, 国内), replaces the sentence's."""
    if not measure:
        return None
    if event:
        named = _places_in(measure)
        nationwide = any(w in measure for w in load_rules("japanese")["nationwide_words"])
        return (
            min(named, key=lambda p: _PLACE_RANK[p.kind]).code
            if named
            else ("JP" if nationwide else None)
        )
    measure = measure.split("に占める")[
        -1
    ]  # 全国に占める九州の割合: the part's place, not the whole's
    named = _places_in(measure)
    if named:
        return min(named, key=lambda p: (_PLACE_RANK[p.kind], p.start)).code
    return "JP" if names_the_nation(measure) else None
