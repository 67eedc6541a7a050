"""Japanese values and units in forms the spoken record, the local history and the prefecture
page write: municipalities counted by their kind, tenths of a 割, round numerals with 余 or 数,
blanks inside a number, more unit spellings, and the traps among them (a place named with a
numeral, a fraction's numerator, a record's date in kanji). Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text


def _facts(text: str) -> list[tuple[str, float, str]]:
    return [(text[f.start : f.end], f.value, f.unit) for f in facts_in_text(text)]


@pytest.mark.parametrize(
    ("sentence", "facts"),
    [
        ("計画の区域は4市1町にわたる。", [("4市", 4.0, "count"), ("1町", 1.0, "count")]),
        ("協議会には五町村が加わった。", [("五町村", 5.0, "count")]),
        ("合併で二市三町が新しい市になった。", [("二市", 2.0, "count"), ("三町", 3.0, "count")]),
        ("県内の23区で調査した。", [("23区", 23.0, "count")]),
    ],
)
def test_municipalities_counted_by_their_kind(
    sentence: str, facts: list[tuple[str, float, str]]
) -> None:
    assert _facts(sentence) == facts


@pytest.mark.parametrize(
    "sentence",
    [
        "四万十市の観光客が増えている。",
        "八戸市の港に新しい岸壁ができる。",
        "六ケ所村に施設が立地する。",
    ],
)
def test_a_numeral_in_a_place_name_is_no_count(sentence: str) -> None:
    assert _facts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "quote", "value"),
    [
        ("回収率は7割3分であった。", "7割3分", 73.0),
        ("賛成は全体の三割五分にとどまった。", "三割五分", 35.0),
    ],
)
def test_tenths_of_a_wari_are_percent(sentence: str, quote: str, value: float) -> None:
    assert _facts(sentence) == [(quote, value, "percent")]


@pytest.mark.parametrize(
    ("sentence", "quote", "value"),
    [
        ("説明会には十数社が参加した。", "十数社", 10.0),
        ("県外から四十余社が移ってきた。", "四十余社", 40.0),
        ("提案は百数十件に達した。", "百数十件", 100.0),
        ("協力企業は60余社にのぼる。", "60余社", 60.0),
    ],
)
def test_a_round_numeral_and_more(sentence: str, quote: str, value: float) -> None:
    got = facts_in_text(sentence)
    assert [(sentence[f.start : f.end], f.value, f.unit) for f in got] == [(quote, value, "count")]
    assert got[0].qualifier == "over"


@pytest.mark.parametrize(
    ("sentence", "quote", "value", "unit"),
    [
        ("整備費は総額7, 300億円を見込む。", "7, 300億円", 7.3e11, "JPY"),
        ("町の人口は 2万 4,500人 である。", "2万 4,500人", 24500.0, "people"),
        ("来場者は3万 6千人であった。", "3万 6千人", 36000.0, "people"),
        ("県の保有率は４２パーセントである。", "４２パーセント", 42.0, "percent"),
        ("事業は3か年で実施する。", "3か年", 3.0, "years"),
        ("区域の面積は６２ｋ㎡である。", "６２ｋ㎡", 62.0, "km2"),
        ("区域の面積は約35平方キロに及ぶ。", "35平方キロ", 35.0, "km2"),
        ("区域の面積は約210 km2である。", "210 km2", 210.0, "km2"),
        ("区域の面積は約１８０ｋｍ２である。", "１８０ｋｍ２", 180.0, "km2"),
    ],
)
def test_number_and_unit_spellings(sentence: str, quote: str, value: float, unit: str) -> None:
    assert _facts(sentence) == [(quote, pytest.approx(value), unit)]


def test_a_range_with_its_counter_after_both_ends() -> None:
    got = facts_in_text("整備費は80億円～120億円と見込まれる。")
    assert [(f.value, f.value_high, f.unit) for f in got] == [(8e9, 1.2e10, "JPY")]
    # from one number to another (から…に増えた) is a change: two numbers, no range
    got = facts_in_text("会員は3万人から4万人に増えた。")
    assert [(f.value, f.value_high) for f in got] == [(3e4, None), (4e4, None)]


def test_a_fractions_numerator_is_no_count_of_its_own() -> None:
    assert _facts("国の負担は３分の１。") == [("３分の１", pytest.approx(1 / 3), "ratio")]


def test_a_records_date_in_kanji_is_no_year() -> None:
    text = "第九十回国会　本会議　第三号\n平成元年十一月七日（火曜日）\n議長は開会を宣した。"
    assert _facts(text) == []
    text = "第八十七回国会\n平成二年四月十日（火曜日）\n造成した団地は百二十箇所である。"
    assert _facts(text) == [("百二十箇所", 120.0, "count")]


@pytest.mark.parametrize(
    ("sentence", "quote", "value", "unit"),
    [
        ("応募は2,\n300件にのぼった。", "2,\n300件", 2300.0, "count"),
        ("総事業費は45億\n6,000万円である。", "45億\n6,000万円", 4.56e9, "JPY"),
        ("学園は１４地区で構成される。", "１４地区", 14.0, "count"),
        ("連携には4府省が加わる。", "4府省", 4.0, "count"),
        ("全国の25クラスターを支援する。", "25クラスター", 25.0, "count"),
    ],
)
def test_more_counters_and_breaks_inside_a_number(
    sentence: str, quote: str, value: float, unit: str
) -> None:
    assert _facts(sentence) == [(quote, pytest.approx(value), unit)]


@pytest.mark.parametrize(
    "text",
    [
        "第98回国会　建設委員会　第12号　昭和58年5月10日\n",
        "『地域産業の歩み』2012年9月発行\n",
        "連絡先　電話：011-222-3333（内線　5678）\n",
        "２．３　地域の研究開発の推進\n",
    ],
)
def test_record_headings_issue_dates_extensions_and_section_numbers_are_no_facts(
    text: str,
) -> None:
    assert _facts(text) == []


def test_a_year_with_a_publishing_word_in_a_sentence_still_dates() -> None:
    text = "県は2012年に新しい計画を作成し、企業誘致を始めた。"
    assert [(q, u) for q, _, u in _facts(text)] == [("2012年", "year")]


def test_a_small_count_in_brackets_after_its_noun() -> None:
    text = "連携先は、高専（4）、金融機関（12）、自治体（7）。"
    assert [(q, v, u) for q, v, u in _facts(text)] == [
        ("4", 4.0, "count"),
        ("12", 12.0, "count"),
        ("7", 7.0, "count"),
    ]
    assert _facts("（2）研究の体制") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("補助金額（千円）：4,500", 4.5e6, "JPY"),
        ("研究費（百万円）　820", 8.2e8, "JPY"),
        ("参加者数（人）：96", 96.0, "people"),
    ],
)
def test_a_unit_noted_in_brackets_before_a_bare_number(text: str, value: float, unit: str) -> None:
    got = _facts(text)
    assert [(v, u) for _, v, u in got] == [(pytest.approx(value), unit)]
    assert _facts("（単位：百万円）") == []


def test_a_hedge_between_a_number_and_the_noun_it_counts() -> None:
    got = facts_in_text("市内には150以上の研究機関が立地する。")
    assert [(f.value, f.unit, f.qualifier, f.subject) for f in got] == [
        (150.0, "count", "at least", "研究機関")
    ]


def test_a_counter_after_a_line_break_still_counts() -> None:
    assert _facts("指定されたのは九\n地域である。") == [("九\n地域", 9.0, "count")]


@pytest.mark.parametrize(
    "text",
    [
        "（注）就業者数は2019年10月1日現在、事業所数は2019年6月1日現在\n",
        "出典：総務省　地域白書2019」\n",
        "平成18年版 産業白書\n",
    ],
)
def test_as_of_dates_and_titles_with_a_year_are_no_facts(text: str) -> None:
    assert _facts(text) == []


@pytest.mark.parametrize(
    "text",
    ["何百社もの企業が手を挙げた。", "何十億円という資金が動いた。", "社員一人ひとりが考える。"],
)
def test_vague_and_distributive_numerals_are_no_counts(text: str) -> None:
    assert _facts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "令和３年６月\n県産業振興課\n",
        "（令和元年１２月　経済産業省　地域経済産業グループ）\n",
        "公開日 2021年5月10日 更新日 2022年1月20日\n",
        "[003/085] 114 - 参 - 予算委員会 - 7号\n平成元年03月10日\n",
    ],
)
def test_page_dates_and_a_diet_records_heading_are_no_facts(text: str) -> None:
    assert _facts(text) == []


def test_a_year_and_month_before_an_event_still_date_it() -> None:
    got = _facts("平成22年3月　研究所開設\n")
    assert [(q, u) for q, _, u in got] == [("平成22年", "year")]


@pytest.mark.parametrize(
    ("text", "qualifier", "noun"),
    [
        ("県内には80を超える試験研究機関がある。", "over", "試験研究機関"),
        ("参加は60に近い大学に広がった。", "almost", "大学"),
    ],
)
def test_a_verb_of_reaching_between_a_number_and_its_noun(
    text: str, qualifier: str, noun: str
) -> None:
    got = facts_in_text(text)
    assert [(f.unit, f.qualifier, f.subject) for f in got] == [("count", qualifier, noun)]


@pytest.mark.parametrize(
    ("text", "quote", "low", "high"),
    [
        ("説明会には十二、三社が来た。", "十二、三社", 12.0, 13.0),
        ("二十五、六人が応募した。", "二十五、六人", 25.0, 26.0),
    ],
)
def test_two_neighbouring_digits_after_their_tens(
    text: str, quote: str, low: float, high: float
) -> None:
    got = facts_in_text(text)
    assert [(text[f.start : f.end], f.value, f.value_high) for f in got] == [(quote, low, high)]


def test_a_scaled_number_before_the_money_it_is_of() -> None:
    assert _facts("政府は二千三百億の予算を組んだ。") == [("二千三百億", 2.3e11, "JPY")]
    assert _facts("市内には1万の事業所がある。") == [("1万", 1e4, "count")]


def test_a_hedge_between_a_bare_amount_and_its_particle() -> None:
    assert _facts("関連予算は全部で六十億程度です。") == [("六十億", 6e9, "JPY")]
    assert _facts("研究所数は15前後であった。") == [("15", 15.0, "count")]


@pytest.mark.parametrize(
    ("text", "quote", "value", "unit"),
    [
        ("出荷額の前年比は▲ 2.4%であった。", "▲ 2.4%", -2.4, "percent"),
        ("収支は－15億円となった。", "－15億円", -1.5e9, "JPY"),
        ("会員の増減は-8社である。", "-8社", -8.0, "count"),
    ],
)
def test_a_minus_sign_apart_from_its_number_or_after_a_word(
    text: str, quote: str, value: float, unit: str
) -> None:
    assert _facts(text) == [(quote, pytest.approx(value), unit)]


@pytest.mark.parametrize(
    "text", ["事業の概要（PDF:3.1MB）", "評価結果 [PDF 820KB]", "Annual report (PDF, 4.2 MB)"]
)
def test_a_download_links_file_size_is_no_fact(text: str) -> None:
    assert _facts(text) == []
    assert _facts("サーバーの容量は256GBである。") == [("256GB", 256.0, "GB")]


def test_a_word_ending_like_a_numbering_before_a_count() -> None:
    assert _facts("学会発表は18件であった。") == [("18件", 18.0, "count")]
    assert _facts("成果は学会発表18件である。") == [("18件", 18.0, "count")]
    assert _facts("地元代表7名が加わった。") == [("7名", 7.0, "people")]
    assert _facts("表2 人口の推移") == []


@pytest.mark.parametrize(
    ("text", "quote", "unit"),
    [
        ("県内8ヵ所に窓口を置く。", "8ヵ所", "count"),
        ("研修は6ヵ月間である。", "6ヵ月間", "duration"),
    ],
)
def test_counters_written_with_the_small_ka(text: str, quote: str, unit: str) -> None:
    assert [(q, u) for q, _, u in _facts(text)] == [(quote, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "国と地方の三位一体の改革が続いた。",
        "大学と企業が二人三脚で開発した。",
        "県内の一人勝ちが続く。",
    ],
)
def test_idioms_written_with_numerals_are_no_facts(text: str) -> None:
    assert _facts(text) == []


def test_one_inside_a_compound_word_is_no_count() -> None:
    assert _facts("一社単独での開発は難しい。") == []
    assert _facts("結局、一社が撤退した。") == [("一社", 1.0, "count")]
