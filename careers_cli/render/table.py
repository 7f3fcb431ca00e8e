"""Terminal output (the ``table`` format): documents drawn with Rich.

A document's blocks become Rich renderables: headings and paragraphs as ``Text``,
label/value pairs and bullets as grids, tables as ``rich.table.Table``. Rich measures
text by what a terminal shows (wide characters, emoji and ZWJ sequences, combining
marks) and wraps at word boundaries. Before Rich sees a table, one pre-pass checks that
every column can hold its longest word: if not, the least useful columns are left out
(with a note), and if that is not enough, each row is shown as a small record instead.
So no word is ever broken in a table.

Every string goes through :func:`careers_cli.text.safe` into a ``Text`` object: no
markup is read from data, and escape sequences and control characters from a
catalogue are shown, never sent to the terminal. The same renderables feed the HTML
and SVG exports (``render/export.py``).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import IO, TYPE_CHECKING, NamedTuple, overload

from rich._wrap import divide_line
from rich.cells import cell_len, set_cell_size

from careers_cli.i18n import msg
from careers_cli.render import terminal
from careers_cli.render.doc import (
    Bullets,
    Cell,
    Column,
    Document,
    Fields,
    Heading,
    Justify,
    Paragraph,
    Styled,
    Table,
    plain,
)
from careers_cli.render.doc import plain as plain_text
from careers_cli.text import safe

if TYPE_CHECKING:  # Rich's console and renderables are imported where Rich draws
    from rich.console import Console, RenderableType
    from rich.table import Table as RichTable
    from rich.text import Text

GAP = 2  # columns between two table columns
_SPACES = re.compile(r"\s+")

# Spaces a line never breaks at: inside a number (the narrow no-break space of French
# thousands, the no-break and figure spaces; a plain space between a digit and a group of
# three, as catalogue texts write "4 710") and inside guillemets ("« x »"). Rich breaks
# lines at any whitespace (``\s``, which U+202F and U+00A0 are), so before Rich sees a
# text each of them becomes a private-use character of the same width, and the output is
# given back its spaces (``unglued``). A catalogue's own U+F0020... characters would
# come out as spaces: harmless.
_KEPT = {" ": "\U000f0020", "\u00a0": "\U000f00a0", "\u202f": "\U000f202f", "\u2007": "\U000f2007"}
# (each match a space, looked for first: four times faster than looking around every
# character for one)
_UNBREAKABLE = re.compile(r" (?:(?<=« )|(?=»)|(?<=\d )(?=\d{3}(?!\d)))")
_GLUE = str.maketrans({space: kept for space, kept in _KEPT.items() if space != " "})
_UNGLUE = str.maketrans({kept: space for space, kept in _KEPT.items()})


def glued(cell: str) -> str:
    """``cell`` with the spaces a line must not break at made unbreakable for Rich."""
    kept = _UNBREAKABLE.sub(_KEPT[" "], cell)
    return kept if kept.isascii() else kept.translate(_GLUE)  # (its other spaces are not)


def unglued(drawn: str) -> str:
    """What Rich drew, with the spaces ``glued`` hid given back."""
    return drawn.translate(_UNGLUE)


def text(cell: Cell, style: str = "") -> Text:
    """A cell as inert Rich text, with the document's styles (tabs become spaces)."""
    from rich.text import Text

    parts = [cell] if isinstance(cell, (str, Styled)) else cell
    out = Text(overflow="fold")
    for part in parts:
        if isinstance(part, str):
            out.append(glued(safe(part).replace("\t", " ")), style or None)
        else:
            out.append(glued(safe(part.text).replace("\t", " ")), part.style or style or None)
    return out


# --------------------------------------------------------------------------- the pre-pass


def narrow(text: str) -> bool:
    """Whether each character of a text takes one cell, so that its width is its length:
    printable and below U+0300 (Latin, its accents, IPA), which Rich measures so too."""
    return text.isprintable() and (text.isascii() or max(text) < "\u0300")


_WORD = re.compile(r"\s*\S+\s*")  # a word and the spaces after it (the first: before it too)


