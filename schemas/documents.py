"""`documents` and `document_texts`: the source layer."""

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.vocabulary import YEAR_MAX, YEAR_MIN

DOC_ID = r"^[\w][\w.-]*$"


class Documents(pa.DataFrameModel):
    doc_id: Series[str] = pa.Field(
        unique=True,
        str_matches=DOC_ID,
        description=(
            "Identifier of the document: its registry key, or for an unregistered file its "
            "lower-cased file stem. Stable across releases."
        ),
    )
    title: Series[str] = pa.Field(
        nullable=True,
        description=("Title from the registry, or inferred from the document's first heading."),
    )
    authors: Series[object] = pa.Field(
        metadata={"duckdb_type": "VARCHAR[]"},
        description=(
            "Authors (persons or organisations) as listed in the registry; empty when not known."
        ),
    )
    publisher: Series[str] = pa.Field(
        nullable=True, description="Publisher, journal or host institution."
    )
    year: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        ge=YEAR_MIN,
        le=YEAR_MAX,
        description=("Year of publication; null when the document does not date itself."),
    )
    kind: Series[str] = pa.Field(
        nullable=True, description=("Kind of document: article, slides, poster, report, ...")
    )
    language: Series[str] = pa.Field(
        nullable=True, description="Language as a BCP 47 tag (en, ja)."
    )
    source_url: Series[str] = pa.Field(
        nullable=True, description="Where the document can be found, when known."
    )
    licence_note: Series[str] = pa.Field(
        nullable=True, description="Licence and reuse terms as far as known."
    )
    full_text: Series[bool] = pa.Field(
        description=(
            "True when the release ships the document's full text; false when its licence allows "
            "quoted passages only (registry `full_text: false`): document_texts then holds the "
            "passages rows quote, every other character withheld as ░ at its offset, and `jris "
            "verify` checks the quotes against a copy of the document."
        )
    )
    metadata_source: Series[str] = pa.Field(
        isin=["registry", "inferred"],
        description=(
            "'registry' when raw/registry.yaml describes the document, 'inferred' when its "
            "metadata was guessed from the file name and first heading."
        ),
    )
    file_name: Series[str] = pa.Field(description="File name of the document inside raw/.")
    sha256: Series[str] = pa.Field(
        str_matches=r"^[0-9a-f]{64}$",
        description=("SHA-256 of the file's bytes as stored in raw/."),
    )
    n_bytes: Series[pd.Int64Dtype] = pa.Field(ge=1, description="Size of the file in bytes.")
    n_chars: Series[pd.Int64Dtype] = pa.Field(
        ge=0, description=("Length of the normalised text (NFC, `\\n` line ends) in characters.")
    )
    encoding_detected: Series[str] = pa.Field(
        isin=[
            "pdf",
            "utf-8",
            "utf-8-sig",
            "utf-16-le",
            "utf-16-be",
            "utf-32-le",
            "utf-32-be",
            "shift_jis",
            "euc-jp",
            "windows-1252",
        ],
        description="Encoding detected from the file's bytes.",
    )

    class Config:
        strict = True
        description = (
            "One row per document of the corpus in raw/: bibliographic metadata from "
            "the registry, and the hash, size and encoding computed from the file."
        )


class DocumentTexts(pa.DataFrameModel):
    doc_id: Series[str] = pa.Field(
        unique=True,
        str_matches=DOC_ID,
        description=("Identifier of the document (documents.doc_id)."),
    )
    text: Series[str] = pa.Field(
        description=(
            "The document's normalised text (Unicode NFC, `\\n` line ends). Every char_start / "
            "char_end in the dataset is a 0-based, end-exclusive offset into this text."
        )
    )

    class Config:
        strict = True
        description = (
            "The normalised text of every document, so that anyone can check a quote: "
            "substring(text, char_start + 1, char_end - char_start) = quote."
        )
