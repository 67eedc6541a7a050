"""What a Japanese number measures where the text leaves it unsaid because it was just said: a
bare topic after a topic naming an amount, and the items listed after このうち of the amount the
sentence before gave. Sentences written for these tests."""

from __future__ import annotations

from benchmarks.scoring import quote_measures


def _measures(text: str) -> dict[str, str | None]:
    return quote_measures(text)


def test_a_bare_topic_is_the_kind_of_amount_the_topic_before_it_counts() -> None:
    got = _measures(
        "県内企業の特許出願件数は1,250件で、前年度比5%減少したが、収入は約32億円で4%増加した。"
    )
    assert got["1,250件"] == "県内企業の特許出願件数"
    assert got["32億円"] == "県内企業の特許収入"
    assert got["4%"] == "県内企業の特許収入の増加率"
    # with no amount before it, a bare topic is left as it is
    assert _measures("本県は人口が多く、予算は約900億円である。")["900億円"] == "予算"


def test_a_bare_topic_after_an_amount_of_no_verbal_noun_keeps_only_whose_it_is() -> None:
    got = _measures("港の取扱量は約80万トン、金額は約120億円であった。")
    assert got["120億円"] == "港の金額"


def test_items_after_kono_uchi_are_parts_of_the_amount_the_sentence_before_gave() -> None:
    got = _measures(
        "県内企業の特許収入は約32億円であった。"
        "このうち、製造業は約20億円で6%増、サービス業は約9億円で2%減少した。"
    )
    assert got["20億円"] == "県内企業の特許収入（製造業）"
    assert got["6%"] == "県内企業の特許収入（製造業）の増加率"
    assert got["9億円"] == "県内企業の特許収入（サービス業）"
    assert got["2%"] == "県内企業の特許収入（サービス業）の減少率"
    # without このうち, a topic names its own amount
    got = _measures("県内企業の特許収入は約32億円であった。製造業は約20億円であった。")
    assert got["20億円"] == "製造業"


def test_an_amount_framing_a_clause_with_dewa_is_the_kind_of_its_subjects_number() -> None:
    got = _measures("一方、件数では県内企業が約12%減少したのに対し、県外企業")
    assert got["12%"] == "県内企業の件数の減少率"  # not the noun the cut clause seems to modify
    assert _measures("なお、金額では製造業が約3億円増加した。")["3億円"] == "製造業の金額の増加"


def test_a_field_framed_with_ni_oite_names_whose_amounts_follow() -> None:
    got = _measures(
        "県内企業との共同研究において、「受入額」は約12億円となった。また「実施件数」は340件となった。"
    )
    assert got["12億円"] == "県内企業との共同研究の受入額"
    assert got["340件"] == "県内企業との共同研究の実施件数"  # また goes on in the same field
    # without a comma after it, において marks an adjunct of its own clause, no field
    got = _measures("2005年の閣議決定において構想としてスタートし、500haに及ぶ地区の開発が進んだ。")
    assert got["500ha"] == "地区の面積"


def test_a_frame_set_with_dewa_and_a_comma_names_whose_bare_amounts_follow() -> None:
    got = _measures("大口の受託研究では、受入額は約8億円となった。")
    assert got["8億円"] == "大口の受託研究の受入額"
    got = _measures("技術支援では、これまで三つの補助金で計40件を採択した。")
    assert got["40件"].startswith("技術支援の")
    # a noun that is also an adverb (一方では) frames nothing
    got = _measures("一方では、県内企業の受入額は約3億円となった。")
    assert got["3億円"] == "県内企業の受入額"


def test_values_one_a_line_in_a_table_row_measure_what_the_row_label_names() -> None:
    got = _measures("指標\n現状値\n目標値\n県内大学の\n技術移転件数\n14件\n20件\n")
    assert got["20件"] == got["14件"]
    assert "技術移転件数" in str(got["20件"])
