"""What a file is, from its bytes before its name: a PDF saved as `.txt` is not Shift_JIS text,
a `.docx` renamed `.txt` is a zip archive, an error page saved as `.pdf` is not a PDF. A file
whose bytes and name disagree is refused with both named; JRIS never guesses past the bytes.
"""

from __future__ import annotations

from pipelines.plumbing.errors import DocumentError

# leading bytes -> what the file is (a PDF may have a little junk before its header)
_MAGIC = (
    (b"PK\x03\x04", "a zip archive (.docx, .xlsx, .odt or .zip)"),
    (b"PK\x05\x06", "a zip archive (empty)"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE file (.doc, .xls or .ppt)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
)


def is_pdf(data: bytes) -> bool:
    """A PDF header in the first 1024 bytes, where readers look for it."""
    return b"%PDF-" in data[:1024]


def sniff(data: bytes) -> str | None:
    """What the bytes say the file is when it is not text: 'a PDF', 'a PNG image' ...; None for
    what may be text (decoding.py decides which, and says so for NUL bytes)."""
    if is_pdf(data):
        return "a PDF"
    if data[4:12] == b"ftypavif" or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        return "an image"
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def check_kind(data: bytes, name: str, suffix: str) -> None:
    """Raise DocumentError naming the file when its bytes are not the kind its name says."""
    kind = sniff(data)
    if suffix == ".pdf":
        if kind != "a PDF":
            what = kind or "text or other bytes"
            raise DocumentError(
                f"{name}: named .pdf but not a PDF (no %PDF header; the bytes are {what})"
            )
        return
    if kind == "a PDF":
        raise DocumentError(
            f"{name}: the bytes are a PDF (%PDF header) but the name says {suffix or 'no kind'}; "
            "rename it .pdf to read it as one"
        )
    if kind is not None:
        raise DocumentError(
            f"{name}: the bytes are {kind}, not a text document, whatever the name "
            f"{suffix or '(no suffix)'} says; convert it, or move it out of raw/"
        )
