"""The kinds of comparison a researcher makes in any policy document, on made-up passages: a
share against the amounts it is computed from, a count that refers back against the count it
refers to, one statement said twice, a dated happening named alike twice, and which events
date an entity's start."""

from __future__ import annotations

from pipelines.curated.comparisons import same_measure_pairs
from pipelines.curated.count_references import referred_counts, referred_periods
from pipelines.curated.decade_starts import decade_starts, since_starts
from pipelines.curated.designations import designation_years
from pipelines.curated.event_comparisons import (
    alike_names,
    entity_starts,
    event_years,
    named_years,
    unnamed_years,
)
from pipelines.curated.named_spans import named_spans
from pipelines.curated.passage_checks import listed_parts, range_bounds, shares_of_totals
from pipelines.curated.top_ranks import top_ranks
from pipelines.curated.twice_dated import twice_dated
from tests.unit.curated.test_comparison_rules import facts, sources, verdicts


def test_a_share_agrees_with_the_part_and_whole_stated_near_it() -> None:
    """`sales of 8.4 billion yen ... exports of 2.1 billion yen, 25.0% of the total`: 2.1 / 8.4
    is 25.0%; a share no pair of amounts gives is not said to differ (it may be of others),
    and a change (`rose 25.0%`) that happens to equal the ratio is no share."""
    whole = "Sales of the valley's mills were 8.4 billion yen in 2019."
    part = "They include exports of 2.1 billion yen, 25.0% of the total, and 31.5% went by rail."
    rose = "Exports rose 25.0% on the year before."
    rows = facts(
        {"sentence": whole, "quote": "8.4 billion yen", "value": 8.4e9, "unit": "JPY"},
        {"sentence": part, "quote": "2.1 billion yen", "value": 2.1e9, "unit": "JPY"},
        {"sentence": part, "quote": "25.0%", "value": 25.0, "unit": "percent"},
        {"sentence": part, "quote": "31.5%", "value": 31.5, "unit": "percent"},
        {"sentence": rose, "quote": "25.0%", "value": 25.0, "unit": "percent"},
    )  # fmt: skip
    rows["char_start"] = [0, 100, 140, 180, 230]
    got = shares_of_totals(rows)
    assert verdicts(got) == [("25.0%", "2.1 billion yen", "agree")]
    assert "8.4 billion yen" in got[0]["note"]


def test_a_count_that_refers_back_meets_the_count_it_refers_to() -> None:
    """`these 7` picks up the seven zones just named: agree; `From these 12 farms` after `11
    farms` counts the one set two ways: a flag. A count far back, or one that sums the counts
    before it, is none."""
    zones = "The board marked 7 quiet zones along the river."
    back = "Fishing is banned in parts of these 7 from May."
    farms = "The survey found 11 organic farms in 2020."
    split = "From these 12 farms, five sell abroad."
    rows = facts(
        {"sentence": zones, "quote": "7", "value": 7.0, "measure": "quiet zones"},
        {"sentence": back, "quote": "7", "value": 7.0, "measure": "parts"},
        {"sentence": farms, "quote": "11", "value": 11.0, "measure": "organic farms"},
        {"sentence": split, "quote": "12", "value": 12.0, "measure": "farms"},
    )  # fmt: skip
    rows["char_start"] = [10, 90, 2000, 2080]
    rows["char_end"] = rows["char_start"] + rows["quote"].str.len()
    assert verdicts(referred_counts(rows)) == [
        ("11", "12", "inconsistent_within_document"),
        ("7", "7", "agree"),
    ]
    summed = facts(
        {"sentence": "The fund backs 9 river farms and 7 hill farms.", "quote": "9", "value": 9.0,
         "measure": "river farms"},
        {"sentence": "The fund backs 9 river farms and 7 hill farms.", "quote": "7", "value": 7.0,
         "measure": "hill farms"},
        {"sentence": "These 16 farms sell abroad.", "quote": "16", "value": 16.0,
         "measure": "farms"},
    )  # fmt: skip
    summed["char_start"] = [15, 33, 60]
    summed["char_end"] = summed["char_start"] + summed["quote"].str.len()
    assert referred_counts(summed) == []  # `These 16` sums the counts before it
    far = rows.assign(char_start=[10, 900, 2000, 2080])
    far["char_end"] = far["char_start"] + far["quote"].str.len()
    assert verdicts(referred_counts(far)) == [("11", "12", "inconsistent_within_document")]


