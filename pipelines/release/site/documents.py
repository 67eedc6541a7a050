"""The release's own documents as pages of the site: the dataset card, the data dictionary and
the changelog rendered from their Markdown (raw HTML in it is shown as text, never run), and the
quality report drawn from quality/summary.json in the site's layout, its values as text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import markupsafe
from markdown_it import MarkdownIt

# The release's Markdown files, the site page each becomes, and its title.
PAGES = {"README.md": ("card.html", "Dataset card"),
         "data_dictionary.md": ("dictionary.html", "Data dictionary"),
         "CHANGELOG.md": ("changelog.html", "Changes")}  # fmt: skip
EXAMPLES_SHOWN = 5
VALUE_CHARS = 120


def markdown_pages(release_dir: Path, version: str) -> dict[str, dict[str, Any]]:
    """page file -> {title, html}, for each of the release's Markdown files that exists."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
    renames = {name: page for name, (page, _) in PAGES.items()}

    def link(url: str) -> str:
        return renames.get(
            url, url if "://" in url or url.startswith("#") else f"../{version}/{url}"
        )

    out = {}
    for name, (page, title) in PAGES.items():
        source = release_dir / name
        if not source.is_file():
            continue
        tokens = md.parse(source.read_text(encoding="utf-8"))
        for token in tokens:
            for child in token.children or []:
                if child.type == "link_open" and child.attrGet("href"):
                    child.attrSet("href", link(str(child.attrGet("href"))))
        html = md.renderer.render(tokens, md.options, {})
        out[page] = {"title": title, "source": name, "html": markupsafe.Markup(html)}
    return out


def _text(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= VALUE_CHARS else text[: VALUE_CHARS - 1] + "…"


def quality_page(release_dir: Path) -> dict[str, Any]:
    """The quality summary as rows to read: each expectation's arguments and failing values as
    short text, failures first."""
    path = release_dir / "quality" / "summary.json"
    summary = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    results = sorted(summary.get("results", []),
                     key=lambda r: (bool(r.get("success")), r.get("table", ""),
                                    r.get("expectation", "")))  # fmt: skip
    rows = [
        {
            "table": r.get("table", ""),
            "expectation": str(r.get("expectation", "")).removeprefix("expect_").replace("_", " "),
            "arguments": [f"{k} = {_text(v)}" for k, v in (r.get("kwargs") or {}).items()],
            "critical": bool(r.get("critical")),
            "success": bool(r.get("success")),
            "unexpected": r.get("unexpected_count"),
            "examples": [_text(x) for x in (r.get("unexpected_examples") or [])[:EXAMPLES_SHOWN]],
        }
        for r in results
    ]
    return {
        "summary": {
            k: summary.get(k) for k in ("expectations", "passed", "failed", "failed_critical")
        },
        "quarantined": summary.get("quarantined_documents") or [],
        "rejected": [_text(r) for r in summary.get("rejected_rows") or []],
        "results": rows,
    }
