"""JSON output: the view's data, UTF-8, indented, keys in the view's order."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from careers_cli.text import unsafe_pattern


def _clean(value: Any) -> Any:
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        return int(value) if value.is_integer() else value
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


def _escape(match: re.Match[str]) -> str:
    """A character as JSON escapes (a surrogate pair beyond the basic plane)."""
    code = ord(match.group())
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def render(data: Any) -> str:
    """Valid JSON text, ending in a newline, safe to print on a terminal.

    The encoder escapes C0 controls; every other character :func:`careers_cli.text.safe`
    makes visible (DEL, C1 controls, bidi overrides, zero-width characters, the BOM,
    U+2028) is written as a ``\\uXXXX`` escape too, so the text a program reads is
    unchanged and nothing reaches the terminal raw. Outside strings, JSON text is ASCII.
    """
    text = json.dumps(_clean(data), ensure_ascii=False, indent=2)
    return unsafe_pattern().sub(_escape, text) + "\n"


def fragment(value: Any) -> str:
    """One value written as :func:`render` writes it at the top level (no final newline)."""
    return unsafe_pattern().sub(_escape, json.dumps(_clean(value), ensure_ascii=False, indent=2))


def render_items(key: str, items: Sequence[str], after: Mapping[str, Any] | None = None) -> str:
    """What :func:`render` writes for ``{key: [item, ...], **after}``, from the items
    already written by :func:`fragment` (each indented two levels, as the encoder nests
    them)."""
    after = after or {}
    if not items:
        return render({key: [], **after})
    body = ",\n".join("    " + item.replace("\n", "\n    ") for item in items)
    rest = "".join(
        ",\n  " + fragment(k) + ": " + fragment(v).replace("\n", "\n  ") for k, v in after.items()
    )
    return "{\n  " + fragment(key) + ": [\n" + body + "\n  ]" + rest + "\n}\n"