def test_one_statement_said_twice_in_a_table_agrees_and_rows_of_their_own_do_not() -> None:
    said = "Valley Net is a leading network in the north with over 300 member firms and labs."
    again = "Valley Net: a leading network in the north with over 300 member firms and labs"
    other = "Hill Net gathers over 300 member firms and labs of the south"
    rows = facts(
        *(
            {"sentence": s, "quote": "300", "value": 300.0, "measure": "member firms",
             "qualifier": "over", "entity_id": "valley-net", "table_id": "tbl_1",
             "block_id": None}
            for s in (said, again, other)
        )
    )  # fmt: skip
    got = same_measure_pairs(rows)
    assert [(r["char_start"], r["char_start_b"], r["verdict"]) for r in got] == [
        (int(rows["char_start"][0]), int(rows["char_start"][1]), "agree")
    ]


def test_a_restatement_meets_the_statement_it_repeats_not_the_first_of_the_document() -> None:
    """Three `eight` of one programme's projects in one document: each against the one before
    it, so the rows follow the text (`of which eight ...`, later `of which eight ...`, then
    `Among the eight projects`)."""
    rows = facts(
        {"sentence": "It ran 20 projects of which 8 are with northern towns.", "quote": "8"},
        {"sentence": "In the north there are nine, of which eight are with river towns.",
         "quote": "eight", "block_id": "blk_2"},
        {"sentence": "Among the eight projects, two make boats.", "quote": "eight",
         "block_id": "blk_3"},
    )  # fmt: skip
    rows = rows.assign(value=8.0, measure="projects", entity_id="valley-fund")
    got = same_measure_pairs(rows)
    starts = [int(s) for s in rows["char_start"]]
    assert sorted((r["char_start"], r["char_start_b"]) for r in got) == [
        (starts[0], starts[1]),
        (starts[1], starts[2]),
    ]


def test_a_happening_no_event_was_read_from_agrees_when_named_alike_the_same_year() -> None:
    """`the 1998 flood` and `the Great River Flood of 1998`; `dam repairs planned for 2021` and
    `repairs of the dam scheduled for 2021`; a citation's year, another happening, or a body's
    name twice (`the Harbour Board ... since 2019`, `2019 May Harbour Board ...`) is none."""
    rows = facts(
        {"doc_id": "doc-a", "sentence": "After the 1998 flood, the town moved.", "quote": "1998",
         "value": 1998.0, "unit": "year", "measure": "flood", "period_start": 1998},
        {"doc_id": "doc-b", "sentence": "The Great River Flood of 1998 hit the town.",
         "quote": "1998", "value": 1998.0, "unit": "year", "measure": "Great River Flood",
         "period_start": 1998},
        {"doc_id": "doc-b", "sentence": "Smith (1998) wrote on it.", "quote": "1998",
         "value": 1998.0, "unit": "year", "measure": "publication year of a cited work",
         "period_start": 1998, "block_id": "blk_2"},
        {"doc_id": "doc-b", "sentence": "A harbour fire broke out in 1998.", "quote": "1998",
         "value": 1998.0, "unit": "year", "measure": "harbour fire", "period_start": 1998,
         "block_id": "blk_3"},
        {"doc_id": "doc-a", "sentence": "Dam repairs are planned for 2021.", "quote": "2021",
         "value": 2021.0, "unit": "year", "measure": "planned date of dam repairs",
         "period_start": 2021, "block_id": "blk_4"},
        {"doc_id": "doc-b", "sentence": "Repairs of the dam are scheduled for 2021.",
         "quote": "2021", "value": 2021.0, "unit": "year",
         "measure": "scheduled date of repairs of the dam", "period_start": 2021,
         "block_id": "blk_5"},
        {"doc_id": "doc-a", "sentence": "The Harbour Board has run the ferry since 2019.",
         "quote": "2019", "value": 2019.0, "unit": "year", "measure": "start of Harbour Board",
         "period_start": 2019, "block_id": "blk_6"},
        {"doc_id": "doc-b", "sentence": "2019 May Harbour Board opened an office", "quote": "2019",
         "value": 2019.0, "unit": "year", "measure": "May Harbour Board", "period_start": 2019,
         "block_id": "blk_7"},
    )  # fmt: skip
    read = sources(
        {"doc_id": "doc-c", "char_start": 0, "char_end": 9, "event": "Dam Law", "kind": "enacted",
         "year": 1998, "event_id": "evt_dam", "entity_id": None, "fact_id": "fct_9"},
    )  # fmt: skip
    got = unnamed_years(read, rows)
    assert [(r["doc_id"], r["doc_id_b"], r["quote"], r["verdict"]) for r in got] == [
        ("doc-a", "doc-b", "1998", "agree"),
        ("doc-a", "doc-b", "2021", "agree"),
    ]
    assert got[0]["quote_b"] == "1998" and got[0]["char_start_b"] == int(rows["char_start"][1])


