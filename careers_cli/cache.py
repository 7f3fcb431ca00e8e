"""A cache of validated catalogues, so that later runs skip YAML parsing and validation.

One JSON file per catalogue path in the user's cache directory. It holds the catalogue
in a compact positional form (each record as a list, fields in model order), the
validation warnings, and (in a second file) the name look-up keys. Each file ends with a
trailer carrying the SHA-256 of its own body, and is trusted only when that checksum and
the catalogue's path, size, modification time and SHA-256 all match. JSON cannot carry
code, so a cache file (even a hostile one) can at worst be rejected. Cache files are read
with the catalogue's guards (regular file, size limit, no blocking open). A corrupt,
stale, edited, inconsistent or foreign cache is ignored and rebuilt (``--debug`` says
why); writes are atomic (temporary file and rename), so two processes writing at once
leave one whole file, and a killed writer's temporary files are removed by the next
write; a cache directory that cannot be written is skipped silently.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import sys
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from enum import Enum
from pathlib import Path
from typing import Any

from careers_cli import __version__
from careers_cli.model import Catalogue, fields_of, is_model

FORMAT = 3  # 2: enums stored as their position; 3: a body, then a trailer with its checksum

ENV_CACHE_DIR = "CAREERS_CACHE_DIR"
#: Set by ``--debug``: say on stderr why a cache file was not used.
DEBUG = False


def cache_dir() -> Path:
    """``CAREERS_CACHE_DIR``, else ``$CAREERS_HOME/cache``, else the XDG cache directory."""
    explicit = os.environ.get(ENV_CACHE_DIR)
    if explicit:
        return Path(explicit)
    home = os.environ.get("CAREERS_HOME")
    if home:
        return Path(home) / "cache"
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg else Path.home() / ".cache"
    return base / "careers"


def cache_file(path: str) -> Path:
    """Where the cache of one catalogue file lives (named after its absolute path)."""
    key = hashlib.sha256(os.path.realpath(path).encode("utf-8", "surrogatepass")).hexdigest()
    return cache_dir() / f"catalogue-{key[:24]}.json"


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a cache is decoded, and restore it after.

    Decoding builds hundreds of thousands of small lists and tuples, none of them in a
    reference cycle, and each allocation may trigger a collection that walks them all:
    on a 5,000-role catalogue json.loads and decoding took 2.7 s with the collector
    running and 0.7 s paused (README, "Performance"). The pause never outlives the call.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# --------------------------------------------------------------------------- encoding


_ENUM_INDEX: dict[Any, int] = {}


def encode(value: Any) -> Any:
    """Model objects as nested lists (fields in model order); enums as their position."""
    if isinstance(value, tuple):
        return [encode(v) for v in value]
    if isinstance(value, Enum):
        index = _ENUM_INDEX.get(value)
        if index is None:
            index = _ENUM_INDEX[value] = list(type(value)).index(value)
        return index
    return value


Convert = Callable[[Any], Any]
_builders: dict[Any, Convert] = {}


def _converter(tp: Any) -> Convert | None:
    """What turns an encoded value back into type ``tp`` (None: the value as it is)."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = _converter(next(a for a in typing.get_args(tp) if a is not type(None)))
        if inner is None:
            return None
        return lambda value: None if value is None else inner(value)
    if origin is tuple:
        item = _converter(typing.get_args(tp)[0])
        if item is None:
            return tuple
        return lambda values: tuple([item(v) for v in values])
    if is_model(tp):
        return _builder(tp)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tuple(tp).__getitem__  # enums are stored as their position
    return None


def _builder(tp: Any) -> Convert:
    """A function that rebuilds a model object from its encoded list (made once per class)."""
    found = _builders.get(tp)
    if found is not None:
        return found
    fields = [(i, _converter(f.type)) for i, f in enumerate(fields_of(tp))]

    def build(row: list[Any]) -> Any:
        return tuple.__new__(tp, [row[i] if c is None else c(row[i]) for i, c in fields])

    _builders[tp] = build
    return build


def decode_catalogue(data: list[Any]) -> Catalogue:
    result: Catalogue = _builder(Catalogue)(data)
    return result


# --------------------------------------------------------------------------- files


