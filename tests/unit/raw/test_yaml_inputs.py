"""Arbitrary registry and curation files: each is read, or refused with one line naming the file,
never a traceback, a hang or an entry of the wrong type that would publish a wrong value."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipelines.curated.entities import find_mentions, load_curation
from pipelines.plumbing.errors import JrisError
from pipelines.raw.registry import load_registry
from pipelines.raw.safe_yaml import parse_yaml

KEYS = st.sampled_from(
    ["documents", "entities", "file", "title", "authors", "year", "id", "name", "aliases",
     "type", "year_doc", "year_quote", "language", "x"]
)  # fmt: skip
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 3000), st.floats(allow_nan=True),
    st.text(max_size=8), st.sampled_from(["", "INS", "1992", "a.txt", "../x", "JP-03"]),
)  # fmt: skip
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS | st.text(max_size=5), inner,
                                                               max_size=5),
    max_leaves=25,
)  # fmt: skip


REGISTRY_ENTRY = {"file": "a.txt", "title": "A", "authors": ["B"], "year": 2000}
ENTITY = {"id": "ins", "name": "Iwate Network Systems", "type": "organisation", "aliases": ["INS"]}


def _near(valid: dict[str, Any], fields: list[str]) -> st.SearchStrategy[dict[str, Any]]:
    """A valid entry with one of its fields set to anything, or removed."""
    change = st.tuples(st.sampled_from(fields), VALUES | st.just(KeyError))
    return change.map(
        lambda c: {k: v for k, v in {**valid, c[0]: c[1]}.items() if v is not KeyError}
    )


def _entry_like(kind: str) -> st.SearchStrategy[Any]:
    """Files like the real ones: valid entries but for one field, which holds anything."""
    if kind == "registry":
        fields = ["file", "title", "authors", "year", "publisher", "kind", "language"]
        doc_ids = st.from_regex(r"[a-z][a-z0-9-]{0,5}", fullmatch=True) | st.text(max_size=4)
        entries = st.dictionaries(doc_ids, _near(REGISTRY_ENTRY, fields), max_size=1)
        return st.fixed_dictionaries({"documents": entries})
    fields = ["id", "name", "type", "aliases", "year", "year_doc", "year_quote", "country"]
    return st.fixed_dictionaries({"entities": st.lists(_near(ENTITY, fields), max_size=1)})


class _PlainDumper(yaml.SafeDumper):
    """Writes a shared object twice rather than as an anchor and an alias (which JRIS refuses)."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _dump(value: Any) -> str:
    return yaml.dump(value, Dumper=_PlainDumper, allow_unicode=True)


YAML_TEXT = st.one_of(
    VALUES.map(_dump),
    _entry_like("registry").map(_dump),
    _entry_like("entities").map(_dump),
    st.text(max_size=200),
    st.sampled_from(["a: &x [1]\nb: *x\n", "a: 1\na: 2\n", "[" * 3000, "{a: [\n", "\ud7ff: 1"]),
)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_registry(entries: dict[str, dict[str, Any]]) -> None:
    for doc_id, e in entries.items():
        assert isinstance(doc_id, str) and doc_id
        assert isinstance(e["file"], str) and "/" not in e["file"] and e["file"].strip()
        assert isinstance(e["authors"], list) and all(isinstance(a, str) for a in e["authors"])
        assert e["year"] is None or (type(e["year"]) is int and 1000 <= e["year"] <= 2999)
        for k in ("title", "publisher", "kind", "language", "source_url", "licence_note"):
            assert e[k] is None or (isinstance(e[k], str) and e[k].strip())


def _check_entities(entries: list[dict[str, Any]]) -> None:
    ids = [e["id"] for e in entries]
    assert len(ids) == len(set(ids))
    for e in entries:
        assert all(isinstance(e[k], str) and e[k].strip() for k in ("id", "name", "type"))
        aliases = e.get("aliases") or []
        assert isinstance(aliases, list) and all(isinstance(a, str) and a.strip() for a in aliases)
        assert e.get("year") is None or type(e["year"]) is int


def _read(tmp: Path, name: str, text: str, loader: Callable[[Path], Any]) -> tuple[Path, Any]:
    """Write the text as `name` and read it: the entries, or None when it was refused with one
    line that starts with the file's path."""
    path = tmp / name
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        return path, loader(path)
    except JrisError as exc:
        message = str(exc)
        assert message.startswith(str(path)) and "\n" not in message
        return path, None


@given(YAML_TEXT)
@FAST
def test_any_registry_is_read_or_refused_in_one_line(tmp_path_factory, text: str) -> None:
    _, entries = _read(tmp_path_factory.mktemp("r"), "registry.yaml", text, load_registry)
    if entries is not None:
        _check_registry(entries)


@given(YAML_TEXT)
@FAST
def test_any_curation_file_is_read_or_refused_in_one_line(tmp_path_factory, text: str) -> None:
    path, entries = _read(tmp_path_factory.mktemp("c"), "entities.yaml", text, load_curation)
    if entries is not None:
        _check_entities(entries)
        mentions = find_mentions(path, {"d": "INS and Iwate Network Systems met in 1992."})
        assert (mentions["surface"].str.len() > 0).all()  # no empty mention, whatever the aliases


def test_an_alias_bomb_is_refused_before_it_expands() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n"
        for p, n in zip("abcdefgh", "bcdefghi", strict=True)
    )
    with pytest.raises(JrisError, match=r"f\.yaml, line 2: not valid YAML: aliases"):
        parse_yaml(bomb, "f.yaml")


def test_duplicate_keys_name_both_lines(tmp_path: Path) -> None:
    path = tmp_path / "registry.yaml"
    path.write_text("documents:\n  a:\n    file: a.txt\n  a:\n    file: b.txt\n")
    with pytest.raises(
        JrisError, match=r"line 4: not valid YAML: duplicate key 'a' \(first at line 2\)"
    ):
        load_registry(path)