def test_a_body_set_up_under_a_programme_or_a_count_of_its_projects_is_no_start_of_it() -> None:
    """`nine projects of the Valley programme were started in 2015` and `a boat hub was created in
    2015` (its fact linked to the programme by nearness) date their own starts, not the
    programme's; the law that founds the programme the same year still does."""
    events = sources(
        {"doc_id": "doc-a", "char_start": 10, "char_end": 60,
         "event": "nine projects of Valley programme", "kind": "launched", "year": 2015,
         "event_id": "evt_nine", "entity_id": "valley"},
        {"doc_id": "doc-a", "char_start": 200, "char_end": 260,
         "event": "boat hub between the Quay Office and the River Centre", "kind": "established",
         "year": 2015, "event_id": "evt_hub", "entity_id": None, "fact_id": "fct_0"},
        {"doc_id": "doc-b", "char_start": 0, "char_end": 40, "event": "Valley Law",
         "kind": "enacted", "year": 2007, "event_id": "evt_law", "entity_id": None,
         "fact_id": "fct_1"},
        {"doc_id": "doc-b", "char_start": 90, "char_end": 140, "event": "Valley programme",
         "kind": "launched", "year": 2007, "event_id": "evt_prog", "entity_id": "valley"},
    )  # fmt: skip
    linked = facts({"entity_id": "valley"}, {"entity_id": "valley"})
    got = entity_starts(events, linked)
    assert sorted((r["doc_id"], r["char_start"], r["char_start_b"]) for r in got) == [
        ("doc-b", 0, 90)
    ]


def test_a_name_written_in_another_word_order_names_the_dated_event() -> None:
    """A table's `Council for Harbour and Fishing Policy` set up in 1990 and a sentence's `set up
    a Harbour and Fishing Policy Council` in 1990; two words in another order name too little."""
    events = sources(
        {"doc_id": "doc-a", "char_start": 0, "char_end": 50,
         "event": "Council for Harbour and Fishing (CHFP) Policy", "kind": "established",
         "year": 1990, "event_id": "evt_council", "entity_id": None, "source_kind": "table_row"},
        {"doc_id": "doc-a", "char_start": 60, "char_end": 90, "event": "Council for Fishing",
         "kind": "established", "year": 1991, "event_id": "evt_fish", "entity_id": None,
         "source_kind": "table_row"},
    )  # fmt: skip
    said = "The Plan, published in 1990, set up a Harbour and Fishing Policy Council in town."
    other = "In 1991 the town set up a Fishing Council for the bay."
    rows = facts(
        {"doc_id": "doc-b", "sentence": said, "quote": "1990", "value": 1990.0, "unit": "year",
         "period_start": 1990},
        {"doc_id": "doc-b", "sentence": other, "quote": "1991", "value": 1991.0, "unit": "year",
         "period_start": 1991, "block_id": "blk_2"},
    )  # fmt: skip
    got = named_years(events, rows)
    assert [(r["char_start"], r["char_start_b"], r["verdict"]) for r in got] == [
        (0, int(rows["char_start"][0]), "agree")
    ]


def test_one_entitys_start_in_two_documents_is_one_row() -> None:
    """`Valley project launched in 2001` in one document, a heading's `Valley policy (since
    2001)` and a table's Phase 1 of 2001 in another: entity_starts sets the first against the
    table; the same two documents are not set side by side again by the name."""
    events = sources(
        {"doc_id": "doc-a", "char_start": 0, "char_end": 40, "event": "Valley project",
         "kind": "launched", "year": 2001, "event_id": "evt_a", "entity_id": "valley"},
        {"doc_id": "doc-b", "char_start": 5, "char_end": 30, "event": "Valley policy",
         "kind": "launched", "year": 2001, "event_id": "evt_b", "entity_id": None,
         "fact_id": "fct_0", "source_kind": "heading"},
        {"doc_id": "doc-b", "char_start": 90, "char_end": 120, "event": "Valley Program Phase 1",
         "kind": "phase_started", "year": 2001, "event_id": "evt_c", "entity_id": "valley",
         "source_kind": "table_row"},
    )  # fmt: skip
    linked = facts({"entity_id": "valley"})
    assert event_years(events, linked) == []
    got = entity_starts(events, linked)
    assert sorted((r["doc_id"], r["char_start"], r["char_start_b"]) for r in got) == [
        ("doc-a", 0, 90),
        ("doc-b", 90, 5),
    ]


