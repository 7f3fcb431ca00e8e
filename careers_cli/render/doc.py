"""A small, format-neutral document model that views build and renderers print.

Every string in a document is plain text taken literally: renderers escape it for
their format (Rich markup, Markdown, HTML), so catalogue text can never inject styling
or escape sequences.
"""

from collections.abc import Callable, Sequence
from typing import Literal, NamedTuple

Justify = Literal["left", "right", "center"]


class Styled(NamedTuple):
    """A piece of text with a style hint (bold, dim, green...); renderers may ignore it."""

    text: str
    style: str = ""

    def __str__(self) -> str:
        return self.text


Cell = str | Styled | Sequence[Styled]


def plain(cell: Cell) -> str:
    """The text of a cell without its styles."""
    if isinstance(cell, (str, Styled)):
        return str(cell)
    return "".join(part.text for part in cell)


class Heading(NamedTuple):
    text: str
    level: int = 1


class Paragraph(NamedTuple):
    text: Cell
    style: str = ""


class Bullets(NamedTuple):
    items: Sequence[Cell]
    title: str = ""


class Fields(NamedTuple):
    """Label: value pairs."""

    rows: Sequence[tuple[str, Cell]]
    title: str = ""


class Column(NamedTuple):
    header: str
    justify: Justify = "left"
    no_wrap: bool = False
    ratio: int | None = None
    drop: int | None = None  # when the terminal is too narrow, drop lower numbers first
    min_width: int | None = None
    max_width: int | None = None
    #: A shorter header for a narrow terminal, tried before any column is left out
    #: (a note under the table spells it out).
    short: str | None = None
    #: What the note of a narrow terminal calls the column when it is left out (for a
    #: column with no header: the bars of ``rank``); else its header.
    called: str | None = None


class Table(NamedTuple):
    columns: list[Column]
    rows: Sequence[Sequence[Cell]]
    title: str = ""
    notes: Sequence[str] = ()
    #: The same table made again without the columns (by position) a narrow terminal
    #: leaves out, so that its notes are only those of the columns shown.
    rebuild: Callable[[frozenset[int]], "Table"] | None = None


Block = Heading | Paragraph | Bullets | Fields | Table


class Document:
    """A list of blocks to print, in order."""

    def __init__(self, blocks: list[Block] | None = None) -> None:
        self.blocks: list[Block] = blocks if blocks is not None else []

    def add(self, block: Block) -> None:
        self.blocks.append(block)
