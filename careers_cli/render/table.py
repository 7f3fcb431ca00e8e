"""Terminal output: documents laid out as lines of styled text, tables that fit the width.

This is the ``table`` format. It lays text out itself instead of going through Rich:
Rich's table renderer took about 13 ms for the 28-row role list and importing it about
35 ms, more than everything else ``careers list`` does (README, "Performance"). The
layout is plain Python: word wrapping on display width (wide and combining characters
counted right), columns sized to the terminal, and tables that do not fit turned into
one small record per row. Rich is still used to export what was laid out as HTML or SVG
(``render/export.py``), so the terminal and the exports show the same layout.

Every string is passed through :func:`careers_cli.text.safe` and printed literally: no
markup is interpreted, and escape sequences and control characters from a catalogue are
shown, never sent to the terminal.
"""

import os
import shutil
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from typing import IO, NamedTuple

from careers_cli.render.doc import (
    Bullets,
    Cell,
    Column,
    Document,
    Fields,
    Heading,
    Paragraph,
    Styled,
    Table,
    plain,
)
from careers_cli.text import safe


class Span(NamedTuple):
    """A run of text with one style ("", "bold", "dim", "bold red", ...)."""

    text: str
    style: str = ""


Line = list[Span]

GAP = 2  # spaces between table columns
RULE = "─"
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


# --------------------------------------------------------------------------- measuring


def cell_len(text: str) -> int:
    """How many terminal columns a text takes (wide characters 2, combining marks 0)."""
    if text.isascii():
        return len(text)
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _chop(word: str, width: int) -> list[str]:
    """Cut a word that is wider than ``width`` into pieces that fit."""
    pieces, current, used = [], "", 0
    for char in word:
        w = cell_len(char)
        if used + w > width and current:
            pieces.append(current)
            current, used = "", 0
        current += char
        used += w
    if current:
        pieces.append(current)
    return pieces


def spans(cell: Cell, style: str = "") -> Line:
    """A cell as spans of safe text (tabs become spaces, so columns stay aligned)."""
    if isinstance(cell, str):
        return [Span(safe(cell).replace("\t", " "), style)]
    if isinstance(cell, Styled):
        return [Span(safe(cell.text).replace("\t", " "), cell.style or style)]
    return [Span(safe(part.text).replace("\t", " "), part.style or style) for part in cell]


def wrap(line: Line, width: int) -> list[Line]:
    """Greedy word wrap of styled text to ``width`` columns; newlines are kept."""
    width = max(1, width)
    out: list[Line] = []
    current: Line = []
    used = 0
    pending_space: Span | None = None

    def flush() -> None:
        nonlocal current, used, pending_space
        out.append(current)
        current, used, pending_space = [], 0, None

    for span in line:
        parts = span.text.split("\n")
        for n, part in enumerate(parts):
            if n:
                flush()
            for word_index, word in enumerate(part.split(" ")):
                if word_index:
                    pending_space = Span(" ", span.style)
                if not word:
                    continue
                w = cell_len(word)
                space = 1 if pending_space and current else 0
                if used + space + w <= width:
                    if space and pending_space is not None:
                        current.append(pending_space)
                        used += 1
                    current.append(Span(word, span.style))
                    used += w
                    pending_space = None
                    continue
                if current:
                    flush()
                if w <= width:
                    current.append(Span(word, span.style))
                    used = w
                else:
                    pieces = _chop(word, width)
                    for piece in pieces[:-1]:
                        out.append([Span(piece, span.style)])
                    current, used = [Span(pieces[-1], span.style)], cell_len(pieces[-1])
                pending_space = None
    if current or not out:
        out.append(current)
    return [_merge(x) for x in out]


def _merge(line: Line) -> Line:
    """Join neighbouring spans of the same style."""
    merged: Line = []
    for span in line:
        if merged and merged[-1].style == span.style:
            merged[-1] = Span(merged[-1].text + span.text, span.style)
        else:
            merged.append(span)
    return merged


def line_len(line: Line) -> int:
    return sum(cell_len(s.text) for s in line)


def _pad(line: Line, width: int, justify: str) -> Line:
    extra = width - line_len(line)
    if extra <= 0:
        return line
    if justify == "right":
        return [Span(" " * extra), *line]
    if justify == "center":
        left = extra // 2
        return [Span(" " * left), *line, Span(" " * (extra - left))]
    return [*line, Span(" " * extra)]


# --------------------------------------------------------------------------- tables