def test_a_decade_that_dates_a_start_holds_the_year_a_table_gives() -> None:
    """`launched the so-called Valley programme` in the 1980s holds the 1984 of the document's
    table; parks created *in* Valley towns in the 1980s date the parks, and the late 1980s do
    not hold 1984."""
    events = sources(
        {"doc_id": "doc-a", "char_start": 0, "char_end": 30, "event": "Valley programme",
         "kind": "launched", "year": 1984, "event_id": "evt_v", "entity_id": "valley",
         "source_kind": "table_row"},
    )  # fmt: skip
    said = "In the 1980s, the ministry launched the so-called Valley programme and chose 12 towns."
    parks = "During the 1980s many parks were created in Valley towns, 30 in all."
    late = "In the late 1980s the ministry launched the Valley programme in 14 towns."
    rows = facts(
        {"sentence": said, "quote": "12", "value": 12.0, "measure": "towns"},
        {"sentence": parks, "quote": "30", "value": 30.0, "measure": "parks", "block_id": "b2"},
        {"sentence": late, "quote": "14", "value": 14.0, "measure": "towns", "block_id": "b3"},
    ).assign(doc_id="doc-a")
    got = decade_starts(events, rows)
    at = int(rows["char_start"][0]) - said.find("12") + said.find("1980s")
    assert [(r["char_start"], r["char_start_b"], r["quote_b"], r["verdict"]) for r in got] == [
        (0, at, "1980s", "agree")
    ]


def test_a_value_that_names_a_bound_of_a_range_of_its_measure_agrees() -> None:
    """`Losses vary from 12.5% to 30.1%` and, further on, `the smallest loss, 12.5%, in the
    west`; a value of another measure that equals the bound is none."""
    spread = "Job losses by region vary from 12.5% to 30.1% over the decade."
    least = "The smallest loss of 12.5% was in the western valleys."
    other = "Exports grew 12.5% in the same years."
    rows = facts(
        {"sentence": spread, "quote": "12.5% to 30.1%", "value": 12.5, "value_low": 12.5,
         "value_high": 30.1, "unit": "percent", "measure": "losses by region"},
        {"sentence": least, "quote": "12.5%", "value": 12.5, "unit": "percent",
         "measure": "loss in west", "geography": "West"},
        {"sentence": other, "quote": "12.5%", "value": 12.5, "unit": "percent",
         "measure": "growth of exports"},
    )  # fmt: skip
    assert verdicts(range_bounds(rows)) == [("12.5% to 30.1%", "12.5%", "agree")]


def test_a_definite_period_of_years_meets_the_span_of_the_text_it_refers_to() -> None:
    """`the plan for 2011 to 2015` ... (a table) ... `over the whole five-year period`: the span
    of the text runs five years; the table's span set in between is not what it refers to, and
    an indefinite `a five-year period` refers to nothing."""
    plan = "The council ran its plan in the years from 2011 to 2015 with care."
    table = "Second plan (2016–20)"
    whole = "Over the whole five-year period it had no office of its own."
    some = "Prices rose 3% over a five-year period."
    rows = facts(
        {"sentence": plan, "quote": "2011 to 2015", "value": 2011.0, "unit": "year",
         "period_start": 2011, "period_end": 2015, "entity_id": "valley-plan"},
        {"sentence": table, "quote": "2016–20", "value": 2016.0, "unit": "year",
         "period_start": 2016, "period_end": 2020, "table_id": "tbl_1", "block_id": None},
        {"sentence": whole, "quote": "five-year", "value": 5.0, "unit": "years",
         "measure": "period", "block_id": "blk_2"},
        {"sentence": some, "quote": "five-year", "value": 5.0, "unit": "years",
         "measure": "period", "block_id": "blk_3"},
    )  # fmt: skip
    rows["char_start"] = [30, 400, 900, 1500]
    rows["char_end"] = rows["char_start"] + rows["quote"].str.len()
    got = referred_periods(rows)
    assert [(r["quote"], r["char_start_b"], r["verdict"]) for r in got] == [
        ("2011 to 2015", 900, "agree")
    ]


