"""fact_candidates: every number the extractor set aside, with the reason and its place in the
text, so nothing is lost silently and a user can lower the bar."""

import pandera.pandas as pa
from pandera.typing import Series

from schemas.provenance import PagedProvenance
from schemas.vocabulary import UNITS

# The non-fact rules (pipelines/extracted/non_facts.py, non_fact_rules.py) and the threshold.
CANDIDATE_REASONS = [
    "below_threshold",
    "day_of_date",
    "dateline",
    "clock_time",
    "phone_number",
    "postal_code",
    "page_number",
    "web_counter",
    "heading_number",
    "web_address",
    "email_address",
    "coordinate",
    "time_zone",
    "version_number",
    "name_number",
    "part_number",
    "running_head",
    "vague_numeral",
    "code_number",
    "reference_mark",
    "century",
    "decade",
    "listing",
    "street_address",
    "caption_year",
    "figure_citation",
    "denominator",
    "unit_conversion",
    "copyright_year",
    "bibliographic",
    "product_size",
    "dates_another_fact",
    "threshold",
    "relative_span",
    "reference_date",
    "survey_year",
    "series_year",
    "base_year",
    "reference",
    "page_furniture",
    "not_read",
]


class FactCandidates(PagedProvenance):
    candidate_id: Series[str] = pa.Field(
        unique=True,
        description=(
            "Id of the candidate: for one below the threshold, its fact id with `cnd_` for "
            "`fct_`; for one a rule set aside, derived from the rule and the words around it."
        ),
    )
    reason: Series[str] = pa.Field(
        isin=CANDIDATE_REASONS,
        description=(
            "Why it is not in facts: below_threshold (read as a fact, but its confidence is "
            "under the release's threshold), or the non-fact rule that matched it: day_of_date, "
            "dateline, clock_time, phone_number, postal_code, page_number (a table of contents), "
            "web_counter, heading_number, web_address, email_address, coordinate, time_zone, "
            "version_number, name_number (Society 5.0), part_number (Issue 25), running_head, "
            "vague_numeral (数百), code_number (written with a leading zero: 08, 08-E-012), "
            "reference_mark ([3], a note mark glued to a bracket), century (the 19th century), "
            "decade (the 1980s, 1990年代: no one year; its sentence's period when it dates one), "
            "listing (その一つは, 二つの目的: a number that lists the text's own points), "
            "street_address (1600 Main Street), caption_year (the years of a chart's title), "
            "figure_citation (the year of a cited figure or table, (Figure 2, 2010), or the "
            "numbers of a source note, 出典：…（2019年）), "
            "denominator (per 1,000 people, 1地域あたり, the five of one in five: what a rate or "
            "share is counted against), "
            "unit_conversion (5 km (3.1 miles): the same measurement in other units), "
            "copyright_year (© 2009), bibliographic (a cited work's volume, issue, year and "
            "pages, ISBN or ISSN: Vol. 12, No. 3, 2009, pp. 211-234; 30(2): 377-402; an "
            "author's year: Tanaka (2011) reports, (Oda et al., 2009)), "
            "product_size (a 20-inch tube: a model's size in inches), threshold (a round figure "
            "crossed: 初めて450億円を超えた, passed the 10,000 mark), relative_span (a span that "
            "counts on from a year said: その後5年間で, 5年後の2015年); or, "
            "for a number no rule named: dates_another_fact (a year that is another fact's "
            "period), reference_date, survey_year, base_year or series_year (a year that dates no "
            "event: as of 2010, 2012年時点; the 2007 survey, 2005年度調査; up from 2014, compared "
            "with 2010; the years of a series a figure shows; "
            "each when no fact takes it as its period), reference (in a reference list), "
            "page_furniture (in a PDF page's furniture: "
            "a running head, printer's line, page or line number) or not_read (a numbering, code, "
            "citation year or list number the reader passes over)."
        ),
    )
    value: Series[float] = pa.Field(
        nullable=True,
        description=(
            "The value as read (scaled, for one below the threshold); for a rule's match, its "
            "first number as written; null for a numeral in kanji."
        ),
    )
    unit: Series[str] = pa.Field(
        nullable=True,
        isin=UNITS,
        description="The unit it was read with (below_threshold only), else null.",
    )
    confidence: Series[float] = pa.Field(
        nullable=True,
        ge=0.0,
        le=1.0,
        description=(
            "The confidence it was read with (below_threshold only; facts.confidence); null for "
            "a number a rule set aside before it was read."
        ),
    )

    class Config:
        strict = True
        description = (
            "Every number set aside from facts, with the reason (a non-fact rule or a confidence "
            "below the threshold) and its exact span and quote."
        )
