"""policy_events read from sentences of our own words: each test is one kind of sentence the
reader missed or misread (issue 35), checked through the same passages and parse as a
document's prose."""

from __future__ import annotations

import pandas as pd

from pipelines.curated.dated_spans import readings
from pipelines.curated.event_names import type_of


def read(*paragraphs: str, heading: str = "", kind: str = "paragraph") -> set[tuple[int, str, str]]:
    """(year, kind, name) of every event the paragraphs (blocks of `kind`) state, under an
    optional heading."""
    parts = ([f"## {heading}"] if heading else []) + list(paragraphs)
    text, rows, at = "", [], 0
    block_kind = kind
    for k, part in enumerate(parts):
        kind = "heading" if heading and k == 0 else block_kind
        rows.append({"doc_id": "d", "table_id": None, "kind": kind, "char_start": at,
                     "char_end": at + len(part), "text": part})  # fmt: skip
        text += part + "\n\n"
        at = len(text)
    return {(r.year, r.kind, r.name) for r in readings("d", text, pd.DataFrame(rows))}


def test_a_reference_of_a_bibliography_dates_no_event() -> None:
    assert read("M. Abe, Licensing in Japan, University of Nagoya, 2005, pp. 3-9.") == set()
    found = read(
        "J. Ito, *A Model of Licensing*, Research Office of Design, University of Nagoya, 2005, "
        "available at: <http://example.org/b>, accessed May 2009."
    )
    assert found == set()


def test_a_name_that_carries_its_own_year_is_not_dated_by_another() -> None:
    found = read(
        "Ports mattered, and so one of the first measures enacted under the 2003 Harbour Plan, "
        "enacted in 2006, allowed ports to lease land."
    )
    assert (2006, "enacted", "2003 Harbour Plan") not in found


def test_a_compiled_outlook_is_dated() -> None:
    found = read(
        'In May 2019 the Water Bureau compiled a "Long-term Rivers Outlook" for the nation.'
    )
    assert (2019, "approved", "Long-term Rivers Outlook") in found


def test_a_quoted_title_names_its_thing_in_lower_case() -> None:
    found = read(
        "Two ministries have implemented a “ten-year plan for quieter harbours” since 2017, "
        "with the aim of cutting noise at night."
    )
    assert (2017, "launched", "ten-year plan for quieter harbours") in found


def test_things_without_a_name_are_named_by_what_they_became() -> None:
    found = read(
        "In 2011, the nation's 40 public museums became Independent Museum Agencies rather than "
        "offices of the ministry."
    )
    assert (2011, "reorganised", "Independent Museum Agencies") in found


def test_a_year_at_the_end_of_a_long_phrase_dates_its_action_noun() -> None:
    found = read(
        "Results: yearly trade fairs, joint study tours, and the creation of a design advice desk "
        "at the Chamber of Commerce in Lyon (2019), etc."
    )
    names = {name for year, kind, name in found if (year, kind) == (2019, "established")}
    assert any("design advice desk" in n for n in names), found
    # but a named law the year stands beside is what it dates, not the noun further up
    found = read(
        "The key result was the passage in the National Assembly of the Harbour Safety Law, "
        "1988, and the adoption of the First Harbour Plan, 1990."
    )
    assert (1988, "enacted", "Harbour Safety Law") in found, found


def test_a_light_verb_with_an_action_noun_is_an_event_of_its_subject() -> None:
    found = read("In 2003 the Board of Harbour Renewal made a proposal for cleaner ferries.")
    assert (2003, "proposed", "Board of Harbour Renewal proposal") in found


def test_a_description_is_named_by_the_name_it_stands_beside() -> None:
    found = read(
        'Near the Sendai harbour, Kato Foods Ltd. opened a "Kato Grain Research Hall," the first '
        "private laboratory established on the grounds of a public college in June 2012."
    )
    assert (2012, "established", "Kato Grain Research Hall") in found, found


def test_things_named_by_their_count_belong_to_the_last_named_subject() -> None:
    found = read(
        "The Harbour Link Scheme has listed 12 port projects since its first survey in 2010. "
        "From these 12 projects, five were started in 2011 and have been renewed in 2013; "
        "four new projects were approved in 2013."
    )
    assert (2011, "launched", "five projects of Harbour Link Scheme") in found, found
    assert (2013, "phase_started", "five projects of Harbour Link Scheme") in found
    assert (2013, "approved", "four new projects of Harbour Link Scheme") in found


def test_a_count_as_of_a_year_dates_no_event() -> None:
    found = read(
        "Following this rule, 14 Kobe Harbour Offices were established (as of 2015) at ports."
    )
    assert not any(year == 2015 for year, _, _ in found), found