def divided(line: str, width: int) -> list[int]:
    """Where Rich's ``divide_line(line, width, fold=True)`` breaks a line of text: worked
    out here for a narrow line whose words all fit the width (most cells; three times
    faster), the same way: each word goes on the line if it fits what is left of it
    (its trailing spaces need not fit), else starts the next line. Otherwise Rich's."""
    if not narrow(line):
        return divide_line(line, width, fold=True)
    breaks: list[int] = []
    start = used = 0
    for word in _WORD.findall(line):
        size, length = len(word.rstrip()), len(word)
        if size > width:  # folded across lines
            return divide_line(line, width, fold=True)
        if size <= width - used:
            used += length
        elif used and start:
            breaks.append(start)
            used = length
        start += length
    return breaks


def _widest_line(cell: str) -> int:
    if narrow(cell):  # (one line: a line break is not printable)
        return len(cell)
    return max((cell_len(line) for line in cell.split("\n")), default=0)


def _longest_word(cell: str) -> int:
    kept = glued(cell)  # the spaces a line must not break at are no spaces here
    if narrow(kept):  # (its only space is " ")
        return max(map(len, kept.split(" ")))
    return max((cell_len(word) for word in _SPACES.split(kept)), default=0)


class Size(NamedTuple):
    """How wide a column can be: ``least`` without breaking a word (its widest line when
    it does not wrap), ``natural`` when nothing in it wraps (header included)."""

    least: int
    natural: int


def column_size(column: Column, cells: Sequence[Cell]) -> Size:
    """A column measured once, from the text of its cells (each distinct text once)."""
    texts = [safe(text) for text in dict.fromkeys(plain(cell) for cell in cells)]
    lines = [_widest_line(c) for c in texts]
    natural = max([_widest_line(column.header), *lines])
    header = _longest_word(column.header)
    words = lines if column.no_wrap else [_longest_word(c) for c in texts]
    least = max([column.min_width or 0, header, *words])
    return Size(min(least, natural), natural)  # a min_width never asks for more than it needs


def sizes(block: Table) -> list[Size]:
    return [column_size(c, [row[i] for row in block.rows]) for i, c in enumerate(block.columns)]


def needed_width(shown: Sequence[Size]) -> int:
    """The narrowest a table of these columns can be without breaking a word."""
    return sum(s.least for s in shown) + GAP * (len(shown) - 1)


def column_widths(block: Table, shown: Sequence[Size], width: int) -> list[int]:
    """Widths for the columns of a table that fits (see :func:`fitted`) in ``width``.

    Every column starts at its minimum (no word broken); the room left goes, a column
    of text at a time, to the column furthest from its natural width (weighted by its
    ``ratio``) until every column is whole or the room is used up.
    """
    count = len(block.columns)
    natural = [s.natural for s in shown]
    room = width - GAP * (count - 1)
    if sum(natural) <= room:
        return natural
    widths = [s.least for s in shown]
    ratios = [c.ratio or 1 for c in block.columns]
    for _ in range(room - sum(widths)):
        short = [i for i in range(count) if widths[i] < natural[i]]
        if not short:
            break
        widest_gap = max(short, key=lambda i: ((natural[i] - widths[i]) * ratios[i], -i))
        widths[widest_gap] += 1
    return widths


def fitted(block: Table, width: int) -> tuple[Table, list[Size]] | None:
    """The table with its least useful columns left out until it fits ``width`` (with
    the sizes of the columns kept), or None.

    Columns marked ``drop`` go first (lowest number first); a note says which were
    left out. None when even that is too wide: the caller shows records instead. Each
    column is measured once, whatever the number of trials.
    """
    measured = sizes(block)
    if needed_width(measured) <= width:
        return block, measured
    short = _short_headers(block, measured)
    if short is not None and needed_width(short[1]) <= width:
        return short
    droppable = sorted((c.drop, i) for i, c in enumerate(block.columns) if c.drop is not None)
    hidden: list[int] = []
    for _, i in droppable:
        hidden.append(i)
        keep = [k for k in range(len(block.columns)) if k not in hidden]
        if needed_width([measured[k] for k in keep]) > width:
            continue
        names = ", ".join(
            block.columns[k].called or block.columns[k].header for k in sorted(hidden)
        )
        made = block.rebuild(frozenset(hidden)) if block.rebuild is not None else block
        trial = Table(
            [made.columns[k] for k in keep],
            [[row[k] for k in keep] for row in made.rows],
            made.title,
            [*made.notes, msg("columns_hidden", names=names)],
        )
        return trial, [measured[k] for k in keep]
    return None


