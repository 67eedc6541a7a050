"""An infobox copied as text glues each row's label to its value (`Total2,340 ha`,
`Density2,060/km2`, `OpenedApril 1991`): the value is read as if a blank stood between them,
and a sub-row's label is named with the heading above it (`total area`). Texts written for
these tests. A table laid out as text (a label, a tab or blanks, a number ending its line)
gives each number its row's label."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.ja_measures import document
from pipelines.extracted.facts import facts_in_text
from pipelines.extracted.frames import extract_frames

_BOX = (
    "Harbor Research Park\nCountryJapan\nOpenedApril 1991\nArea\n • Total2,340 ha\n"
    "Population (2015)\n • Total48,200\n • Density2,060/km2\nTime zoneUTC+9 (JST)\n"
)


_GAZETTEER = "Marumachi, village on the bay. Pop. 5,300. Est. 1889."
_COLON = "Reform has two aims: speed and cost. The share of online forms rose to 35% in 2020."
_BEARING = "The campus lies 14 km (9 mi) west of the port and 40 km north of Mito. The pier is 9 km of rail."
_ROWS = "Key figures\nCompanies in the zone    85\nYearly output  7.2 billion yen\nJobs\t1,900\n"


@pytest.fixture(scope="module")
def facts() -> pd.DataFrame:
    docs = [document("infobox", "en", _BOX), document("rows", "en", _ROWS)]
    docs += [document("gazetteer", "en", _GAZETTEER), document("colon", "en", _COLON)]
    docs += [document("bearing", "en", _BEARING)]
    docs += [document("ordinal", "en", "The 2nd Harbour Plan was adopted in 2001.")]
    return extract_frames(docs).facts


@pytest.fixture(scope="module")
def rows(facts: pd.DataFrame) -> pd.DataFrame:
    return facts[facts["doc_id"] == "infobox"].set_index("value")


@pytest.mark.parametrize(
    ("value", "unit", "measure"),
    [
        (1991.0, "year", "opening"),
        (2340.0, "ha", "total area"),
        (48200.0, "people", "total population"),
        (2060.0, "persons_per_km2", "population density"),
    ],
)
def test_an_infobox_rows_value_and_measure(
    rows: pd.DataFrame, value: float, unit: str, measure: str
) -> None:
    assert (rows.loc[value, "unit"], rows.loc[value, "measure"]) == (unit, measure)


@pytest.mark.parametrize(
    "text",
    ["Time zoneUTC+9 (JST)", "The Total15 plan has 4 goals.", "Totals15 of them", "Horizon 2020"],
)
def test_a_number_glued_to_a_word_elsewhere_is_still_no_fact(text: str) -> None:
    assert all(f.value not in (9.0, 15.0, 2020.0) for f in facts_in_text(text))


@pytest.mark.parametrize(
    ("value", "measure"),
    [(85.0, "Companies in the zone"), (7.2e9, "Yearly output"), (1900.0, "Jobs")],
)
def test_a_text_tables_row_label_is_its_numbers_measure(
    facts: pd.DataFrame, value: float, measure: str
) -> None:
    # the rows read as one sentence would hang each number on the next row's words
    assert facts[facts["doc_id"] == "rows"].set_index("value").loc[value, "measure"] == measure


@pytest.mark.parametrize(
    ("doc", "value", "measure"),
    [
        ("gazetteer", 5300.0, "population"),  # a label cut short is named in full
        ("gazetteer", 1889.0, "establishment"),
        # a colon's head labels its own sentence's numbers, not the next sentence's
        ("colon", 35.0, "share of online forms"),
        # a length before a bearing is the distance from the place after it
        ("bearing", 14.0, "distance west of port"),
        ("bearing", 40.0, "distance north of Mito"),
        # an ordinal of a name, its digits masked, leaves no `nd` in the event's name
        ("ordinal", 2001.0, "adoption of Harbour Plan"),
    ],
)
def test_short_labels_colons_in_another_sentence_and_bearings(
    facts: pd.DataFrame, doc: str, value: float, measure: str
) -> None:
    assert facts[facts["doc_id"] == doc].set_index("value").loc[value, "measure"] == measure