def size_limit(catalogue_size: int) -> int:
    """The largest cache file read for a catalogue of this size. A cache file re-encodes
    its catalogue (about half its size): one much larger is not ours and is not read."""
    return 2 * catalogue_size + (1 << 20)


def note(message: str) -> None:
    """One line on stderr under ``--debug``: why a cache file was not used."""
    if DEBUG:
        from careers_cli.text import safe

        sys.stderr.write(f"careers: cache: {safe(message)}\n")


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_entry(target: Path, max_bytes: int) -> tuple[dict[str, Any], bytes] | None:
    """The trailer and the body of a cache file, the body checked against its checksum.

    A cache file is a JSON body, a newline, and a one-line JSON trailer that holds what
    the entry is for and ``body_sha256``, the SHA-256 of the body's bytes. The file is
    read with the guards of :func:`careers_cli.files.read_bytes` (a regular file only,
    opened non-blocking, at most ``max_bytes``): a FIFO or a link to ``/dev/zero`` in its
    place is refused at once. None, with a note under ``--debug``, for anything missing,
    unreadable, malformed or edited.
    """
    from careers_cli.errors import CareersError
    from careers_cli.files import read_bytes

    if not target.exists():
        return None
    try:
        data = read_bytes(str(target), "cache", max_bytes)
    except CareersError as exc:
        note(f"ignored: {exc.message}")
        return None
    cut = data.rfind(b"\n")
    try:
        trailer = json.loads(data[cut + 1 :]) if cut >= 0 else None
    except (ValueError, RecursionError):
        trailer = None
    if not isinstance(trailer, dict) or trailer.get("format") != FORMAT:
        note(f"ignored {target.name}: not a cache file of this version")
        return None
    body = data[:cut]
    if trailer.get("body_sha256") != fingerprint(body):
        note(f"ignored {target.name}: its body does not match its checksum (edited or damaged)")
        return None
    return trailer, body


def entry_pieces(body: Iterable[str], trailer: dict[str, Any]) -> Iterator[str]:
    """A cache file's text in pieces: the body as it comes, then the trailer with the
    body's checksum (computed on the way, so a large body is never held whole)."""
    digest = hashlib.sha256()
    for piece in body:
        digest.update(piece.encode("utf-8"))
        yield piece
    yield "\n" + json.dumps({**trailer, "body_sha256": digest.hexdigest()}, ensure_ascii=False)


def _parse(body: bytes, name: str) -> Any:
    try:
        with gc_paused():
            return json.loads(body)
    except (ValueError, RecursionError):
        note(f"ignored {name}: not valid JSON")
        return None


_WARNING_KEYS = {"message", "path", "line", "column"}


def load(path: str, data: bytes, size: int, mtime_ns: int) -> dict[str, Any] | None:
    """The cached entry for a catalogue file's exact bytes, or None (missing, stale, bad)."""
    target = cache_file(path)
    entry = read_entry(target, size_limit(len(data)))
    if entry is None:
        return None
    trailer, body = entry
    expected = {
        "careers": __version__,
        "path": os.path.realpath(path),
        "size": size,
        "mtime_ns": mtime_ns,
        "sha256": fingerprint(data),
    }
    if any(trailer.get(k) != v for k, v in expected.items()):
        note(f"ignored {target.name}: made for another version of the catalogue or of careers")
        return None
    raw = _parse(body, target.name)
    if not isinstance(raw, dict) or not isinstance(raw.get("catalogue"), list):
        return None
    warnings = raw.get("warnings")
    if not isinstance(warnings, list) or not all(
        isinstance(w, dict) and set(w) == _WARNING_KEYS for w in warnings
    ):
        note(f"ignored {target.name}: malformed warnings")
        return None
    raw["sha256"] = expected["sha256"]
    return raw


def decode(raw: dict[str, Any]) -> Catalogue | None:
    """The catalogue of a cache entry, or None when the entry is malformed."""
    try:
        with gc_paused():
            return decode_catalogue(raw["catalogue"])
    except (KeyError, IndexError, TypeError, ValueError, AttributeError):
        note("ignored the cached catalogue: its records do not fit the model")
        return None


