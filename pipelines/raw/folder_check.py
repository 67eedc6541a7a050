"""The folders a run reads and writes, checked before any work: the command says what is wrong
in one line and nothing is built."""

from __future__ import annotations

from pipelines.plumbing.settings import Paths
from pipelines.raw.suffixes import DOCUMENT_SUFFIXES


def input_problem(paths: Paths) -> str | None:
    """What is wrong with the folders a run reads and writes, found without doing any work."""
    raw = paths.raw_dir
    if not raw.exists():
        return f"--raw-dir {raw} does not exist: give the corpus folder (env JRIS_RAW_DIR)"
    if not raw.is_dir():
        return f"--raw-dir {raw} is not a folder: give the corpus folder (env JRIS_RAW_DIR)"
    if paths.warehouse_dir.exists() and not paths.warehouse_dir.is_dir():
        return f"--warehouse-dir {paths.warehouse_dir} is not a folder"
    if not any(f.suffix.lower() in DOCUMENT_SUFFIXES for f in raw.iterdir() if f.is_file()):
        return no_documents(paths)
    regions = paths.reference_dir / "japan_regions.yaml"
    if not regions.is_file():
        return (
            f"{regions} is missing: the prefectures table is built from it "
            "(copy reference/ from the JRIS repository's raw/ folder)"
        )
    return None


def no_documents(paths: Paths) -> str:
    return (
        f"{paths.raw_dir} holds no documents (.txt, .md, .html, .pdf): nothing to build; "
        "the stored extractions were left as they are"
    )
