"""Issue 37 (point 3): a registry whose titles, authors, publishers, licences and addresses are
written to attack the site. `jris release` and `jris publish` build it; every page, parsed by
an HTML5 parser (lexbor), keeps all its sections (nothing swallowed by a comment or a script
that never ends), carries no script but the landing page's JSON-LD (which reads back as the
same data), the pages' own JSON data and the site's one script file (issue 34: the query
engine), and no link or source with a scheme that runs code."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from selectolax.lexbor import LexborHTMLParser, LexborNode

from tests.conftest import RAW
from tests.integration.hostile import jris, release

TITLE = "Clusters <!--<script>alert(1)</script> </script><script>alert(2)</script>"
AUTHOR = "</script><img src=x onerror=alert(3)>"
LICENCE = "</td></tr></table><script>alert(4)</script><!--"
PUBLISHER = "<!-- publisher <style> <textarea>"
SCRIPT_URL = "javascript:alert(document.cookie)"
# Addresses that must not become links, and one that must (its `&` and `<>` escaped).
URLS = [
    SCRIPT_URL,
    " JaVaScRiPt:alert(6)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCg4KTwvc2NyaXB0Pg==",
    "vbscript:msgbox(9)",
    "https://example.org/doc?a=1&b=<2>",
]
SAFE_URL = URLS[-1]
LANDING_SECTIONS = ["download", "query", "cite", "tables", "sources", "versions"]
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "srcdoc", "data")
BAD_SCHEME = re.compile(r"^(javascript|data|vbscript):", re.IGNORECASE)


def _hostile_registry(raw: Path) -> None:
    path = raw / "registry.yaml"
    registry = yaml.safe_load(path.read_text(encoding="utf-8"))
    docs = list(registry["documents"].values())
    docs[0].update(title=TITLE, authors=[AUTHOR], publisher=PUBLISHER, licence_note=LICENCE)
    docs[1].update(title="</title><script>alert(5)</script>",
                   licence_note="data:text/html,<script>alert(7)</script>")  # fmt: skip
    for doc, url in zip(docs, URLS, strict=True):
        doc["source_url"] = url
    path.write_text(yaml.safe_dump(registry, allow_unicode=True, sort_keys=False), "utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("hostile_site")
    raw, wh, dest = work / "raw", work / "wh", work / "site"
    shutil.copytree(RAW, raw)
    _hostile_registry(raw)
    done = release(raw, wh)
    assert done.returncode == 0, done.stderr
    done = jris("publish", "--warehouse-dir", wh, "--to", dest)
    assert done.returncode == 0, done.stderr
    return dest


def pages(site: Path) -> dict[str, LexborHTMLParser]:
    found = [site / "index.html", *sorted((site / "site").rglob("*.html"))]
    return {p.relative_to(site).as_posix(): LexborHTMLParser(p.read_text("utf-8")) for p in found}


def _text(node: LexborHTMLParser | LexborNode, selector: str) -> str:
    found = node.css_first(selector)
    return "" if found is None else found.text()


def _last_element(node: LexborNode) -> LexborNode | None:
    last = None
    for child in node.iter(include_text=False):
        last = child
    return last


def test_every_page_keeps_every_section(site: Path) -> None:
    parsed = pages(site)
    assert len([p for p in parsed if p.startswith("site/sources/")]) == 5
    for rel, tree in parsed.items():
        assert tree.body is not None, rel
        tags = [n.tag for n in tree.body.iter(include_text=False)]
        assert tags[:2] == ["header", "main"], (rel, tags)
        last = _last_element(tree.body)
        assert last is not None and last.tag == "footer", (rel, tags)
        assert "jris publish" in last.text(), rel
    landing = parsed["index.html"]
    ids = [h.attributes.get("id") for h in landing.css("main > h2")]
    assert ids == LANDING_SECTIONS
    assert len(landing.css("#sources + p + table tbody tr")) == 5
    for rel, tree in parsed.items():
        if rel.startswith("site/sources/"):
            assert [h.text() for h in tree.css("main > h2")] == [
                "Licence",
                "What was extracted",
                "Its rows",
            ]


def test_hostile_text_is_shown_as_text(site: Path) -> None:
    parsed = pages(site)
    landing = parsed["index.html"]
    cells = [td.text() for td in landing.css("#sources + p + table td")]
    assert TITLE in cells and LICENCE in cells
    (hostile,) = [t for rel, t in parsed.items()
                  if rel.startswith("site/sources/") and _text(t, "h1") == TITLE]  # fmt: skip
    fields = {_text(tr, "th"): tr for tr in hostile.css("table.fields tr")}
    assert _text(fields["authors"], "td") == AUTHOR
    assert _text(fields["publisher"], "td") == PUBLISHER
    # an address that would run code is shown, as text, and is no link
    assert _text(fields["address"], "td").strip() == SCRIPT_URL
    assert fields["address"].css("a") == []
    assert TITLE in _text(hostile, "title")


def _site_script(rel: str) -> str:
    return "../" * rel.count("/") + "site/engine/jris-site.js"


def test_no_script_runs_and_no_link_has_a_code_scheme(site: Path) -> None:
    for rel, tree in pages(site).items():
        scripts = [(s.attributes.get("type"), s.attributes.get("src")) for s in tree.css("script")]
        data = [s for s in scripts if s[0] in ("application/ld+json", "application/json")]
        code = [s for s in scripts if s not in data]
        assert all(src is None for _, src in data), rel
        assert code in ([], [(None, _site_script(rel))]), rel  # the site's own file, nothing inline
        if rel == "index.html":
            assert [t for t, _ in data] == ["application/ld+json", "application/json"]
        assert tree.css("iframe, img, object, embed, style") == [], rel
        textareas = [t.attributes.get("id") for t in tree.css("textarea")]
        assert textareas == (["sql"] if rel == "site/query.html" else []), rel
        for node in tree.css("*"):
            for name, value in node.attributes.items():
                assert not name.lower().startswith("on"), (rel, node.html)
                if name.lower() in URL_ATTRIBUTES and value is not None:
                    cleaned = re.sub(r"[\x00-\x20]", "", value)
                    assert not BAD_SCHEME.match(cleaned), (rel, node.html)
    links = [a.attributes.get("href") for a in pages(site)["index.html"].css("a")]
    assert SAFE_URL in links  # an http(s) address is still a link, with its `&` and `<>`


def test_json_ld_cannot_break_out_and_reads_back_whole(site: Path) -> None:
    text = (site / "index.html").read_text("utf-8")
    start = text.index('<script type="application/ld+json">') + len(
        '<script type="application/ld+json">'
    )
    body = text[start : text.index("</script>", start)]
    for token in ("<!--", "<script", "</", "<", ">"):
        assert token not in body, token
    ld = json.loads(body)
    names = [w["name"] for w in ld["isBasedOn"]]
    assert TITLE in names
    urls = [w.get("url") for w in ld["isBasedOn"]]
    assert urls.count(None) == 4 and SAFE_URL in urls  # only http(s) addresses are given
    parsed = LexborHTMLParser(text).css_first('script[type="application/ld+json"]')
    assert parsed is not None and json.loads(parsed.text()) == ld


def test_every_template_is_autoescaped_and_none_opts_out() -> None:
    from pipelines.release.site.build import HERE, _environment

    env = _environment()
    names = env.list_templates()
    assert {"base.html", "landing.html", "source.html", "charts.html"} <= set(names)
    for name in names:
        assert env.autoescape is True or env.autoescape(name), name
        text = (HERE / "templates" / name).read_text("utf-8")
        assert not re.search(r"\|\s*safe\b|autoescape\s+false|\bMarkup\b", text), name
