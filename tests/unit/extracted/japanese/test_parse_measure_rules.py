"""What a Japanese number measures, read by rules over GiNZA's parse rather than word lists:
nouns written together as one compound, a suffix noun after a number as its counter, the
subject a floating quantity counts, and the words that never name a measure. Sentences written
for these tests."""

from __future__ import annotations

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _measures(sentence: str) -> dict[str, str | None]:
    facts: list[Fact] = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return {sentence[f.start : f.end]: f.measure for f in facts}


def test_nouns_written_together_are_one_compound_whatever_the_parse_hangs_them_on() -> None:
    # GiNZA hangs 参加 on the verb, not on 企業: the written compound is kept whole (and a
    # count is the number of what it counts: 〜数)
    assert _measures("参加企業は45社にのぼった。")["45社"] == "参加企業数"


def test_a_suffix_noun_after_a_number_is_its_counter_and_the_subject_is_counted() -> None:
    # 校 is a suffix read with the number, so the subject marked が is what is counted
    assert _measures("この町には高校が3校ある。")["3校"] == "高校数"


def test_latin_words_before_a_blank_are_not_part_of_the_japanese_measure() -> None:
    # a source line or an address before the sentence is no part of the noun phrase
    assert _measures("出典 JETRO 輸出額は約5億円であった。")["5億円"] == "輸出額"


def test_a_change_or_a_span_of_time_before_the_number_names_nothing() -> None:
    got = _measures("市の来場者数は前年比8%増の42万人だった。")
    assert got["42万人"] == "市の来場者数"
    assert got["8%"] == "市の来場者数の増加率"
    assert _measures("新規の登録件数は年間約350件である。")["350件"] == "新規の登録件数"


def test_a_noun_marked_de_or_niwa_is_a_source_or_frame_not_the_measure() -> None:
    assert _measures("町の就業者数は、昨年の調査で約4千人であった。")["4千人"] == "町の就業者数"
    assert _measures("本制度では、応募のあった60件のうち、15件を認定した。")["15件"] == "認定件数"


def test_the_object_a_number_is_reached_by_and_the_amount_a_verbal_noun_spends() -> None:
    got = _measures("輸出額を3年で500億円に増やす計画である。")
    assert got["500億円"] == "輸出額"
    assert _measures("同社は新工場の建設に8億円を投資した。")["8億円"] == "新工場の建設への投資額"
    assert _measures("同社は工場の拡張に8億円を投資した。")["8億円"] == "工場の拡張への投資額"


def test_a_counted_noun_keeps_the_words_compounded_to_it_and_is_a_count() -> None:
    assert _measures("重点12分野において研究を進めている。")["12分野"] == "重点分野数"
    # the places a thing spreads over are named by the thing (parse_roles.py)
    assert _measures("東北の4県にまたがる事業である。")["4県"] == "事業がまたがる県数"


def test_a_number_that_is_the_predicate_measures_its_subject() -> None:
    assert _measures("市内の研究機関の数は48機関である。")["48機関"] == "市内の研究機関の数"


def test_the_label_of_a_label_value_line_names_its_number() -> None:
    got = _measures("実施期間：3年間\n補助金額：1億5,000万円\n協力企業数：24社")
    assert got["1億5,000万円"] == "補助金額"
    assert got["24社"] == "協力企業数"


def test_a_number_in_brackets_after_a_noun_measures_that_noun() -> None:
    got = _measures("県は重点支援地域(令和2年4月現在14地域)を指定している。")
    assert got["14地域"] == "重点支援地域数"


def test_a_noun_after_a_length_is_no_counted_noun_and_a_compound_no_counter() -> None:
    # 四方 qualifies the length, and 台 of 展示台 is no counter here: the stand is measured
    assert _measures("8m四方の展示台を設けた。")["8m"] == "展示台の一辺の長さ"


def test_a_kanji_numeral_is_a_number_whatever_class_the_parse_gives_it() -> None:
    got = _measures("現在、全国で約三千二百の事業者と約百二十の団体が加盟している。")
    assert got["三千二百"] == "事業者数"


def test_a_percentage_a_subject_takes_of_a_whole_is_its_share() -> None:
    got = _measures("同町の農業産出額は約90億円と、郡全体の約2割を占める。")
    assert got["2割"] == "郡全体に占める同町の農業産出額の割合"
    assert _measures("そのうち観光業が約15%を占める。")["15%"] == "観光業の割合"


def test_a_prefix_of_the_name_stays_and_a_year_before_it_goes() -> None:
    assert (
        _measures("同社は高性能材料の開発に着手し、総事業費は約12億円である。")["12億円"]
        == "総事業費"
    )
    assert _measures("令和5年度政府予算額 38億円")["38億円"] == "政府予算額"


def test_a_qualifier_or_an_era_before_the_number_names_nothing() -> None:
    assert _measures("窓口の相談件数は延べ3,100件に達した。")["3,100件"] == "窓口の相談件数"
    assert _measures("実用新案の登録件数：累計48件")["48件"] == "実用新案の登録件数"


def test_a_heading_in_lenticular_brackets_labels_the_number_after_it() -> None:
    assert _measures("【事業費】令和4年度 約2億円")["2億円"] == "事業費"


def test_a_second_amount_after_a_topic_is_no_item_of_its_breakdown() -> None:
    got = _measures("市内の商店の販売額は、約120億円であり、従業者数は約900人となっている。")
    # no item of the sales (販売額（従業者数）), but the same shops' (parse_ellipsis.elided)
    assert got["900人"] == "市内の商店の従業者数"


def test_a_count_measures_the_number_of_what_it_counts() -> None:
    got = _measures("同市の研究者は約2,600人で、大学は9校ある。")
    assert (got["2,600人"], got["9校"]) == ("同市の研究者数", "大学数")


def test_a_percentage_that_is_the_subject_of_a_verbal_noun_is_its_rate() -> None:
    assert _measures("応募のあった提案の約3割が採択された。")["3割"] == "応募のあった提案の採択率"
