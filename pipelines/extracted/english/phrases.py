"""A small grammar of English noun phrases over a sentence's words: the phrase a number leads
to (`5,000 SMEs`), the phrase that ends before a word (`the budget of`), the verb group between
a subject and its number (`has declined from`). Word classes are data (rules/measures.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from pipelines.extracted.rules import load_rules

_TOKEN = re.compile(r"[A-Za-z](?:[A-Za-z&/]|['’.\-–](?=[A-Za-z]))*|\d(?:[\d,.]*\d)?|\S")


@dataclass(frozen=True, slots=True)
class Tok:
    text: str
    lo: int  # offsets in the document
    hi: int

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()


def tokenize(masked: str, start: int, end: int) -> list[Tok]:
    return [Tok(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(masked, start, end)]


@cache
def words() -> dict[str, Any]:
    rules = load_rules("measures")
    out: dict[str, Any] = {
        k: frozenset(v) if isinstance(v, list) else dict(v) for k, v in rules.items()
    }
    out["adverbials"] = [tuple(a.split()) for a in rules["adverbials"]]
    out["stop"] = (
        out["determiners"] | out["prepositions"] | out["conjunctions"] | out["auxiliaries"]
        | out["verbs"]
    )  # fmt: skip
    return out


def is_verbish(tok: Tok) -> bool:
    w = words()
    low = tok.low
    return low in w["auxiliaries"] or low in w["verbs"] or (len(low) > 4 and low.endswith("ed"))


def _noun_word(tok: Tok) -> bool:
    return tok.is_word and tok.low not in words()["stop"]


def join(toks: list[Tok]) -> str:
    out = ""
    for t in toks:
        glue = "" if not out or t.text in "),-" or out.endswith(("(", "/", "-")) else " "
        out += glue + t.text
    return out


def phrase_after(toks: list[Tok], j: int, limit: int = 5, of_phrase: bool = True) -> list[Tok]:
    """The noun phrase that starts at token j: `SMEs`, `biotech/pharma and medical technology
    companies`, `types of JIRITSU`; empty when a verb, a mark or a preposition comes first."""
    w = words()
    while j < len(toks) and toks[j].is_word and toks[j].low.endswith("ly") and len(toks) > j + 1:
        j += 1  # "three previously identified ...", "20,000 highly qualified ..."
    quoted = j > 0 and toks[j - 1].text in QUOTES  # a quoted name: "'networked readiness'"
    out: list[Tok] = []
    k = j
    while k < len(toks) and len(out) < limit:
        t = toks[k]
        if out and t.text[:1].isupper() and k + 1 < len(toks) and toks[k + 1].is_number:
            break  # "19 projects Phase 2: ...": a numbered name starts
        if out and t.low in w["base_verbs"] and out[-1].low.endswith("s"):
            break  # "All three programmes aim at ..."
        if _noun_word(t) and not (out and len(t.low) > 4 and t.low.endswith("ed")):
            out.append(t)
            k += 1
            continue
        if (
            t.low in ("and", "or")
            and out
            and out[-1].text[:1].isupper()
            and k + 1 < len(toks)
            and toks[k + 1].text[:1].isupper()
            and _noun_word(toks[k + 1])
        ):  # a name: "EU Competitiveness and Innovation programme"
            out.append(t)
            k += 1
            continue
        if (
            t.low in ("and", "or")
            and 1 <= len(out) <= 3
            and not (out[-1].low.endswith("s") and not out[-1].text.isupper())
            and k + 2 < len(toks)
            and _noun_word(toks[k + 1])
            and _noun_word(toks[k + 2])
        ):  # "Japanese and foreign companies", "EU and global cluster organisations"
            out.append(t)
            k += 1
            continue
        break
    if len(out) == 1 and len(out[0].low) > 4 and out[0].low.endswith("ed") and not quoted:
        return []  # "18.9% recorded by ...": a participle, not a noun
    if out and len(out[0].low) > 4 and out[0].low.endswith("ed") and len(out) > 1 and not quoted:
        out = out[1:]  # "designated METI Industrial Clusters"
    if out and out[-1].low in ("and", "or"):
        out = out[:-1]
    if out and of_phrase and k + 1 < len(toks) and toks[k].low == "of":
        tail = phrase_after(toks, _skip(toks, k + 1, w["determiners"] | QUOTES), 4, of_phrase=False)
        if tail:
            out = [*out, toks[k], *tail]
    return out


QUOTES = frozenset("'\"“”‘’«»")


def _skip(toks: list[Tok], k: int, skipped: frozenset[str]) -> int:
    while k < len(toks) and toks[k].low in skipped:
        k += 1
    return k


def phrase_before(toks: list[Tok], k: int, limit: int = 8) -> list[Tok]:
    """The noun phrase that ends just before token k, with its `of`/`for` phrases (`domestic
    market size of medical devices`), a date phrase at its end (`in 2013`) and a parenthesis
    (`(CAGR)`) passed over, its determiners dropped."""
    w = words()
    end = k
    if end >= 1 and toks[end - 1].text == ")":
        opened = next((i for i in range(end - 1, -1, -1) if toks[i].text == "("), None)
        if opened is not None:
            end = opened
    if end >= 2 and toks[end - 1].is_number and toks[end - 2].low in ("in", "of", "since", "by"):
        end -= 2  # "the market size of medical devices in 2013 was ..."
    out: list[Tok] = []
    i = end - 1
    while i >= 0 and len(out) < limit:
        t = toks[i]
        if _noun_word(t) and not (len(t.low) > 4 and t.low.endswith("ed") and out):
            out.insert(0, t)
        elif (
            t.low in _INNER
            and out
            and i > 0
            and _noun_word(toks[i - 1])
            and not toks[i - 1].low.endswith("ly")
        ):  # "market size of medical devices", "Agreement between the EU and Japan"
            out.insert(0, t)
        elif t.low in ("the", "a", "an") and out and i > 0 and toks[i - 1].low in _INNER:
            out.insert(0, t)
        elif t.text in QUOTES and out:
            pass  # so called "Technopolis" program
        elif t.text == "-" and out and i > 0 and _noun_word(toks[i - 1]):
            out.insert(0, t)  # "Hanshin -Awaji" Great Earthquake Disaster
        elif t.text in QUOTES and i > 0 and _noun_word(toks[i - 1]):
            pass  # a closing quote before the phrase's last word: "Industrial Cluster project"
        else:
            break
        i -= 1
    while out and (
        out[0].low in w["prepositions"]
        or out[0].low in w["determiners"]
        or out[0].low in _AND
        or (out[0].low in w["base_verbs"] and len(out) > 1 and out[1].low in _INNER)
    ):
        out.pop(0)  # "participate in the JETRO RIT programme" -> "JETRO RIT programme"
    return out


_AND = frozenset(["and", "or", "-"])


_INNER = frozenset(
    ["of", "for", "between", "and", "on", "in", "with", "from", "under", "at", "per"]
)


_GROUP_WORDS = frozenset(["expected", "projected", "set", "due", "likely", "able", "going"])


def verb_group_start(toks: list[Tok], k: int) -> int | None:
    """Index just after the subject of the verb group that ends before token k (`market size
    ... was`, `self-sufficiency has declined from`): None when no verb stands there."""
    w = words()
    i = k - 1
    saw_verb = False
    while i >= 0:
        t = toks[i]
        low = t.low
        skipped = next(
            (a for a in w["adverbials"] if tuple(x.low for x in toks[i - len(a) + 1 : i + 1]) == a),
            None,
        )
        if skipped:
            i -= len(skipped)
            continue
        if is_verbish(t) or low in w["base_verbs"] or low in _GROUP_WORDS:
            saw_verb = True
        elif (
            low in w["hedges"]
            or low in ("from", "by", "to", "at", "and", "not", "further", "steadily")
            or (t.is_word and low.endswith("ly"))
            or t.text == ","
        ):
            pass
        else:
            break
        i -= 1
    return i + 1 if saw_verb else None


def named(phrase: list[Tok], toks: list[Tok]) -> str:
    """A long name followed by its short name in parentheses (`Law for Accelerating ...
    (Technopolis Law)`): the short name; else the phrase as written."""
    if len(phrase) > 6:
        at = toks.index(phrase[-1]) + 1
        if at < len(toks) and toks[at].text == "(":
            close = next(
                (i for i in range(at + 1, min(at + 6, len(toks))) if toks[i].text == ")"), None
            )
            if close is not None and close > at + 1:
                return join(toks[at + 1 : close])
    return join(phrase)


def skip_determiners(toks: list[Tok], k: int) -> int:
    """The first token from k that is no determiner or quote mark."""
    w = words()
    while k < len(toks) and (toks[k].low in w["determiners"] or toks[k].text in QUOTES):
        k += 1
    return k


# an ordinal's ending whose digits masking blanked as part of a name (`the 2nd Plan` -> `nd Plan`)
_MASKED_ORDINAL = re.compile(r"(?:(?<=\s)|^)(?:st|nd|rd|th)\s+(?=[A-Z])")


def without_masked_ordinals(measure: str | None) -> str | None:
    """The measure without the endings of ordinals whose digits were masked (`adoption of nd
    Basic Plan` -> `adoption of Basic Plan`)."""
    return _MASKED_ORDINAL.sub("", measure) if measure else measure


def names_a_part(word: str) -> bool:
    """Whether an ordinal before `word` names a part of a programme or of time (`the 1st stage`,
    `its 2nd term`) or one of a series of gatherings (`the 3rd meeting`): no rank. The ordinal
    stays in the text, so the part's name still labels the numbers it heads (`1st stage: 15
    regions`)."""
    rules = load_rules("facts")
    nouns = (*rules["structure_nouns"], *rules["series_nouns"])
    return word.removesuffix("s") in nouns or word.removesuffix("es") in nouns  # `classes`
