"""A cache of validated catalogues, so that later runs skip YAML parsing and validation.

One JSON file per catalogue path in the user's cache directory. It holds the catalogue
in a compact positional form (each record as a list, fields in model order), the
validation warnings, and the name look-up keys, and is trusted only when the
catalogue's path, size, modification time and SHA-256 all match. JSON cannot carry code,
so a cache file (even a hostile one) can at worst be rejected. A corrupt, stale or
foreign cache is ignored and rebuilt; writes are atomic (temporary file and rename), so
two processes writing at once leave one whole file; a cache directory that cannot be
written is skipped silently.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import types
import typing
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from typing import Any

from careers_cli import __version__
from careers_cli.model import Catalogue, fields_of, is_model

FORMAT = 2  # 2: enums stored as their position

ENV_CACHE_DIR = "CAREERS_CACHE_DIR"


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


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def load(path: str, data: bytes, size: int, mtime_ns: int) -> dict[str, Any] | None:
    """The cached entry for a catalogue file's exact bytes, or None (missing, stale, bad)."""
    try:
        with gc_paused():
            raw = json.loads(cache_file(path).read_bytes())
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(raw, dict):
        return None
    expected = {
        "format": FORMAT,
        "careers": __version__,
        "path": os.path.realpath(path),
        "size": size,
        "mtime_ns": mtime_ns,
    }
    if any(raw.get(k) != v for k, v in expected.items()):
        return None
    if raw.get("sha256") != fingerprint(data):
        return None
    return raw


def decode(raw: dict[str, Any]) -> Catalogue | None:
    """The catalogue of a cache entry, or None when the entry is malformed."""
    try:
        with gc_paused():
            return decode_catalogue(raw["catalogue"])
    except (KeyError, IndexError, TypeError, ValueError, AttributeError):
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


def load_lookups(path: str, sha256: str) -> dict[str, Any] | None:
    """The name look-up tables cached beside a catalogue (read only when a name is looked up)."""
    try:
        with gc_paused():
            raw = json.loads(lookups_file(path).read_bytes())
        if not isinstance(raw, dict) or raw.get("sha256") != sha256:
            return None
        return {k: (v[0], v[1], v[2]) for k, v in raw["lookups"].items()}
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None


def store(
    path: str,
    data: bytes,
    size: int,
    mtime_ns: int,
    catalogue: Catalogue,
    warnings: list[dict[str, Any]],
    lookups: dict[str, Any],
) -> bool:
    """Write the cache atomically; False (and nothing usable written) when that fails.

    The look-up tables go to a second file, read only when a command looks a name up:
    on a 5,000-role catalogue they are a third of the data.
    """
    from careers_cli.errors import OutputError
    from careers_cli.files import atomic_write

    sha256 = fingerprint(data)
    head = {
        "format": FORMAT,
        "careers": __version__,
        "path": os.path.realpath(path),
        "size": size,
        "mtime_ns": mtime_ns,
        "sha256": sha256,
        "warnings": warnings,
    }
    target = cache_file(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tables = {k: list(v) for k, v in lookups.items()}
        lookup_text = json.dumps(
            {"sha256": sha256, "lookups": tables}, ensure_ascii=False, separators=(",", ":")
        )
        atomic_write(lookups_file(path), lookup_text, what="cache")
        atomic_write(target, _pieces(head, catalogue), what="cache")
    except (OSError, OutputError, ValueError):
        return False
    return True
