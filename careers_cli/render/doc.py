"""A small, format-neutral document model that views build and renderers print.

Every string in a document is plain text taken literally: renderers escape it for
their format (Rich markup, Markdown, HTML), so catalogue text can never inject styling
or escape sequences.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

Justify = Literal["left", "right", "center"]


@dataclass(frozen=True, slots=True)
class Styled:
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


@dataclass(frozen=True, slots=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: Cell
    style: str = ""


@dataclass(frozen=True, slots=True)
class Bullets:
    items: Sequence[Cell]
    title: str = ""


@dataclass(frozen=True, slots=True)
class Fields:
    """Label: value pairs."""

    rows: Sequence[tuple[str, Cell]]
    title: str = ""


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    justify: Justify = "left"
    no_wrap: bool = False
    ratio: int | None = None
    min_width: int | None = None
    max_width: int | None = None


@dataclass(frozen=True, slots=True)
class Table:
    columns: list[Column]
    rows: Sequence[Sequence[Cell]]
    title: str = ""
    notes: list[str] = field(default_factory=list)


Block = Heading | Paragraph | Bullets | Fields | Table


@dataclass
class Document:
    blocks: list[Block] = field(default_factory=list)

    def add(self, block: Block) -> None:
        self.blocks.append(block)
