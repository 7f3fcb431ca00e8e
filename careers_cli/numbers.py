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


def _error(where: str | None, message: str) -> UsageError:
    """A usage error saying ``message``, after the place it is about (when there is one)."""
    from careers_cli.i18n import msg

    return UsageError(message if where is None else msg("at_place", where=where, message=message))


def parse_level(text: str, where: str | None) -> int:
    """A skill level 1-5 written in ASCII digits; else a usage error (exit 2)."""
    from careers_cli.i18n import msg

    if not _LEVEL.fullmatch(text):
        raise _error(where, msg("n_level_whole", got=echo(text)))
    level = int(text)
    if level not in LEVELS:
        raise _error(where, msg("n_level_range", got=echo(text)))
    return level


def parse_decimal(
    text: str,
    where: str | None,
    low: float | None = None,
    high: float | None = None,
    thousands: bool = False,
) -> float:
    """A finite decimal number (``12``, ``0.25``, ``1e5``) within ``[low, high]``; with
    ``thousands``, also one followed by k as the tables print amounts (``150k`` is
    150000, in both languages). In French the decimal comma the output prints is read
    too (``0,25``); in English a comma stays refused (``1,000`` is not 1)."""
    from careers_cli.i18n import msg
    from careers_cli.lang import Lang, current_lang

    stripped = text.strip()
    digits, scale = stripped, 1
    if thousands and stripped[-1:] in ("k", "K"):
        digits, scale = stripped[:-1].rstrip(" \u00a0\u202f"), 1000
    if current_lang() is Lang.FR and digits.count(",") == 1 and "." not in digits:
        digits = digits.replace(",", ".")
    if not _DECIMAL.fullmatch(digits):
        raise _error(where, msg("n_not_number", got=echo(text)))
    value = float(digits) * scale
    if not math.isfinite(value):
        raise _error(where, msg("n_too_large", got=echo(text)))
    if (low is not None and value < low) or (high is not None and value > high):
        raise _error(where, msg("n_range", got=echo(stripped), range=_range(low, high)))
    return value


def _range(low: float | None, high: float | None) -> str:
    from careers_cli.choices import Lang
    from careers_cli.i18n import current_lang, msg

    def shown(value: float) -> str:
        text = f"{value:g}"
        return text.replace(".", ",") if current_lang() is Lang.FR else text

    if low is not None and high is not None:
        return msg("n_between", low=shown(low), high=shown(high))
    if low is not None:
        return msg("n_or_more", low=shown(low))
    return msg("n_or_less", high=shown(high if high is not None else 0))
