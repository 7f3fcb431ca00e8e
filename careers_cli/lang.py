"""The two languages, and the language of this run.

Apart from :mod:`careers_cli.i18n` (its word tables) and :mod:`careers_cli.choices` (the
other option enums), so that choosing the run's language before the command line is
parsed loads neither: ``careers --version`` needs no word of either language.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from enum import StrEnum


class Lang(StrEnum):
    """The two languages of every label."""

    EN = "en"
    FR = "fr"


_current: ContextVar[Lang | None] = ContextVar("careers_lang", default=None)


def current_lang() -> Lang:
    """The language of this run (set by the command line), else the locale's."""
    chosen = _current.get()
    return chosen if chosen is not None else default_lang()


@contextmanager
def speaking(lang: Lang) -> Iterator[None]:
    """Messages of the core library in ``lang`` for the time of a run."""
    token = _current.set(lang)
    try:
        yield
    finally:
        _current.reset(token)


def default_lang(environ: Mapping[str, str] | None = None) -> Lang:
    """French when the locale (LC_ALL, LC_MESSAGES, then LANG) starts with ``fr``."""
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if value:
            return Lang.FR if value.lower().startswith("fr") else Lang.EN
    return Lang.EN