def test_a_verb_conjoined_to_a_dated_one_shares_its_year() -> None:
    found = read(
        "To revive the coast the ministry devised the Blue Harbour program in 1991 and "
        "designated 14 ports for deep-sea fishing throughout the region."
    )
    assert (1991, "launched", "Blue Harbour program") in found, found
    assert (1991, "designated", "14 ports of Blue Harbour program") in found


def test_a_plan_first_met_in_a_sentence_opening_with_a_year_is_dated_by_it() -> None:
    found = read(
        "In 2009, the 'Kaito Plan' of the Port Agency set a goal of building 300 new berths "
        "within five years.",
        "In 2012, the Kaito Plan of the Port Agency set a new goal of 500 berths.",
    )
    plans = {(year, kind) for year, kind, name in found if name.startswith("Kaito Plan")}
    assert plans == {(2009, "approved")}, found
    assert "Kaito Plan of the Port Agency" in {name for _, _, name in found}


def test_the_first_of_a_series_takes_the_kind_of_the_series_noun() -> None:
    found = read(
        "Historians note that the founding of public art schools, starting with the Kyoto Art "
        "Academy in 1880, helped the region's crafts."
    )
    assert (1880, "established", "Kyoto Art Academy") in found, found


def test_a_start_adjective_before_a_bracketed_year_dates_the_phrase_before_it() -> None:
    found = read(
        "Out of the “Harbour Grants Third Round” (operational 2012-2013), four ports had chosen "
        "Korea as a partner. Five of the “Fourth Round” coastal projects (operational 2015-2016) "
        "have listed Korea as a partner."
    )
    assert (2012, "phase_started", "Harbour Grants Third Round") in found, found
    assert (2015, "phase_started", "Fourth Round coastal projects") in found


def test_an_agreement_is_named_by_its_parties_and_its_purpose() -> None:
    found = read(
        "In 2011, the Dutch and Japanese ministries of transport signed a bilateral memorandum of "
        "understanding to deepen cooperation in the inland shipping sector. This memorandum ran "
        "for two years. A new memorandum of cooperation has been signed in 2015, for another "
        "two years."
    )
    between = "between Dutch and Japanese ministries of transport on inland shipping sector"
    assert (2011, "signed", f"bilateral memorandum of understanding {between}") in found, found
    assert (2015, "signed", f"new memorandum of cooperation {between}") in found


def test_places_established_as_something_are_designated() -> None:
    found = read(
        "The Coastal Tourism Law was passed in 1994.",
        "By 1999, 12 towns had been established as hubs for coastal tourism.",
    )
    assert (1999, "designated", "12 towns of Coastal Tourism Law") in found, found


def test_a_name_is_typed_by_its_words_before_of() -> None:
    assert type_of("12 towns of Coastal Tourism Law") == "place"
    assert type_of("University of Nagoya") == "organisation"
    assert type_of("Act on the Safety of Ferries") == "law"


def test_a_note_of_a_reference_list_is_read_unless_it_cites_a_work() -> None:
    found = read(
        "12. A. Ono, *Ports of Asia*, Kobe Press, Kobe, 1999.",
        '13. B. Sato (2003): "Harbours and their towns in the north", Kobe Papers 4, 1-9.',
        "14. Now called KPA (Kobe Port Authority) since 2006.",
        heading="Notes and References",
        kind="reference",
    )
    assert found == {(2006, "renamed", "KPA (Kobe Port Authority)")}, found


def test_do_so_stands_for_the_verb_it_follows() -> None:
    found = read(
        "After opening markets in Chile, the Kobe Ferry Group decided to turn to Korea and "
        "received a grant from the city to do so, in 2012."
    )
    assert (2012, "approved", "Kobe Ferry Group grant") in found, found


def test_an_action_noun_subject_dates_what_it_acted_on() -> None:
    found = read("In 2009, the revision of the Basic Act on Harbours meant that ports could merge.")
    assert (2009, "revised", "Basic Act on Harbours") in found, found


def test_decades_citations_and_the_next_dated_entry_date_nothing_here() -> None:
    found = read(
        "The “Scheme” has become the largest METI programme since its 1970’s push into "
        "shipbuilding (Ono 2005).",
        "1994 June “Harbour Forum” was inaugurated by the ports 1995 May the first fair opened.",
    )
    assert found == {(1994, "launched", "Harbour Forum")}, found


def test_a_policy_without_a_proper_name_is_named_by_its_action_noun() -> None:
    """`postal savings privatisation`: lower case, no name, but its noun says what was done;
    `since` dates its start, the noun's own verb a step of it, a plan for a year nothing."""
    found = read(
        "The reach of the postal savings privatisation scheme has widened step by step since "
        "2003, and was fully privatised in 2012.",
        "Water deregulation is scheduled for 2031.",
    )
    assert (2003, "launched", "postal savings privatisation") in found
    assert (2012, "phase_started", "postal savings privatisation") in found
    assert not any(y == 2031 for y, _, _ in found)
