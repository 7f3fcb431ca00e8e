"""The one place where a Rich ``Console`` is made.

A console decides colour and width when it is created, so it is made per call, never
at import (tests and users set ``NO_COLOR`` or ``COLUMNS`` per run). The rules:

* colour only on a terminal; never with ``NO_COLOR`` or ``TERM=dumb``; ``FORCE_COLOR``
  turns it on for a pipe (``NO_COLOR`` still wins);
* the width is ``COLUMNS`` when set, else the terminal's, else 80;
* markup, emoji codes and highlighting are off: every string is printed as it is.
"""

from __future__ import annotations

import io
import os
import shutil
import sys
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:  # imported when a console is made (not on a pipe: render/table.py)
    from rich.console import Console

# What a stream that cannot encode the box-drawing characters gets instead.
ASCII_FALLBACK = str.maketrans(
    {
        "─": "-",
        "│": "|",
        "●": "o",
        "█": "#",
        "░": ".",
        "•": "*",
        "→": "->",
        "≥": ">=",
        "“": '"',
        "”": '"',
        "×": "x",
        "·": "-",
        "Σ": "sum",
    }
)


def use_colour(stream: IO[str]) -> bool:
    """Colour on a terminal, never with ``NO_COLOR`` or ``TERM=dumb``; ``FORCE_COLOR`` forces it."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def terminal_width(default: int = 80) -> int:
    """``COLUMNS`` when set, else the terminal's width, else ``default``."""
    return shutil.get_terminal_size((default, 24)).columns


def can_encode(stream: IO[str]) -> bool:
    """Whether a stream can show the characters tables and bars are drawn with."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        "─█░●•“→≥×·Σé".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def console(stream: IO[str] | None = None, width: int | None = None) -> Console:
    """A console that prints on ``stream`` (stdout by default) by the rules above."""
    from rich.console import Console

    stream = stream if stream is not None else sys.stdout
    colour = use_colour(stream)
    return Console(
        file=stream,
        width=width or terminal_width(),
        force_terminal=colour,
        no_color=not colour,
        color_system="standard" if colour else None,
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=False,
    )


def recorder(width: int) -> Console:
    """A console that prints nowhere and records, to export as HTML, SVG or text."""
    from rich.console import Console

    return Console(
        file=io.StringIO(),
        width=width,
        record=True,
        force_terminal=True,
        color_system="truecolor",
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=False,
    )