def test_a_span_a_sentence_gives_a_plan_it_names_short_agrees_with_the_plans_dates() -> None:
    """A table's `Fourth Harbour Development Plan (2011–15)`; `The Fourth Plan runs from 2011 to
    2015` agrees; a span the table does not give, or a sentence naming no plan, is none."""
    events = sources(
        {"doc_id": "doc-a", "char_start": 5000, "char_end": 5045,
         "event": "Fourth Harbour Development Plan", "kind": "approved", "year": 2011,
         "end_year": 2015, "event_id": "evt_4", "entity_id": None, "source_kind": "table_row"},
        {"doc_id": "doc-a", "char_start": 5050, "char_end": 5095,
         "event": "Fifth Harbour Development Plan", "kind": "approved", "year": 2016,
         "end_year": 2020, "event_id": "evt_5", "entity_id": None, "source_kind": "table_row"},
    )  # fmt: skip
    fourth = "The Fourth Plan runs from 2011 to 2015 and aims at 2% growth a year."
    fifth = "The Fifth Plan runs from 2016 to 2019 and aims at 3% growth a year."
    bare = "The plan ran from 2011 to 2015 with 4% growth a year."
    rows = facts(
        {
            "sentence": fourth,
            "quote": "2%",
            "value": 2.0,
            "unit": "percent",
            "period_start": 2011,
            "period_end": 2015,
        },
        {
            "sentence": fifth,
            "quote": "3%",
            "value": 3.0,
            "unit": "percent",
            "period_start": 2016,
            "period_end": 2019,
            "block_id": "blk_2",
        },
        {
            "sentence": bare,
            "quote": "4%",
            "value": 4.0,
            "unit": "percent",
            "period_start": 2011,
            "period_end": 2015,
            "block_id": "blk_3",
        },
    ).assign(doc_id="doc-a")
    got = named_spans(events, rows)
    at = int(rows["char_start"][0]) - fourth.find("2%") + fourth.find("2011")
    assert [(r["char_start"], r["char_start_b"], r["quote_b"], r["verdict"]) for r in got] == [
        (5000, at, "2011 to 2015", "agree")
    ]


def test_a_count_against_the_items_its_verb_lists() -> None:
    """`Its 12 trustees include the Mayor, three bankers and five members from farms and mills`:
    1 + 3 + 5 is less than 12 and `include` may list only some; `comprises` the same items is a
    flag; `with 40 members including 25 farms` lists one part only, nothing to sum."""
    include = (
        "Its 12 trustees include the Mayor, three bankers and five members from farms and mills."
    )
    comprise = "The board's 10 seats comprise the Mayor, three bankers and five members from farms."
    one = "The guild was set up with 40 members including 25 farms."
    rows = facts(
        {"sentence": include, "quote": "12", "value": 12.0, "measure": "trustees"},
        {"sentence": include, "quote": "three", "value": 3.0, "measure": "bankers"},
        {"sentence": include, "quote": "five", "value": 5.0, "measure": "members"},
        {"sentence": comprise, "quote": "10", "value": 10.0, "measure": "seats",
         "block_id": "blk_2"},
        {"sentence": comprise, "quote": "three", "value": 3.0, "measure": "bankers",
         "block_id": "blk_2"},
        {"sentence": comprise, "quote": "five", "value": 5.0, "measure": "members",
         "block_id": "blk_2"},
        {"sentence": one, "quote": "40", "value": 40.0, "measure": "members", "block_id": "blk_3"},
        {"sentence": one, "quote": "25", "value": 25.0, "measure": "farms", "block_id": "blk_3"},
    )  # fmt: skip
    got = listed_parts(rows)
    assert sorted((r["quote"], r["quote_b"], r["value_b"], r["verdict"]) for r in got) == [
        ("10", "five", 9.0, "inconsistent"),
        ("12", "five", 9.0, "cannot_tell"),
    ]


