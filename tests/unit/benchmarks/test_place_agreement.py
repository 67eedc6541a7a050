"""The development corpus's place rule: JRIS's place, read as its name, among the labelled
ones; an area's several places each among them (benchmarks/agreement.py)."""

from benchmarks.agreement import place_agrees, place_names

NAMES = {"JP-26": "Kyoto", "JP-27": "Osaka", "JP-29": "Nara", "JP-28": "Hyogo"}


def test_an_areas_several_places_agree_only_when_each_is_labelled() -> None:
    labelled = {"Kyoto", "Osaka", "Nara"}
    assert place_agrees("JP-26; JP-27; JP-29", labelled, NAMES)
    assert place_agrees("JP-27", labelled, NAMES)
    assert not place_agrees("JP-26; JP-28", labelled, NAMES)
    assert not place_agrees("", labelled, NAMES)


def test_a_country_code_reads_as_the_name_labels_write() -> None:
    assert place_agrees("RU", {"Russia"}, place_names())
    assert place_agrees("JP-13", {"Tokyo"}, place_names())
