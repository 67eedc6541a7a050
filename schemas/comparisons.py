"""fact_comparisons: pairs of the corpus's numbers (and event years) read side by side."""

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.documents import DOC_ID
from schemas.provenance import Provenance

CHECKS = [
    "same_measure", "conversion", "announced_count", "total_of_parts", "share_of_total",
    "event_year", "designation_year", "dated_twice",
]  # fmt: skip
VERDICTS = [
    "agree", "changed", "differ", "cannot_tell", "inconsistent_within_document", "inconsistent",
]  # fmt: skip
FLAGS = ("differ", "inconsistent_within_document", "inconsistent")  # the verdicts worth a look


class FactComparisons(Provenance):
    comparison_id: Series[str] = pa.Field(
        unique=True, description="Id derived from the check and the two sides' ids."
    )
    check_type: Series[str] = pa.Field(
        isin=CHECKS,
        description=(
            "same_measure (two facts of one measure and entity or place: for an entity, the "
            "measure's head noun, so sites and cities both count places; one sentence's numbers "
            "only when it tells a change, `from 24.2% in 2009 to 31.3% in 2013`; two passages "
            "giving an entity, or a plan a sentence names, one span of years; a count referring "
            "back, `these 16 projects`, against the count it refers to; a value naming a bound "
            "of a range of its measure; a top position in words against a rank in figures), "
            "conversion (a yen amount against its dollar amount and "
            "the corpus's stated rates), announced_count (a count against the names listed "
            "after it), total_of_parts (a count against the counts in parentheses after it or the items "
            "its verb lists, `15 councillors include the Prime Minister, four ...`), "
            "share_of_total (a share against the part and the whole stated near it, `1.3 "
            "trillion yen ... 48.6% of the total`), event_year (two passages dating one law's or "
            "programme's start or end, one entity's start under two events, a year or decade in "
            "a sentence naming a dated event, the year an entity's counts run since, two years "
            "of a happening named alike, or two events of one year named alike but a word's "
            "form), designation_year (places of a programme "
            "designated in one year by a sentence against another document's table dating "
            "each place), dated_twice (one verb of a sentence dated by two different years, `in "
            "2017, 26 representatives ... went to Japan in 2016`)."
        ),
    )
    verdict: Series[str] = pa.Field(
        isin=VERDICTS,
        description=(
            "agree (the same value, or a bound the other meets: over 200 and 290); changed "
            "(both dated, different periods: a time series); differ (the same period, or none, "
            "and different values beyond the hedges: a real disagreement between documents); "
            "cannot_tell (one side hedged, `about`, or undated against a dated one, or two "
            "different happenings of one thing that may follow each other, or a list an "
            "`include` may leave incomplete: both readings hold); "
            "inconsistent_within_document (the same, within one document); inconsistent (a "
            "check of one passage fails: conversion, count, total). The last three are flags."
        ),
    )
    measure: Series[str] = pa.Field(nullable=True, description="What both sides measure.")
    entity_id: Series[str] = pa.Field(
        nullable=True, description="The entity both belong to (entities.entity_id)."
    )
    geography: Series[str] = pa.Field(nullable=True, description="Side a's place code or name.")
    unit: Series[str] = pa.Field(nullable=True, description="Side a's unit (facts.unit).")
    value: Series[float] = pa.Field(nullable=True, description="Side a's value.")
    value_b: Series[float] = pa.Field(
        nullable=True, description="Side b's value (for a check: what side a is checked against)."
    )
    period_start: Series[pd.Int64Dtype] = pa.Field(nullable=True, description="Side a's period.")
    period_b: Series[pd.Int64Dtype] = pa.Field(nullable=True, description="Side b's period.")
    note: Series[str] = pa.Field(
        description=(
            "Both sides as stated (value with its qualifier, year or `undated`, document) and "
            "why the verdict."
        )
    )
    doc_id_b: Series[str] = pa.Field(str_matches=DOC_ID, description="Side b's document.")
    char_start_b: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Side b's passage start.")
    char_end_b: Series[pd.Int64Dtype] = pa.Field(ge=0, description="Side b's passage end.")
    quote_b: Series[str] = pa.Field(
        description="Side b's passage, text[char_start_b:char_end_b] of doc_id_b."
    )

    class Config:
        strict = True
        description = (
            "Where the sources agree, disagree or changed over time: facts of the same measure "
            "and entity (or place) across passages and documents, and checks that need a "
            "second number; side a's passage in doc_id/char_start/char_end/quote, side b's in "
            "the _b columns, both checked against the documents' texts. Covers pairs the "
            "facts' measure and entity (or place) make comparable and one event's dates; "
            "numbers whose measure or owner the parser leaves empty are not compared."
        )
