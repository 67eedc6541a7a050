"""Raw-layer assets: the corpus read from raw/, and the `documents` / `document_texts` tables."""

from collections.abc import Iterator

import dagster as dg
import pandas as pd

from pipelines.checks import contract_check_spec, emit_validated_table
from pipelines.raw.registry import Corpus, read_corpus
from pipelines.raw.tables import document_texts_table, documents_table
from pipelines.resources import JrisPaths


@dg.asset(
    group_name="raw",
    description="Every document in raw/, decoded and normalised; "
    "unreadable documents are quarantined with their reason.",
)
def source_corpus(context: dg.AssetExecutionContext, jris: JrisPaths) -> dg.Output[Corpus]:
    paths = jris.paths
    corpus = read_corpus(paths.raw_dir, paths.registry_path)
    for warning in corpus.warnings:
        context.log.warning(warning)
    for q in corpus.quarantined:
        context.log.error(f"quarantined {q.file}: {q.reason}")
    return dg.Output(
        corpus,
        metadata={
            "documents": len(corpus.documents),
            "quarantined": dg.MetadataValue.json([q.__dict__ for q in corpus.quarantined]),
            "warnings": dg.MetadataValue.json(corpus.warnings),
        },
    )


@dg.asset(
    group_name="raw",
    check_specs=[contract_check_spec("documents")],
    description="documents: one row per document with its metadata, hash and encoding.",
)
def documents(source_corpus: Corpus) -> Iterator[dg.Output[pd.DataFrame] | dg.AssetCheckResult]:
    yield from emit_validated_table("documents", documents_table(source_corpus))


@dg.asset(
    group_name="raw",
    check_specs=[contract_check_spec("document_texts")],
    description="document_texts: the normalised text every char span points into.",
)
def document_texts(
    source_corpus: Corpus,
) -> Iterator[dg.Output[pd.DataFrame] | dg.AssetCheckResult]:
    yield from emit_validated_table("document_texts", document_texts_table(source_corpus))