def _longest_word(texts: Iterable[str]) -> int:
    return max((cell_len(w) for t in texts for w in t.split()), default=1)


def _min_widths(block: Table) -> list[int]:
    """Fixed columns: their longest cell; flexible ones: their longest word (up to 16)."""
    widths = []
    for i, col in enumerate(block.columns):
        cells = [plain(row[i]) for row in block.rows]
        header = _longest_word([col.header])
        if col.no_wrap:
            widths.append(
                max(
                    [header, *(max((cell_len(x) for x in c.split("\n")), default=0) for c in cells)]
                )
            )
        else:
            widths.append(max(col.min_width or 8, min(_longest_word(cells), 18), header))
    return widths


def _needed_width(block: Table) -> int:
    """The narrowest a table can be before its columns become unreadable."""
    return sum(_min_widths(block)) + GAP * (len(block.columns) - 1)


def _natural(block: Table) -> list[int]:
    out = []
    for i, col in enumerate(block.columns):
        cells = [
            max((cell_len(x) for x in plain(row[i]).split("\n")), default=0) for row in block.rows
        ]
        out.append(max([*cells, cell_len(col.header)], default=1))
    return out


def fit(block: Table, width: int) -> list[int]:
    """Column widths that fit ``width``.

    Fixed columns keep each cell on one line; flexible ones share the room by ratio;
    what is left goes, a character at a time, to columns that still wrap.
    """
    natural = _natural(block)
    room = width - GAP * (len(natural) - 1)
    if sum(natural) <= room:
        return natural
    widths = _min_widths(block)
    mins = list(widths)
    flex = [i for i, c in enumerate(block.columns) if not c.no_wrap]
    flex_room = room - sum(w for i, w in enumerate(widths) if i not in flex)
    total_ratio = sum(block.columns[i].ratio or 1 for i in flex) or 1
    for i in flex:
        share = flex_room * (block.columns[i].ratio or 1) // total_ratio
        widths[i] = min(max(widths[i], share), natural[i])
    while sum(widths) > room:  # shares rounded up past the room: take back from the widest
        candidates = [i for i in flex if widths[i] > mins[i]]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: widths[i])
        widths[widest] -= 1
    spare = room - sum(widths)
    for i in range(len(widths)):  # fixed columns first: room for their whole header
        if i not in flex and spare > 0:
            extra = min(spare, natural[i] - widths[i])
            widths[i] += extra
            spare -= extra
    while spare > 0:
        wanting = [i for i in flex if widths[i] < natural[i]]
        if not wanting:
            break
        for i in wanting:
            if spare == 0:
                break
            widths[i] += 1
            spare -= 1
    return widths


def _row_lines(cells: Sequence[Line], widths: list[int], columns: Sequence[Column]) -> list[Line]:
    wrapped = [wrap(cell, w) for cell, w in zip(cells, widths, strict=True)]
    height = max(len(w) for w in wrapped)
    lines = []
    for n in range(height):
        line: Line = []
        for k, (cell_lines, w, col) in enumerate(zip(wrapped, widths, columns, strict=True)):
            if k:
                line.append(Span(" " * GAP))
            content = cell_lines[n] if n < len(cell_lines) else []
            line.extend(_pad(content, w, col.justify))
        lines.append(line)
    return lines


def _drop_columns(block: Table, width: int) -> Table | None:
    """The table with its least useful columns left out until it fits, or None.

    Columns marked ``drop`` go first (lowest number first); a note says which were
    left out. None when even that is too wide: the caller shows records instead.
    """
    if width >= _needed_width(block):
        return block
    droppable = sorted((c.drop, i) for i, c in enumerate(block.columns) if c.drop is not None)
    hidden: list[int] = []
    for _, i in droppable:
        hidden.append(i)
        keep = [k for k in range(len(block.columns)) if k not in hidden]
        trial = Table(
            [block.columns[k] for k in keep],
            [[row[k] for k in keep] for row in block.rows],
            block.title,
            [
                *block.notes,
                "("
                + ", ".join(block.columns[k].header for k in sorted(hidden))
                + ": not shown at this width)",
            ],
        )
        if width >= _needed_width(trial):
            return trial
    return None


def _table(block: Table, width: int) -> list[Line]:
    widths = fit(block, width)
    out: list[Line] = []
    if block.title:
        out.extend(wrap(spans(block.title, "bold"), width))
    header = [spans(c.header, "bold") for c in block.columns]
    out.extend(_row_lines(header, widths, block.columns))
    out.append([Span(RULE * (sum(widths) + GAP * (len(widths) - 1)), "dim")])
    for row in block.rows:
        out.extend(_row_lines([spans(c) for c in row], widths, block.columns))
    for note in block.notes:
        out.extend(wrap(spans(note, "dim"), width))
    return out