def test_within_a_document_each_start_meets_the_one_before_it() -> None:
    """A table's `Valley Program Phase 1 2004`, a heading's `Valley policy (since 2004)` and a
    sentence's `the valley scheme began in 2004`: the table row first, then each passage
    against the one before it, not all against the table."""
    events = sources(
        {"doc_id": "doc-a", "char_start": 900, "char_end": 940, "event": "Valley Program Phase 1",
         "kind": "phase_started", "year": 2004, "event_id": "evt_p1", "entity_id": "valley",
         "source_kind": "table_row"},
        {"doc_id": "doc-a", "char_start": 10, "char_end": 40, "event": "Valley policy",
         "kind": "launched", "year": 2004, "event_id": "evt_pol", "entity_id": "valley",
         "source_kind": "heading"},
        {"doc_id": "doc-a", "char_start": 3000, "char_end": 3050, "event": "valley scheme",
         "kind": "launched", "year": 2004, "event_id": "evt_sch", "entity_id": "valley"},
    )  # fmt: skip
    got = entity_starts(events, facts({"entity_id": "valley"}))
    assert sorted((r["char_start"], r["char_start_b"]) for r in got) == [(10, 3000), (900, 10)]


def test_counts_running_since_the_year_a_document_dates_a_start_agree_with_it() -> None:
    """`Started in 2006` and, further on, `210 firms (since 2006 to 2010)` of the same project;
    counts since another year, or of another entity, are none."""
    events = sources(
        {"doc_id": "doc-a", "char_start": 0, "char_end": 20, "event": "Bay Chip Project",
         "kind": "launched", "year": 2006, "event_id": "evt_bay", "entity_id": "bay-chip"},
    )  # fmt: skip
    firms = "210 firms (150 SMEs, 60 large firms since 2006 to 2010)"
    later = "Its 12 labs have run since 2008."
    other = "The port's 30 ships have sailed since 2006."
    rows = facts(
        {
            "sentence": firms,
            "quote": "210",
            "value": 210.0,
            "measure": "firms",
            "entity_id": "bay-chip",
            "period_start": 2006,
            "period_end": 2010,
        },
        {
            "sentence": later,
            "quote": "12",
            "value": 12.0,
            "measure": "labs",
            "entity_id": "bay-chip",
            "period_start": 2008,
            "block_id": "blk_2",
        },
        {
            "sentence": other,
            "quote": "30",
            "value": 30.0,
            "measure": "ships",
            "entity_id": "port",
            "period_start": 2006,
            "block_id": "blk_3",
        },
    ).assign(doc_id="doc-a")
    got = since_starts(events, rows)
    at = int(rows["char_start"][0]) - firms.find("210") + firms.find("since 2006")
    assert [(r["char_start"], r["char_start_b"], r["quote_b"], r["verdict"]) for r in got] == [
        (0, at, "since 2006", "agree")
    ]


def test_places_designated_in_one_year_against_a_table_dating_each_place() -> None:
    """`the board designated 12 towns` in 1990 in one document; another's table dates its towns
    1991-1993, one by one: cannot tell; a table of the same year agrees; one row is no table."""
    events = sources(
        {"doc_id": "doc-a", "char_start": 0, "char_end": 60, "event": "12 towns of Valley Plan",
         "kind": "designated", "year": 1990, "event_id": "evt_12", "entity_id": "valley"},
        {"doc_id": "doc-b", "char_start": 100, "char_end": 120, "event": "Oakford (North)",
         "kind": "approved", "year": 1992, "event_id": "evt_o", "entity_id": None,
         "fact_id": "fct_0", "source_kind": "table_row"},
        {"doc_id": "doc-b", "char_start": 130, "char_end": 150, "event": "Elmby (South)",
         "kind": "approved", "year": 1991, "event_id": "evt_e", "entity_id": None,
         "fact_id": "fct_1", "source_kind": "table_row"},
        {"doc_id": "doc-c", "char_start": 10, "char_end": 30, "event": "Ashton (West)",
         "kind": "approved", "year": 1990, "event_id": "evt_a", "entity_id": None,
         "fact_id": "fct_2", "source_kind": "table_row"},
        {"doc_id": "doc-c", "char_start": 40, "char_end": 60, "event": "Birch (East)",
         "kind": "approved", "year": 1993, "event_id": "evt_b", "entity_id": None,
         "fact_id": "fct_3", "source_kind": "table_row"},
        {"doc_id": "doc-d", "char_start": 10, "char_end": 30, "event": "Cray (West)",
         "kind": "approved", "year": 1995, "event_id": "evt_c", "entity_id": None,
         "fact_id": "fct_4", "source_kind": "table_row"},
    )  # fmt: skip
    linked = facts(*({"entity_id": "valley"} for _ in range(5)))
    got = designation_years(events, linked)
    assert [(r["doc_id_b"], r["char_start_b"], r["verdict"]) for r in got] == [
        ("doc-b", 130, "cannot_tell"),
        ("doc-c", 10, "agree"),
    ]