def _short_headers(block: Table, measured: list[Size]) -> tuple[Table, list[Size]] | None:
    """The table with the short headers of its columns, a note saying what they stand
    for, and the sizes of its columns (None: no column has a short header)."""
    if not any(c.short for c in block.columns):
        return None
    columns = [c._replace(header=c.short) if c.short else c for c in block.columns]
    sized = [
        column_size(c, [row[i] for row in block.rows]) if c.short else measured[i]
        for i, c in enumerate(columns)
    ]
    names = ", ".join(f"{c.short} = {c.header}" for c in block.columns if c.short)
    notes = [*block.notes, msg("headers_short", names=names)]
    return block._replace(columns=columns, notes=notes), sized


# --------------------------------------------------------------------------- blocks


def _table(block: Table, widths: Sequence[int]) -> RichTable:
    from rich import box
    from rich.table import Table as RichTable

    out = RichTable(
        box=box.SIMPLE_HEAD,
        show_edge=False,
        pad_edge=False,
        padding=(0, 1),
        collapse_padding=True,
        header_style="bold",
        border_style="dim",
    )
    for column, column_width in zip(block.columns, widths, strict=True):
        out.add_column(text(column.header, "bold"), justify=column.justify, width=column_width)
    for row in block.rows:
        out.add_row(*(text(cell) for cell in row))
    return out


# --------------------------------------------------------------------------- plain output
#
# Rich's Table lays out every cell through its whole pipeline (about 0.3 M instructions a
# cell): 3 s for the 5,000-row list, whatever its column widths; and Rich's console, its
# text and tables cost about 110 M instructions to import, more than `careers show` needs
# for everything else. Output that is not a terminal and has no colour is plain
# characters, so there every block is written directly, to the characters Rich gives
# for it (a property test compares the two on random documents; the bundled catalogue's
# reports are compared at several widths in both languages), and Rich's console is not
# imported: a text is wrapped where Rich's ``Text.wrap`` wraps it (with Rich's own
# ``divide_line``); a table's cells are wrapped so, justified and padded as Rich does,
# and set side by side with the padding and rule of the Table's box; label/value pairs
# and bullets are the same cells in Rich's grid (no header, no rule, one or no space
# between the columns). On a terminal, with colour, or on a stream that cannot encode
# the box characters, Rich draws everything.


class _Plain:
    """A table written line by line as Rich's Table draws it (see above): its header and
    rule, then its rows, ``GAP`` spaces between the columns; a grid (``grid=gap``) has
    no header and ``gap`` spaces."""

    def __init__(self, block: Table, widths: Sequence[int], grid: int | None = None) -> None:
        self.block = block
        self.widths = widths
        self.grid = grid
        self.gap = " " * (GAP if grid is None else grid)
        # each distinct cell of each column drawn once
        self._drawn: list[dict[object, list[str]]] = [{} for _ in widths]

    def _cell(self, k: int, cell: Cell) -> list[str]:
        """The lines of a cell of column ``k`` (shared by the cells of the same text:
        never changed in place); none in a column of no width (Rich renders nothing
        there)."""
        drawn = self._drawn[k]
        key = cell if isinstance(cell, (str, Styled)) else tuple(cell)
        found = drawn.get(key)
        if found is None:
            width = self.widths[k]
            found = _plain_cell(cell, width, self.block.columns[k].justify) if width else []
            drawn[key] = found
        return found

    def lines(self) -> Iterator[str]:
        count, cell, gap = len(self.widths), self._cell, self.gap
        blanks = [" " * width for width in self.widths]
        if self.grid is None:  # the header, each at the foot of its row, and the rule
            drawn = [cell(k, column.header) for k, column in enumerate(self.block.columns)]
            top = max(map(len, drawn))
            for n in range(top):
                yield gap.join(
                    [
                        ls[n - top + len(ls)] if n >= top - len(ls) else b
                        for ls, b in zip(drawn, blanks, strict=True)
                    ]
                )
            yield "─" * (sum(self.widths) + GAP * (count - 1))
        for row in self.block.rows:  # each cell at the top of its row
            if len(row) != count:
                raise ValueError("a row of a table has a cell for each column")
            drawn = list(map(cell, range(count), row))
            heights = set(map(len, drawn))
            if heights == {1}:
                yield gap.join([lines[0] for lines in drawn])
                continue
            for n in range(max(heights)):
                yield gap.join(
                    [ls[n] if n < len(ls) else b for ls, b in zip(drawn, blanks, strict=True)]
                )


