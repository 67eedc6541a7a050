"""The event a Japanese year dates, read from GiNZA's parse: what a meeting decided, the act a
light verb only carries, a start marked から whatever noun the parse hangs it on, the start or
end of a bare act as one word. Sentences written for these tests."""

from __future__ import annotations

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _events(sentence: str) -> dict[str, str | None]:
    facts: list[Fact] = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return {sentence[f.start : f.end]: f.measure for f in facts if f.fact_type == "year"}


def test_a_year_of_a_meeting_dates_what_the_meeting_decided() -> None:
    got = _events("市の再開発は,平成5年6月の閣議で承認された。")
    assert got["平成5年"] == "市の再開発の承認（閣議）"


def test_a_light_verb_only_carries_the_act_its_subject_names() -> None:
    assert _events("令和2年度から新庁舎の建設が進められている。")["令和2年度"] == "新庁舎の建設開始"
    assert _events("2010年度に道路の整備を行った。")["2010年度"] == "道路の整備"


def test_a_start_marked_kara_dates_the_predicate_not_the_noun_the_parse_hangs_it_on() -> None:
    got = _events(
        "平成12年度から盛岡新大学(仮称,県立大学の統合を含む)の校舎の建設が行なわれている。"
    )
    assert got["平成12年度"] == "盛岡新大学の校舎の建設開始"


def test_the_start_or_end_of_a_bare_act_is_one_word() -> None:
    assert _events("町は2018年に移転を完了した。")["2018年"] == "移転完了"
    assert _events("県は2012年に調査を開始した。")["2012年"] == "調査開始"
    # an act on a named thing keeps its の
    assert _events("市は2015年に基本構想を発表した。")["2015年"] == "基本構想の発表"


def test_an_event_with_no_object_of_its_own_is_done_to_what_the_sentence_names() -> None:
    got = _events("2001年に設立された同センターは、地域の研究拠点である。")
    assert got["2001年"] == "同センターの設立"
    got = _events("本県では、2005年度に産業振興計画を策定し、2010年度に改定した。")
    assert got["2010年度"] == "産業振興計画の改定"
    # 受ける only carries the act it receives
    assert (
        _events("同市は昭和58年にテクノポリス地域の指定を受けた。")["昭和58年"]
        == "テクノポリス地域の指定"
    )


def test_a_count_in_a_line_of_a_chronology_is_no_next_date() -> None:
    got = _events(
        "2004年 4月 3県、商工会議所等により「産業振興機構」が設立 2006年 5月 県が「構想」を発表"
    )
    assert got["2004年"] == "産業振興機構の設立"


def test_a_verb_that_only_carries_the_clause_on_dates_the_clause_it_goes_on_to() -> None:
    got = _events("また,平成3年度からひきつづいて,新研究棟の建設を行なっている。")
    assert got["平成3年度"] == "新研究棟の建設開始"
