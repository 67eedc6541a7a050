"""More real PDFs for the PDF benchmark, read at run time straight from the peers' fetched
repositories (never copied here): every PDF of pdfplumber's `tests/pdfs/` and camelot's
`tests/files/` whose cells the peers' own tests assert (benchmarks/peer_expected.py), and a
few chosen for the kinds of text layer ../shared/peer_pdfs lacks (prose minutes in French, a
lorem-ipsum page in many narrow columns, a form, pages and tables set sideways, a gazette whose
words carry no spaces, an agenda, an audit form, an electoral roll).

Named as in ../shared/peer_pdfs (`plumber-NAME`, `camelot-NAME`) so that their expected cells
are found under the same names; those already in ../shared are left to its own section.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from benchmarks.peer_expected import _repos, camelot_expected, plumber_expected

# (peer, path in its repository): PDFs picked for their kind of text, whatever their tests assert
CHOSEN = (
    ("pdfplumber", "tests/pdfs/2023-06-20-PV.pdf"),  # French minutes, prose and lists
    ("pdfplumber", "tests/pdfs/issue-33-lorem-ipsum.pdf"),  # many narrow columns
    ("pdfplumber", "tests/pdfs/pdffill-demo.pdf"),  # a form with drawings and fields
    ("pdfplumber", "tests/pdfs/nics-background-checks-2015-11-rotated.pdf"),  # a page turned
    ("pdfplumber", "tests/pdfs/150109DSP-Milw-505-90D.pdf"),  # a report with prose cells
    ("pdfplumber", "tests/pdfs/cupertino_usd_4-6-16.pdf"),  # a meeting agenda
    ("pdfplumber", "tests/pdfs/issue-1054-example.pdf"),  # a German gazette, words unspaced
    ("camelot", "tests/files/anticlockwise_table_2.pdf"),  # a table set sideways
    ("camelot", "tests/files/tabula/rotated_page.pdf"),  # a page set sideways
    ("camelot", "tests/files/tabula/china.pdf"),  # an audit form
    ("camelot", "tests/files/electoral_roll.pdf"),  # a roll of many small records
    ("camelot", "tests/files/vertical_header.pdf"),  # headers written upwards
)
PREFIX = {"pdfplumber": "plumber-", "camelot": "camelot-"}


def _blob(repo: Path, path: str) -> bytes | None:
    if (repo / path).is_file():  # a checkout
        return (repo / path).read_bytes()
    done = subprocess.run(
        ["git", "--git-dir", str(repo), "show", f"HEAD:{path}"], capture_output=True, check=False
    )
    return done.stdout if done.returncode == 0 and done.stdout.startswith(b"%PDF") else None


def repo_pdfs(skip: set[str]) -> tuple[list[tuple[str, bytes]], list[str]]:
    """The further PDFs as (name, bytes), without those named in `skip`, and a note per PDF
    not found; a peer whose repository is absent gives none (peer_expected notes it)."""
    repos, notes = _repos(), []
    wanted: dict[str, tuple[str, str]] = {}
    for peer, path in CHOSEN:
        wanted.setdefault(PREFIX[peer] + Path(path).name, (peer, path))
    for peer in ("pdfplumber", "camelot"):
        if not repos[peer].exists():
            continue
        if peer == "camelot":
            asserted = ["tests/files/" + p for p in camelot_expected(repos[peer])]
        else:
            asserted = ["tests/" + p for p in plumber_expected(repos[peer])]
        for path in asserted:
            wanted.setdefault(PREFIX[peer] + Path(path).name, (peer, path))
    out = []
    for name, (peer, path) in sorted(wanted.items()):
        if name in skip or not repos[peer].exists():
            continue
        data = _blob(repos[peer], path)
        if data is None:
            notes.append(f"{peer}: {path} not in its repository (or not a PDF)")
            continue
        out.append((name, data))
    return out, notes
