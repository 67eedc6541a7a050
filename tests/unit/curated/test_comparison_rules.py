"""fact_comparisons' rules on small frames of made-up facts and event passages: what makes two
numbers the same measure of the same entity, and which verdict a reader would give."""

from __future__ import annotations

from typing import Any

import pandas as pd

from benchmarks.comparison_accuracy import _holds
from pipelines.curated.comparison_rows import measure_key
from pipelines.curated.comparisons import same_measure_pairs, same_periods
from pipelines.curated.event_comparisons import entity_starts, named_years
from pipelines.curated.passage_checks import totals_of_parts

_FACT = {
    "fact_id": None, "doc_id": "doc-a", "block_id": "blk_1", "table_id": None,
    "value": 0.0, "value_low": None, "unit": "count", "qualifier": None, "measure": None,
    "period_start": None, "period_end": None, "geography": "JP", "sentence": "",
    "char_start": 0, "char_end": 0, "quote": "", "entity_id": None,
}  # fmt: skip


def facts(*rows: dict[str, Any]) -> pd.DataFrame:
    """Facts with the defaults above; `quote` is found in `sentence` for the offsets."""
    out = []
    for k, r in enumerate(rows):
        f = {**_FACT, "fact_id": f"fct_{k}", **r}
        at = str(f["sentence"]).find(str(f["quote"]))
        f["char_start"], f["char_end"] = 1000 * k + at, 1000 * k + at + len(str(f["quote"]))
        out.append(f)
    frame = pd.DataFrame(out)
    frame["period_start"] = frame["period_start"].astype("Int64")
    frame["period_end"] = frame["period_end"].astype("Int64")
    return frame


