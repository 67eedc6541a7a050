"""Which expectations a release's quality report runs, per table: those its contract implies
(key present and unique, every quote equal to its slice of the source text, foreign keys
resolving, controlled vocabularies) and those listed in expectations.yaml."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from pipelines.raw.safe_yaml import load_yaml
from schemas import CONTRACTS, FOREIGN_KEYS
from schemas.contract import PROVENANCE_COLUMNS
from schemas.vocabulary import COUNTRIES, CURRENCIES, UNITS

SLICE = "source_text_slice"


@cache
def expectations_config() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(Path(__file__).parent / "expectations.yaml")
    return data


def fk_column(column: str) -> str:
    """The derived column that says whether `column`'s value resolves (null when it is null)."""
    return f"{column}__resolves"


def planned(columns: dict[str, list[str]]) -> dict[str, list[dict[str, Any]]]:
    """Every expectation to run, per table (table -> its columns), as {type, critical, **kwargs}."""
    config = expectations_config()
    plan: dict[str, list[dict[str, Any]]] = {}
    for name, cols in columns.items():
        c = CONTRACTS[name]
        items: list[dict[str, Any]] = []
        low, high = config["row_counts"].get(name, [0, None])
        items.append(
            {"type": "expect_table_row_count_to_be_between", "min_value": low, "max_value": high}
        )
        for k in c.primary_key:
            items.append({"type": "expect_column_values_to_not_be_null", "column": k})
        if len(c.primary_key) == 1:
            items.append({"type": "expect_column_values_to_be_unique", "column": c.primary_key[0]})
        else:
            items.append(
                {"type": "expect_compound_columns_to_be_unique", "column_list": list(c.primary_key)}
            )
        if set(PROVENANCE_COLUMNS) <= set(cols):
            items.append(
                {
                    "type": "expect_column_pair_values_to_be_equal",
                    "column_A": "quote",
                    "column_B": SLICE,
                }
            )
        for table, column, target, target_column in FOREIGN_KEYS:
            if table == name and target in columns:
                items.append(
                    {
                        "type": "expect_column_values_to_be_in_set",
                        "column": fk_column(column),
                        "value_set": [True],
                        "meta": {"references": f"{target}.{target_column}"},
                    }
                )
        for column, vocabulary in (
            ("unit", UNITS),
            ("currency", CURRENCIES),
            ("country_code", COUNTRIES),
            ("country", COUNTRIES),
        ):
            if column in cols:
                items.append(
                    {
                        "type": "expect_column_values_to_be_in_set",
                        "column": column,
                        "value_set": list(vocabulary),
                    }
                )
        items += [dict(x) for x in config["per_table"].get(name, [])]
        plan[name] = items
    return plan


# Expectations about a whole table are measured in DuckDB over the whole table, never per
# chunk: a chunk cannot see a duplicate in another, and GX's set-up for each expectation
# costs more than the query (a release's report spends most of its time there).
WHOLE_TABLE = {
    "expect_table_row_count_to_be_between",
    "expect_column_values_to_be_unique",
    "expect_compound_columns_to_be_unique",
    "expect_column_proportion_of_unique_values_to_be_between",
}
