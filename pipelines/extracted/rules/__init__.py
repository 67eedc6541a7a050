"""Extraction rules kept as data: unit words, null markers, block and caption patterns."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

RULES_DIR = Path(__file__).resolve().parent


@cache
def load_rules(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((RULES_DIR / f"{name}.yaml").read_text(encoding="utf-8"))
    return data
