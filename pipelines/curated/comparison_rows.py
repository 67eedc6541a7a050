"""The shape every fact_comparisons row shares: its id, its two sides' passages, and what counts
as the same value and the same measure; the checks (comparisons, passage_checks,
event_comparisons, count_references) only decide which sides to set side by side and the
verdict."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from pipelines.curated.parsers import curation_rules

COLUMNS = [
    "comparison_id", "check_type", "verdict", "measure", "entity_id", "geography", "unit",
    "value", "value_b", "period_start", "period_b", "note",
    "doc_id", "char_start", "char_end", "quote",
    "doc_id_b", "char_start_b", "char_end_b", "quote_b",
]  # fmt: skip


def comparison_id(*parts: object) -> str:
    return "cmp_" + hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:12]


def _side_b(row: Any) -> dict[str, Any]:
    return {
        "doc_id_b": row.doc_id,
        "char_start_b": int(row.char_start),
        "char_end_b": int(row.char_end),
        "quote_b": row.quote,
    }


def row(check: str, verdict: str, a: Any, b: Any, note: str, **kw: Any) -> dict[str, Any]:
    return {
        "comparison_id": comparison_id(check, a.fact_id, getattr(b, "fact_id", b.quote)),
        "check_type": check,
        "verdict": verdict,
        "measure": kw.get("measure", getattr(a, "measure", None)),
        "entity_id": kw.get("entity_id", getattr(a, "entity_id", None)),
        "geography": kw.get("geography", getattr(a, "geography", None)),
        "unit": kw.get("unit", getattr(a, "unit", None)),
        "value": kw.get("value", getattr(a, "value", None)),
        "value_b": kw.get("value_b", getattr(b, "value", None)),
        "period_start": kw.get("period_a", getattr(a, "period_start", None)),
        "period_b": kw.get("period_b", getattr(b, "period_start", None)),
        "note": note,
        "doc_id": a.doc_id,
        "char_start": int(a.char_start),
        "char_end": int(a.char_end),
        "quote": a.quote,
        **_side_b(b),
    }


def same(a: float, b: float) -> bool:
    """Equal as stated: within rounding of the less precise side (5,000 and 5,000; 3.4 and 3.4)."""
    return abs(a - b) <= 0.005 * max(abs(a), abs(b))


_QUALIFIER = re.compile(r"(?:\s*\([^()]*(?:\([^()]*\)[^()]*)*\))+\s*$")


_PARTICIPLE = re.compile(
    r"\s+(?:\w+ed|shown|drawn|held|made|built|known|given|taken|set|run|led|won|sold|grown)"
    r"\s+(?:to|in|by|from|for|at|on|with|under|into|across)\b.*$",
    re.IGNORECASE,
)


def unbracketed(measure: str) -> str:
    """A measure without the qualifiers after it, in brackets (`projects (Phase 1)`, `Staff
    hired (Greenhill)`) or a participle's phrase (`smart meters introduced to Japan`): they say
    which item or part it is, not what it counts."""
    text = _QUALIFIER.sub("", measure) or measure
    return _PARTICIPLE.sub("", text) or text


def measure_key(measure: str) -> str:
    """What a measure counts, as one word: its head noun (the last word before `for`, `of`, `in`
    …, past the qualifiers and participles after it), singular, through the classes of rules.yaml (`designated
    locations`, `sites for high-technology production` and `cities` all count places)."""
    rules = curation_rules()["comparisons"]
    words = re.findall(r"[\w'’-]+", unbracketed(str(measure)).lower())
    cut = next(
        (k for k, w in enumerate(words) if k and w in rules["measure_cut_words"]), len(words)
    )
    while cut > 1 and _participle(words[cut - 1]):
        cut -= 1  # `cities established`, `areas designated`: the noun, not the act done to it
    head = words[cut - 1] if cut else ""
    head = _singular(head)
    return str(rules["measure_classes"].get(head, head))


def _participle(word: str) -> bool:
    irregular = curation_rules()["comparisons"]["irregular_participles"]
    return word in irregular or (len(word) > 4 and word.endswith("ed") and not word.endswith("eed"))


def _singular(word: str) -> str:
    if word.endswith(("sses", "xes", "ches", "shes")):  # losses, taxes, branches
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word
