"""Text helpers: accent- and case-insensitive keys, safe display, close matches."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

_SEPARATORS = re.compile(r"[\s_\-/.,;:'’()\[\]]+")
# C0 and C1 controls, DEL, and the bidirectional marks, overrides and isolates that can
# make text display in an order other than the one it is stored in.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def fold(text: str) -> str:
    """A key for comparing names: no accents, no case, single spaces for separators.

    ``fold("Ingénieur  ML")`` and ``fold("ingenieur-ml")`` are both ``"ingenieur ml"``.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub(" ", stripped.casefold()).strip()


def safe(text: str) -> str:
    """Text made inert for a terminal: control characters and escapes become visible.

    ESC, other control characters and bidi overrides are replaced by their escaped
    form (``\\x1b``), so nothing read from a file can move the cursor, change colours,
    retitle the window or reorder what the user reads. Tabs and newlines stay.
    """
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def closest(word: str, choices: Iterable[str], n: int = 3, cutoff: float = 0.6) -> list[str]:
    """The choices closest to ``word``, compared on folded text."""
    keyed: dict[str, str] = {}
    for choice in choices:
        keyed.setdefault(fold(choice), choice)
    found = difflib.get_close_matches(fold(word), list(keyed), n=n, cutoff=cutoff)
    return [keyed[f] for f in found]
