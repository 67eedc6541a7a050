"""What a researcher asks of the curated tables with `jris sql` on a built release (issue 35):
the laws and plans in order, one row each; the cluster programmes' launches; the network counts
with a verdict that says which side is hedged or undated."""

from __future__ import annotations

import json
from typing import Any

from typer.testing import CliRunner

from pipelines.cli.main import app

runner = CliRunner()


def sql(released: Any, query: str) -> list[dict[str, Any]]:
    paths, _ = released
    result = runner.invoke(
        app, ["sql", "--warehouse-dir", str(paths.warehouse_dir), "--format", "json", query]
    )
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.output)
    return rows


def test_laws_and_plans_1950_to_2020_in_order_one_row_each(released) -> None:
    rows = sql(
        released,
        "SELECT year, kind, event FROM policy_events WHERE event_type IN ('law', 'plan') "
        "AND year BETWEEN 1950 AND 2020 ORDER BY year, event",
    )
    events = [(r["year"], r["kind"], r["event"]) for r in rows]
    assert len({e[2] for e in events}) == len(events), "a law or plan twice"
    for expected in [
        (1950, "approved", "Comprehensive National Development Plans"),
        (1972, "enacted", "Industrial Relocation Promotion Law"),
        (1995, "enacted", "Science and Technology Basic Law"),
        (1998, "abolished", "Technopolis Law"),
        (2001, "approved", "Second Science and Technology Basic Plan"),
        (2006, "approved", "Third Science and Technology Basic Plan"),
    ]:
        assert expected in events
    assert not any(e[2] in ("Second Plan", "Third Plan") for e in events)  # aliases, not rows
    second = sql(
        released,
        "SELECT aliases FROM policy_events WHERE event = 'Second Science and Technology Basic Plan'",
    )
    assert second == [{"aliases": ["Second Plan"]}]


def test_cluster_programmes_launches(released) -> None:
    rows = sql(
        released,
        "SELECT year, end_year, kind, event FROM policy_events WHERE event ILIKE '%cluster%' "
        "AND kind IN ('launched', 'phase_started') ORDER BY year, event",
    )
    found = {(r["year"], r["kind"], r["event"]) for r in rows}
    assert (2001, "launched", "Industrial Cluster project") in found
    assert (2002, "launched", "Knowledge Clusters") in found
    assert (2002, "phase_started", "Knowledge Cluster Initiative 1st stage") in found
    terms = {(r["year"], r["end_year"]) for r in rows if "Cluster Program Phase" in r["event"]}
    assert terms == {(2001, 2005), (2006, 2010)}
    assert not any(r["year"] == 2011 and r["kind"] == "launched" for r in rows)  # a term


def test_network_counts_say_hedged_or_undated_against_dated(released) -> None:
    rows = sql(
        released,
        "SELECT verdict, value, value_b, note FROM fact_comparisons "
        "WHERE entity_id = 'industrial-cluster-program' AND check_type = 'same_measure' "
        "ORDER BY value",
    )
    by_value = {r["value"]: r for r in rows}
    smes, universities = by_value[5000.0], by_value[200.0]
    assert smes["verdict"] == "cannot_tell" and smes["value_b"] == 10700.0
    assert "about" in smes["note"] and "undated" in smes["note"] and "2007" in smes["note"]
    assert universities["verdict"] == "agree" and "over" in universities["note"]
