"""CSV output, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io
from typing import Any

from careers_cli.text import safe

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: Any) -> str:
    """One cell as text; one that a spreadsheet would run as a formula is neutralised.

    A leading ``=``, ``+``, ``-`` or ``@`` gets a ``'`` in front (the OWASP advice), so
    ``=HYPERLINK(...)`` from a catalogue stays text. Negative numbers are not touched.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)):
        return str(value)
    text = safe(str(value))
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def render(header: list[str], rows: list[list[Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([cell(v) for v in row])
    return out.getvalue()
