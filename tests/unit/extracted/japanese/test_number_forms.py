"""Japanese quantity forms beyond a numeral and its counter: digits a PDF's text cut after a
hedge, percentage points, a range of durations, a duration counted from a fiscal year, fractions
and neighbouring kanji digits as a range; and the slashes that are no fraction. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from pipelines.extracted.facts import facts_in_text


def _facts(text: str) -> list[tuple[str, float, float | None, str, int | None]]:
    return [
        (text[f.start : f.end], f.value, f.value_high, f.unit, f.period_start)
        for f in facts_in_text(text)
    ]


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("寄附金は前年度と比べて約3 4億円増えた。", ("3 4億円", 3.4e9, None, "JPY", None)),
        ("就職率は前年度より2.5ポイント改善した。", ("2.5ポイント", 2.5, None, "percent", None)),
        ("研修の期間は2～4年とする。", ("2～4年", 2.0, 4.0, "years", None)),
        ("令和2年度から3年間補助する。", ("3年間", 3.0, None, "years", 2020)),
        ("設備費の補助率は2/3以内とする。", ("2/3", 2 / 3, None, "ratio", None)),
        ("県の負担は４分の１である。", ("４分の１", 0.25, None, "ratio", None)),
        ("地元の二、三社が名乗りを上げた。", ("二、三社", 2.0, 3.0, "count", None)),
        ("回答者の六、七割が賛成した。", ("六、七割", 60.0, 70.0, "percent", None)),
        ("設備投資は約三千\n二百億円に達した。", ("三千\n二百億円", 3.2e11, None, "JPY", None)),
    ],
)
def test_quantity_forms(
    sentence: str, fact: tuple[str, float, float | None, str, int | None]
) -> None:
    got = _facts(sentence)
    assert len(got) == 1, got
    quote, value, high, unit, period = got[0]
    assert (quote, unit, period) == (fact[0], fact[3], fact[4])
    assert value == pytest.approx(fact[1]) and high == fact[2]


@pytest.mark.parametrize(
    "sentence",
    [
        "資料の続き（2/3）を参照。",
        "2024/6/30に更新しました。",
        "一、二を争う規模の施設である。",
    ],
)
def test_slashes_and_word_digits_are_no_facts(sentence: str) -> None:
    assert _facts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "quote", "value"),
    [
        ("審査会を年4回開いた。", "4回", 4.0),
        ("市内には試験研究施設が7施設ある。", "7施設", 7.0),
        ("入居は全部で42世帯となった。", "42世帯", 42.0),
        ("県内の120事業所が回答した。", "120事業所", 120.0),
        ("支援の対象は3種類の事業である。", "3種類", 3.0),
        ("商店街には48店が並ぶ。", "48店", 48.0),
        ("温泉街の旅館は17軒に減った。", "17軒", 17.0),
    ],
)
def test_counters_of_things_counted_one_by_one(sentence: str, quote: str, value: float) -> None:
    assert [(q, v, u) for q, v, _, u, _ in _facts(sentence)] == [(quote, value, "count")]


def test_an_ordinal_with_its_counter_is_no_count() -> None:
    assert _facts("第5回目の審査会と、3回目の説明会を開いた。") == []
