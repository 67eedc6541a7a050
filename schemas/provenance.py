"""The provenance columns every extracted and curated row carries, defined once."""

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.documents import DOC_ID


class Provenance(pa.DataFrameModel):
    """doc_id, char_start, char_end and quote: where in which document a row comes from."""

    doc_id: Series[str] = pa.Field(
        str_matches=DOC_ID, description="Document the row comes from (documents.doc_id)."
    )
    char_start: Series[pd.Int64Dtype] = pa.Field(
        ge=0,
        description=("0-based offset of the passage the row comes from in document_texts.text."),
    )
    char_end: Series[pd.Int64Dtype] = pa.Field(ge=0, description="End of that passage (exclusive).")
    quote: Series[str] = pa.Field(
        description=("The exact passage text[char_start:char_end], markup included.")
    )

    @pa.dataframe_check(description="char_start <= char_end")
    def span_is_ordered(cls, df: pd.DataFrame) -> pd.Series:
        return df["char_start"] <= df["char_end"]

    @pa.dataframe_check(description="quote length equals char_end - char_start")
    def quote_fits_span(cls, df: pd.DataFrame) -> pd.Series:
        return df["quote"].str.len() == df["char_end"] - df["char_start"]


class PagedProvenance(Provenance):
    """Provenance with the page of a PDF the passage starts on."""

    page: Series[pd.Int64Dtype] = pa.Field(
        nullable=True,
        ge=1,
        description=(
            "Page of the PDF the passage starts on (1-based); null for a document without pages."
        ),
    )
    ocr_confidence: Series[float] = pa.Field(
        nullable=True,
        ge=0,
        le=1,
        description=(
            "Mean confidence (0-1) Tesseract gave the words of the scanned page the passage "
            "starts on, read by OCR; null for a page with a text layer or a document without "
            "pages."
        ),
    )
