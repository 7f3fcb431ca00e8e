"""Text helpers: accent- and case-insensitive keys, safe display."""

from __future__ import annotations

import functools
import re
import unicodedata

_SEPARATORS = re.compile(r"[\s_\-/.,;:'’()\[\]]+")
# Characters that must never reach a terminal as they are: every control character (C0,
# DEL, C1) but tab and newline; every "format" character (Unicode category Cf: bidi marks,
# overrides and isolates that reorder what the user reads, zero-width spaces and joiners,
# the byte-order mark, soft hyphen, invisible operators, tags); and the line and paragraph
# separators U+2028/U+2029. The ranges are Unicode 15.1's; a test checks them against the
# running Python's unicodedata.
UNSAFE_CHARS = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891"
    "\u08e2\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
    "\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
# Characters that are not printable (``str.isprintable``) but safe, and common in
# catalogue and output text: tab, newline, the no-break space and the narrow one (French
# figures). Text that is printable once they are dropped holds no unsafe character.
_PLAIN = str.maketrans("", "", "\t\n\xa0\u202f")


@functools.cache
def unsafe_pattern() -> re.Pattern[str]:
    """The pattern of one :data:`UNSAFE_CHARS` character, compiled the first time text
    that may hold one is checked (its wide ranges make it slow to compile, and a warm
    ``show`` to a pipe never needs it)."""
    return re.compile(f"[{UNSAFE_CHARS}]")


class _Marks(dict[int, int | None]):
    """A ``str.translate`` table that drops combining marks, filled as characters come."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_NO_MARKS = _Marks()


def fold(text: str) -> str:
    """A key for comparing names: no accents, no case, single spaces for separators.

    ``fold("Ingénieur  ML")`` and ``fold("ingenieur-ml")`` are both ``"ingenieur ml"``.
    """
    if text.isascii():  # the common case: nothing to decompose, lower() is casefold()
        return _SEPARATORS.sub(" ", text.lower()).strip()
    stripped = unicodedata.normalize("NFKD", text).translate(_NO_MARKS)
    return _SEPARATORS.sub(" ", stripped.casefold()).strip()


def name_key(text: str) -> str:
    """The key a name is looked up by: folded, and without any separator, so that
    ``Data scientist``, ``data_scientist`` and ``datascientist`` are one name.

    Two names of different items may share a key (``baby sitter``, ``babysitter``): a
    look-up of that key is ambiguous and says so (``catalogue.Lookup``), never picks one.
    """
    return fold(text).replace(" ", "")


def safe(text: str) -> str:
    """Text made inert for a terminal: control characters and escapes become visible.

    ESC, other control characters, bidi overrides and invisible characters (zero-width
    spaces, the BOM, U+2028) are replaced by their escaped form (``\\x1b``,
    ``\\u200b``), so nothing read from a file can move the cursor, change colours,
    retitle the window, reorder what the user reads or hide in it. Tabs and newlines stay.
    """
    if text.isprintable() or text.translate(_PLAIN).isprintable():
        return text  # (no unsafe character is printable)
    pattern = unsafe_pattern()
    if not pattern.search(text):
        return text
    return pattern.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
