"""The README's example queries, run as a user runs them (`jris sql`) on the corpus's release:
each returns what its heading promises. A `sql` block of the README without a check here fails,
so a new example comes with the rows it must return."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipelines.release.metadata import EXAMPLE_QUERIES
from tests.integration.hostile import sql

REPO = Path(__file__).resolve().parents[2]
Rows = list[dict[str, Any]]
TOHOKU = {"Aomori", "Iwate", "Miyagi", "Akita", "Yamagata", "Fukushima"}


def readme_examples(text: str) -> list[tuple[str, str]]:
    """Every ```sql block of the README with the heading above it."""
    examples = []
    heading = ""
    for block in re.split(r"^(```sql\n.*?\n```)$", text, flags=re.M | re.S):
        if block.startswith("```sql\n"):
            examples.append((heading, block.removeprefix("```sql\n").removesuffix("\n```")))
        else:
            headings = re.findall(r"^#+ (.+)$", block, flags=re.M)
            heading = headings[-1] if headings else heading
    return examples


def network_counts(rows: Rows) -> None:
    # both documents' counts of the METI network: the earlier estimate and 2007's
    assert [(r["doc_id"], r["value"], r["measure"]) for r in rows] == [
        ("edgington-2008-japanese-innovation-system", 5000.0, "SMEs"),
        ("edgington-2008-japanese-innovation-system", 200.0, "universities"),
        ("hosoya-2008-industrial-cluster-program", 10700.0, "SMEs"),
        ("hosoya-2008-industrial-cluster-program", 290.0, "universities"),
    ]
    assert all(r["quote"].replace(",", "") == f"{r['value']:.0f}" for r in rows)


def timeline(rows: Rows) -> None:
    assert len(rows) == 10
    years = [r["year"] for r in rows]
    assert years == sorted(years) and years[0] >= 1900
    for r in rows:
        event = r["event"]
        # a whole name of a law or plan: no withheld characters, no clause around it
        assert "░" not in event and re.search(r"\b(Laws?|Plans?)\b", event), r
        assert not re.search(r"\b(was|were|is|in|by)\b|[.,;:]$", event), r
        # a name that carries another year ("1995 Basic Plan" dated 1998) dates something else
        assert event[0].isupper() or event.split()[0] in ("third", "first", "second"), r
    # each row is a dated event of its document in the blind list (tests/labels/events_blind.yaml)
    blind = yaml.safe_load((REPO / "tests" / "labels" / "events_blind.yaml").read_text())
    dated = {(e["doc"], e["year"]) for e in blind["events"]}
    assert [r for r in rows if (r["doc_id"], r["year"]) not in dated] == []


def indicators_by_prefecture(rows: Rows) -> None:
    assert rows and all(r["unit"] and r["value"] is not None for r in rows)
    prefectures = [r["prefecture"] for r in rows]
    assert set(prefectures) >= TOHOKU and not any(p.startswith("JP-") for p in prefectures)
    # ordered by prefecture: each one's rows together
    runs = [p for i, p in enumerate(prefectures) if i == 0 or prefectures[i - 1] != p]
    assert len(runs) == len(set(runs))
    assert 198.0 in [r["value"] for r in rows if r["prefecture"] == "Aomori"]


def technopolis_sites(rows: Rows) -> None:
    assert {r["prefecture"] for r in rows} == TOHOKU and len(rows) == 6
    assert [(r["prefecture"], r["site"], r["invited_companies_to_1995"]) for r in rows[:2]] == [
        ("Aomori", "Aomori", 198),
        ("Miyagi", "Northern Sendai Core", 155),
    ]
    invited = [r["invited_companies_to_1995"] for r in rows if r["invited_companies_to_1995"]]
    assert invited == sorted(invited, reverse=True)
    assert all(1983 <= r["year_approved"] <= 1995 for r in rows)


CHECKS: dict[str, Callable[[Rows], None]] = {
    "What the sources count in the Industrial Cluster Program's network": network_counts,
    "A timeline of laws and plans, in year order": timeline,
    "Indicators by prefecture": indicators_by_prefecture,
    "Technopolis sites, their prefectures and the companies each had invited by 1995": (
        technopolis_sites
    ),
}


def test_the_readme_examples_are_the_cards() -> None:
    """The README and every release's card carry the same examples, under the same headings."""
    assert readme_examples((REPO / "README.md").read_text(encoding="utf-8")) == EXAMPLE_QUERIES


def test_every_readme_example_has_a_check() -> None:
    headings = [h for h, _ in readme_examples((REPO / "README.md").read_text(encoding="utf-8"))]
    assert headings and set(headings) == set(CHECKS), "a README sql block without its check"


@pytest.mark.parametrize("heading", list(CHECKS))
def test_readme_example_returns_what_its_heading_promises(released, heading: str) -> None:
    paths, _ = released
    query = dict(readme_examples((REPO / "README.md").read_text(encoding="utf-8")))[heading]
    done = sql(paths.warehouse_dir, query, "--format", "json")
    assert done.returncode == 0, done.stderr
    CHECKS[heading](json.loads(done.stdout))


def test_the_example_parser_finds_blocks_and_headings() -> None:
    text = (
        "# A\n\n## B\n\n```sql\nSELECT 1\n```\n\ntext\n\n### C\n\n```sql\nSELECT 2\nFROM t\n```\n"
    )
    assert readme_examples(text) == [("B", "SELECT 1"), ("C", "SELECT 2\nFROM t")]
