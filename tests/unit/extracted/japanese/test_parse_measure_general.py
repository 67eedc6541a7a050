"""What a Japanese number measures in forms every kind of document uses, read from the parse
rather than from words: a row's label parted by a wide blank, a label opening brackets, a rank
said by what it ranks in, a ratio's base, a per-unit amount, the topic a number is said of, the
clause that names what is counted, a year's event under a topic. Sentences written for these
tests."""

from __future__ import annotations

from pipelines.extracted.fact import Fact
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.parse_route import parse_measures


def _measures(sentence: str) -> dict[str, str | None]:
    facts: list[Fact] = facts_in_text(sentence)
    parse_measures(sentence, [(0, len(sentence), facts)])
    return {sentence[f.start : f.end]: f.measure for f in facts}


def test_a_label_that_opens_the_brackets_names_the_number_in_them() -> None:
    got = _measures("調査票の回収数は640件（回収率42.5%）であった。")
    assert got["42.5%"] == "回収率"
    assert got["640件"] == "調査票の回収数"


def test_a_span_word_before_a_count_names_nothing() -> None:
    got = _measures("技術指導は年間200件以上行われている。")
    assert got["200件"] == "技術指導数"


def test_a_rank_is_of_what_it_is_ranked_in() -> None:
    got = _measures("本市は製造品出荷額で県内2位である。")
    assert "製造品出荷額" in str(got["2位"])


def test_a_rank_in_brackets_after_a_count_ranks_that_count() -> None:
    got = _measures("・県内の企業立地件数　　58件（全国7位）")
    assert str(got["7位"]).endswith("企業立地件数の全国順位")


def test_a_lone_kanji_numeral_parted_from_the_word_after_it_is_a_mark() -> None:
    got = _measures("〇 県の研究開発費　　215億円")
    assert list(got) == ["215億円"]


def test_a_number_the_predicate_reaches_with_a_noun_of_its_own_is_of_the_topic() -> None:
    got = _measures("利用者数が目標の1万2千人を上回った。")
    assert got["1万2千人"] == "目標の利用者数"


def test_a_ratio_is_the_topics_ratio_to_the_base_its_no_names() -> None:
    got = _measures("本県の開業率は全国平均の1.2倍である。")
    assert str(got["1.2倍"]).endswith("県の開業率の倍率（全国平均比）")


def test_an_amount_per_unit_with_no_amount_word_is_the_units_share_of_the_topic() -> None:
    got = _measures("助成金の上限額は1団体当たり300万円とする。")
    assert got["300万円"] == "1団体当たりの助成金の上限額"


def test_a_count_of_the_subject_of_a_content_verb_is_named_by_its_clause() -> None:
    got = _measures("市内には海外から30社の企業が進出している。")
    assert got["30社"] == "市内に進出している企業数"


def test_a_count_of_people_named_by_its_clause_is_a_number_of_people() -> None:
    got = _measures("公開講座には延べ450名が参加した。")
    assert got["450名"] == "公開講座に参加した人数"


def test_a_year_with_no_subject_of_its_own_dates_the_event_of_the_topic() -> None:
    got = _measures("この条例は平成十二年に制定されたものであり、その後二度改正された。")
    assert got["平成十二年"] == "この条例の制定"


def test_a_predicate_written_right_before_a_noun_is_its_clause() -> None:
    got = _measures("平成五年度末までに県外へ移転いたしました工場は、約六百件でございます。")
    assert "県外へ移転いたしました工場" in str(got["六百件"])


def test_a_bare_amount_topic_is_of_the_theme_that_opens_the_sentence() -> None:
    got = _measures("筑波研究学園都市は、茨城県南部に位置し、面積は約2,700ヘクタールである。")
    assert got["2,700ヘクタール"] == "筑波研究学園都市の面積"


def test_a_hedge_after_a_number_names_nothing() -> None:
    assert _measures("セミナーには延べ120名程度が参加した。")["120名"] == "セミナーに参加した人数"
    got = _measures("相談会には延べ300件程度の相談が寄せられた。")
    assert got["300件"] == "相談会に寄せられた相談数"


def test_a_share_of_what_a_uchi_names_is_of_those_its_clause_speaks_of() -> None:
    got = _measures("調査では、回答した企業のうち6割程度が人材不足と答えた。")
    assert got["6割"] == "回答した企業のうち人材不足と答えた割合"


def test_a_total_compounded_with_an_amount_of_a_noun_is_that_nouns() -> None:
    got = _measures("県は総額30億円の基金を設けた。")
    assert got["30億円"] == "基金の総額"
