"""Where the user's files live, and writing them so that nothing the user saved is ever
lost or half-written."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from careers_cli.errors import CareersError, OutputError
from careers_cli.i18n import msg

DEFAULT_MAX_BYTES = 64 * 1024 * 1024


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return msg("r_no_space")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return msg("r_permission")
    if exc.errno == errno.EROFS:
        return msg("r_read_only")
    if exc.errno == errno.ENOENT:
        return msg("r_no_directory")
    if exc.errno == errno.EISDIR:
        return msg("r_is_directory")
    if exc.errno == errno.ENOTDIR:
        return msg("r_not_directory")
    return exc.strerror or str(exc)


def user_dir() -> Path:
    """``CAREERS_HOME`` when set, else Typer's application directory for careers (the
    saved profile, installed catalogues, the error log)."""
    home = os.environ.get("CAREERS_HOME")
    if home:
        return Path(home)
    import typer

    return Path(typer.get_app_dir("careers"))


def umask() -> int:
    """The process's umask (read by setting it and putting it back at once)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _target(path: Path, follow_links: bool) -> tuple[Path, int | None]:
    """The file to replace (a symlink's target when following links) and its mode
    (None when there is no regular file there yet)."""
    target = Path(os.path.realpath(path)) if follow_links and path.is_symlink() else path
    try:
        info = os.stat(target, follow_symlinks=False)
    except FileNotFoundError:
        return target, None
    if stat.S_ISDIR(info.st_mode):
        raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
    if target != path and not stat.S_ISREG(info.st_mode):
        # a link to a device, a FIFO or a socket (/dev/zero, /dev/null): renaming a file
        # over it would replace a system file, so the write is refused
        raise OSError(errno.EINVAL, msg("r_link_not_regular"), str(path))
    return target, stat.S_IMODE(info.st_mode) if stat.S_ISREG(info.st_mode) else None


def _as_bytes(data: str | bytes | Iterable[str]) -> Iterable[bytes]:
    if isinstance(data, bytes):
        return (data,)
    if isinstance(data, str):
        return (data.encode("utf-8"),)
    return (piece.encode("utf-8") for piece in data)


def atomic_write(
    path: str | os.PathLike[str],
    data: str | bytes | Iterable[str],
    *,
    what: str = "file",
    mode: int | None = None,
    follow_links: bool = True,
) -> None:
    """Replace ``path`` with ``data`` all at once.

    The data (text, bytes, or text in pieces, written as they come) goes to a temporary
    file in the same directory, is flushed and fsynced, then renamed over the target (an
    atomic step on POSIX), and the directory is fsynced. A crash or a kill at any moment
    leaves either the old file or the new one, never a truncated one. Errors become one
    clear :class:`OutputError`.

    A symlink stays a symlink: its target is the file replaced (with ``follow_links``
    false, the link itself is replaced and nothing is written through it). The new file
    keeps the mode of the file it replaces, or gets ``mode`` (default: 0666 less the
    umask, like any file a program creates). Temporary files that an earlier, killed write
    of the same file left (a minute old or more) are removed (:func:`remove_orphans`).
    """
    import glob  # (only writing needs these: not imported by commands that only read)
    import tempfile

    pieces = _as_bytes(data)
    tmp_name: str | None = None
    target = Path(path)
    try:
        target, existing = _target(target, follow_links)
        if existing is None:
            existing = mode if mode is not None else 0o666 & ~umask()
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            os.fchmod(fd, existing)
            for payload in pieces:
                view = memoryview(payload)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp_name, target)
        tmp_name = None
        sync_directory(target.parent)
        remove_orphans(target.parent, f".{glob.escape(target.name)}.*.tmp")
    except OSError as exc:
        raise OutputError(
            msg("cannot_write", what=_noun(what), path=Path(path), reason=_reason(exc))
        ) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def check_folder(path: str | os.PathLike[str], what: str = "file") -> None:
    """Refuse early, before any work, to write ``path`` when its folder is missing, is
    not a folder, or cannot be written: the message :func:`atomic_write` would give."""
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        code = errno.ENOENT if not folder.exists() else errno.ENOTDIR
    elif not os.access(folder, os.W_OK | os.X_OK):
        code = errno.EACCES
    else:
        return
    reason = _reason(OSError(code, os.strerror(code)))  # in the user's language
    raise OutputError(msg("cannot_write", what=_noun(what), path=target, reason=reason))


def sync_directory(directory: Path) -> None:
    """fsync a directory, so that a rename in it survives a crash (best effort)."""
    with contextlib.suppress(OSError):
        dir_fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def write_log(folder: Path, name: str, text: str) -> Path:
    """Write a log file in ``folder``, replacing it whole; never through a symlink."""
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / name
    atomic_write(log, text, what="log", follow_links=False)
    return log


