"""policy_programs, policy_program_phases and policy_program_budgets from the METI/MEXT table.

The table packs several programmes into one row (`1) Knowledge Cluster Initiative 2) City
Area Program`) and several phases into one cell (`Phase 1 2001 Phase 2 2006`); this module
unpacks them. Money comes from the `facts` read in the same cells.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from pipelines.curated.from_tables import BindingError, _find_tables, empty_table, load_bindings
from pipelines.curated.parsers import curation_rules
from pipelines.extracted.numbers.quantities import parse_cell_quantity

_ENUM = re.compile(r"(?:(?<=\s)|^)(\d)\)\s*")
_PHASE_YEAR = re.compile(r"(?P<phase>Phase \d+|\d+(?:st|nd|rd|th) stage)\s*:?\s*(?P<year>\d{4})")
_PHASE_COUNT = re.compile(
    r"(?P<phase>Phase \d+|\d+(?:st|nd|rd|th) stage)\s*:\s*(?P<detail>.*?)"
    r"(?=(?:Phase \d+|\d+(?:st|nd|rd|th) stage)\s*:|$)"
)
_COUNT = re.compile(r"(\d+)\s+(projects|regions|areas)")
_AMOUNT = re.compile(
    r"(?:FY\s*(?P<fy>\d{4})\s*:\s*)?(?P<line>[^¥]*?)\s*(?P<amount>¥\s*[\d.]+\s*bn\.?)"
)
_PER_UNIT = re.compile(
    r"For each (?P<unit>region|area),\s*(?P<low>¥\s*[\d.]+\s*bn\.?)\s*to\s*(?P<high>[\d.]+\s*bn\.?)"
)
_DURATION = re.compile(r"over (\d+)-year period")


def split_enumerated(text: str) -> dict[int | None, str]:
    """`1)A 2)B` -> {1: 'A', 2: 'B'}; text without markers -> {None: text}."""
    parts = _ENUM.split(text)
    if len(parts) == 1:
        return {None: text.strip()}
    out: dict[int | None, str] = {}
    head = parts[0].strip()
    if head:
        out[0] = head
    for k in range(1, len(parts) - 1, 2):
        out[int(parts[k])] = parts[k + 1].strip()
    return out


def _money(text: str) -> float:
    q = parse_cell_quantity(text if text.startswith("¥") else f"¥ {text}")
    if q is None:
        raise BindingError(f"policy_programs: cannot read the amount {text!r}")
    return q.value


PROGRAM_TABLES = ("policy_programs", "policy_program_phases", "policy_program_budgets")


def build_programs(
    tables: pd.DataFrame, cells: pd.DataFrame, blocks: pd.DataFrame, texts: dict[str, str]
) -> dict[str, pd.DataFrame]:
    binding = load_bindings()["policy_programs"]
    doc = binding["doc"]
    if doc not in texts:  # a corpus without the bound document
        return {n: empty_table(n) for n in PROGRAM_TABLES}
    text = texts[doc]
    table = _find_tables("policy_programs", binding, binding, tables).iloc[0]
    headers = [h or "" for h in table["header"]]
    col = {
        name: next(k for k, h in enumerate(headers) if re.search(pat, h, re.IGNORECASE))
        for name, pat in {
            "ministry": "ministry",
            "objective": "objective",
            "tools": "tools",
            "start": "start year",
            "count": "number of",
            "budget": "budget",
        }.items()
    }
    ministries = curation_rules()["ministries"]
    programs: list[dict[str, Any]] = []
    phases: list[dict[str, Any]] = []
    budgets: list[dict[str, Any]] = []
    tcells = cells[cells["table_id"] == table["table_id"]]
    for _, row in tcells.groupby("row_index", sort=True):
        c = {int(x.col_index): x for x in row.itertuples()}

        def span(k: int, c: dict[int, Any] = c) -> dict[str, Any]:
            s, e = int(c[k].char_start), int(c[k].char_end)
            return {"doc_id": doc, "char_start": s, "char_end": e, "quote": text[s:e]}

        names = split_enumerated(str(c[0].text))
        parent = names.pop(0, None)
        starts = split_enumerated(str(c[col["start"]].text))
        counts = split_enumerated(str(c[col["count"]].text))
        money = split_enumerated(str(c[col["budget"]].text))
        ministry = re.sub(r"\s*\(([A-Z]+)\)\s*$", "", str(c[col["ministry"]].text))
        for key, program in names.items():
            start_text = starts.get(key, starts.get(None, ""))
            found = list(_PHASE_YEAR.finditer(start_text))
            years = [int(y) for y in re.findall(r"\d{4}", start_text)]
            programs.append(
                {
                    "program": program,
                    "parent_program": parent,
                    "ministry": ministry,
                    "ministry_code": ministries.get(ministry),
                    "objective": c[col["objective"]].text,
                    "tools": c[col["tools"]].text,
                    "start_year": min(years) if years else None,
                    **span(0),
                }
            )
            count_text = counts.get(key, counts.get(None, ""))
            details = {
                m.group("phase"): m.group("detail").strip()
                for m in _PHASE_COUNT.finditer(count_text)
            }
            phase_rows: list[tuple[str, int | None]] = [
                (m.group("phase"), int(m.group("year"))) for m in found
            ] or [("single phase", years[0] if years else None)]
            for phase, year in phase_rows:
                detail = details.get(phase, count_text.strip() if phase == "single phase" else None)
                numbers = _COUNT.findall(detail or "")
                phases.append(
                    {
                        "phase_id": f"{program}: {phase}",
                        "program": program,
                        "phase": phase,
                        "start_year": year,
                        "end_year": None,
                        "n_projects_or_regions": sum(int(n) for n, _ in numbers)
                        if numbers
                        else None,
                        "n_unit": numbers[0][1] if numbers else None,
                        "n_detail": detail or None,
                        **span(col["start"]),
                    }
                )
            money_text = money.get(key, money.get(None, ""))
            per_unit = _PER_UNIT.search(money_text)
            duration = _DURATION.search(money_text)
            main = re.sub(r"\(For each.*?\)", "", money_text)
            for m in _AMOUNT.finditer(main):
                fy = m.group("fy") or re.search(r"FY\s*(\d{4})", money_text)
                fiscal_year = int(fy if isinstance(fy, str) else fy.group(1)) if fy else None
                line = m.group("line").strip(" :") or program
                budgets.append(
                    {
                        "budget_id": f"{program}: {line} FY{fiscal_year}",
                        "program": program,
                        "budget_line": line,
                        "fiscal_year": fiscal_year,
                        "amount": _money(m.group("amount")),
                        "currency": "JPY",
                        "per_unit_low": _money(per_unit.group("low")) if per_unit else None,
                        "per_unit_high": _money(per_unit.group("high")) if per_unit else None,
                        "per_unit": per_unit.group("unit") if per_unit else None,
                        "duration_years": int(duration.group(1)) if duration else None,
                        **span(col["budget"]),
                    }
                )
    terms = binding["terms"]
    doc_blocks = blocks[blocks["doc_id"] == doc]
    pattern = re.compile(terms["pattern"])
    for b in doc_blocks.itertuples():
        path = " > ".join(b.heading_path)
        term = pattern.match(b.text or "")
        if term and re.search(terms["heading"], path, re.IGNORECASE):
            phases.append(
                {
                    "phase_id": f"{terms['program']}: {term.group('phase')}",
                    "program": terms["program"],
                    "phase": term.group("phase"),
                    "start_year": int(term.group("start")),
                    "end_year": int(term.group("end")),
                    "n_projects_or_regions": None,
                    "n_unit": None,
                    "n_detail": None,
                    "doc_id": doc,
                    "char_start": int(b.char_start),
                    "char_end": int(b.char_end),
                    "quote": b.quote,
                }
            )
    return {
        "policy_programs": pd.DataFrame(programs),
        "policy_program_phases": pd.DataFrame(phases),
        "policy_program_budgets": pd.DataFrame(budgets),
    }