def verdicts(rows: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return sorted((r["quote"], r["quote_b"], r["verdict"]) for r in rows)


def test_one_sentence_that_moves_from_one_number_to_another_is_a_change() -> None:
    said = "The output of the valley grew from 12.5% in 2011 to 20.5% in 2016."
    fell = "Orders had been about 40% in the old days but fell to around 25% lately."
    parts = "Of the 30 firms, 12 firms export."
    got = same_measure_pairs(
        facts(
            {
                "sentence": said,
                "quote": "12.5%",
                "value": 12.5,
                "unit": "percent",
                "measure": "output share",
                "period_start": 2011,
            },
            {
                "sentence": said,
                "quote": "20.5%",
                "value": 20.5,
                "unit": "percent",
                "measure": "output share",
                "period_start": 2016,
            },
            {
                "sentence": fell,
                "quote": "40%",
                "value": 40.0,
                "unit": "percent",
                "measure": "orders",
                "block_id": "blk_2",
                "qualifier": "about",
            },
            {
                "sentence": fell,
                "quote": "25%",
                "value": 25.0,
                "unit": "percent",
                "measure": "orders",
                "block_id": "blk_2",
                "qualifier": "about",
            },
            {
                "sentence": parts,
                "quote": "30",
                "value": 30.0,
                "measure": "firms",
                "block_id": "blk_3",
            },
            {
                "sentence": parts,
                "quote": "12",
                "value": 12.0,
                "measure": "firms",
                "block_id": "blk_3",
            },
        )  # fmt: skip
    )
    assert verdicts(got) == [("12.5%", "20.5%", "changed"), ("40%", "25%", "changed")]


def test_numbers_of_successive_phases_in_one_cell_are_a_series() -> None:
    cell = "Stage 1: 11 schemes Stage 2: 14 schemes"
    got = same_measure_pairs(
        facts(
            {
                "sentence": cell,
                "quote": "11",
                "value": 11.0,
                "measure": "schemes",
                "entity_id": "valley-programme",
                "block_id": None,
                "table_id": "tbl_1",
            },
            {
                "sentence": cell,
                "quote": "14",
                "value": 14.0,
                "measure": "schemes",
                "entity_id": "valley-programme",
                "block_id": None,
                "table_id": "tbl_1",
            },
        )  # fmt: skip
    )
    assert verdicts(got) == [("11", "14", "changed")]


def test_an_entitys_places_compare_by_the_head_noun_of_the_measure() -> None:
    """Sites, towns and locations of one programme count places: the same count agrees, each
    document's first statement (its dated one first) against the others' and its own later."""
    rows = facts(
        {"doc_id": "doc-a", "sentence": "The scheme named 31 sites for factories in 1990.",
         "quote": "31", "value": 31.0, "measure": "sites for factories", "period_start": 1990,
         "entity_id": "valley-scheme"},
        {"doc_id": "doc-a", "sentence": "Its 31 chosen locations stayed poor.", "quote": "31",
         "value": 31.0, "measure": "chosen locations", "entity_id": "valley-scheme",
         "block_id": "blk_2"},
        {"doc_id": "doc-b", "sentence": "By 1995, 31 towns had joined.", "quote": "31",
         "value": 31.0, "measure": "towns", "entity_id": "valley-scheme", "block_id": "blk_3"},
        {"doc_id": "doc-b", "sentence": "Another 31 towns elsewhere.", "quote": "31",
         "value": 31.0, "measure": "towns", "entity_id": "other-scheme", "block_id": "blk_4"},
    )  # fmt: skip
    got = same_measure_pairs(rows)
    pairs = sorted((r["char_start"], r["char_start_b"], r["verdict"]) for r in got)
    sites, locations, towns = (int(rows["char_start"][k]) for k in range(3))
    assert pairs == [(sites, locations, "agree"), (sites, towns, "agree")]


def test_a_fact_without_an_entity_meets_the_same_measure_of_one_with_an_entity() -> None:
    said = "The hub is expected to create 40 jobs by 2030."
    got = same_measure_pairs(
        facts(
            {
                "sentence": said,
                "quote": "40",
                "value": 40.0,
                "measure": "jobs",
                "period_start": 2030,
                "entity_id": "harbour-hub",
            },
            {
                "sentence": said,
                "quote": "40",
                "value": 40.0,
                "measure": "jobs",
                "period_start": 2030,
                "block_id": "blk_2",
            },
            {
                "sentence": "The two clusters met.",
                "quote": "two",
                "value": 2.0,
                "measure": "clusters",
                "entity_id": "harbour-hub",
                "block_id": "blk_3",
            },
            {
                "sentence": "The two clusters signed.",
                "quote": "two",
                "value": 2.0,
                "measure": "clusters",
                "entity_id": "harbour-hub",
                "block_id": "blk_4",
            },
        )  # fmt: skip
    )
    assert verdicts(got) == [("40", "40", "agree")]


def test_the_same_span_of_years_of_one_entity_agrees() -> None:
    got = same_periods(
        facts(
            {
                "sentence": "The plan ran in the period from 1991 to 1995.",
                "quote": "1991 to 1995",
                "value": 1991.0,
                "unit": "year",
                "period_start": 1991,
                "period_end": 1995,
                "entity_id": "river-plan",
            },
            {
                "sentence": "River Plan (1991–1995)",
                "quote": "1991–1995",
                "value": 1991.0,
                "unit": "year",
                "period_start": 1991,
                "period_end": 1995,
                "entity_id": "river-plan",
                "block_id": None,
                "table_id": "tbl_1",
            },
            {
                "sentence": "A term (1991–1996)",
                "quote": "1991–1996",
                "value": 1991.0,
                "unit": "year",
                "period_start": 1991,
                "period_end": 1996,
                "entity_id": "river-plan",
                "block_id": "blk_3",
            },
        )  # fmt: skip
    )
    assert verdicts(got) == [("1991 to 1995", "1991–1995", "agree")]


_SOURCE = {"source_kind": "paragraph", "end_year": None, "event_type": None, "fact_id": None}


def sources(*rows: dict[str, Any]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {**_SOURCE, "source_id": f"src_{k}", "canonical": r["event"], "quote": r["event"], **r}
            for k, r in enumerate(rows)
        ]
    )


def test_one_entitys_start_under_two_events_in_one_year_agrees() -> None:
    """A law enacted and its programme launched the same year, a programme and its first phase;
    a second phase, another year or another entity is no pair."""
    events = sources(
        {"doc_id": "doc-a", "char_start": 10, "char_end": 60, "event": "Valley Law",
         "kind": "enacted", "year": 1985, "event_id": "evt_law", "entity_id": None,
         "fact_id": "fct_0"},
        {"doc_id": "doc-b", "char_start": 5, "char_end": 50, "event": "Valley programme",
         "kind": "launched", "year": 1985, "event_id": "evt_prog", "entity_id": "valley"},
        {"doc_id": "doc-b", "char_start": 90, "char_end": 120, "event": "Valley Term I",
         "kind": "phase_started", "year": 1985, "event_id": "evt_t1", "entity_id": "valley"},
        {"doc_id": "doc-b", "char_start": 130, "char_end": 160, "event": "Valley Term II",
         "kind": "phase_started", "year": 1990, "event_id": "evt_t2", "entity_id": "valley"},
        {"doc_id": "doc-c", "char_start": 0, "char_end": 30, "event": "Hill Law",
         "kind": "enacted", "year": 1985, "event_id": "evt_hill", "entity_id": "hill"},
    )  # fmt: skip
    linked = facts({"fact_id": "fct_0", "entity_id": "valley"})
    got = entity_starts(events, linked.assign(fact_id="fct_0"))
    assert sorted((r["doc_id"], r["char_start"], r["char_start_b"]) for r in got) == [
        ("doc-a", 10, 5),
        ("doc-b", 5, 90),
    ]


