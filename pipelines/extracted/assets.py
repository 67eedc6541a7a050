"""Extracted-layer assets: blocks, tables, cells and facts of every document, from one parse."""

from collections.abc import Iterator

import dagster as dg

from pipelines.checks import contract_check_spec, validated_table_events
from pipelines.extracted.frames import extract_frames
from pipelines.raw.registry import Corpus

EXTRACTED_TABLES = {
    "document_blocks": "Headings, paragraphs, list items, tables, captions, footnotes and "
    "references of every document.",
    "extracted_tables": "Every data table, with caption, header and shape.",
    "extracted_table_cells": "Every cell, clean and typed, with its span.",
    "facts": "Every quantitative statement with unit, subject, period and place.",
    "citations": "Reference-list entries and footnotes, parsed.",
}


@dg.multi_asset(
    group_name="extracted",
    outs={name: dg.AssetOut(description=text) for name, text in EXTRACTED_TABLES.items()},
    check_specs=[contract_check_spec(name) for name in EXTRACTED_TABLES],
)
def generic_extraction(source_corpus: Corpus) -> Iterator[dg.Output | dg.AssetCheckResult]:
    frames = extract_frames(source_corpus.documents)
    yield from validated_table_events(
        {
            "document_blocks": frames.blocks,
            "extracted_tables": frames.tables,
            "extracted_table_cells": frames.cells,
            "facts": frames.facts,
            "citations": frames.citations,
        }
    )
