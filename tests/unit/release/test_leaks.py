"""A withheld passage is masked wherever a table copies it, and only there."""

from __future__ import annotations

from pipelines.release.leaks import RUN, WithheldRuns

SECRET = "The prefectural office quietly moved its laboratory budget into a new venture fund."
QUOTED = "a budget of 120 million yen"
ORIGINAL = f"{SECRET} It had {QUOTED} in 2004."


def _shipped() -> str:
    at = ORIGINAL.index(QUOTED)
    return "".join(
        ch if at <= i < at + len(QUOTED) or ch == "\n" else "░" for i, ch in enumerate(ORIGINAL)
    )


def _runs(public: tuple[str, ...] = ()) -> WithheldRuns:
    return WithheldRuns.build({"doc": ORIGINAL}, {"doc": _shipped()}, public)


def test_a_copied_sentence_keeps_only_its_quoted_part() -> None:
    runs = _runs()
    sentence = f"It had {QUOTED} in 2004. {SECRET}"
    masked = runs.mask(sentence)
    assert masked is not None and len(masked) == len(sentence)
    assert QUOTED in masked and SECRET[:RUN] not in masked
    assert masked.endswith("░" * (len(SECRET) - 1) + "░")
    assert runs.leaked(sentence) >= len(SECRET) and runs.leaked(masked) == 0


def test_a_line_wrapped_copy_is_found_too() -> None:
    wrapped = SECRET.replace(" its ", "\nits ")
    assert _runs().leaked(wrapped) >= len(SECRET) - 1


def test_short_values_and_other_text_are_left_alone() -> None:
    runs = _runs()
    assert runs.mask("laboratory budget") == "laboratory budget"  # shorter than a run
    other = "A different sentence that shares no long run with the withheld article at all."
    assert runs.mask(other) == other and runs.mask(None) is None


def test_a_run_that_public_text_also_holds_is_not_a_leak() -> None:
    runs = _runs(public=(f"Press release: {SECRET}",))
    assert runs.leaked(SECRET) == 0 and runs.mask(SECRET) == SECRET


def test_a_verbatim_copy_reads_as_the_shipped_text_at_its_place() -> None:
    """A run that straddles the quote masks the withheld characters on its side, no more."""
    runs = _runs()
    start = ORIGINAL.index("venture fund.")
    copy = ORIGINAL[start:]
    assert runs.mask(copy) == _shipped()[start:]
