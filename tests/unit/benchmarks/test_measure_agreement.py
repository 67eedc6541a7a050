"""The development corpus's measure rule: the labelled measure's head noun, or half its content
words, in the measure JRIS gives (benchmarks/agreement.py)."""

from benchmarks.agreement import measure_agrees


def test_the_head_of_a_count_label_is_what_is_counted() -> None:
    # `number` is a stop word, never looked for: the head is the noun its `of` names
    assert measure_agrees("number of member companies in the network", "companies", False)
    assert measure_agrees("total number of research projects", "research projects funded", False)
    assert not measure_agrees("number of member companies in the network", "budget", False)


def test_a_plain_head_and_half_the_content_words_still_decide() -> None:
    assert measure_agrees("budget of the programme", "annual budget", False)
    assert measure_agrees("share of exports to Asia", "exports Asia", False)
    assert not measure_agrees("budget of the programme", "staff", False)


def test_a_participle_after_the_noun_is_not_the_head() -> None:
    # `areas chosen for the scheme`: the head noun is `areas`, the participle says which
    assert measure_agrees("areas chosen for the scheme", "areas in the scheme", False)
    assert measure_agrees("projects promoted under the plan", "projects", False)
    assert not measure_agrees("areas chosen for the scheme", "chosen", False)


def test_the_head_phrase_ends_at_a_comma_a_bracket_or_a_preposition_of_time() -> None:
    """`firms, all sectors`: the head is `firms`, not the last word after the comma; `plans
    approved since May 2005`: `plans`, not the year after `since`."""
    assert measure_agrees("manufacturing firms, all sectors", "No. of firms (Total)", False)
    assert measure_agrees("plans approved since May 2005", "approved plans", False)
    assert measure_agrees("staff (full-time)", "staff", False)
    assert not measure_agrees("manufacturing firms, all sectors", "sectors", False)