def _fields(rows: Sequence[tuple[str, Cell]], width: int, title: str = "") -> list[Line]:
    out: list[Line] = []
    if title:
        out.extend(wrap(spans(title, "bold"), width))
    if not rows:
        return out
    key_width = min(max(cell_len(safe(k)) for k, _ in rows), max(8, width // 3))
    value_width = max(8, width - key_width - 1)
    for key, value in rows:
        keys = wrap(spans(key, "bold"), key_width)
        values = wrap(spans(value), value_width)
        for n in range(max(len(keys), len(values))):
            k = keys[n] if n < len(keys) else []
            v = values[n] if n < len(values) else []
            out.append([*_pad(k, key_width, "left"), Span(" "), *v])
    return out


def _stacked(block: Table, width: int) -> list[Line]:
    """A table too wide for the terminal, shown as one small record per row."""
    out: list[Line] = []
    if block.title:
        out.extend(wrap(spans(block.title, "bold"), width))
    for row in block.rows:
        out.append([])
        out.extend(wrap(spans(row[0], "bold"), width))
        pairs = [
            (col.header, cell)
            for col, cell in zip(block.columns[1:], row[1:], strict=False)
            if plain(cell)
        ]
        out.extend(_fields(pairs, width))
    if block.notes:
        out.append([])
        for note in block.notes:
            out.extend(wrap(spans(note, "dim"), width))
    return out


# --------------------------------------------------------------------------- documents


def layout(doc: Document, width: int) -> list[Line]:
    """A document as lines of styled text at most ``width`` columns wide."""
    width = max(width, 10)
    out: list[Line] = []
    for block in doc.blocks:
        if isinstance(block, Heading):
            if out:
                out.append([])
            style = "bold underline" if block.level == 1 else "bold"
            out.extend(wrap(spans(block.text, style), width))
        elif isinstance(block, Paragraph):
            out.extend(wrap(spans(block.text, block.style), width))
        elif isinstance(block, Bullets):
            if block.title:
                out.extend(wrap(spans(block.title, "bold"), width))
            for item in block.items:
                lines = wrap(spans(item), width - 2)
                out.append([Span("• "), *lines[0]])
                out.extend([Span("  "), *line] for line in lines[1:])
        elif isinstance(block, Fields):
            out.extend(_fields(block.rows, width, block.title))
        elif isinstance(block, Table):
            fitted = _drop_columns(block, width)
            if fitted is None:
                out.extend(_stacked(block, width))
            else:
                out.extend(_table(fitted, width))
    return [_merge(line) for line in out]


# --------------------------------------------------------------------------- output

_SGR = {
    "bold": "1",
    "dim": "2",
    "italic": "3",
    "underline": "4",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "blue": "34",
    "magenta": "35",
    "cyan": "36",
}


def _ansi(style: str) -> str:
    codes = [_SGR[word] for word in style.split() if word in _SGR]
    return f"\x1b[{';'.join(codes)}m" if codes else ""


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


def _can_encode(stream: IO[str]) -> bool:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        "─█░●•“→≥×·Σé".encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def to_text(lines: Iterable[Line], colour: bool = False, ascii_only: bool = False) -> str:
    """Lines as text: trailing spaces removed, ANSI styles when ``colour``."""
    out = []
    for line in lines:
        if colour:
            parts = []
            for span in line:
                code = _ansi(span.style)
                parts.append(f"{code}{span.text}\x1b[0m" if code else span.text)
            text = "".join(parts).rstrip(" ")
        else:
            text = "".join(span.text for span in line).rstrip(" ")
        out.append(text.translate(ASCII_FALLBACK) if ascii_only else text)
    return "\n".join(out) + "\n"


def render(doc: Document, stream: IO[str] | None = None, width: int | None = None) -> None:
    """Print a document on a stream (stdout by default), fitted to the terminal."""
    stream = stream or sys.stdout
    text = to_text(
        layout(doc, width or terminal_width()),
        colour=use_colour(stream),
        ascii_only=not _can_encode(stream),
    )
    stream.write(text)
    stream.flush()


def render_plain(doc: Document, width: int | None = None) -> str:
    """The document as plain text, as a terminal of ``width`` columns would show it."""
    return to_text(layout(doc, width or 100))
