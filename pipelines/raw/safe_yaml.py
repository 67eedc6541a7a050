"""Reading JRIS's YAML files safely: no aliases, no duplicate keys, errors on one line.

An alias bomb (a few lines whose aliases expand to billions of nodes) took a run past 5 GB, and a
duplicate key silently kept the last value. No JRIS file needs aliases, so they are refused,
as are duplicate keys; every mapping remembers the line of each key, so a field check can say
where the bad value is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml._yaml import CParser  # libyaml, in PyYAML's wheels
from yaml.composer import Composer
from yaml.constructor import ConstructorError, SafeConstructor
from yaml.resolver import Resolver

from pipelines.plumbing.errors import JrisError
from pipelines.raw.stat_cache import StatCache

MAX_YAML_BYTES = 5 * 1024 * 1024


class LineDict(dict[Any, Any]):
    """A mapping read from YAML, with the 1-based line where it starts and where each key is."""

    line: int = 0
    key_lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        return getattr(self, "key_lines", {}).get(key, self.line)


class _StrictLoader(Composer, CParser, SafeConstructor, Resolver):
    """libyaml scans and parses (five times faster than PyYAML's Python parser); the composer
    stays PyYAML's, so an alias is refused where it is met, before anything expands."""

    def __init__(self, stream: Any) -> None:
        CParser.__init__(self, stream)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event: Any = self.peek_event()
            raise ConstructorError(
                None, None, "aliases (*name) are not allowed in JRIS files", event.start_mark
            )
        return super().compose_node(parent, index)


def _construct_map(loader: _StrictLoader, node: yaml.MappingNode) -> Any:
    data = LineDict()
    yield data
    lines: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise ConstructorError(
                None, None, "a mapping key must be a plain value", key_node.start_mark
            ) from None
        if key in lines:
            raise ConstructorError(
                None,
                None,
                f"duplicate key {key!r} (first at line {lines[key]})",
                key_node.start_mark,
            )
        lines[key] = key_node.start_mark.line + 1
    data.update(loader.construct_mapping(node, deep=True))
    data.line = node.start_mark.line + 1
    data.key_lines = lines


_StrictLoader.yaml_constructors = {
    **SafeConstructor.yaml_constructors,
    "tag:yaml.org,2002:map": _construct_map,
}


def parse_yaml(text: str, where: str, error: type[JrisError] = JrisError) -> Any:
    """Parse YAML text; `where` (a file name) starts every error message."""
    loader = _StrictLoader(text)  # what yaml.load does, with a loader its stubs do not know
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        at = f", line {mark.line + 1}" if mark is not None else ""
        problem = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        raise error(f"{where}{at}: not valid YAML: {problem}") from None
    except yaml.YAMLError as exc:
        raise error(f"{where}: not valid YAML: {' '.join(str(exc).split())}") from None
    except RecursionError:
        raise error(f"{where}: not valid YAML: nested too deeply") from None
    finally:
        loader.dispose()


# A run reads the registry and the curation file from several steps: parsed once while unchanged.
# Callers must not mutate what they get.
_PARSED: StatCache[Any] = StatCache()


def load_yaml(path: Path, error: type[JrisError] = JrisError) -> Any:
    """Read and parse one YAML file; any problem raises `error` naming the file."""

    def parse() -> Any:
        if path.is_file() and path.stat().st_size > MAX_YAML_BYTES:
            raise error(f"{path}: over {MAX_YAML_BYTES // 1048576} MB; not a JRIS YAML file")
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise error(
                f"{path}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
            ) from None
        return parse_yaml(text, str(path), error)

    try:
        return _PARSED.get(path, parse)
    except OSError as exc:
        raise error(f"{path}: cannot be read: {exc.strerror or exc}") from None


def line_of(node: Any, key: Any = None) -> int:
    """The line of a key in a mapping read by this module (0 when not known)."""
    if isinstance(node, LineDict):
        return node.line_of(key) if key is not None else node.line
    return 0


def _fits(value: Any, kind: str) -> bool:
    if kind.endswith("?") and value is None:
        return True
    kind = kind.rstrip("?")
    if kind == "text":
        return isinstance(value, str) and bool(value.strip())
    if kind == "year":
        return isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 2999
    if kind == "names":
        return isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)
    if kind == "bool":
        return isinstance(value, bool)
    raise ValueError(f"unknown field kind {kind!r}")


_KIND_WORDS = {
    "text": "a non-empty string",
    "year": 'a year as a whole number (e.g. 1992, not "1992")',
    "names": "a list of non-empty strings (e.g. [INS], not INS)",
    "bool": "true or false",
}


def check_entry(
    entry: Any,
    kinds: dict[str, str],
    where: str,
    error: type[JrisError],
    required: tuple[str, ...] = (),
) -> None:
    """Refuse an entry whose fields are unknown, missing or of the wrong type, naming the file,
    line, entry and field. `kinds`: field -> text | year | names, `?` when null is allowed."""
    if not isinstance(entry, dict):
        raise error(f"{where}: expected a mapping of fields, not {type(entry).__name__}")
    unknown = sorted(str(k) for k in entry if k not in kinds)
    if unknown:
        raise error(f"{where}: unknown field(s) {unknown}; allowed: {sorted(kinds)}")
    for name in required:
        if name not in entry:
            raise error(f"{where}, line {line_of(entry)}: the field '{name}' is missing")
    for name, kind in kinds.items():
        if name in entry and not _fits(entry[name], kind):
            shown = repr(entry[name])
            shown = shown if len(shown) <= 60 else shown[:57] + "..."
            raise error(
                f"{where}, line {line_of(entry, name)}: field '{name}' must be "
                f"{_KIND_WORDS[kind.rstrip('?')]}{' or null' if kind.endswith('?') else ''}, "
                f"not {shown}"
            )