def _plain_widths(widths: Sequence[int], width: int) -> list[int] | None:
    """The widths a table is written with to look as Rich draws it at ``widths``: Rich
    measures each column with its padding, and the last column has none, so a last
    column of no width (empty, header too) becomes one cell wide. None where Rich is
    left to draw: no column (a blank line), or no room for that cell."""
    if not widths:
        return None
    if widths[-1] > 0:
        return list(widths)
    if sum(widths) + GAP * (len(widths) - 1) >= width:
        return None
    return [*widths[:-1], 1]


class _PlainText(NamedTuple):
    """A heading, paragraph or note written as Rich prints its ``Text`` at ``width``."""

    cell: Cell
    width: int

    def lines(self) -> Iterator[str]:
        """Each line of the text wrapped where ``Text.wrap`` wraps it; a piece wider than
        the width loses its trailing spaces beyond it (``rstrip_end``), then is cropped
        to the width (``truncate``); not padded (Rich's default justification)."""
        width = self.width
        for line in _inert(self.cell).split("\n"):
            if len(line) <= width and narrow(line):  # nothing to break (most lines)
                yield line
                continue
            ends = [0, *divided(line, width), len(line)]
            for start, end in zip(ends, ends[1:], strict=False):
                piece = line[start:end]
                if len(piece) > width:
                    piece = piece[: max(len(piece.rstrip()), width)]
                yield set_cell_size(piece, width) if cell_len(piece) > width else piece


_Written = _Plain | _PlainText


def _plain_cell(cell: Cell, width: int, justify: Justify) -> list[str]:
    """A cell's lines, each ``width`` cells wide, as Rich's Table gives them: split at its
    line breaks, each line wrapped as ``Text.wrap`` wraps it (Rich's own ``divide_line``
    finds the breaks), justified, and cropped or padded to the width. (Rich's ``Text``
    also drops the control codes BEL, BS, VT, FF and CR: ``safe`` has made them visible
    already, and tabs are spaces, so the text is Rich's as it is.)"""
    whole = _inert(cell)
    if whole.isprintable():  # no line break (most cells)
        size = len(whole) if narrow(whole) else cell_len(whole)
        if size <= width and len(whole) <= width:  # nothing to break
            return [_justified(whole, width, justify, size)]
    out = []
    for line in whole.split("\n"):
        ends = [0, *divided(line, width), len(line)]
        measure: Callable[[str], int] = len if narrow(line) else cell_len
        for start, end in zip(ends, ends[1:], strict=False):
            piece = line[start:end]  # (its spaces beyond the width are cropped below)
            out.append(_justified(piece, width, justify, measure(piece)))
    return out


