"""The reference table of entities (programmes, laws, organisations, places) and where the
documents mention them."""

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.curated import PREF_CODE, YEAR
from schemas.provenance import Provenance
from schemas.vocabulary import COUNTRIES


class Entities(pa.DataFrameModel):
    entity_id: Series[str] = pa.Field(
        unique=True, str_matches=r"^[a-z0-9][a-z0-9_-]*$", description="Stable id (a slug)."
    )
    name: Series[str] = pa.Field(description="Name as the corpus gives it.")
    aliases: Series[object] = pa.Field(
        metadata={"duckdb_type": "VARCHAR[]"},
        description=(
            "Other names: abbreviations (INS, TAMA) and Japanese forms (医工連携); for a "
            "partnership, its names as the report writes them (a list item's lead, a case's "
            "title, the ESCP-4i table's name, its partners' names joined in prose)."
        ),
    )
    type: Series[str] = pa.Field(
        isin=[
            "organisation",
            "cluster",
            "programme",
            "law",
            "plan",
            "university",
            "prefecture",
            "region",
            "city",
            "agreement",
            "concept",
            "partnership",
        ],
        description="Kind of entity.",
    )
    prefecture_code: Series[str] = pa.Field(
        nullable=True, str_matches=PREF_CODE, description="Prefecture, for Japanese entities."
    )
    city: Series[str] = pa.Field(nullable=True, description="City, when known.")
    country: Series[str] = pa.Field(
        nullable=True, isin=COUNTRIES, description="ISO 3166-1 alpha-2."
    )
    founded_or_enacted_year: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        **YEAR,
        description=(
            "Year founded, enacted or launched, from the passage in year_doc_id / year_quote."
        ),
    )
    description: Series[str] = pa.Field(nullable=True, description="One line on what it is.")
    year_doc_id: Series[str] = pa.Field(
        nullable=True, description="Document of the passage that dates it."
    )
    year_char_start: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, ge=0, description="Start of that passage."
    )
    year_char_end: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, ge=0, description="End of that passage."
    )
    year_quote: Series[str] = pa.Field(
        nullable=True, description="The passage, checked against the document at build time."
    )
    n_mentions: Series[pd.Int64Dtype] = pa.Field(
        ge=0, description="Number of rows in entity_mentions."
    )

    class Config:
        strict = True
        description = (
            "The organisations, clusters, programmes, laws, plans and places the corpus names, "
            "curated in raw/curation/entities.yaml with checked quotes, and the partnerships "
            "(type `partnership`): each row of eu_japan_partnerships and escp4i_partnerships, "
            "one entity where both tables hold the same partnership (their entity_id). Covers "
            "the entities curated there and those partnerships, not every name of the "
            "documents (policy_events names more)."
        )


class EntityMentions(Provenance):
    mention_id: Series[str] = pa.Field(
        unique=True, description="Id derived from entity, document and offset."
    )
    entity_id: Series[str] = pa.Field(description="Entity (entities.entity_id).")
    surface: Series[str] = pa.Field(description="The name as written at that place.")
    block_id: Series[str] = pa.Field(
        nullable=True,
        description=(
            "The block the mention sits in (document_blocks.block_id); join facts on it for "
            "the numbers stated in the same passage. Null outside any block."
        ),
    )

    class Config:
        strict = True
        description = "Every place in the corpus where an entity's name or alias occurs."
