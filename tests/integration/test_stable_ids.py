"""Ids say what a row is, not where it sits: correcting one table cell in a copy of raw/ gives a
patch release whose changelog shows that value changing, old → new, and no row of facts,
cells or indicators added or removed (before, ids hashed the row's text: 4 fact ids churned)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.integration.hostile import release

ROW = "Aomori (Aomori)\t1985\t198\t20\t0"


def _counts(changelog: str, table: str) -> tuple[int, int, int]:
    m = re.search(rf"^\| `{table}` \| \w+ \| (\d+) \| (\d+) \| (\d+) \|", changelog, re.M)
    assert m, (table, changelog)
    added, removed, changed = m.groups()
    return int(added), int(removed), int(changed)


def test_a_corrected_cell_changes_its_value_and_no_id(copy: tuple[Path, Path]) -> None:
    raw, wh = copy
    doc = raw / "fukushima-tohoku-innovation-policy.txt"
    text = doc.read_text(encoding="utf-8")
    assert text.count(ROW) == 1
    doc.write_text(text.replace(ROW, ROW.replace("\t198\t", "\t210\t")), encoding="utf-8")
    done = release(raw, wh)
    assert done.returncode == 0, done.stderr
    assert "published release 1.0.1" in done.stdout, done.stdout  # a patch: values only
    changelog = (wh / "releases" / "1.0.1" / "CHANGELOG.md").read_text(encoding="utf-8")
    for table in ("facts", "extracted_table_cells", "indicators"):
        added, removed, _ = _counts(changelog, table)
        assert (added, removed) == (0, 0), (table, changelog)
    assert _counts(changelog, "extracted_table_cells")[2] == 1
    # the fact of the cell changed its value; the other facts of the row only the row they quote
    facts = next(line for line in changelog.splitlines() if line.startswith("- `facts` changed"))
    assert "value: 198.0 → 210.0" in facts.split("`; `")[0], facts
    assert "value_number: 198.0 → 210.0" in changelog
    assert "invited_companies_to_1995: 198 → 210" in changelog  # the curated table too
