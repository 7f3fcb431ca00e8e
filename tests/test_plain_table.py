"""Documents written plainly (not a terminal, no colour) are byte for byte what Rich
draws: tables, texts, label/value pairs and bullets, on random documents, and on the
bundled catalogue's views at 80, 100 and 120 columns in both languages (README, Performance,
"Reports to a pipe written plainly": why they do not go through Rich)."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careers_cli import catalogue, explore
from careers_cli.choices import Lang
from careers_cli.render import doc as model
from careers_cli.render import table as table_render
from careers_cli.render import terminal
from careers_cli.render.doc import Column, Document, Paragraph, Styled, Table
from careers_cli.render.table import drawn, plain_allowed, plain_stream, written
from careers_cli.views.matching import GapView
from careers_cli.views.roles import ListView, RankView, ShowView
from careers_cli.views.taxonomy import SkillView

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
    blank = draw(st.sets(st.integers(0, count - 1), max_size=2))  # columns of no width
    columns = [c._replace(header="") if i in blank else c for i, c in enumerate(columns)]
    rows = [["" if i in blank else cell for i, cell in enumerate(row)] for row in rows]
    return Table(columns, rows, title=draw(words), notes=draw(st.lists(words, max_size=2)))


@st.composite
def blocks(draw: st.DrawFn) -> object:
    """Any block a view can hold, with the same awkward words."""
    kind = draw(st.sampled_from(["heading", "paragraph", "bullets", "fields", "table"]))
    if kind == "heading":
        return model.Heading(draw(words), draw(st.sampled_from([1, 2])))
    if kind == "paragraph":
        return Paragraph(draw(cells), draw(st.sampled_from(["", "dim"])))
    if kind == "bullets":
        return model.Bullets(draw(st.lists(cells, max_size=4)), draw(words))
    if kind == "fields":
        return model.Fields(draw(st.lists(st.tuples(words, cells), max_size=4)), draw(words))
    return draw(tables())


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


@settings(max_examples=400, deadline=None)
@given(st.lists(blocks(), min_size=1, max_size=5), st.integers(10, 140))
def test_random_documents_are_written_as_rich_draws_them(found: list[object], width: int) -> None:
    """Every kind of block, written without Rich's console (``written``, what a pipe
    gets), is what Rich draws; the same when the blocks are mixed with Rich's."""
    doc = Document(found)  # type: ignore[arg-type]
    by_rich, plain = both_ways(doc, width)
    assert plain == by_rich
    alone = written(doc, width)
    assert alone is None or alone == by_rich


def test_the_bundled_catalogue_is_written_as_rich_draws_it() -> None:
    from careers_cli import matching

    index = catalogue.load(None)
    levels = {"python": 3, "sql": 2, "statistics": 4}
    views = [
        ListView(index, explore.select_roles(index)),
        ListView(index, explore.select_roles(index), notes=True),
        ShowView(index, index.roles.get("machine-learning-engineer")),
        ShowView(index, index.roles.get("data-scientist"), "FR"),
        RankView(index, explore.rank_roles(index)),
        SkillView(index, explore.skill_report(index, "python", "US")),
        GapView(index, matching.gap(index, index.roles.get("data-scientist"), levels, "US")),
    ]
    for view in views:
        for lang in Lang:
            doc = view.document(lang)
            for width in (40, 80, 100, 120):
                by_rich, plain = both_ways(doc, width)
                assert plain == by_rich, (type(view).__name__, lang, width)
                alone = written(doc, width)  # None: a column of no width (Rich draws it)
                if isinstance(view, (ShowView, SkillView, GapView)):
                    assert alone is not None, (type(view).__name__, lang, width)
                assert alone is None or alone == by_rich, (type(view).__name__, lang, width)


def test_a_pipe_gets_rich_characters_without_rich_console() -> None:
    """``render`` on a pipe writes what Rich's console would print, and does not import
    it (its import alone costs more than the rest of `careers show`)."""
    code = (
        "import io, sys\n"
        "from careers_cli import catalogue\n"
        "from careers_cli.choices import Lang\n"
        "from careers_cli.render import table\n"
        "from careers_cli.views.roles import ShowView\n"
        "index = catalogue.load(None)\n"
        "doc = ShowView(index, index.roles.get('data-scientist')).document(Lang.EN)\n"
        "out = io.StringIO()\n"
        "table.render(doc, out, 90)\n"
        "assert 'rich.console' not in sys.modules, 'rich.console imported'\n"
        "sys.stdout.write(out.getvalue())\n"
    )
    env = {**os.environ, "COLUMNS": "90"}
    env.pop("FORCE_COLOR", None)
    piped = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert piped.returncode == 0, piped.stderr
    index = catalogue.load(None)
    doc = ShowView(index, index.roles.get("data-scientist")).document(Lang.EN)
    console = terminal.console(io.StringIO(), 90)
    by_rich = table_render._finish(drawn(doc, console, plain=False), False, False)
    assert piped.stdout == by_rich


def test_a_terminal_colour_or_another_encoding_gets_rich() -> None:
    class Screen(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert not plain_allowed(terminal.console(Screen(), 80))
    latin = io.TextIOWrapper(io.BytesIO(), encoding="latin-1")
    assert not plain_allowed(terminal.console(latin, 80))
    assert not plain_allowed(terminal.recorder(80))  # exports (HTML, SVG) keep Rich's styles


def test_plain_stream_says_what_plain_allowed_says_of_its_console(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whether a stream is written plainly is decided without a console, as the console
    made for it would decide: a terminal, colour forced, another encoding get Rich."""

    class Screen(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    streams = [
        io.StringIO(),
        Screen(),
        io.TextIOWrapper(io.BytesIO(), encoding="latin-1"),
        io.TextIOWrapper(io.BytesIO(), encoding="UTF-8"),
        io.TextIOWrapper(io.BytesIO(), encoding="utf-16"),
    ]
    for forced in (None, "1"):
        if forced:
            monkeypatch.setenv("FORCE_COLOR", forced)
        for stream in streams:
            assert plain_stream(stream) == plain_allowed(terminal.console(stream, 80)), (
                forced,
                stream,
            )
    assert plain_stream(io.StringIO()) is False  # FORCE_COLOR is set: colour, Rich


# pieces of narrow lines (one cell a character) and of others, words longer than a line
LINE_PIECES = ["a", "bc", "défg", " ", "  ", "x" * 12, "7", "漢", "\u202f", "-", "\U000f0020"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=12).map("".join), st.integers(1, 30))
def test_lines_are_broken_where_rich_breaks_them(line: str, width: int) -> None:
    """``divided`` works out the breaks of a narrow line itself: where Rich's own
    ``divide_line`` puts them, on every line."""
    from rich._wrap import divide_line

    assert table_render.divided(line, width) == divide_line(line, width, fold=True)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["«", "»", " ", "1", "234", "5678", "a", "\u00a0"]), max_size=12))
def test_the_spaces_kept_are_those_the_rule_names(pieces: list[str]) -> None:
    """``glued`` keeps the space after « and before », and between a digit and a group of
    three (the rule as first written: looking around every character)."""
    import re

    cell = "".join(pieces)
    rule = re.compile(r"(?<=«) | (?=»)|(?<=\d) (?=\d{3}(?!\d))")
    expected = rule.sub("\U000f0020", cell).replace("\u00a0", "\U000f00a0")
    assert table_render.glued(cell) == expected
