"""The pieces of a document's structure: blocks (a heading, paragraph, list item, table,
caption...) with their exact char spans, and the tables parsed from them."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipelines.extracted.structure.tables import ParsedTable


@dataclass
class Block:
    kind: str
    start: int
    end: int
    text: str
    level: int | None = None
    heading_path: list[str] = field(default_factory=list)
    table: ParsedTable | None = None


@dataclass
class DocumentStructure:
    blocks: list[Block]
    tables: list[tuple[Block, ParsedTable]]
