"""Tables written plainly (not a terminal, no colour) are byte for byte what Rich's
Table draws: on random tables, and on the bundled catalogue's views at 80, 100 and 120
columns in both languages (README, "compiled index": why `list` does not go through
Rich's Table on a pipe)."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from careers_cli import catalogue, explore
from careers_cli.choices import Lang
from careers_cli.render import terminal
from careers_cli.render.doc import Column, Document, Paragraph, Styled, Table
from careers_cli.render.table import drawn, plain_allowed
from careers_cli.views.roles import ListView, RankView, ShowView

# words with what a terminal measures differently: accents, a combining mark, wide and
# zero-width-joined characters, the French thousands space, tabs, line breaks, controls
PIECES = ["data", "ingénieur", "e\u0301cole", "漢字", "👩‍💻", "120\u202f000", "x" * 30]
PIECES += [" ", "  ", "\t", "\n", "\x07", "-", "k€", "❤️", ""]
words = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)
cells = st.one_of(words, words.map(lambda w: Styled(w, "bold")))


@st.composite
def tables(draw: st.DrawFn) -> Table:
    count = draw(st.integers(1, 5))
    columns = [
        Column(
            draw(words) or "h",
            justify=draw(st.sampled_from(["left", "right", "center"])),
            no_wrap=draw(st.booleans()),
            ratio=draw(st.sampled_from([None, 1, 3])),
            min_width=draw(st.sampled_from([None, 8, 20])),
            drop=draw(st.sampled_from([None, 1, 2])),
        )
        for _ in range(count)
    ]
    rows = draw(st.lists(st.lists(cells, min_size=count, max_size=count), max_size=6))
    return Table(columns, rows, title=draw(words), notes=draw(st.lists(words, max_size=2)))


def both_ways(doc: Document, width: int) -> tuple[str, str]:
    """The document drawn by Rich, and with its tables written plainly, on one console."""
    console = terminal.console(io.StringIO(), width)
    assert plain_allowed(console)  # a pipe without colour: where list writes plainly
    return drawn(doc, console, plain=False), drawn(doc, console, plain=True)


@settings(max_examples=300, deadline=None)
@given(st.lists(tables(), min_size=1, max_size=2), st.integers(10, 140))
def test_random_tables_are_written_as_rich_draws_them(blocks: list[Table], width: int) -> None:
    doc = Document([Paragraph("before"), *blocks, Paragraph("after")])
    by_rich, plain = both_ways(doc, width)
    assert plain == by_rich


@settings(max_examples=100, deadline=None)
@given(tables(), st.integers(10, 140))
def test_repeated_cells_are_written_as_rich_draws_them(block: Table, width: int) -> None:
    """The writer lays out each distinct cell of a column once: rows that repeat (a
    header's text among them, cells of several lines of unequal heights) come out as
    Rich draws each of them."""
    header = [column.header for column in block.columns]
    rows = [*block.rows, header, *block.rows[::-1], *block.rows]
    doc = Document([block._replace(rows=rows)])
    by_rich, plain = both_ways(doc, width)
    assert plain == by_rich


def test_the_bundled_catalogue_is_written_as_rich_draws_it() -> None:
    index = catalogue.load(None)
    views = [
        ListView(index, explore.select_roles(index)),
        ListView(index, explore.select_roles(index), notes=True),
        ShowView(index, index.roles.get("machine-learning-engineer")),
        RankView(index, explore.rank_roles(index)),
    ]
    for view in views:
        for lang in Lang:
            doc = view.document(lang)
            for width in (80, 100, 120):
                by_rich, plain = both_ways(doc, width)
                assert plain == by_rich, (type(view).__name__, lang, width)


def test_a_terminal_colour_or_another_encoding_gets_rich() -> None:
    class Screen(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert not plain_allowed(terminal.console(Screen(), 80))
    latin = io.TextIOWrapper(io.BytesIO(), encoding="latin-1")
    assert not plain_allowed(terminal.console(latin, 80))
    assert not plain_allowed(terminal.recorder(80))  # exports (HTML, SVG) keep Rich's styles
