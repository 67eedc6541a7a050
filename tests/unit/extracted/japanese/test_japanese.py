"""Japanese-language text: numerals, units, era and fiscal years, places, entities and language,
on sentences of our own and on the labelled Japanese test documents."""

from __future__ import annotations

import pytest

from benchmarks.japanese_accuracy import load_labels, not_facts_found, score
from benchmarks.scoring import prf
from pipelines.curated.entities import find_mentions
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.frames import extract_frames
from pipelines.extracted.japanese.ja_periods import fiscal_year, year_marks
from pipelines.extracted.numbers.places import find_places
from pipelines.raw.language import detect_language
from tests.conftest import REPO


def one(text: str) -> tuple[float, str, str | None]:
    facts = facts_in_text(text)
    assert len(facts) == 1, [(f.value, f.unit, text[f.start : f.end]) for f in facts]
    f = facts[0]
    assert text[f.start : f.end] == text[f.start : f.end].strip()
    return f.value, f.unit, f.qualifier


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "qualifier"),
    [
        ("関連予算は約3,400億円である。", 340_000_000_000, "JPY", "about"),
        ("事業規模は２兆１０００億円に達した。", 2_100_000_000_000, "JPY", None),
        ("雇用は4.2万人増えた。", 42_000, "people", None),
        ("参加者は三十六名であった。", 36, "people", None),
        ("予算は百五十億円程度である。", 15_000_000_000, "JPY", "about"),
        ("研究者の数は二・五倍の差がある。", 2.5, "ratio", None),
        ("研究開発費は前年度比▲1.3％となった。", -1.3, "percent", None),
        ("参加企業は2,800社を超える。", 2800, "count", "over"),
        ("出荷額は全国の約3割を占める。", 30, "percent", "about"),
        ("出荷額は４０兆円余りである。", 40_000_000_000_000, "JPY", "over"),
        ("事業化の件数は300件近くに上った。", 300, "count", "almost"),
        ("参加大学は３００校以上である。", 300, "count", "at least"),
        ("研究拠点を十二か所に設けた。", 12, "count", None),
        ("全国17のプロジェクトが動いている。", 17, "count", None),
        ("愛知県は全国第1位である。", 1, "rank", None),
        ("支援期間は5年間とする。", 5, "years", None),
        ("面積は約780㎢である。", 780, "km2", "about"),
    ],
)
def test_numbers_units_and_hedges(
    sentence: str, value: float, unit: str, qualifier: str | None
) -> None:
    assert one(sentence) == (pytest.approx(value), unit, qualifier)


@pytest.mark.parametrize(
    "sentence",
    [
        "高度技術工業集積地域開発促進法（昭和58年法律第35号）の概要。",  # law number (the year dates nothing)
        "第3期科学技術基本計画では地域の強化が掲げられた。",
        "第Ⅲ期の計画では地域の強化が掲げられた。",
        "詳しくは第2-3-1図を参照されたい。",
        "詳しくは図表4を参照されたい。",
        "地域の強化が掲げられた[4]。",
        "21世紀型の産業集積を目指す。",
        "文部科学省は2日、対象の拡大を発表した。",
        "六十年代の後半に向けて検討する。",
        "1地域あたりの支援を拡充する。",
    ],
)
def test_not_facts(sentence: str) -> None:
    facts = [f for f in facts_in_text(sentence) if f.unit != "year"]
    assert facts == [], [(sentence[f.start : f.end], f.value, f.unit) for f in facts]


def test_law_number_is_not_a_fact_but_its_year_dates_the_law() -> None:
    text = "高度技術工業集積地域開発促進法（昭和58年法律第35号）が制定された。"
    facts = facts_in_text(text)
    assert [(f.value, f.unit) for f in facts] == [(1983, "year")]


def marks(text: str) -> list[tuple[str, int, int | None, bool]]:
    return [
        (text[y.start : y.end], y.first, y.last, y.fiscal) for y in year_marks(text, 0, len(text))
    ]


