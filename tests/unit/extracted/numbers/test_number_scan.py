"""The written-out rule data of the number scanner matches what it stands for."""

from __future__ import annotations

import sys

from pipelines.extracted.numbers.number_scan import WHITESPACE


def test_whitespace_is_every_character_python_calls_space() -> None:
    expected = "".join(chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace())
    assert expected == WHITESPACE
