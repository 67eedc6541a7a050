"""Curated-layer assets: reference tables now; the typed tables from extraction plug in here."""

from collections.abc import Iterator

import dagster as dg
import pandas as pd

from pipelines.checks import contract_check_spec, emit_validated_table
from pipelines.curated.prefectures import build_prefectures
from pipelines.resources import JrisPaths


@dg.asset(
    group_name="curated",
    check_specs=[contract_check_spec("prefectures")],
    description="prefectures: the 47 prefectures with ISO 3166-2:JP codes and regions.",
)
def prefectures(jris: JrisPaths) -> Iterator[dg.Output[pd.DataFrame] | dg.AssetCheckResult]:
    yield from emit_validated_table("prefectures", build_prefectures(jris.paths.reference_dir))