@pytest.mark.parametrize(
    ("text", "first", "last", "fiscal"),
    [
        ("明治元年", 1868, 1868, False),
        ("大正15年", 1926, 1926, False),
        ("昭和元年", 1926, 1926, False),  # 1926 is the last of Taishō and the first of Shōwa
        ("昭和62年", 1987, 1987, False),
        ("昭和64年", 1989, 1989, False),  # the last year of Shōwa: seven days of it
        ("平成元年", 1989, 1989, False),
        ("平成31年", 2019, 2019, False),
        ("令和元年", 2019, 2019, False),
        ("令和2年", 2020, 2020, False),
        ("平成31年度", 2019, 2019, True),  # FY2019 began under Heisei and ended under Reiwa
        ("令和元年度", 2019, 2019, True),
        ("2012年度", 2012, 2012, True),
        ("平成24年度", 2012, 2012, True),
        ("H25", 2013, 2013, False),
        ("2011~2015年度", 2011, 2015, True),
        ("２０１１～２０１５年度", 2011, 2015, True),
        ("平成23年度から平成27年度まで", 2011, 2015, True),
        ("平成18年度～22年度", 2006, 2010, True),
    ],
)
def test_era_and_fiscal_years(text: str, first: int, last: int, fiscal: bool) -> None:
    from pipelines.extracted.facts import mask_for_facts

    masked = mask_for_facts(text)  # full-width digits and marks read as ASCII, same offsets
    assert marks(masked) == [(masked, first, last, fiscal)]


def test_fiscal_year_across_the_calendar_year() -> None:
    assert fiscal_year(2008, 4) == 2008
    assert fiscal_year(2009, 3) == 2008  # March 2009 closes FY2008
    assert fiscal_year(2020, 1) == 2019  # January of Reiwa 2 lies in FY Reiwa 1
    text = "平成19年3月末時点で17のプロジェクトがある。同年度の関連予算は約600億円であった。"
    budget = [f for f in facts_in_text(text) if f.unit == "JPY"]
    assert [(f.period_start, f.period_end) for f in budget] == [(2006, 2006)]


def test_era_less_years_take_the_era_the_text_speaks_of() -> None:
    text = (
        "法は昭和五十八年に制定された。五十八年から六十一年までの間に出荷額は約一・四倍に伸びた。"
    )
    ratio = [f for f in facts_in_text(text) if f.unit == "ratio"]
    assert [(f.value, f.period_start, f.period_end) for f in ratio] == [(1.4, 1983, 1986)]
    # with no era named, 二十年 is a span of time, not a year
    assert [(f.value, f.unit) for f in facts_in_text("設立から二十年を迎えた。")] == [(20, "years")]
    assert year_marks("六十二年の四月には", 0, 9) == []


def test_a_year_that_dates_an_event_is_a_year_fact_with_its_event() -> None:
    facts = facts_in_text("経済産業省は、平成13年度に産業クラスター計画を開始した。")
    assert [(f.value, f.unit, f.subject) for f in facts] == [
        (2001, "year", "経済産業省は、産業クラスター計画を開始した")
    ]
    # 同年 is the year just named: the count's period, not a fact of its own
    facts = facts_in_text("昭和62年に計画が始まった。同年に12か所の拠点ができた。")
    assert [(f.value, f.unit, f.period_start) for f in facts] == [
        (1987, "year", 1987),
        (12, "count", 1987),
    ]


def test_places_in_kanji_match_the_english_ones() -> None:
    pairs = [
        ("岩手県", "Iwate Prefecture"),
        ("岩手", "Iwate"),
        ("東京都", "Tokyo Prefecture"),
        ("北海道", "Hokkaido"),
        ("東北", "Tohoku"),
        ("九州地方", "Kyushu"),
        ("仙台市", "Sendai"),
        ("米国", "United States"),
    ]
    for ja, en in pairs:
        (p_ja,) = find_places(ja)
        (p_en,) = find_places(en)
        assert (p_ja.code, p_ja.end) == (p_en.code, len(ja)), (ja, en)
    assert [p.code for p in find_places("中国地方と中国")] == ["Chugoku", "CN"]
    assert [p.code for p in find_places("東京都と京都府")] == ["JP-13", "JP-26"]


