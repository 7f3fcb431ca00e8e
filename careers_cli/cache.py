"""Where the compiled indexes live, and how their records are encoded.

The indexes themselves are SQLite databases (:mod:`careers_cli.store`); each item is kept
in them as its *record*: the model object as nested JSON lists, fields in model order,
enums as their position (:func:`encode`). :func:`decoder` gives, once per model class, the
function that rebuilds an object from its record (plain closures made from the class's
field types, no generated code). JSON cannot carry code, so a record (even a hostile
one) can at worst fail to fit the model.
"""

from __future__ import annotations

import os
import sys
import types
import typing
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any

from careers_cli.model import fields_of, is_model

ENV_CACHE_DIR = "CAREERS_CACHE_DIR"
#: Set by ``--debug``: say on stderr why an index was not used.
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


def note(message: str) -> None:
    """One line on stderr under ``--debug``: why an index was not used, or was rebuilt."""
    if DEBUG:
        from careers_cli.text import safe

        sys.stderr.write(f"careers: cache: {safe(message)}\n")


# --------------------------------------------------------------------------- records


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
        return decoder(tp)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tuple(tp).__getitem__  # enums are stored as their position
    return None


def decoder(tp: Any) -> Convert:
    """A function that rebuilds a model object from its record (made once per class)."""
    found = _builders.get(tp)
    if found is not None:
        return found
    fields = [(i, _converter(f.type)) for i, f in enumerate(fields_of(tp))]

    def build(row: list[Any]) -> Any:
        return tuple.__new__(tp, [row[i] if c is None else c(row[i]) for i, c in fields])

    _builders[tp] = build
    return build
