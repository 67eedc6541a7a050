"""A percentage of a whole its の names, where no verb says what takes the share (県土の約30%の
面積, 人口は世界の約7%, 全自治体の約4割に当たる): the share of the noun it modifies, else of the
sentence's topic, in that whole (県土に占める面積の割合), never the whole's bare name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipelines.extracted.japanese.parse_counts import marked, topic_before
from pipelines.extracted.japanese.parse_ellipsis import topic_name
from pipelines.extracted.japanese.parse_words import dep, names_a_thing, of_after, phrase

if TYPE_CHECKING:
    from spacy.tokens import Token


def share_of_whole(counter: Token, whole: Token, spans: list[tuple[int, int]]) -> str | None:
    """The share `counter` states of `whole`, its の-marked modifier."""
    if dep(whole) != "nmod" or not marked(whole, "の"):
        return None
    of = phrase(whole, spans)
    if not of:
        return None
    governor = counter.head
    part: str | None = None
    if (
        dep(counter) == "nmod"
        and governor.pos_ in ("NOUN", "PROPN")
        and of_after(counter)
        and names_a_thing(governor, spans)
    ):
        part = phrase(governor, spans)  # 県土の約30%の面積: of the area
    else:
        topic = topic_before(counter, spans)  # 人口は世界の約7%: of the population
        part = topic_name(topic, spans) if topic is not None else None
    return f"{of}に占める{part}の割合" if part else f"{of}に占める割合"
