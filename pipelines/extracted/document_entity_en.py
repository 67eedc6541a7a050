"""The English side of document_entity.py: names of programmes, bodies and places in English
text (capitalised runs ending in a kind), the one a document is about, and the sentence before's
name a `This`/`The` sentence goes on about."""

from __future__ import annotations

import re
from collections import Counter

from pipelines.extracted.numbers.places import find_places
from pipelines.extracted.rules import load_rules

_RULES = load_rules("entities")

# what an English name of a programme, policy, law, place or body ends with
_EN_KINDS = frozenset(_RULES["english_kinds"])
_EN_BODIES = frozenset(_RULES["english_bodies"])
_EN_JOIN = frozenset(("of", "for", "and", "on", "the", "&"))
_EN_RUN = re.compile(
    r"(?:[A-Z][A-Za-z’'\-]*|&)(?:[ \t]+(?:[A-Z][A-Za-z’'\-]*|of|for|and|on|the|&))*"
)
_EN_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'\-]*")
_EN_SENTENCE_END = re.compile(r"[.!?][\"”’)]?(?:[ \t]+|[ \t]*\n(?!\s*\n))(?=[\"“A-Z])|\n\s*\n")
_EN_GOES_ON = re.compile(r"(?:The|This|These|Its|It|They|Their|Such)\b")
_BEFORE_BACK = 600  # characters back to the sentence before a number's
_EN_SPREAD = 2000  # characters of text per mention of its subject, at most
_EN_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_EN_LEAD = re.compile(r"^(?:The|A|An)\s+")
_EN_NOT_NAMES = frozenset(_RULES["english_not_names"])


def en_names(text: str) -> list[str]:
    """The English names of programmes, policies, places and bodies in `text`: a run of
    capitalised words whose last part ends in one of _EN_KINDS, cut after it (`Japan’s
    Industrial Cluster Policy` of a title that goes on `Revisited`; `Greater Nagoya Area` of
    `Economy and Industrial Structure of the Greater Nagoya Area`), or, where the run opens
    with a body (`University of Tokyo`, `Tokyo Foundation for Policy Research`), the whole run;
    at least two words, the leading article dropped."""
    out: list[str] = []
    for m in _EN_RUN.finditer(text):
        words = m.group(0).split()
        while words and words[-1] in _EN_JOIN:
            words.pop()
        parts: list[list[str]] = [[]]
        for w in words:
            if w in _EN_JOIN:
                parts.append([])
            else:
                parts[-1].append(w)
        parts = [q for q in parts if q]
        if not parts:
            continue
        if len(parts) > 1 and parts[-1][-1] not in _EN_KINDS and parts[0][-1] not in _EN_BODIES:
            continue  # `Science and Technology Policy Division`: cut inside a longer name
        if len(parts) > 1 and parts[0][-1] in _EN_BODIES:
            name = " ".join(words)
        else:
            kinds = [q for q in parts if any(w in _EN_KINDS for w in q)]
            if not kinds:
                continue
            part = kinds[-1]
            last = max(i for i, w in enumerate(part) if w in _EN_KINDS)
            if not all(w.endswith("ed") for w in part[last + 1 :]):
                continue  # `European Cluster Collaboration Platform`: no cluster's name
            name = " ".join(part[: last + 1])
        name = _EN_LEAD.sub("", name)
        if len(name.split()) >= 2:
            out.append(name)
    return out


def _said_short(text: str, name: str) -> int:
    """How often an English text says a name by the short form it gives once in brackets after
    it (`Kobe Biomedical Innovation Cluster (KBIC)`, then `the KBIC`): each says the name."""
    short = re.search(re.escape(name) + r"\s*\(([A-Z][A-Za-z]*[A-Z])\)", text)
    if short is None:
        return 0
    return len(re.findall(rf"\b{short.group(1)}\b", text)) - 1  # the bracket itself is no mention


def _core(name: str) -> str:
    """A name without the possessor it opens with (`Japan’s Industrial Cluster Policy`), as
    the text says it again in lower case (`Japan’s industrial cluster policy`)."""
    return re.sub(r"^\S+[’']s\s+", "", name)