def test_a_year_in_a_sentence_naming_a_dated_event_agrees() -> None:
    events = sources(
        {"doc_id": "doc-a", "char_start": 0, "char_end": 40, "event": "Law on Mountain Roads",
         "kind": "enacted", "year": 1977, "event_id": "evt_roads", "entity_id": None},
        {"doc_id": "doc-a", "char_start": 50, "char_end": 70, "event": "MRA",
         "kind": "established", "year": 1977, "event_id": "evt_mra", "entity_id": None},
    )  # fmt: skip
    named = "Paths were paved by 1977 under the Law on Mountain Roads (LMR)."
    other = "In 1977 the MRA was busy with other work."
    got = named_years(
        events,
        facts(
            {
                "doc_id": "doc-b",
                "sentence": named,
                "quote": "1977",
                "value": 1977.0,
                "unit": "year",
                "period_start": 1977,
            },
            {
                "doc_id": "doc-b",
                "sentence": other,
                "quote": "1977",
                "value": 1977.0,
                "unit": "year",
                "period_start": 1977,
            },
            {
                "doc_id": "doc-b",
                "sentence": named.replace("1977", "1978"),
                "quote": "1978",
                "value": 1978.0,
                "unit": "year",
                "period_start": 1978,
            },
        ),  # fmt: skip
    )
    assert [(r["char_start"], r["quote_b"], r["verdict"]) for r in got] == [(0, "1977", "agree")]


def test_a_line_break_inside_a_locator_is_part_of_it() -> None:
    text = "It ran for two years.\nNext line.\nIt ran for two years. Then more."
    want = {"doc": "d", "quote": "two years.\n"}
    at = text.find("two years")
    assert _holds("d", at, at + len("two years"), want, {"d": text})
    assert not _holds("d", text.find("Then"), text.find("Then") + 4, want, {"d": text})


def test_a_part_of_a_named_whole_is_no_pair_for_a_new_count_of_the_same_number() -> None:
    """`Of these 20 farms, six joined in 2019` counts a part; `six farms` on the hills is another
    count that happens to be equal. A later `the six farms` may refer back to the part."""
    part = "Of these 20 farms, six joined the cooperative in 2019."
    rows = facts(
        {"sentence": part, "quote": "six", "value": 6.0, "measure": "farms",
         "period_start": 2019, "entity_id": "valley-coop"},
        {"sentence": "On the hills there are six farms of the cooperative.", "quote": "six",
         "value": 6.0, "measure": "farms", "entity_id": "valley-coop", "block_id": "blk_2"},
        {"sentence": "Among the six farms, one grows rice.", "quote": "six", "value": 6.0,
         "measure": "farms", "entity_id": "valley-coop", "block_id": "blk_3"},
    )  # fmt: skip
    got = same_measure_pairs(rows)
    pairs = sorted((r["char_start"], r["char_start_b"], r["verdict"]) for r in got)
    joined, hills, among = (int(rows["char_start"][k]) for k in range(3))
    assert (joined, hills, "agree") not in pairs and (hills, joined, "agree") not in pairs
    assert (joined, among, "agree") in pairs