def test_a_top_position_in_words_against_the_rank_in_figures_is_a_change() -> None:
    """`From top position in 2001–04 the port slid to 9th place in 2012`: first, then ninth; a
    rank of the same year, or a sentence with no top in words, is none."""
    slid = "From top position in 2001–04 the port slid to 9th place in 2012 in the trade league."
    plain = "The port held 9th place in 2012 and 2001 was a good year."
    rows = facts(
        {"sentence": slid, "quote": "2001–04", "value": 2001.0, "unit": "year",
         "period_start": 2001, "period_end": 2004},
        {"sentence": slid, "quote": "9th", "value": 9.0, "unit": "rank", "period_start": 2012,
         "measure": "rank in trade league"},
        {"sentence": plain, "quote": "9th", "value": 9.0, "unit": "rank", "period_start": 2012,
         "block_id": "blk_2"},
        {"sentence": plain, "quote": "2001", "value": 2001.0, "unit": "year",
         "period_start": 2001, "block_id": "blk_2"},
    )  # fmt: skip
    got = top_ranks(rows)
    assert [(r["quote"], r["quote_b"], r["value"], r["value_b"], r["verdict"]) for r in got] == [
        ("2001–04", "9th", 1.0, 9.0, "changed")
    ]


def test_one_verb_dated_by_two_years_in_one_sentence_is_inconsistent() -> None:
    """`Trade mission: in 2019, 14 growers flew to Lima in 2018`: one trip, two years. Two verbs
    (`opened in 2001 and grew in 2006`) or a change (`rose from 5 in 2010 to 9 in 2015`) are
    none."""
    trip = "Trade mission: in 2019, 14 growers flew to Lima in 2018, to meet 30 buyers."
    two = "The mill opened in 2001 with 12 looms and grew in 2006."
    change = "Its staff rose from 5 people in 2010 to 9 people in 2015."
    rows = facts(
        {"sentence": trip, "quote": "14", "value": 14.0, "measure": "growers"},
        {"sentence": two, "quote": "12", "value": 12.0, "measure": "looms", "block_id": "b2"},
        {"sentence": change, "quote": "5", "value": 5.0, "unit": "people", "block_id": "b3"},
    )  # fmt: skip
    got = twice_dated(rows)
    start = int(rows["char_start"][0]) - trip.find("14")
    assert [(r["quote"], r["quote_b"], r["char_start"], r["verdict"]) for r in got] == [
        ("2019", "2018", start + trip.find("2019"), "inconsistent_within_document")
    ]


def test_two_events_of_one_year_named_alike_but_a_words_form_agree() -> None:
    """A table's `Harbour Authority Incorporation Law` of 1999 and the text's ports that became
    `Harbour Authority Corporations` in 1999 agree; `First Harbour Plan` and `Second Harbour
    Plan` of one year, or names alike in two years, do not."""
    events = sources(
        {"doc_id": "doc-a", "char_start": 100, "char_end": 140,
         "event": "Harbour Authority Incorporation Law", "kind": "enacted", "year": 1999,
         "event_id": "evt_law", "entity_id": None, "source_kind": "table_row"},
        {"doc_id": "doc-a", "char_start": 900, "char_end": 940,
         "event": "Harbour Authority Corporations", "kind": "reorganised", "year": 1999,
         "event_id": "evt_became", "entity_id": None},
        {"doc_id": "doc-a", "char_start": 200, "char_end": 230, "event": "First Harbour Plan",
         "kind": "approved", "year": 1999, "event_id": "evt_1", "entity_id": None},
        {"doc_id": "doc-a", "char_start": 300, "char_end": 330, "event": "Second Harbour Plan",
         "kind": "approved", "year": 1999, "event_id": "evt_2", "entity_id": None},
        {"doc_id": "doc-a", "char_start": 400, "char_end": 440,
         "event": "Harbour Authority Corporations", "kind": "reorganised", "year": 2001,
         "event_id": "evt_later", "entity_id": None},
    )  # fmt: skip
    got = alike_names(events)
    assert [(r["char_start"], r["char_start_b"], r["verdict"]) for r in got] == [
        (100, 900, "agree")
    ]
