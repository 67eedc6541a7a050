"""The change a Japanese number states, read from GiNZA's parse (parse_measure.read_japanese): a
change word right after it (119件増, 52件(41%)増), and the number a percentage in brackets is the
rate of (119件(3%)増); a change naming nothing, of the amount said just before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_words import change_word, dep, is_counter, phrase

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from pipelines.extracted.fact import Fact
    from pipelines.extracted.parse_tree import Reading


def change_after(counter: Token) -> str | None:
    """A change word right after the number, past a rate in brackets (119件増となった,
    52件(41%)増の, 3%減): the number is the change, whatever particle follows (増と is no
    level); a particle first (約35億円で…増加) makes it the level, but for の that joins it to
    the change noun it modifies (約9%の減少, 3億円の増加: the size of the change)."""
    doc = counter.doc
    k = counter.i + 1
    if k < len(doc) and doc[k].text in ("(", "（"):
        while k < len(doc) and doc[k].text not in (")", "）"):
            k += 1
        k += 1
    if k + 1 < len(doc) and doc[k].text == "の" and doc[k + 1].i == counter.head.i:
        k += 1
    return change_word(doc[k]) if k < len(doc) else None


def host_of_rate(counter: Token, toks: list[Token]) -> Token | None:
    """The number a percentage in brackets qualifies (119件(3%)増: 3% is the rate of the
    change of 119件): the counter it hangs on, when the brackets open right before it."""
    first = min(t.i for t in toks)
    before = counter.doc[first - 1] if first > 0 else None
    if before is None or before.text not in ("(", "（"):
        return None
    if not any(t.text in ("%", "％") for t in toks):
        return None
    host = counter.head if counter.i >= first else counter
    if host.i < first and is_counter(host):
        return host
    return None


_BARE_CHANGES = ("増加", "減少", "増", "減")
_RUN = "連続"  # 3年連続増加, 3年連続で受賞: a run of years of an act
_BOTH = ("ともに", "共に")  # 受入額、件数ともに…: the list the run is of


def unsaid_changes(
    doc: Doc, offset: int, facts: list[Fact], readings: list[Reading], before: Sequence[Fact]
) -> None:
    """Changes whose sentence leaves unsaid what changed: one naming nothing (前年度から約26億円の
    増加となり) right after a sentence stating an amount of its unit is that amount's change
    (研究費受入額の増加); a span of years before 連続 is the run of the act after it, of the
    topic or the list marked ともに (受入額、件数ともに3年連続増加 -> 受入額・件数の連続増加年数)."""
    for f, r in zip(facts, readings, strict=True):
        bare = r.measure is None or r.measure in _BARE_CHANGES
        said = [b for b in before if b.unit == f.unit and b.measure and not b.direction]
        if r.direction and bare and f.fact_type != "year" and said:
            r.measure = f"{said[-1].measure}の{'増加' if r.direction == 'up' else '減少'}"
        run = _run_of(doc, f.start - offset, f.end - offset) if f.unit == "years" else None
        if run:
            r.measure, r.direction = run, None


def _run_of(doc: Doc, start: int, end: int) -> str | None:
    word = next((t for t in doc if t.idx == end), None)
    if word is None or word.text != _RUN or word.head.i <= word.i:
        return None
    act = word.head
    while act.pos_ == "NOUN" and not act.tag_.endswith("サ変可能") and act.head.i > act.i:
        act = act.head  # 連続で100億円を超えた: past the amount to the verb
    verbal = act.tag_.endswith("サ変可能")
    if not verbal and act.pos_ != "VERB":
        return None
    last = max([act.i] + [c.i for c in act.rights if dep(c) == "aux"])
    clause = doc[word.i + 1 : last + 1]
    if not verbal and any(not t.text.strip() or t.pos_ == "NUM" for t in clause):
        return None  # 連続で100億円を超える: the amount is a fact of its own, masked here
    done = clause.text.removeprefix("で")  # 3年連続で目標を超えた
    listed = doc.text[:start].rstrip()
    of = ""
    if listed.endswith(_BOTH):
        opened = max(listed.rfind(c) for c in "。はが")  # 受入額、実施件数ともに
        of = listed[opened + 1 : -len("ともに")].strip("、 ").replace("、", "・")
    else:
        topic = next(
            (c for c in reversed(doc[: word.i]) if dep(c) == "nsubj" and c.head.i == act.i), None
        )  # fmt: skip
        of = phrase(topic, []) or "" if topic is not None else ""
    if not verbal:  # 受入額が3年連続で100億円を超えた: the years it did so running
        return f"{of}が{done}{_RUN}年数" if of else f"{done}{_RUN}年数"
    return f"{of}の{_RUN}{act.text}年数" if of else f"{_RUN}{act.text}年数"
