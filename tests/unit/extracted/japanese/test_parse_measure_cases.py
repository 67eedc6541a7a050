"""What a Japanese number measures in forms the parse alone reads wrong: a count in brackets
inside a definition of a name, a span of time elapsed, the side of a square. Sentences written
for these tests."""

from __future__ import annotations

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _measures(sentence: str) -> dict[str, str | None]:
    facts: list[Fact] = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return {sentence[f.start : f.end]: f.measure for f in facts}


def test_a_count_in_a_bracketed_definition_counts_the_name_it_defines() -> None:
    got = _measures(
        "県は研究拠点地域(大学と企業が集まる地域(令和3年4月現在18地域))を指定している。"
    )
    assert got["18地域"] == "研究拠点地域数"


def test_a_span_of_time_elapsed_is_the_time_since_what_the_sentence_names() -> None:
    assert _measures("協議会の発足から12年が経過した。")["12年"] == "協議会の発足からの経過年数"
    assert _measures("条例の施行後、20年余りが経過した。")["20年"] == "条例の施行後の経過年数"


def test_a_length_before_shihou_is_the_side_of_a_square() -> None:
    got = _measures("センターが15m四方の振動台をもつ大型実験施設を完成した。")
    assert got["15m"] == "振動台の一辺の長さ"


def test_an_amount_that_is_the_subject_of_a_verbal_noun_is_no_clause() -> None:
    got = _measures("本事業には、平成28年度予算として約12億円が計上されている。")
    assert got["12億円"] == "予算"  # what it is put in as
    assert _measures("今年度は約5億円が交付された。")["5億円"] == "交付額"


def test_a_count_named_by_its_clause_keeps_the_clause_whole() -> None:
    got = _measures("これまでに延べ2,300人が研修を受講した。")
    assert got["2,300人"] == "研修を受講した人数"


def test_an_age_group_keeps_its_age_and_a_share_after_sonouchi_is_of_the_topic() -> None:
    got = _measures("県の人口は約130万人で、そのうち65歳以上が約35%を占める。")
    assert got["35%"] == "県の人口に占める65歳以上の割合"
    got = _measures("市の人口は約40万人である。このうち15歳未満が約12%を占める。")
    assert got["12%"] == "市の人口に占める15歳未満の割合"


def test_a_short_heading_line_is_no_part_of_the_sentence_after_it() -> None:
    got = _measures("1.企業数と従業者数\n県内の企業数は約3,200社、従業者数は約9万人である。")
    assert got["3,200社"] == "県内の企業数"
    assert got["9万人"] == "県内の従業者数"


def test_a_duration_in_brackets_after_a_span_of_years_is_its_label_line() -> None:
    got = _measures("・支援期間：令和元年度～令和5年度（5年間）")
    assert got["5年間"] == "支援期間"


def test_a_share_of_a_noun_it_is_attached_to_is_of_those_the_clause_says() -> None:
    got = _measures("アンケートでは、約3割の企業が人材不足と回答した。")
    assert got["3割"] == "人材不足と回答した企業の割合"


def test_an_amount_per_unit_keeps_its_unit_and_names_what_is_paid() -> None:
    assert _measures("1社あたり平均2,500万円を助成する。")["2,500万円"] == "1社あたり助成額"
    got = _measures("人口10万人当たりの研究者数は約520人である。")
    assert got["520人"] == "人口10万人当たりの研究者数"


def test_a_count_a_relative_clause_describes_is_no_count_of_the_word_after_it() -> None:
    got = _measures("応募のあった120件のうち、約6割が県外企業であった。")
    assert got["120件"] == "応募のあった件数"


def test_a_rank_measures_the_rank_of_what_it_ranks_where() -> None:
    assert (
        _measures("本県の製造品出荷額は全国第8位である。")["第8位"] == "県の製造品出荷額の全国順位"
    )
    assert _measures("同施設は世界一の大型実験施設である。")["世界一"] == "大型実験施設の世界順位"
    assert _measures("特許出願件数は全国8位となった。")["8位"] == "特許出願件数の全国順位"


def test_a_chain_of_no_is_not_cut_at_a_number_that_is_one_of_its_links() -> None:
    got = _measures("東北地方の6県の合計人口は約870万人である。")
    assert got["870万人"] == "東北地方の6県の合計人口"
    assert got["6県"] == "東北地方の県数"  # whose prefectures they are
    # a count's own number is no link of its own measure
    assert _measures("県内の約1,200の事業所がある。")["1,200"] == "事業所数"


def test_a_duration_on_a_line_labelled_as_a_period_is_that_period() -> None:
    got = _measures("支援内容は、期間：1社あたり最大500万円/2年間とする。")
    assert got["2年間"] == "期間"
