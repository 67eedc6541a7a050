"""What the command line loads before any command runs: every `jris` process pays for it, and
a query or a listing needs no PDF reader and no progress bars."""

from __future__ import annotations

from tests.fresh_python import fresh_python


def test_the_command_line_loads_no_pdf_reader_and_no_progress_bars() -> None:
    done = fresh_python(
        """
        import sys
        import pipelines.cli.main
        print(sorted(m for m in sys.modules if m.split(".")[0] == "pdfminer"
                     or m == "rich.progress"))
        """
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_folder_check_and_the_reader_take_the_same_suffixes() -> None:
    from pipelines.raw import registry, suffixes

    assert registry.DOCUMENT_SUFFIXES is suffixes.DOCUMENT_SUFFIXES
    assert {".txt", ".md", ".html", ".pdf"} <= suffixes.DOCUMENT_SUFFIXES
