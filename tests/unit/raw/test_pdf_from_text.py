"""A PDF made from a text gives the text's facts: the English corpus's labelled facts
(tests/labels/facts.yaml), each text typeset as a word processor prints it (wrapped lines,
words hyphenated at line ends, ranges wrapped after their dash, page numbers), are recalled
within 0.02 of the same text read as .txt (issue 33)."""

from __future__ import annotations

from benchmarks.pdf_accuracy import made_from_text


def test_a_pdf_made_from_a_text_recalls_its_facts_within_two_points() -> None:
    as_txt, as_pdf = made_from_text()
    assert as_txt > 0.9  # the labels still fit the texts: the comparison means something
    assert as_pdf >= as_txt - 0.02, (as_txt, as_pdf)