def _pieces(head: dict[str, Any], catalogue: Catalogue) -> Iterator[str]:
    """The cache entry as JSON text, one record at a time (a large catalogue is never
    encoded all at once: writing the cache adds little to the memory a load needs)."""

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)

    yield dump(head)[:-1] + ',"catalogue":['
    for i, value in enumerate(catalogue):
        if i:
            yield ","
        if isinstance(value, tuple) and not hasattr(value, "_fields"):  # a list of records
            yield "["
            for k, item in enumerate(value):
                yield ("," if k else "") + dump(encode(item))
            yield "]"
        else:
            yield dump(encode(value))
    yield "]}"


def lookups_file(path: str) -> Path:
    return cache_file(path).with_suffix(".lookups.json")


Tables = dict[str, tuple[list[str], list[str], list[str]]]


def load_lookups(
    path: str, sha256: str, known: Mapping[str, set[str]], catalogue_size: int
) -> Tables | None:
    """The name look-up tables cached beside a catalogue (read only when a name is looked
    up), or None when missing or when they do not fit the catalogue: for each kind of
    ``known`` (kind -> its ids), three lists of text of one length, every id a known one."""
    target = lookups_file(path)
    entry = read_entry(target, size_limit(catalogue_size))
    if entry is None:
        return None
    trailer, body = entry
    if trailer.get("careers") != __version__ or trailer.get("sha256") != sha256:
        note(f"ignored {target.name}: made for another version of the catalogue or of careers")
        return None
    raw = _parse(body, target.name)
    tables = raw.get("lookups") if isinstance(raw, dict) else None
    if not isinstance(tables, dict) or set(tables) != set(known):
        note(f"ignored {target.name}: not the expected tables")
        return None
    out: Tables = {}
    for kind, value in tables.items():
        if not _consistent(value, known[kind]):
            note(f"ignored {target.name}: the {kind} table is inconsistent")
            return None
        out[kind] = (value[0], value[1], value[2])
    return out


def _consistent(value: Any, ids: set[str]) -> bool:
    """Three lists of text of one length (keys, ids, labels), every id one of ``ids``."""
    if not (isinstance(value, list) and len(value) == 3):
        return False
    if not all(isinstance(column, list) and len(column) == len(value[0]) for column in value):
        return False
    if any(set(map(type, column)) - {str} for column in value):
        return False
    return ids.issuperset(value[1])


def store_lookups(path: str, sha256: str, lookups: Mapping[str, Any]) -> bool:
    """Write the look-up tables beside a catalogue's cache; False when that fails."""
    from careers_cli.errors import OutputError
    from careers_cli.files import atomic_write

    tables = {k: [list(column) for column in v] for k, v in lookups.items()}
    body = json.dumps({"lookups": tables}, ensure_ascii=False, separators=(",", ":"))
    trailer = {"format": FORMAT, "careers": __version__, "sha256": sha256}
    try:
        atomic_write(
            lookups_file(path), entry_pieces([body], trailer), what="cache", follow_links=False
        )
    except (OSError, OutputError, ValueError):
        return False
    return True


def store(
    path: str,
    data: bytes,
    size: int,
    mtime_ns: int,
    catalogue: Catalogue,
    warnings: list[dict[str, Any]],
    lookups: Mapping[str, Any],
) -> bool:
    """Write the cache atomically; False (and nothing usable written) when that fails.

    The look-up tables go to a second file, read only when a command looks a name up:
    on a 5,000-role catalogue they are a third of the data. Temporary files that a
    killed writer left behind are removed first.
    """
    from careers_cli.errors import OutputError
    from careers_cli.files import atomic_write, remove_orphans

    sha256 = fingerprint(data)
    trailer = {
        "format": FORMAT,
        "careers": __version__,
        "path": os.path.realpath(path),
        "size": size,
        "mtime_ns": mtime_ns,
        "sha256": sha256,
    }
    target = cache_file(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        removed = remove_orphans(target.parent, ".catalogue-*.tmp")
        if removed:
            note(f"removed {removed} temporary file(s) left by an interrupted writer")
        if not store_lookups(path, sha256, lookups):
            return False
        pieces = entry_pieces(_pieces({"warnings": warnings}, catalogue), trailer)
        atomic_write(target, pieces, what="cache", follow_links=False)
    except (OSError, OutputError, ValueError):
        return False
    return True
