"""What a Japanese number measures in spoken and listed forms (Diet answers, lists of items):
a topic said as what the answer is about (〜につきましては), a topic that itself names a number
of the unit, ahead of the verb's object. Sentences written for these tests."""

from __future__ import annotations

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _measures(sentence: str) -> dict[str, str | None]:
    facts: list[Fact] = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return {sentence[f.start : f.end]: f.measure for f in facts}


def test_what_an_answer_is_about_names_the_amount_it_gives() -> None:
    got = _measures("港湾の改修に要する経費につきましては、本年度で約八億円でございます。")
    assert str(got["八億円"]).endswith("港湾の改修に要する経費")


def test_a_topic_naming_a_number_beats_the_counted_object() -> None:
    got = _measures("認定市町村の数につきましては、現在までに五十二市町村を認定しております。")
    assert got["五十二市町村"] == "認定市町村の数"


def test_a_topic_naming_an_amount_beats_the_verb_of_the_object() -> None:
    got = _measures("研修事業の予算額は三億円を計上しております。")
    assert got["三億円"] == "研修事業の予算額"


def test_a_topic_naming_no_number_leaves_the_counted_object() -> None:
    got = _measures("同協議会は、これまでに十二の地区を選定した。")
    assert "地区" in str(got["十二"])


def test_a_date_inside_a_chain_of_no_is_left_out_and_the_chain_goes_on_past_it() -> None:
    got = _measures("本研究所の平成二年度の運営費は、八億円でございます。")
    assert got["八億円"] == "研究所の運営費"


def test_an_amount_before_the_next_item_of_a_list_is_not_of_that_item() -> None:
    got = _measures("1事業あたりの助成上限額は、先進タイプで4億円、横展開タイプで2億円とする。")
    assert got["4億円"] != "横展開タイプ"
    assert str(got["4億円"]).endswith("助成上限額")


def test_a_dashed_chronology_entry_dates_the_act_it_ends_with() -> None:
    got = _measures("1991年（平成3年） - 地方港湾振興法（港湾振興法）施行。")
    assert got["1991年（平成3年"] == "地方港湾振興法の施行"


def test_a_counted_object_keeps_what_it_was_made_in_its_clause() -> None:
    got = _measures("県は6地域を「重点地域」として選定した。")
    assert got["6地域"] == "重点地域として選定した地域数"
    got = _measures("本年度は48事業を補助対象に採択した。")
    assert got["48事業"] == "補助対象に採択した事業数"


def test_a_span_an_act_lasts_is_its_period_and_the_longest_is_no_name() -> None:
    assert _measures("成果が見込める事業には、最長4年間助成する。")["4年間"] == "助成期間"
    assert _measures("研修は2年間実施する。")["2年間"] == "研修の実施期間"


def test_a_nationwide_or_within_word_before_a_number_is_its_scope_not_its_name() -> None:
    assert _measures("この法律により、全国26の地域が指定された。")["26"] == "指定された地域数"
    assert _measures("県内12の市町村が参加した。")["12"] == "参加した市町村数"


def test_a_listed_items_label_is_read_past_its_bracketed_aside() -> None:
    assert _measures("・港北地区（横浜市）　2,300万円")["2,300万円"] == "港北地区"
