"""What stands around a table: its caption or heading, its source note and its unit line,
found among the blocks next to it once a document's blocks are built (structure.py)."""

from __future__ import annotations

from pipelines.extracted.structure import block_patterns as bp
from pipelines.extracted.structure.blocks import Block
from pipelines.extracted.structure.tables import ParsedTable


def attach_captions(
    text: str, blocks: list[Block], tables: list[tuple[Block, ParsedTable]]
) -> None:
    """A table's caption is a `Table N` caption just before or after it, else the heading
    right above it; a `Source:` line just after it is its source note; a line that only
    states a unit (`（単位：億円）`) just above or below it is its unit line."""
    index = {id(b): k for k, b in enumerate(blocks)}
    for block, table in tables:
        k = index[id(block)]
        before = _neighbour(blocks, k, -1)
        after = _neighbour(blocks, k, +1)
        after_next = _neighbour(blocks, k, +2)
        if _is_unit_line(text, before) and before is not None:  # `（単位：億円）` above it
            table.unit_line = before.text
            before = _neighbour(blocks, index[id(before)], -1)
        elif (  # or below it, unless it heads the next table
            _is_unit_line(text, after)
            and after is not None
            and (after_next is None or after_next.kind != "table")
        ):
            table.unit_line = after.text
            after = after_next
            after_next = _neighbour(blocks, index[id(after)], +1) if after else None
        if table.title is not None:
            continue
        caption_after = (
            after is not None
            and after.kind == "caption"
            and (after_next is None or after_next.kind != "table")
        )
        if before is not None and (
            before.kind in ("caption", "figure_caption")
            or (before.kind == "paragraph" and bp.is_title_line(before.text))
        ):  # `表2 …`, `図3 …` or a title line alone (`Exports by sector, 2014`) above it
            table.title, table.caption_source = before.text, "caption"
        elif caption_after and after is not None:
            table.title, table.caption_source = after.text, "caption"
        elif before is not None and before.kind == "heading":
            table.title, table.caption_source = before.text, "heading"
        for note in (after, after_next if caption_after else None):
            if (
                note is not None
                and note.kind in ("paragraph", "figure_caption")
                and bp.SOURCE_NOTE.match(text[note.start : note.end])
            ):
                table.notes.append(note.text)
                break


def _is_unit_line(text: str, block: Block | None) -> bool:
    return (
        block is not None
        and block.kind in ("paragraph", "figure_caption", "caption")
        and bp.UNIT_LINE.match(text[block.start : block.end]) is not None
    )


def _neighbour(blocks: list[Block], k: int, step: int) -> Block | None:
    j = k + step
    while 0 <= j < len(blocks) and blocks[j].kind in ("page_number", "furniture"):
        j += step
    return blocks[j] if 0 <= j < len(blocks) else None
