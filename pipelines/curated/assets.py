"""Curated-layer assets: reference tables and the typed tables researchers join and chart."""

from collections.abc import Iterator

import dagster as dg
import pandas as pd

from pipelines.checks import contract_check_spec, emit_validated_table, validated_table_events
from pipelines.curated.build import CURATED, build_curated
from pipelines.curated.prefectures import build_prefectures
from pipelines.resources import JrisPaths
from schemas import CONTRACTS


@dg.asset(
    group_name="curated",
    check_specs=[contract_check_spec("prefectures")],
    description="prefectures: the 47 prefectures with ISO 3166-2:JP codes and regions.",
)
def prefectures(jris: JrisPaths) -> Iterator[dg.Output[pd.DataFrame] | dg.AssetCheckResult]:
    yield from emit_validated_table("prefectures", build_prefectures(jris.paths.reference_dir))


@dg.multi_asset(
    group_name="curated",
    outs={name: dg.AssetOut(description=CONTRACTS[name].description) for name in CURATED},
    check_specs=[contract_check_spec(name) for name in CURATED],
)
def curated_tables(
    jris: JrisPaths,
    document_texts: pd.DataFrame,
    document_blocks: pd.DataFrame,
    extracted_tables: pd.DataFrame,
    extracted_table_cells: pd.DataFrame,
    facts: pd.DataFrame,
) -> Iterator[dg.Output | dg.AssetCheckResult]:
    texts = dict(zip(document_texts["doc_id"], document_texts["text"], strict=True))
    tables = build_curated(
        texts,
        document_blocks,
        extracted_tables,
        extracted_table_cells,
        facts,
        jris.paths.raw_dir / "curation",
    )
    yield from validated_table_events(tables)
