"""What a Japanese count measures when it is a part of a whole named with のうち (応募した企業の
うち、8社が…), and a topic that names a number (来場者数は…) across a clause on the number
itself or a hedge (約) before it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from benchmarks.scoring import quote_measures

_SENTENCES = {
    "part_on_verb": "県が支援した団体のうち、14団体が事業を黒字化した。",
    "part_on_number": "説明会に来た企業のうち9社が出展を決めた。",
    "topic_across": "今年の来場者数は昨年を約5%上回る約3万人となった。",
    "topic_hedged": "事業の予算額は約40億円を見込んでいる。",
    "whose": "商工会の会員企業250社に調査票を送った。",
    "nationwide": "全国の大学約800校に調査票を送った。",
    "share_is": "来場者は約2万人で、うち約3割が県外からの客であった。",
    "share_becomes": "団地の区画の約7割が分譲済みとなった。",
}


@pytest.fixture(scope="module")
def measures() -> dict[str, dict[str, str | None]]:
    return {key: quote_measures(text) for key, text in _SENTENCES.items()}


def _of(measures: dict[str, dict[str, str | None]], key: str, quote: str) -> str | None:
    return next(m for q, m in measures[key].items() if quote in q)


def test_a_count_of_part_of_a_whole_named_with_uchi_is_of_that_whole(
    measures: dict[str, dict[str, str | None]],
) -> None:
    assert _of(measures, "part_on_verb", "14団体") == "支援した団体のうち事業を黒字化した数"
    assert _of(measures, "part_on_number", "9社") == "説明会に来た企業のうち出展を決めた数"


def test_a_topic_naming_a_number_reaches_it_across_its_own_clause_and_hedge(
    measures: dict[str, dict[str, str | None]],
) -> None:
    assert _of(measures, "topic_across", "3万人") == "来場者数"
    assert _of(measures, "topic_hedged", "40億円") == "事業の予算額"


def test_a_counted_noun_keeps_the_noun_it_is_of_but_not_where_it_is_counted(
    measures: dict[str, dict[str, str | None]],
) -> None:
    assert _of(measures, "whose", "250社") == "商工会の会員企業数"
    assert _of(measures, "nationwide", "800校") == "大学数"


def test_a_share_that_is_the_subject_of_a_noun_predicate_is_the_share_of_that_noun(
    measures: dict[str, dict[str, str | None]],
) -> None:
    assert _of(measures, "share_is", "3割") == "来場者に占める県外からの客の割合"
    assert _of(measures, "share_becomes", "7割") == "団地の区画に占める分譲済みの割合"
