"""Terminal output with Rich: tables, headings and fields.

Consoles are made here, per command, never at import time: Rich decides colour and
width when a console is created, and tests set ``NO_COLOR``/``COLUMNS`` per run. Every
string goes through :class:`rich.text.Text` after :func:`careers_cli.text.safe`, so
catalogue text is never read as markup and never reaches the terminal with escapes.
"""

from __future__ import annotations

import io
import os
import sys
from typing import IO, Any

from rich import box
from rich.console import Console, Group
from rich.table import Table as RichTable
from rich.text import Text

from careers_cli.render.doc import (
    Bullets,
    Cell,
    Document,
    Fields,
    Heading,
    Paragraph,
    Styled,
    Table,
    plain,
)
from careers_cli.text import safe


def make_console(
    *,
    stderr: bool = False,
    file: IO[str] | None = None,
    width: int | None = None,
    record: bool = False,
    color: bool | None = None,
    force_terminal: bool | None = None,
) -> Console:
    """A console for one command; colour only on a terminal and without ``NO_COLOR``."""
    kwargs: dict[str, Any] = {
        "stderr": stderr,
        "file": file,
        "width": width,
        "record": record,
        "highlight": False,
        "emoji": False,
        "markup": False,
        "soft_wrap": False,
        "safe_box": True,
        "force_terminal": force_terminal,
    }
    if color is False or os.environ.get("NO_COLOR"):
        kwargs["no_color"] = True
        kwargs["color_system"] = None
    if os.environ.get("TERM") == "dumb":
        kwargs["color_system"] = None
    return Console(**kwargs)


def text(cell: Cell, style: str = "") -> Text:
    """A Rich Text from a cell, taken literally."""
    if isinstance(cell, str):
        return Text(safe(cell), style=style)
    if isinstance(cell, Styled):
        return Text(safe(cell.text), style=cell.style or style)
    out = Text(style=style)
    for part in cell:
        out.append(safe(part.text), style=part.style or None)
    return out


def renderables(doc: Document, width: int | None = None) -> list[Any]:
    """Rich renderables for a document; tables wider than ``width`` are stacked."""
    out: list[Any] = []
    for block in doc.blocks:
        if isinstance(block, Heading):
            style = "bold underline" if block.level == 1 else "bold"
            if out:
                out.append(Text(""))
            out.append(text(block.text, style))
        elif isinstance(block, Paragraph):
            out.append(text(block.text, block.style))
        elif isinstance(block, Bullets):
            if block.title:
                out.append(text(block.title, "bold"))
            for item in block.items:
                line = Text("• ")
                line.append_text(text(item))
                out.append(line)
        elif isinstance(block, Fields):
            grid = RichTable.grid(padding=(0, 1))
            grid.add_column(style="bold", no_wrap=True)
            grid.add_column(overflow="fold")
            if block.title:
                out.append(text(block.title, "bold"))
            for key, value in block.rows:
                grid.add_row(text(key), text(value))
            out.append(grid)
        elif isinstance(block, Table):
            if width is not None and width < _needed_width(block):
                out.extend(_stacked(block))
            else:
                out.append(_table(block, _fit(block, width)))
    return out


def _gaps(ncols: int) -> int:
    """Characters a borderless table spends between its columns (separator + padding)."""
    return 2 * (ncols - 1)


def _longest_word(texts: list[str]) -> int:
    return max((len(w) for t in texts for w in t.split()), default=1)


def _min_widths(block: Table) -> list[int]:
    """Fixed columns: their longest cell; flexible ones: their longest word (up to 16)."""
    widths = []
    for i, col in enumerate(block.columns):
        cells = [plain(row[i]) for row in block.rows]
        header = _longest_word([col.header])
        if col.no_wrap:
            widths.append(max([header, *(len(c) for c in cells)]))
        else:
            widths.append(max(col.min_width or 8, min(_longest_word(cells), 16), header))
    return widths


def _needed_width(block: Table) -> int:
    """The narrowest a table can be before its columns become unreadable."""
    return sum(_min_widths(block)) + _gaps(len(block.columns))


def _fit(block: Table, width: int | None) -> list[int] | None:
    """Column widths that fit ``width``, or None when the table fits as it is.

    Fixed columns keep each cell on one line; flexible ones share the room by ratio;
    what is left goes, a character at a time, to columns that still wrap.
    """
    if width is None:
        return None
    natural = []
    for i, col in enumerate(block.columns):
        cells = [len(plain(row[i])) for row in block.rows]
        natural.append(max([*cells, len(col.header)], default=1))
    room = width - _gaps(len(natural))
    if sum(natural) <= room:
        return None
    widths = _min_widths(block)
    flex = [i for i, c in enumerate(block.columns) if not c.no_wrap]
    flex_room = room - sum(w for i, w in enumerate(widths) if i not in flex)
    total_ratio = sum(block.columns[i].ratio or 1 for i in flex) or 1
    for i in flex:
        share = flex_room * (block.columns[i].ratio or 1) // total_ratio
        widths[i] = min(max(widths[i], share), natural[i])
    mins = _min_widths(block)
    while sum(widths) > room:  # shares rounded up past the room: take back from the widest
        widest = max(
            (i for i in flex if widths[i] > mins[i]), key=lambda i: widths[i], default=None
        )
        if widest is None:
            break
        widths[widest] -= 1
    spare = room - sum(widths)
    order = flex + [i for i in range(len(widths)) if i not in flex]
    while spare > 0:
        wanting = [i for i in order if widths[i] < natural[i]]
        if not wanting:
            break
        for i in wanting:
            if spare == 0:
                break
            widths[i] += 1
            spare -= 1
    return widths


def _stacked(block: Table) -> list[Any]:
    """A table too wide for the terminal, shown as one small record per row."""
    out: list[Any] = []
    if block.title:
        out.append(text(block.title, "bold"))
    for row in block.rows:
        out.append(Text(""))
        out.append(text(row[0], "bold"))
        grid = RichTable.grid(padding=(0, 1))
        grid.add_column(style="dim", no_wrap=False, max_width=14)
        grid.add_column(overflow="fold")
        for col, cell in zip(block.columns[1:], row[1:], strict=False):
            if plain(cell):
                grid.add_row(text(col.header), text(cell))
        out.append(grid)
    if block.notes:
        out.append(Text(""))
        out.extend(text(n, "dim") for n in block.notes)
    return out


def _table(block: Table, widths: list[int] | None) -> Any:
    table = RichTable(
        title=safe(block.title) if block.title else None,
        title_justify="left",
        header_style="bold",
        box=box.SIMPLE_HEAD,
        show_edge=False,
        expand=False,
        pad_edge=False,
        padding=(0, 1, 0, 0),
    )
    for i, col in enumerate(block.columns):
        table.add_column(
            safe(col.header),
            justify=col.justify,
            no_wrap=False,
            width=widths[i] if widths else None,
            overflow="fold",
        )
    for row in block.rows:
        table.add_row(*(text(c) for c in row))
    if not block.notes:
        return table
    notes = [text(n, "dim") for n in block.notes]
    return Group(table, *notes)


def render(doc: Document, console: Console) -> None:
    """Print a document on a console."""
    for item in renderables(doc, console.width):
        console.print(item)


def render_plain(doc: Document, width: int | None = None) -> str:
    """The document as plain text (no colour), as a terminal of ``width`` would show it."""
    buffer = io.StringIO()
    console = make_console(file=buffer, width=width or 100, color=False)
    render(doc, console)
    return buffer.getvalue()


def stdout_console(width: int | None = None) -> Console:
    return make_console(file=sys.stdout, width=width)
