"""`jris sql --release URL`: a published release queried in place over HTTP, DuckDB reading the
byte ranges it needs through fsspec's HTTP filesystem (DuckDB's httpfs is not bundled and may
not be fetched). Nothing the server sends becomes SQL: a file name of its SHA256SUMS must be
exactly `data/<table>.parquet` for a table the contracts know, the sandbox is in force before
any such name is used, and every read is bounded by the command's --timeout.
"""

from __future__ import annotations

import datetime
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import duckdb

from pipelines.plumbing.errors import JrisError
from pipelines.plumbing.sql_text import identifier, literal
from pipelines.release.fetch import READ_TIMEOUT, Budget, get
from pipelines.release.remote import resolve
from schemas import CONTRACTS

_DATA_LINE = re.compile(r"^[0-9a-f]{64}  data/([a-z0-9_]+)\.parquet$")


def remote_tables(url: str, budget: Budget) -> tuple[str, list[str]]:
    """The version folder of URL and the tables its SHA256SUMS lists, each line that names a
    data file checked against the release's contract: anything else is refused, not used."""
    root, version = resolve(url, None, budget)
    base = f"{root}/{version}"
    sums = get(f"{base}/SHA256SUMS", budget).decode("utf-8", "replace")
    tables = []
    for n, line in enumerate(sums.splitlines(), 1):
        rel = line.partition("  ")[2]
        if not (rel.startswith("data/") or ".parquet" in rel):
            continue
        m = _DATA_LINE.match(line)
        if m is None or m.group(1) not in CONTRACTS:
            raise JrisError(
                f"{base}/SHA256SUMS line {n}: {rel[:160]!r} is not data/<table>.parquet "
                "of a table this release's contracts define; refused, nothing was read"
            )
        tables.append(m.group(1))
    if not tables:
        raise JrisError(f"{base}/SHA256SUMS lists no data/<table>.parquet: not a JRIS release")
    return base, tables


def _http_filesystem(block_size: int, budget: Budget, url: str) -> Any:
    """fsspec's HTTP filesystem with the `modified` DuckDB asks for (fsspec does not implement
    it: a published release never changes, so any fixed time will do), a HEAD to learn that a
    file exists, every request bounded by the budget, and no redirect followed."""
    import aiohttp
    from fsspec.implementations.http import HTTPFileSystem

    class ReleaseFileSystem(HTTPFileSystem):  # type: ignore[misc]
        def modified(self, path: str) -> datetime.datetime:
            return datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)

        async def _info(self, url: str, **kwargs: Any) -> dict[str, Any]:
            """A file larger than the cap is refused before DuckDB reads it."""
            info: dict[str, Any] = await super()._info(url, **kwargs)
            if (info.get("size") or 0) > budget.max_bytes:
                budget.refused.append(
                    f"{url} is {info['size']} bytes, more than {budget.max_mb} MB; refused"
                )
                raise OSError(f"{url}: larger than the cap")
            return info

        async def _exists(self, path: str, **kwargs: Any) -> bool:
            """HEAD, not fsspec's GET of the whole file, to learn that a file is there."""
            try:
                await self._info(path, **kwargs)
            except FileNotFoundError:
                return False
            return True

    async def no_redirect(session: Any, context: Any, params: Any) -> None:
        """Not followed (allow_redirects=False); noted, so the failure it causes is told."""
        if 300 <= params.response.status < 400:
            where = params.response.headers.get("Location", "?")
            budget.refused.append(
                f"{params.url} redirects to {where}: refused (no redirect is followed)"
            )

    trace = aiohttp.TraceConfig()
    trace.on_request_end.append(no_redirect)
    timeout = aiohttp.ClientTimeout(
        total=budget.remaining(url), sock_read=min(READ_TIMEOUT, budget.remaining(url))
    )
    return ReleaseFileSystem(
        block_size=block_size,
        client_kwargs={"timeout": timeout, "trace_configs": [trace]},
        allow_redirects=False,
    )


@contextmanager
def deadline(con: duckdb.DuckDBPyConnection, budget: Budget, url: str) -> Iterator[None]:
    """DuckDB interrupted when the budget is spent; said as the timeout, naming the server."""
    timer = threading.Timer(budget.remaining(url), con.interrupt)
    timer.daemon = True
    timer.start()
    try:
        yield
    except duckdb.Error as exc:
        if budget.timeout - budget.elapsed() <= 0 or "imeout" in str(exc):
            raise budget.timed_out(url) from exc
        if budget.refused:
            raise JrisError(budget.refused[0]) from exc
        raise JrisError(f"{url}: {_reason(exc)}") from exc
    finally:
        timer.cancel()


def _reason(exc: Exception) -> str:
    """DuckDB's message without the Python traceback fsspec's errors carry or the SQL text."""
    full = str(exc)
    if "range" in full.lower() and "Traceback" in full:
        return "the server does not answer byte-range requests, which querying in place needs"
    text = full.split("Traceback", 1)[0].split("\nLINE ", 1)[0]
    return " ".join(text.split())[:300] or type(exc).__name__


def connect_remote(
    url: str, budget: Budget | None = None, block_size: int = 1 << 20
) -> duckdb.DuckDBPyConnection:
    """Every table of the release at URL as a view over HTTP; like a local release, only the
    release's own files can be read (an fsspec HTTP filesystem, no extension)."""
    budget = budget or Budget()
    base, tables = remote_tables(url, budget)
    files = {t: f"{base}/data/{t}.parquet" for t in tables}
    con = duckdb.connect(config={"autoinstall_known_extensions": False,
                                 "autoload_known_extensions": False})  # fmt: skip
    con.register_filesystem(_http_filesystem(block_size, budget, base))
    con.execute("SET allowed_paths = ?", [list(files.values())])
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    try:
        with deadline(con, budget, base):
            for table, file in files.items():
                con.execute(
                    f"CREATE VIEW {identifier(table)} AS SELECT * FROM read_parquet({literal(file)})"
                )
    except BaseException:
        con.close()  # an open connection at exit has DuckDB's bindings report leaks on stderr
        raise
    return con
