"""Numbers typed by the user: skill levels and decimal options, read strictly.

Python's ``int`` and ``float`` accept far more than a person means to type: digits of
any script (``int("٤")`` and ``int("４")`` are 4), underscores (``int("0_4")``), and
``nan``, ``inf`` or ``1e999`` (infinity). A NaN compares false with everything, so a
range check such as ``0 <= x <= 1`` lets it through and every filter then behaves
oddly. Here a level is one or more ASCII digits, a decimal is ASCII digits with an
optional sign, point and exponent, and the result must be finite and within bounds.
Errors quote the input cut to :data:`MAX_ECHO` characters.
"""

from __future__ import annotations

import math
import re

from careers_cli.errors import UsageError

MAX_ECHO = 80
LEVELS = range(1, 6)
_LEVEL = re.compile(r"[0-9]+", re.ASCII)
_DECIMAL = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?", re.ASCII)


def echo(text: str) -> str:
    """The user's input as quoted in a message: at most ``MAX_ECHO`` characters."""
    return text if len(text) <= MAX_ECHO else text[: MAX_ECHO - 1] + "…"


def parse_level(text: str, where: str) -> int:
    """A skill level 1-5 written in ASCII digits; else a usage error (exit 2)."""
    if not _LEVEL.fullmatch(text):
        raise UsageError(f"{where}: the level must be a whole number 1-5, got '{echo(text)}'")
    level = int(text)
    if level not in LEVELS:
        raise UsageError(f"{where}: the level must be 1-5, got {echo(text)}")
    return level


def parse_decimal(
    text: str, where: str, low: float | None = None, high: float | None = None
) -> float:
    """A finite decimal number (``12``, ``0.25``, ``1e5``) within ``[low, high]``."""
    stripped = text.strip()
    if not _DECIMAL.fullmatch(stripped):
        raise UsageError(f"{where}: not a number: '{echo(text)}'")
    value = float(stripped)
    if not math.isfinite(value):
        raise UsageError(f"{where}: the number is too large: '{echo(text)}'")
    if (low is not None and value < low) or (high is not None and value > high):
        raise UsageError(f"{where}: {echo(stripped)} is not in the range {_range(low, high)}")
    return value


def _range(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"{low:g} to {high:g}"
    return f"{low:g} or more" if low is not None else f"{high:g} or less"
