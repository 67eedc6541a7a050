"""Issue 37 (point 3): which registry addresses the site makes links, read as a browser reads
them (case, spaces and control characters around the scheme, tabs and line ends inside it);
and JSON for a <script> block that reads back the same and cannot end it."""

from __future__ import annotations

import json

import pytest

from pipelines.release.site.build import json_for_script
from pipelines.release.site.pages import safe_link


@pytest.mark.parametrize(
    "url",
    ["https://example.org/a?b=1&c=2", "HTTP://EXAMPLE.ORG", "//example.org/x", "/local/page.html",
     "docs/page.html", "  https://example.org/ "],
)  # fmt: skip
def test_http_and_relative_addresses_are_links(url: str) -> None:
    assert safe_link(url)


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "\x01javascript:alert(1)",
     "java\tscript:alert(1)", "java\nscript:alert(1)", "data:text/html,<script>alert(1)</script>",
     "vbscript:msgbox(1)", "file:///etc/passwd", "mailto:someone@example.org", "", "   ", None],
)  # fmt: skip
def test_any_other_scheme_is_no_link(url: str | None) -> None:
    assert not safe_link(url)


def test_json_for_a_script_block_reads_back_and_cannot_end_it() -> None:
    data = {"name": "a <!--<script> </script> & b > c", "list": ["</SCRIPT", "\u2028"]}
    text = str(json_for_script(data))
    assert not any(c in text for c in "<>&")
    assert json.loads(text) == data
