"""The file kinds raw/ may hold, apart from the reader that reads them: the command line checks
a raw folder by its suffixes at start-up, and the reader (registry.py) loads pdfminer, a tenth
of a second every `jris` command would pay for nothing."""

from __future__ import annotations

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm"}
DOCUMENT_SUFFIXES = TEXT_SUFFIXES | {".pdf"}