def test_a_documents_table_row_is_its_first_start_and_a_sentence_of_another_start_is_no_name() -> (
    None
):
    """The start year a table states is the document's own for the pairs across documents (a
    heading's `since` only hints at it); a sentence that is itself a dated start of the same
    entity and year is entity_starts' pair, not a second one by name."""
    events = sources(
        {"doc_id": "doc-a", "char_start": 0, "char_end": 200, "event": "Valley Fund project",
         "kind": "launched", "year": 2004, "event_id": "evt_a", "entity_id": "valley"},
        {"doc_id": "doc-b", "char_start": 5, "char_end": 50, "event": "Valley fund policy",
         "kind": "launched", "year": 2004, "event_id": "evt_b", "entity_id": "valley",
         "source_kind": "heading"},
        {"doc_id": "doc-b", "char_start": 90, "char_end": 120, "event": "Valley Fund Phase 1",
         "kind": "phase_started", "year": 2004, "event_id": "evt_c", "entity_id": "valley",
         "source_kind": "table_row"},
    )  # fmt: skip
    said = facts(
        {"doc_id": "doc-a", "sentence": "The town opened the Valley Fund project in 2004.",
         "quote": "2004", "value": 2004.0, "unit": "year", "period_start": 2004},
    )  # fmt: skip
    got = entity_starts(events, said)
    assert sorted((r["doc_id"], r["char_start"], r["char_start_b"]) for r in got) == [
        ("doc-a", 0, 90),
        ("doc-b", 90, 5),
    ]
    assert named_years(events, said) == []


def test_a_count_against_the_counts_of_its_bracket_whatever_their_nouns() -> None:
    """`40 farms (31 small holdings, 9 estates)`: the bracket breaks the count down though its
    nouns differ; a bracket with its own `Total` counts other things."""
    broken = "The valley has 40 farms (31 small holdings, 9 estates) on its slopes."
    totals = "Meetings were held in 12 towns (Total 300 farmers joined and 25 meetings were held)."
    rows = facts(
        {"sentence": broken, "quote": "40", "value": 40.0, "measure": "farms"},
        {"sentence": broken, "quote": "31", "value": 31.0, "measure": "small holdings"},
        {"sentence": broken, "quote": "9", "value": 9.0, "measure": "estates"},
        {"sentence": totals, "quote": "12", "value": 12.0, "measure": "towns", "block_id": "b2"},
        {"sentence": totals, "quote": "300", "value": 300.0, "measure": "farmers",
         "block_id": "b2"},
        {"sentence": totals, "quote": "25", "value": 25.0, "measure": "meetings", "block_id": "b2"},
    )  # fmt: skip
    got = totals_of_parts(rows)
    assert [(r["quote"], r["value_b"], r["verdict"]) for r in got] == [("40", 40.0, "agree")]


def test_the_parts_of_one_statement_summed_agree_with_a_whole_elsewhere() -> None:
    """`Closed 9 towns, Open 3 towns` is 12 towns of the first round; the second round's towns
    are another statement of the same sentence, not added in."""
    cell = "1) first round: Closed 9 towns, Open 3 towns 2nd round: Open 5 towns"
    part = {"doc_id": "doc-b", "sentence": cell, "measure": "towns", "entity_id": "fund",
            "block_id": None, "table_id": "tbl_1"}  # fmt: skip
    rows = facts(
        {"doc_id": "doc-a", "sentence": "The fund backs 12 valley towns.", "quote": "12",
         "value": 12.0, "measure": "valley towns", "entity_id": "fund"},
        {**part, "quote": "9", "value": 9.0},
        {**part, "quote": "3", "value": 3.0},
        {**part, "quote": "5", "value": 5.0},
    )  # fmt: skip
    got = [r for r in same_measure_pairs(rows) if r["verdict"] == "agree"]
    assert [(r["quote"], r["quote_b"], r["value_b"]) for r in got] == [("12", "3", 12.0)]


def test_a_qualifier_after_a_measure_does_not_part_two_counts_of_one_thing() -> None:
    # the same count told at two dates, once with where the items went and once under a
    # line's label: the qualifiers say which, not what is counted
    got = same_measure_pairs(
        facts(
            {"sentence": "In 2012, 40 wind turbines were installed.", "quote": "40",
             "value": 40.0, "measure": "wind turbines installed in Japan", "period_start": 2012},
            {"sentence": "Wind: 65 wind turbines in 2014.", "quote": "65", "value": 65.0,
             "measure": "wind turbines (Wind power market)", "period_start": 2014,
             "block_id": "blk_2"},
        )
    )  # fmt: skip
    assert verdicts(got) == [("40", "65", "changed")]


def test_a_participle_after_the_counted_noun_is_not_what_is_counted() -> None:
    assert measure_key("cities established") == measure_key("designated locations") == "places"
    assert measure_key("areas chosen for the call") == "places"
    assert measure_key("projects funded") == measure_key("projects") == "project"
