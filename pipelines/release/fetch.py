"""Bounded HTTP for the remote commands: every answer of a server is read against one deadline
for the whole command (--timeout) and a per-read timeout, is capped in size, and may redirect
only within the host it was asked of. A server that trickles, never ends, or sends the user
elsewhere is refused in one line naming the address and the problem.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from pipelines.plumbing.errors import JrisError
from pipelines.plumbing.sql_text import shown

DEFAULT_TIMEOUT = 300.0  # seconds for a whole `jris download` or remote `jris sql`
READ_TIMEOUT = 30.0  # seconds a server may leave one read unanswered
DEFAULT_MAX_MB = 2048  # the archive, each file in it, and all of them unpacked
INDEX_CAP = 1 << 20  # versions.json, SHA256SUMS, a .sha256: small text files


@dataclass
class Budget:
    """What one command may spend on servers: seconds from its start, bytes per file."""

    timeout: float = DEFAULT_TIMEOUT
    max_mb: int = DEFAULT_MAX_MB
    started: float = field(default_factory=time.monotonic)
    refused: list[str] = field(default_factory=list)  # what a server asked and was refused

    @property
    def max_bytes(self) -> int:
        return self.max_mb << 20

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def remaining(self, url: str) -> float:
        left = self.timeout - self.elapsed()
        if left <= 0:
            raise self.timed_out(url)
        return left

    def read_timeout(self, url: str) -> float:
        return min(READ_TIMEOUT, self.remaining(url))

    def timed_out(self, url: str) -> JrisError:
        return JrisError(
            f"{shown(url)}: no complete answer within --timeout {self.timeout:g} s "
            "(the server is too slow or never finishes); nothing was written"
        )


def origin(url: str) -> tuple[str, str, int | None]:
    parts = urllib.parse.urlsplit(url)
    port = parts.port or {"http": 80, "https": 443}.get(parts.scheme)
    return parts.scheme, (parts.hostname or "").lower(), port


class _SameHost(urllib.request.HTTPRedirectHandler):
    """Redirects within the host asked of only: a release is served from one place."""

    def redirect_request(
        self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:  # fmt: skip
        if origin(newurl) != origin(req.full_url):
            raise JrisError(
                f"{shown(req.full_url)}: the server redirects to another host "
                f"({shown(newurl)}); refused"
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_opener = urllib.request.build_opener(_SameHost())


def stream(url: str, budget: Budget, cap: int, cap_note: str) -> Iterator[bytes]:
    """The body of url in chunks, refused once it passes `cap` bytes or the deadline."""
    try:
        with _opener.open(url, timeout=budget.read_timeout(url)) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > cap:
                raise _too_large(url, cap, cap_note, f"declares {declared} bytes,")
            size = 0
            while chunk := response.read1(1 << 16):
                size += len(chunk)
                if size > cap:
                    raise _too_large(url, cap, cap_note, "sends")
                budget.remaining(url)
                yield chunk
    except urllib.error.HTTPError as exc:
        raise JrisError(f"{shown(url)}: the server answered {exc.code} {exc.reason}") from exc
    except TimeoutError as exc:
        if budget.timeout - budget.elapsed() <= 0:
            raise budget.timed_out(url) from exc
        raise JrisError(
            f"{shown(url)}: the server left a read unanswered for {READ_TIMEOUT:g} s"
        ) from exc
    except (urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, TimeoutError):
            raise budget.timed_out(url) from exc
        raise JrisError(f"{shown(url)}: cannot be fetched ({shown(str(reason))})") from exc


def _too_large(url: str, cap: int, note: str, how: str) -> JrisError:
    return JrisError(f"{shown(url)}: {how} more than {cap} bytes ({note}); refused")


def get(url: str, budget: Budget, cap: int = INDEX_CAP, cap_note: str = "") -> bytes:
    """All of url, within the budget; a small text file unless a cap is given."""
    return b"".join(stream(url, budget, cap, cap_note or f"an index is at most {INDEX_CAP} bytes"))
