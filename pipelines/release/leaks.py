"""No column carries what a licence withholds: a run of RUN characters that, in the corpus,
only a withheld passage of a document holds is masked as ░ wherever a table copies it (a
sentence, a subject, a citation, a measure), and a release whose files still hold one fails.

A run is compared with whitespace read as one space, so a line-wrapped copy is found too. A run
that a shipped quote of the same document, a document shipped whole, or the registry's metadata
(titles, authors) also holds is public and stays. Values shorter than RUN are never masked: a
few words of a document are a name or a phrase, not its text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from pipelines.plumbing.errors import ReleaseError

WITHHELD = "░"
RUN = 32  # characters: the shortest copy of a withheld passage that counts as a leak
_SPACE = re.compile(r"\s")


def _flat(text: str) -> str:
    """Every whitespace character as one space: same length, so offsets still map."""
    return _SPACE.sub(" ", text)


@dataclass
class WithheldRuns:
    """Each RUN-character run only withheld passages hold, with where it sits in its text."""

    runs: dict[str, tuple[str, int]] = field(default_factory=dict)
    withheld: dict[str, list[bool]] = field(default_factory=dict)

    @classmethod
    def build(
        cls, originals: dict[str, str], shipped: dict[str, str], public: Iterable[str]
    ) -> WithheldRuns:
        """originals: doc_id -> full text; shipped: doc_id -> the text with ░ where withheld;
        public: every text that may be shipped (whole documents, metadata)."""
        out = cls()
        seen: set[str] = set()
        for doc, text in originals.items():
            flat, kept = _flat(text), shipped[doc]
            hidden = [ch == WITHHELD and text[i] != WITHHELD for i, ch in enumerate(kept)]
            out.withheld[doc] = hidden
            for p in range(len(flat) - RUN + 1):
                run = flat[p : p + RUN]
                if any(hidden[p : p + RUN]):
                    out.runs.setdefault(run, (doc, p))
                else:
                    seen.add(run)
        for run in seen:
            out.runs.pop(run, None)
        for text in public if out.runs else ():  # no set of its runs: the public text is large
            flat = _flat(text)
            for p in range(len(flat) - RUN + 1):
                out.runs.pop(flat[p : p + RUN], None)
        return out

    def _hidden(self, value: str) -> set[int]:
        """Positions of `value` that copy a withheld character."""
        flat, marked = _flat(value), set[int]()
        for i in range(len(flat) - RUN + 1):
            where = self.runs.get(flat[i : i + RUN])
            if where is not None:
                doc, p = where
                hidden = self.withheld[doc]
                marked.update(i + j for j in range(RUN) if hidden[p + j])
        return marked

    def mask(self, value: str | None) -> str | None:
        if value is None or len(value) < RUN or not self.runs:
            return value
        marked = self._hidden(value)
        if not marked:
            return value
        return "".join(WITHHELD if i in marked else ch for i, ch in enumerate(value))

    def leaked(self, value: str | None) -> int:
        if value is None or len(value) < RUN or not self.runs:
            return 0
        return len(self._hidden(value))


def check_release_files(data_dir: Path, runs: WithheldRuns) -> None:
    """Fail the release when any text column of any table file copies a withheld passage."""
    if not runs.runs:
        return
    con = duckdb.connect()
    found: list[str] = []
    for path in sorted(data_dir.glob("*.parquet")):
        relation = con.read_parquet(str(path))
        for name, kind in zip(relation.columns, relation.types, strict=True):
            if str(kind) != "VARCHAR":
                continue
            values = relation.select(duckdb.ColumnExpression(name)).fetchall()
            chars = sum(runs.leaked(v) for (v,) in values)
            if chars:
                found.append(f"{path.stem}.{name} ({chars:,} characters)")
    if found:
        raise ReleaseError(
            f"{data_dir}: text withheld by a document's licence (full_text: false) is copied in "
            + ", ".join(found)
        )
