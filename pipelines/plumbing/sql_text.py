"""Values spelled inside SQL text, for the few places DuckDB takes no parameter (a view's body,
a COPY target): one strict quoting, here only. Everywhere else a value is a bound parameter."""

from __future__ import annotations

import unicodedata

from pipelines.plumbing.errors import JrisError

_CONTROL = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}  # what a terminal may act on, not show


def _control(ch: str) -> bool:
    return unicodedata.category(ch) in _CONTROL


def has_control(text: str) -> bool:
    return any(map(_control, text))


def shown(text: str) -> str:
    """Text for a terminal or a one-line message: control characters (newlines, ESC, BEL...)
    as escapes, so a name a server or a file chose cannot move the cursor or forge a line."""
    if not has_control(text):
        return text
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if _control(ch) else ch for ch in text
    )


def literal(value: str) -> str:
    """A SQL string literal of value: quotes doubled; control characters refused, not quoted."""
    if has_control(value):
        raise JrisError(f"{value!r}: a path or name with control characters is refused")
    return "'" + value.replace("'", "''") + "'"


def identifier(name: str) -> str:
    """A SQL identifier: double quotes doubled; control characters refused."""
    if not name or has_control(name):
        raise JrisError(f"{name!r}: not a usable table or column name")
    return '"' + name.replace('"', '""') + '"'