def said_before(text: str, at: int) -> str | None:
    """The last name the sentence before says, when the number's sentence names none and opens
    as one that goes on about it (`The`, `This`, `Its`, as curated/fact_entities.py reads a
    paragraph): the sentence continues the one before, which named what it is about."""
    lo = max(0, at - _BEFORE_BACK)
    ends = [m for m in _EN_SENTENCE_END.finditer(text, lo, at)]
    if not ends or ends[-1].group(0).count("\n") > 1:
        return None  # the number's sentence opens its paragraph
    own = text[ends[-1].end() : at]
    lead = _EN_GOES_ON.match(own)
    if lead is None or en_names(own):
        return None
    start = ends[-2].end() if len(ends) > 1 else text.rfind("\n\n", lo, ends[-1].start()) + 1
    before = text[max(start, lo) : ends[-1].end()]
    if "\n\n" in before.strip() or not before.strip():
        return None  # another paragraph's
    names = en_names(before)
    if not names:
        return None
    noun = _EN_NEXT_WORD.match(own, lead.end())
    place_nouns = {n for ns in _RULES["english_place_nouns"].values() for n in ns}
    if noun and noun.group(1).lower() in place_nouns and not said_again(noun.group(1), names[-1]):
        return None  # `The region as a whole ...` after a prefecture's name: not the prefecture's
    return names[-1]


def said_again(owner: str, subject: str) -> bool:
    """Whether an English owner is a bare place noun (`region`, `the city`) standing for the
    document's subject, a place of that level (`Greater Nagoya Area`, `Tsukuba Science City`):
    the parse names the noun, the document says which."""
    noun = _EN_LEAD.sub("", owner.strip()).lower()
    kinds = _RULES["english_place_nouns"].get(subject.split()[-1], [])
    return noun in kinds


def names_another(sentence: str, subject: str) -> bool:
    """Whether an English sentence names something other than the document's subject by a
    capitalised word that does not open it or one of its clauses (`Mount Tsukuba is 877 metres
    high`, `the Tsukuba Express, which opened in 2005`)."""
    own = set(re.findall(r"[A-Za-z]+", subject))
    if any(not set(p.name.split()) <= own for p in find_places(sentence) if p.kind != "demonym"):
        return True  # `Fukushima | 2002 | 1997`: a place opening a row is named all the same
    for m in _EN_TOKEN.finditer(sentence):
        before = sentence[: m.start()].rstrip()
        opens = not before or before[-1] in '.!?:;("“•-–—|'
        w = m.group(0)
        if w[0].isupper() and not opens and w not in own and w not in _EN_NOT_NAMES:
            return True
    return False


_SOURCE_BEFORE = re.compile(r"\b(?:by|to|from)\s+(?:the\s+)?$")  # compiled by, according to
_CUT_AFTER = re.compile(r",\s+[A-Z]")  # `Ministry of Education, Science, ...`: a longer name


def sole_name(sentence: str, at: int) -> str | None:
    """The one name an English sentence gives before its number at `at`, where it names no
    place besides and gives it as no source (`compiled by the Ministry`, `according to the
    Agency`): the number is that programme's, law's or body's (`The TAMA Council was set up in
    1998 with 328 members`)."""
    names = set(en_names(sentence[:at])) if at > 0 else set()
    if len(names) != 1:
        return None
    name = names.pop()
    i = sentence.find(name)
    if i < 0 or _SOURCE_BEFORE.search(sentence[:i]) or _CUT_AFTER.match(sentence, i + len(name)):
        return None
    words = set(name.split())
    places = [p for p in find_places(sentence) if p.kind != "demonym"]
    return None if any(not set(p.name.split()) <= words for p in places) else name


def en_document_name(text: str, start: int, end: int) -> str | None:
    """The name an English document is about: the one of its opening [start, end) it says
    most often (by that name or by the short form it gives in brackets), at least twice, more
    often than any other, and at least once per _EN_SPREAD characters."""
    lower = text.lower()
    counts = Counter(
        {n: lower.count(_core(n).lower()) + _said_short(text, n) for n in en_names(text[start:end])}
    )
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    if ranked[0][1] * _EN_SPREAD < len(text):
        return None  # a long paper that names it in its title now and then is not about it
    return ranked[0][0]
