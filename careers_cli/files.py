"""Writing files so that nothing the user saved is ever lost or half-written."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from careers_cli.errors import OutputError


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "no space left on the device"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "read-only file system"
    if exc.errno == errno.ENOENT:
        return "the directory does not exist"
    if exc.errno == errno.EISDIR:
        return "it is a directory"
    return exc.strerror or str(exc)


def atomic_write(
    path: str | os.PathLike[str], data: str | bytes, *, what: str = "file", mode: int = 0o644
) -> None:
    """Replace ``path`` with ``data`` all at once.

    The data goes to a temporary file in the same directory, is flushed and fsynced,
    then renamed over the target (an atomic step on POSIX), and the directory is
    fsynced. A crash or a kill at any moment leaves either the old file or the new
    one, never a truncated one. Errors become one clear :class:`OutputError`.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp_name: str | None = None
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "Is a directory", str(target))
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            os.fchmod(fd, mode)
            view = memoryview(payload)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp_name, target)
        tmp_name = None
        with contextlib.suppress(OSError):
            dir_fd = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    except OSError as exc:
        raise OutputError(f"cannot write the {what} {target}: {_reason(exc)}") from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
