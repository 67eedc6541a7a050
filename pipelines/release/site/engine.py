"""The site's query engine: DuckDB-wasm and the page script, bundled by `make web` (web/build)
into web/dist/ and copied by `jris publish` into site/engine/, so the query page and the table
viewer fetch nothing but the site's own files. Without the bundle (no npm where the site was
built) the pages are published all the same, and say in one line that queries need it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]
FILES = ("jris-site.js", "duckdb-browser-eh.worker.js", "duckdb-eh.wasm", "parquet_wasm_bg.wasm")
FOLDER = "engine"


def bundle_dir() -> Path | None:
    """Where the bundle was built (JRIS_SITE_ENGINE, else web/dist/), when it is whole."""
    where = Path(os.environ.get("JRIS_SITE_ENGINE") or REPO / "web" / "dist")
    return where if all((where / f).is_file() for f in FILES) else None


def copy_engine(site: Path) -> bool:
    """The bundle copied into site/engine/; False when there is none to copy."""
    source = bundle_dir()
    if source is None:
        return False
    (site / FOLDER).mkdir(parents=True, exist_ok=True)
    for f in sorted(source.iterdir()):
        if f.is_file():
            shutil.copy(f, site / FOLDER / f.name)
    return True


def page_config(root: str, version: str, tables: list[str], **extra: Any) -> dict[str, Any]:
    """What the page script reads from the page: where the engine and the Parquet files are."""
    return {
        "version": version,
        "engine": f"{root}site/{FOLDER}/",
        "data": f"{root}{version}/data/",
        "tables": tables,
        **extra,
    }
