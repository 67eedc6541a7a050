"""What a publish writes under a temporary name in the publication folder, and what a killed
one left there.

Every temporary name carries the pid of the publish that writes it (`.site-pid123-<hex>`), and
a publish holds a lock on the folder itself (no lock file is served) for its whole run. The
next publish removes the temporary names whose process is gone, and keeps those of a live
one. A lock on a folder shared between machines (NFS, a mounted bucket) may not hold: publish
into such a folder from one machine at a time.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

from pipelines.plumbing.errors import PublishError

# The temporary names of publication.py and site/build.py, and archives of no published version.
PREFIXES = (".incoming-", ".site-", ".index-", ".versions.json.", ".latest.", ".jris-")
_OWNER = re.compile(r"pid(\d+)-[0-9a-f]{32}(?:\.html)?$")
_NO_LOCKS = (errno.ENOLCK, errno.EINVAL, errno.EOPNOTSUPP, errno.ENOSYS)
_ARCHIVE = re.compile(r"^jris-(.+)\.tar\.gz(?:\.sha256)?$")


def temp_name(prefix: str, suffix: str = "") -> str:
    """A temporary name that says which process writes it."""
    return f"{prefix}pid{os.getpid()}-{uuid.uuid4().hex}{suffix}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def remove_leftovers(dest: Path, mine: bool = False) -> list[str]:
    """Remove what dead publishes left in dest (and, with mine, this one's own temporary
    names, after it failed); call only while holding `publishing(dest)`."""
    removed = []
    for path in sorted(dest.iterdir()):
        name = path.name
        if name.startswith(PREFIXES):
            owner = _OWNER.search(name)
            pid = int(owner.group(1)) if owner else None  # no pid: an older jris's, long gone
            if pid is not None and _alive(pid) and not (mine and pid == os.getpid()):
                continue
        else:
            archive = _ARCHIVE.match(name)
            if archive is None or (dest / archive.group(1)).is_dir():
                continue  # an archive is kept while its version's folder is published
        _remove(path)
        removed.append(name)
    return removed


@contextlib.contextmanager
def publishing(dest: Path) -> Iterator[None]:
    """Hold the publication folder for one publish; a second one fails at once, by name."""
    fd = os.open(dest, os.O_RDONLY | os.O_DIRECTORY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise PublishError(
                f"{dest} is busy: another `jris publish` is writing it; try again when it "
                "has finished"
            ) from exc
        except OSError as exc:
            if exc.errno not in _NO_LOCKS:
                raise
            # a file system without locks (some mounted buckets): the pids in the temporary
            # names still keep a live publish's files on this machine from being removed
        yield
    finally:
        os.close(fd)


def publish_error(dest: Path, exc: OSError) -> PublishError:
    """One line naming the folder, the file and what went wrong, for an OSError of a publish."""
    what = exc.strerror or str(exc)
    name = errno.errorcode.get(exc.errno or 0, "")
    where = f" ({exc.filename})" if exc.filename else ""
    hint = " (the disk is full: free space there)" if exc.errno == errno.ENOSPC else ""
    return PublishError(
        f"cannot publish into {dest}: {what}{f' [{name}]' if name else ''}{where}{hint}; "
        "nothing half-written is left there"
    )
