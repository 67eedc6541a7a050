"""Controlled vocabularies shared by every contract: units, currencies, countries."""

import pycountry

# Every unit a value in the dataset may carry; one list for facts, cells and indicators.
UNITS = [
    "JPY",
    "USD",
    "GBP",
    "EUR",
    "percent",
    "count",
    "people",
    "ratio",
    "year",
    "years",
    "duration",
    "rank",
    "km",
    "km2",
    "kW",
    "MW",
    "GW",
    "yen_per_usd",
    # currencies written as codes or signs beside the four above (rules/units.yaml)
    "AUD",
    "CAD",
    "NZD",
    "SGD",
    "HKD",
    "MYR",
    "CNY",
    "KRW",
    "CHF",
    # units of measure beyond the policy vocabulary (rules/units.yaml, rules/japanese.yaml)
    "kWh",
    "MWh",
    "GWh",
    "Hz",
    "MHz",
    "GHz",
    "MB",
    "GB",
    "TB",
    "mph",
    "km_per_h",
    "m_per_s",
    "tonnes",
    "ha",
    "m",
    "m2",
    "persons_per_km2",  # a density: 8,200/km2, 1km2あたり3,200人
    "per_km2",
    "minutes",
    "hours",
]
CURRENCIES = sorted(c.alpha_3 for c in pycountry.currencies)  # ISO 4217
# ISO 3166-1 alpha-2, plus EU, which ISO 3166-1 reserves exceptionally for the European Union.
COUNTRIES = sorted({c.alpha_2 for c in pycountry.countries} | {"EU"})

# Units of numbers a researcher charts (indicators): not calendar years or bare durations.
INDICATOR_UNITS = [u for u in UNITS if u not in ("year", "duration")]

BLOCK_KINDS = [
    "heading",
    "paragraph",
    "list_item",
    "table",
    "caption",
    "figure_caption",
    "reference",
    "footnote",
    "toc_entry",
    "page_number",
    "furniture",
]

# Years the extractor reads as years (1800-2099, `1[89]\d\d|20\d\d`); every year column of
# every contract accepts exactly these, so a document naming "2050" targets is not refused.
YEAR_MIN, YEAR_MAX = 1800, 2099