def test_japanese_and_english_names_are_one_entity() -> None:
    texts = {
        "ja": "経済産業省は産業クラスター計画を、文部科学省は知的クラスター創成事業を進めた。",
        "en": "METI ran the Industrial Cluster Program and MEXT the Knowledge Cluster Initiative.",
    }
    mentions = find_mentions(REPO / "raw" / "curation" / "entities.yaml", texts)
    by_doc = {d: sorted(mentions[mentions["doc_id"] == d]["entity_id"]) for d in texts}
    assert (
        by_doc["ja"]
        == by_doc["en"]
        == [
            "industrial-cluster-program",
            "knowledge-cluster-initiative",
            "meti",
            "mext",
        ]
    )


def test_language_is_detected() -> None:
    assert detect_language("テクノポリス法は昭和58年に制定された。") == "ja"
    assert detect_language("The Technopolis Law was enacted in 1983 and the programme ran.") == "en"
    assert detect_language("Die Stadt wächst schnell, sagte er gestern.") is None


@pytest.fixture(scope="module")
def labelled():  # type: ignore[no-untyped-def]
    documents, docs = load_labels()
    return documents, extract_frames(list(docs.values()))


@pytest.mark.parametrize("tuning", [True, False], ids=["tuned", "kept-out"])
def test_labelled_documents(labelled, tuning: bool) -> None:  # type: ignore[no-untyped-def]
    documents, frames = labelled
    group = [d for d in documents if d.tuning == tuning]
    s = score(group, frames.facts)
    precision, recall = prf(s.matched, s.predicted, s.gold)
    assert precision >= 0.95 and recall >= 0.95, s.differences
    assert s.period_ok == s.period_n and s.geo_ok == s.geo_n, s.differences
    assert not_facts_found(group, frames.facts) == []


def test_labelled_documents_keep_exact_spans_places_and_entities(labelled) -> None:  # type: ignore[no-untyped-def]
    documents, frames = labelled
    _, docs = load_labels()
    facts = frames.facts
    for doc_id, doc in docs.items():
        rows = facts[facts["doc_id"] == doc_id]
        assert len(rows) > 0
        for r in rows.itertuples():
            assert doc.text[r.char_start : r.char_end] == r.quote
        assert doc.metadata["language"] == "ja"
    entities = REPO / "raw" / "curation" / "entities.yaml"
    for d in documents:
        text = docs[d.passage.doc_id].text
        found = {(p.name, p.code) for p in find_places(text)}
        assert {tuple(p) for p in d.places} <= found, d.file
        mentioned = set(find_mentions(entities, {"d": text})["entity_id"])
        assert set(d.entities) <= mentioned, d.file


def test_japanese_layout_blocks() -> None:
    from pipelines.extracted.structure.structure import parse_structure

    text = (REPO / "tests/fixtures/documents/ja/hakusho_cluster_policy.txt").read_text(
        encoding="utf-8"
    )
    blocks = [(b.kind, b.text) for b in parse_structure(text).blocks]
    kinds = dict((t, k) for k, t in blocks)
    assert kinds["第2章 地域イノベーションの推進"] == "heading"
    assert kinds["【産業クラスター計画の概要】"] == "heading"
    assert kinds["（1）計画の経緯"] == "heading"
    assert kinds["図表2-3-1 産業クラスター計画の参加企業数の推移"] == "figure_caption"
    assert kinds["- 15 -"] == "page_number"
    # lines of one paragraph read as one block, sentence ends and all
    para = next(t for k, t in blocks if t.startswith("経済産業省は"))
    assert "20年間" in para and "600億円" in para
    slide = (REPO / "tests/fixtures/documents/ja/slide_regional_innovation.md").read_text(
        encoding="utf-8"
    )
    items = [
        t for k, t in ((b.kind, b.text) for b in parse_structure(slide).blocks) if k == "list_item"
    ]
    assert "1988年：頭脳立地法の制定" in items and "研究者の数は首都圏の二・五倍の差" in items