def _justified(line: str, width: int, justify: Justify, size: int) -> str:
    """A piece of a cell, ``size`` cells wide, justified in ``width`` cells as Rich's
    ``Lines.justify`` does, then cropped or padded to exactly the width."""
    if justify != "left":
        stripped = line.rstrip()
        if len(stripped) != len(line):
            line, size = stripped, cell_len(stripped)
    if size > width:
        line = set_cell_size(line, width)
        size = cell_len(line)
    room = width - size
    if justify == "right":
        return " " * room + line
    if justify == "center":
        return " " * (room // 2) + line + " " * (room - room // 2)
    return line + " " * room


def _inert(cell: Cell) -> str:
    """The characters :func:`text` gives a cell (without its styles), the spaces a line
    must not break at glued as for Rich."""
    if isinstance(cell, (str, Styled)):
        return glued(safe(str(cell)).replace("\t", " "))
    return "".join([glued(safe(str(part)).replace("\t", " ")) for part in cell])


def plain_allowed(console: Console) -> bool:
    """Whether tables may be written plainly on this console (see above): not a
    terminal, no colour, a stream that encodes the box characters."""
    isatty = getattr(console.file, "isatty", None)
    options = console.options
    return not (
        (isatty is not None and isatty())
        or console.color_system is not None
        or options.ascii_only
        or options.legacy_windows
    )


def plain_stream(stream: IO[str]) -> bool:
    """What :func:`plain_allowed` says of the console :func:`terminal.console` makes for
    ``stream``, known without making it: not a terminal, no colour, a UTF encoding (as
    Rich's ``ascii_only`` reads it); on Windows, where Rich may use the legacy console,
    Rich decides."""
    isatty = getattr(stream, "isatty", None)
    if (isatty is not None and isatty()) or terminal.use_colour(stream):
        return False
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower()
    return encoding.startswith("utf") and sys.platform != "win32"


def _label_width(rows: Sequence[tuple[str, Cell]], width: int) -> int:
    """The labels' column of label/value pairs: the widest label, at most a third of the
    width (at least 8)."""
    widest = max((cell_len(safe(key)) for key, _ in rows), default=0)
    return min(widest, max(8, width // 3))


def _grid(cells: list[list[Cell]], first: int, width: int, gap: int) -> _Plain | None:
    """Two columns as Rich's grid draws them: the first ``first`` cells wide, the second
    as wide as its widest line, at most what is left of the width (None where Rich
    would widen a column of no width: Rich draws it)."""
    second = min(max(_widest_line(_inert(row[1])) for row in cells), width - first - gap)
    if first < 1 or second < 1:
        return None
    return _Plain(Table([Column(""), Column("")], cells), [first, second], grid=gap)


def _pairs(rows: Sequence[tuple[str, Cell]], width: int) -> RichTable:
    """Label: value pairs, labels in a column of at most a third of the width."""
    from rich.table import Table as RichTable

    grid = RichTable.grid(padding=(0, 1, 0, 0))
    grid.add_column(width=_label_width(rows, width), style="bold")
    grid.add_column(overflow="fold")
    for key, value in rows:
        grid.add_row(text(key), text(value))
    return grid


def _pairs_block(
    rows: Sequence[tuple[str, Cell]], width: int, plain: bool
) -> RenderableType | _Written:
    """Label: value pairs, written plainly when ``plain`` (and Rich can be matched)."""
    found = _grid([[k, v] for k, v in rows], _label_width(rows, width), width, 1) if plain else None
    return found if found is not None else _pairs(rows, width)


def _bullets(items: Sequence[Cell], width: int, plain: bool) -> RenderableType | _Written:
    found = _grid([["•", item] for item in items], 2, width, 0) if plain and items else None
    if found is not None:
        return found
    from rich.table import Table as RichTable

    grid = RichTable.grid()
    grid.add_column(width=2, no_wrap=True)
    grid.add_column(overflow="fold")
    for item in items:
        grid.add_row("•", text(item))
    return grid


def _line(cell: Cell, style: str, width: int, plain: bool) -> RenderableType | _Written:
    """A heading, paragraph or note: Rich text, or written plainly."""
    return _PlainText(cell, width) if plain else text(cell, style)


def _stacked(block: Table, width: int, plain: bool) -> Iterator[RenderableType | _Written]:
    """A table too wide for the terminal, shown as one small record per row."""
    if block.title:
        yield _line(block.title, "bold", width, plain)
    for row in block.rows:
        yield _line("", "", width, plain)
        yield _line(row[0], "bold", width, plain)
        pairs = [
            (c.header, cell)
            for c, cell in zip(block.columns[1:], row[1:], strict=False)
            if plain_text(cell)
        ]
        if pairs:
            yield _pairs_block(pairs, width, plain)
    if block.notes:
        yield _line("", "", width, plain)
    for note in block.notes:
        yield _line(note, "dim", width, plain)


def _titled_table(block: Table, width: int, plain: bool) -> Iterator[RenderableType | _Written]:
    found = fitted(block, width)
    if found is None:
        yield from _stacked(block, width, plain)
        return
    shown, measured = found
    if shown.title:
        yield _line(shown.title, "bold", width, plain)
    widths = column_widths(shown, measured, width)
    written = _plain_widths(widths, width) if plain else None
    yield _Plain(shown, written) if written is not None else _table(shown, widths)
    for note in shown.notes:
        yield _line(note, "dim", width, plain)


@overload
def renderables(doc: Document, width: int) -> Iterator[RenderableType]: ...
@overload
def renderables(doc: Document, width: int, plain: bool) -> Iterator[RenderableType | _Written]: ...
def renderables(
    doc: Document, width: int, plain: bool = False
) -> Iterator[RenderableType | _Written]:
    """A document as Rich renderables for a terminal ``width`` columns wide (``plain``:
    its blocks to be written plainly where they can, see :func:`plain_allowed`)."""
    for n, block in enumerate(doc.blocks):
        if isinstance(block, Heading):
            if n:
                yield _line("", "", width, plain)
            yield _line(block.text, "bold underline" if block.level == 1 else "bold", width, plain)
        elif isinstance(block, Paragraph):
            yield _line(block.text, block.style, width, plain)
        elif isinstance(block, Bullets):
            if block.title:
                yield _line(block.title, "bold", width, plain)
            yield _bullets(block.items, width, plain)
        elif isinstance(block, Fields):
            if block.title:
                yield _line(block.title, "bold", width, plain)
            if block.rows:
                yield _pairs_block(block.rows, width, plain)
        elif isinstance(block, Table):
            yield from _titled_table(block, width, plain)


# --------------------------------------------------------------------------- output


def draw(doc: Document, console: Console) -> None:
    """Print a document on a console (at the console's width), drawn by Rich."""
    from rich.console import Group

    width = max(console.width, 10)
    console.print(Group(*renderables(doc, width)), width=width)


def drawn(doc: Document, console: Console, plain: bool | None = None) -> str:
    """The text :func:`draw` prints on a console; where :func:`plain_allowed` (or
    ``plain`` says), the blocks are written plainly, to the same characters (not on a
    console narrower than 10 columns, where Rich prints narrower than it lays out)."""
    from rich.console import Group

    if not (plain_allowed(console) if plain is None else plain) or console.width < 10:
        with console.capture() as captured:
            draw(doc, console)
        return captured.get()
    width = console.width
    parts: list[str] = []
    pending: list[RenderableType] = []
    for item in [*renderables(doc, width, plain=True), None]:
        if isinstance(item, (_Plain, _PlainText, type(None))) and pending:
            with console.capture() as captured:
                console.print(Group(*pending), width=width)
            parts.append(captured.get())
            pending = []
        if isinstance(item, (_Plain, _PlainText)):
            parts.extend(line + "\n" for line in item.lines())
        elif item is not None:
            pending.append(item)
    return "".join(parts)


def written(doc: Document, width: int) -> str | None:
    """The document written plainly at ``width`` (at least 10) columns, without Rich's
    console; None when a block needs Rich (a column of no width)."""
    parts: list[str] = []
    for item in renderables(doc, width, plain=True):
        if not isinstance(item, (_Plain, _PlainText)):
            return None
        parts.extend(line + "\n" for line in item.lines())
    return "".join(parts)


def _finish(drawn: str, colour: bool, ascii_only: bool) -> str:
    if any(kept in drawn for kept in _KEPT.values()):  # (a search is cheaper than a pass)
        drawn = unglued(drawn)
    if not colour:  # cells are padded to their column: drop the trailing spaces
        drawn = "\n".join(line.rstrip(" ") for line in drawn.split("\n"))
    return drawn.translate(terminal.ASCII_FALLBACK) if ascii_only else drawn


def render(doc: Document, stream: IO[str] | None = None, width: int | None = None) -> None:
    """Print a document on a stream (stdout by default), fitted to the terminal: written
    plainly where Rich's console would draw plain characters (see above), else by Rich."""
    out = stream if stream is not None else sys.stdout
    columns = width or terminal.terminal_width()
    text = written(doc, columns) if columns >= 10 and plain_stream(out) else None
    if text is not None:
        out.write(_finish(text, False, not terminal.can_encode(out)))
    else:
        console = terminal.console(out, width)
        out = console.file
        out.write(_finish(drawn(doc, console), console.is_terminal, not terminal.can_encode(out)))
    out.flush()


def render_plain(doc: Document, width: int | None = None) -> str:
    """The document as plain text, as a terminal of ``width`` columns would show it."""
    console = terminal.recorder(width or 100)
    draw(doc, console)
    return _finish(console.export_text(styles=False), colour=False, ascii_only=False)