def disk_error(exc: OSError) -> CareersError | None:
    """An output error the user's system caused (a full disk, a quota): not a bug."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return OutputError(msg("f_disk_full", reason=_reason(exc)))
    return None


def stdin_or_error(what: str, hint: str) -> Any:
    """``sys.stdin`` when there is one to read, else a clear error (``careers ... <&-``)."""
    import sys

    stdin = sys.stdin
    if stdin is None or getattr(stdin, "closed", False):
        raise CareersError(msg("f_stdin_closed", what=what), hint=hint)
    return stdin


def read_stdin(max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """The text on standard input (at most ``max_bytes``), decoded like a file."""
    stdin = stdin_or_error(msg("f_stdin_text"), msg("f_stdin_hint"))
    try:
        data = (
            stdin.buffer.read(max_bytes + 1)
            if hasattr(stdin, "buffer")
            else stdin.read().encode("utf-8")
        )
    except (OSError, ValueError) as exc:
        raise CareersError(msg("f_stdin_error", reason=exc)) from None
    if len(data) > max_bytes:
        raise CareersError(msg("f_stdin_too_big", n=max_bytes // (1024 * 1024)))
    return decode(data, "<stdin>")


@contextlib.contextmanager
def hold_lock(path: Path, wait: float, waiting: str, timeout: str) -> Iterator[None]:
    """Hold an exclusive lock on ``path``: when another process has it, say ``waiting``
    on stderr and try again for up to ``wait`` seconds, then fail with ``timeout``."""
    import fcntl
    import sys
    import time

    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o666)
    except OSError as exc:
        raise OutputError(
            msg("f_cannot_write_in", folder=path.parent, reason=_reason(exc)),
            hint=msg("f_home_hint"),
        ) from None
    try:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise OutputError(timeout) from None
                if not told:
                    sys.stderr.write(waiting + "\n")
                    sys.stderr.flush()
                    told = True
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)


def read_bytes(path: str, what: str = "file", max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file, refusing what is not a regular, readable file of a sane size.

    Never blocks on a FIFO (the file is opened non-blocking and must be regular) and
    never reads more than ``max_bytes``.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise CareersError(msg("no_such_file", path=path, what=_noun(what))) from None
    except IsADirectoryError:
        raise CareersError(msg("is_a_directory", path=path, what=_noun(what))) from None
    except PermissionError:
        raise CareersError(msg("permission_denied", path=path, what=_noun(what))) from None
    except OSError as exc:
        raise CareersError(msg("f_cannot_open", **_os_reason(path, what, exc))) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise CareersError(msg("is_a_directory", path=path, what=_noun(what)))
        if not stat.S_ISREG(info.st_mode):
            raise CareersError(msg("f_not_regular", path=path))
        if info.st_size > max_bytes:
            raise _too_big(path, what, max_bytes, info.st_size)
        chunks = []
        remaining = max_bytes + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
    except IsADirectoryError:
        raise CareersError(msg("is_a_directory", path=path, what=_noun(what))) from None
    except OSError as exc:
        raise CareersError(msg("f_cannot_read", **_os_reason(path, what, exc))) from None
    finally:
        os.close(fd)
    if len(data) > max_bytes:
        raise _too_big(path, what, max_bytes)
    return data


def _os_reason(path: str, what: str, exc: OSError) -> dict[str, object]:
    """The fields of a message on an operating-system error: the file and the reason."""
    return {"path": path, "what": _noun(what), "reason": exc.strerror or exc}


def _too_big(path: str, what: str, limit: int, size: int | None = None) -> CareersError:
    """A file over the size limit (its size when it is known before reading)."""
    from careers_cli.i18n import current_lang, number

    lang = current_lang()
    values = {"path": path, "what": _noun(what), "limit": number(limit, lang)}
    if size is None:
        return CareersError(msg("f_too_big_read", **values), hint=msg("f_too_big_hint"))
    return CareersError(
        msg("f_too_big", size=number(size, lang), **values), hint=msg("f_too_big_hint")
    )


def read_text(path: str, what: str = "file", max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read a UTF-8 text file (see :func:`read_bytes`); a byte-order mark is dropped."""
    return decode(read_bytes(path, what, max_bytes), path)


def checked_utf8(data: bytes, filename: str) -> bytes:
    """UTF-8 bytes without their byte-order mark, or a clear error (see :func:`decode`).

    For large files parsed straight from bytes: the decoded text is only built to check
    it and dropped at once, so it never sits in memory beside the parsed data.
    """
    decode(data, filename)
    return data[3:] if data.startswith(b"\xef\xbb\xbf") else data


def decode(data: bytes, filename: str) -> str:
    """Decode UTF-8 bytes, with one clear message for each way they can be wrong."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise CareersError(msg("f_utf16", path=filename), hint=msg("f_utf16_hint"))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col(data, exc.start)
        raise CareersError(
            msg("f_not_utf8", place=f"{filename}:{line}:{col}", byte=f"{data[exc.start]:02x}"),
            hint=msg("f_not_utf8_hint"),
        ) from None
    nul = text.find("\0")
    if nul >= 0:
        line, col = _line_col(text, nul)
        raise CareersError(msg("f_nul", place=f"{filename}:{line}:{col}"))
    return text


def _line_col(data: bytes | str, offset: int) -> tuple[int, int]:
    nl: Any = b"\n" if isinstance(data, bytes) else "\n"
    line = data.count(nl, 0, offset) + 1
    start = data.rfind(nl, 0, offset) + 1
    return line, offset - start + 1


#: A temporary file of :func:`atomic_write` untouched for this long has no live writer
#: (a writer writes, fsyncs and renames within moments).
ORPHAN_AGE_S = 60.0


def remove_orphans(directory: Path, pattern: str, min_age: float = ORPHAN_AGE_S) -> int:
    """Delete the temporary files a killed :func:`atomic_write` left in ``directory``.

    Only regular files matching ``pattern`` (e.g. ``".catalogue-*.tmp"``) and not
    modified for ``min_age`` seconds are removed, so a writer at work keeps its file.
    Returns how many were removed; errors are ignored (another process may clean too).
    """
    removed = 0
    now = time.time()
    try:
        found = list(directory.glob(pattern))
    except OSError:
        return 0
    for entry in found:
        with contextlib.suppress(OSError):
            info = entry.lstat()
            if stat.S_ISREG(info.st_mode) and now - info.st_mtime >= min_age:
                entry.unlink()
                removed += 1
    return removed


def _noun(what: str) -> str:
    """The kind of file a message names, in the user's language (as given when unknown)."""
    from careers_cli.i18n import choice, current_lang

    return choice("file_kind", what, current_lang())
