"""What a number measures where the parse alone names the wrong word: an item of a breakdown
under a wider topic, an item of a ranked list, and (in English) a count's counter noun, a change
stated beside a level, and an elliptic count naming only an adjective. Sentences written for
these tests."""

from __future__ import annotations

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _measures(sentence: str) -> dict[str, str | None]:
    facts: list[Fact] = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return {sentence[f.start : f.end]: f.measure for f in facts}


def test_japanese_breakdown_items_measure_the_topic_they_divide() -> None:
    got = _measures("県の研究開発費は、大学が約120億円(40%)、企業が約90億円(30%)であった。")
    assert got["120億円"] == "県の研究開発費（大学）"
    assert got["40%"] == "県の研究開発費に占める大学の割合"
    assert got["90億円"] == "県の研究開発費（企業）"


def test_japanese_topic_that_is_no_amount_is_no_breakdown() -> None:
    got = _measures("本県は、製造業が約5兆円、サービス業が約3兆円であった。")
    assert got["5兆円"] == "製造業"


def test_japanese_ranked_list_items_measure_what_the_heading_ranks_by() -> None:
    got = _measures("就業者数の伸び率が高い市町村 1.甲町 約12.5%増 2.乙村 約8.1%増")
    assert got["12.5%"] == "就業者数の伸び率（甲町）"
    assert got["8.1%"] == "就業者数の伸び率（乙村）"


def test_english_count_keeps_its_counter_noun_and_change_beside_it() -> None:
    got = _measures("Patent licensing at the institute totaled 412 cases, a 9% increase over 2019.")
    assert got["412"] == "Patent licensing cases at institute"
    assert got["9%"] == "increase in Patent licensing cases at institute"


def test_english_elliptic_counts_take_the_noun_of_the_count_before() -> None:
    got = _measures("Number of member firms: 75 (50 local and 25 foreign)")
    assert (got["50"], got["25"]) == ("local member firms", "foreign member firms")


def test_english_count_before_adjectives_of_its_own_noun_is_no_elliptic_count() -> None:
    sentence = "The town has 200,000 residents and with 300 public and private institutes, it grew."
    got = _measures(sentence)
    assert got["300"] == "public and private institutes"


def test_english_since_a_year_dates_the_start_of_a_role() -> None:
    got = _measures("He has been a visiting professor at the college since 2015.")
    assert got["2015"] == "start of visiting professor at college"
    got = _measures("She has served as a trustee of the foundation since 2011.")
    assert got["2011"] == "start of trustee of foundation"


def test_japanese_amount_per_unit_and_both_ends_of_its_range() -> None:
    got = _measures("1校当たり3千万円~8千万円程度を補助する")
    # one range now that its counter after both ends joins them, measured with its number
    assert got["3千万円~8千万円"] == "1校当たり"  # (per_unit)


def test_japanese_number_inside_a_flat_chain_of_compounds() -> None:
    got = _measures("支援内容は、期間:一件あたり上限五千万円程度/二年間 補助金方式。")
    assert got["五千万円"] == "件あたり上限"


def test_japanese_year_marked_kara_dates_a_start() -> None:
    got = _measures("同機構は平成12年度から研究棟の一部を建設中である。")
    assert got["平成12年度"] == "研究棟の一部の建設開始"
    got = _measures("同社は2015年から新工場で電池を生産している。")
    assert got["2015年"] == "電池の生産開始"


def test_english_what_accounts_for_a_percentage_has_that_share() -> None:
    got = _measures("Small firms account for 62% of employment in the prefecture.")
    assert got["62%"] == "share of Small firms in employment"
    got = _measures("In the region, machinery accounts for the largest share (31.5%) of exports.")
    assert got["31.5%"] == "share of machinery in exports"


def test_english_years_bounding_a_span_date_a_period() -> None:
    got = _measures(
        "The review covers the cluster policy between 2001 (under the first cabinet) and 2021"
        " (under the last one) in order to compare it."
    )
    assert got["2001"] == got["2021"] == "period of cluster policy"
    got = _measures("The prefecture ran the programme from 2004 to 2009.")
    assert got["2004 to 2009"] == "period of programme (ran)"


def test_japanese_size_of_the_thing_a_number_describes() -> None:
    got = _measures("機構が用地を取得し、約1500haに及ぶ産業団地の整備を進めた。")
    assert got["1500ha"] == "産業団地の面積"
    got = _measures("県は長さ120mの試験走路を整備した。")
    assert got["120m"] == "試験走路の長さ"


def test_japanese_chronology_line_dates_its_own_event() -> None:
    got = _measures(
        "昭和53年 / 1978年 9月 「地域産業懇談会(座長 山田太郎 元学長)」が発足 11月 知事が"
        "「県産業基本計画」を決定 昭和56年 / 1981年 11月 県が「研究都市構想案」を発表"
    )
    # a year written in two calendars is one fact
    assert got["昭和53年 / 1978年"] == "地域産業懇談会の発足"
    assert got["昭和56年 / 1981年"] == "研究都市構想案の発表"
    got = _measures("同社は2005年に設立され、2010年に本社を移転した。")
    assert got["2010年"] == "本社の移転"


def test_english_scale_letter_glued_to_its_number_leaves_the_noun_counted() -> None:
    got = _measures("The harbour fair drew 2.4m visitors in its first week.")
    assert got["2.4m"] == "visitors"
