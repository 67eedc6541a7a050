"""croissant.json: the release described in Croissant 1.0 JSON-LD (MLCommons), generated from
the contracts like datapackage.json: a FileObject per Parquet file with its sha256, a RecordSet
per table with its fields, key and foreign keys. tests validate it with mlcroissant."""

from __future__ import annotations

from typing import Any

from pipelines.release.metadata import DESCRIPTION, TITLE, ordered_tables
from schemas import CONTRACTS, FOREIGN_KEYS

# The Croissant 1.0 vocabulary's context, as its specification gives it.
CONTEXT: dict[str, Any] = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "parentField": "cr:parentField",
    "path": "cr:path",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}
_TYPES = {"VARCHAR": "sc:Text", "BIGINT": "sc:Integer", "DOUBLE": "sc:Float",
          "BOOLEAN": "sc:Boolean", "VARCHAR[]": "sc:Text"}  # fmt: skip


def croissant(
    version: str, tables: dict[str, dict[str, Any]], url: str | None, cite_as: str
) -> dict[str, Any]:
    files, record_sets = [], []
    for name in ordered_tables():
        contract = CONTRACTS[name]
        files.append(
            {
                "@type": "cr:FileObject",
                "@id": f"{name}.parquet",
                "name": f"{name}.parquet",
                "contentUrl": f"data/{name}.parquet",
                "encodingFormat": "application/x-parquet",
                "sha256": tables[name]["sha256"],
            }
        )
        refs = {col: f"{t}/{tc}" for tb, col, t, tc in FOREIGN_KEYS if tb == name}
        fields = []
        for col in contract.columns:
            field: dict[str, Any] = {
                "@type": "cr:Field",
                "@id": f"{name}/{col.name}",
                "name": col.name,
                "description": col.description,
                "dataType": _TYPES.get(col.duckdb_type, "sc:Text"),
                "source": {"fileObject": {"@id": f"{name}.parquet"},
                           "extract": {"column": col.name}},
            }  # fmt: skip
            if col.duckdb_type.endswith("[]"):
                field["repeated"] = True
            if col.name in refs:
                field["references"] = {"field": {"@id": refs[col.name]}}
            fields.append(field)
        record_sets.append(
            {
                "@type": "cr:RecordSet",
                "@id": name,
                "name": name,
                "description": contract.description,
                "key": [{"@id": f"{name}/{k}"} for k in contract.primary_key],
                "field": fields,
            }
        )
    return {
        "@context": CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": "http://mlcommons.org/croissant/1.0",
        "name": "jris",
        "alternateName": TITLE,
        "description": DESCRIPTION,
        "version": version,
        "license": "https://creativecommons.org/licenses/by/4.0/",
        "url": url or "https://example.invalid/jris/",
        "citeAs": cite_as,
        "creator": {"@type": "sc:Organization", "name": "JRIS contributors"},
        "keywords": [
            "regional innovation systems",
            "industrial clusters",
            "Japan",
            "science and technology policy",
        ],  # fmt: skip
        "distribution": files,
        "recordSet": record_sets,
    }
