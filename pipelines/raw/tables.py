"""The source-layer tables `documents` and `document_texts`, built from the read corpus."""

from __future__ import annotations

import pandas as pd

from pipelines.raw.registry import METADATA_FIELDS, Corpus


def documents_table(corpus: Corpus) -> pd.DataFrame:
    rows = []
    for d in corpus.documents:
        rows.append(
            {
                "doc_id": d.doc_id,
                **{k: d.metadata.get(k) for k in METADATA_FIELDS},
                "metadata_source": d.metadata_source,
                "file_name": d.path.name,
                "sha256": d.sha256,
                "n_bytes": d.n_bytes,
                "n_chars": len(d.text),
                "encoding_detected": d.encoding_detected,
            }
        )
    df = pd.DataFrame(
        rows,
        columns=[
            "doc_id",
            *METADATA_FIELDS,
            "metadata_source",
            "file_name",
            "sha256",
            "n_bytes",
            "n_chars",
            "encoding_detected",
        ],
    )
    df["authors"] = df["authors"].apply(lambda a: list(a) if isinstance(a, list) else [])
    df["full_text"] = df["full_text"].map(lambda v: v is not False).astype(bool)
    for col in ("year", "n_bytes", "n_chars"):
        df[col] = df[col].astype("Int64")
    return df


def document_texts_table(corpus: Corpus) -> pd.DataFrame:
    return pd.DataFrame(
        {"doc_id": [d.doc_id for d in corpus.documents], "text": [d.text for d in corpus.documents]}
    )
