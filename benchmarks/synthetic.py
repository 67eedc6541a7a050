"""A synthetic corpus of N documents built from the five sources, for the scale benchmarks.

Every corpus holds the five real documents (the curated tables are bound to them) plus N - 5
documents, each a run of passages from one source, in shuffled order, with every number varied
(years by a few years, other numbers by a few units of their last digit, keeping their
format), under a title of its
own, so no two documents are equal and extraction does real work on each. Numbers move by the
same amount within a document, so no range is turned upside down.
"""

from __future__ import annotations

import functools
import random
import re
import shutil
from pathlib import Path

from pipelines.plumbing.settings import REPO_ROOT

_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.])\d+(?:\.\d+)?")
SOURCES = REPO_ROOT / "raw"


def _vary(match: re.Match[str], shift: int, step: int) -> str:
    """Years move by `shift`, other numbers by `step` units of their last digit: the same
    for every number of a passage, so ranges (`2007 to 2008`, `0.5 bn. to 0.8 bn.`) keep
    their order and the quality expectations hold."""
    s = match.group(0)
    plain = s.replace(",", "")
    if re.fullmatch(r"(18|19|20)\d\d", plain):
        return str(min(max(int(plain) + shift, 1800), 2099))
    if "." in plain:
        decimals = len(plain.split(".")[1])
        value = float(plain) + step / 10**decimals
        return f"{value:,.{decimals}f}" if "," in s else f"{value:.{decimals}f}"
    value_i = int(plain) + step
    return f"{value_i:,}" if "," in s else str(value_i)


def _passages(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def make_corpus(
    target: Path, n: int, seed: int = 20261123, mean_chars: int | None = 12_000
) -> Path:
    """Write raw/ for a corpus of n documents (n >= 5) into target; returns the raw folder.
    mean_chars=None makes each document a whole source, varied: as long as the five."""
    raw = target / "raw"
    if raw.exists():
        shutil.rmtree(raw)
    raw.mkdir(parents=True)
    for item in SOURCES.iterdir():
        if item.is_dir():
            shutil.copytree(item, raw / item.name)
        else:
            shutil.copy2(item, raw / item.name)
    rng = random.Random(seed)
    sources = sorted(SOURCES.glob("*.txt"))
    passages = {p.stem: _passages(p.read_text(encoding="utf-8")) for p in sources}
    for i in range(max(0, n - len(sources))):
        stem = rng.choice(sorted(passages))
        blocks = passages[stem]
        if mean_chars is None:
            size, start = sum(len(b) for b in blocks), 0
        else:
            size = int(min(30_000, max(3_000, rng.gauss(mean_chars, mean_chars / 3))))
            start = rng.randrange(len(blocks))
        chosen: list[str] = []
        total = 0
        k = start
        while total < size and len(chosen) < len(blocks):
            chosen.append(blocks[k % len(blocks)])
            total += len(chosen[-1])
            k += 1
        head, body = chosen[:1], chosen[1:]
        rng.shuffle(body)
        shift, step = rng.randint(-3, 3), rng.randint(1, 9)
        vary = functools.partial(_vary, shift=shift, step=step)
        text = "\n\n".join(_NUMBER.sub(vary, b) for b in head + body)
        title = f"# Regional innovation report {i + 1:05d}: notes after {stem}\n\n"
        (raw / f"synthetic-{i + 1:05d}.txt").write_text(title + text + "\n", encoding="utf-8")
    return raw
