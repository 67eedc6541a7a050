"""A small PDF whose one content stream inflates to tens of megabytes of text operators (a Flate
bomb): pdfminer's parser can exhaust the document's memory budget inside code where Python cannot
recover ("Fatal Python error: Cannot recover from MemoryErrors"). Read in a child process of its
own, it ends that child: the document is quarantined by name and the others publish."""

from __future__ import annotations

import zlib

from tests.integration.hostile import assert_one_line_error, release, sql

BUDGET = {"JRIS_DOCUMENT_MEMORY_MB": "300"}  # low enough to be met soon, high enough for a page


def flate_bomb(operators: int) -> bytes:
    """One page whose content stream repeats a text-showing operator `operators` times."""
    op = b"BT /F1 9 Tf 72 700 Td (12345) Tj ET\n"
    squeeze = zlib.compressobj(9)
    chunk = op * 100_000
    body = b"".join(squeeze.compress(chunk) for _ in range(operators // 100_000))
    body += squeeze.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(body) + body + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_a_flate_bomb_is_quarantined_by_name_and_the_rest_publishes(copy) -> None:
    raw, wh = copy
    bomb = flate_bomb(2_000_000)
    assert len(bomb) < 300_000  # small on disk: the harm is in what it inflates to
    (raw / "inflated.pdf").write_bytes(bomb)
    proc = release(raw, wh, env=BUDGET)
    assert_one_line_error(proc, "inflated.pdf", "budget of 300 MB of memory")
    assert "Fatal Python error" not in proc.stderr
    skipped = release(raw, wh, "--skip-bad", env=BUDGET)
    assert skipped.returncode == 0, skipped.stderr
    assert "inflated.pdf" in skipped.stdout + skipped.stderr  # said, not silently dropped
    query = (
        "SELECT 'bombs=' || count(*) FILTER (file_name = 'inflated.pdf') "
        "|| ' others=' || count(*) FROM documents"
    )
    published = sql(wh, query)
    assert published.returncode == 0, published.stderr
    assert "bombs=0 others=5" in published.stdout, published.stdout


def test_a_pdf_read_in_a_child_keeps_its_pages() -> None:
    """The child's answer is the document itself: text and page starts survive the trip."""
    from pipelines.extracted.store.budget import in_child
    from pipelines.raw.pdf_text import read_pdf
    from tests.pdf_fixtures import english_pdf

    data = english_pdf()
    here = read_pdf(data, "two.pdf")
    there = in_child("two.pdf", lambda: read_pdf(data, "two.pdf"))
    assert there == here
    assert len(there.page_starts) > 1 and "Tohoku" in there.text
