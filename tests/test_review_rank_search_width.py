"""`careers rank` and `careers search` at 60 columns (new-user review): like `skills`,
`tools` and `match`, they leave out their least useful columns before turning into
stacked records. `rank` first drops its bars (they draw the figure printed beside them),
then the group a role's figure is read from;
`search` first drops the score (the rows are already in its order, and the note that
explains it goes with it), then the context. Records remain for what no drop fits."""

from __future__ import annotations

import pytest

from .conftest import Run

RULE = "─" * 20


def _out(run: Run, width: int, *args: str) -> str:
    result = run(*args, env={"COLUMNS": str(width)})
    assert result.exit_code == 0, result.output
    assert all(len(line) <= width for line in result.stdout.splitlines()), result.stdout
    return result.stdout


def _tables(out: str) -> int:
    return sum(line.startswith(RULE) for line in out.splitlines())


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("by", ["salary", "demand"])
def test_rank_drops_its_bars_before_records(run: Run, lang: str, by: str) -> None:
    out = _out(run, 60, "--lang", lang, "rank", "--by", by, "--top", "3")
    lines = out.splitlines()
    assert _tables(out) == len([line for line in lines if line.lstrip().startswith("#  ")])
    assert _tables(out) >= 1
    bars = "barres" if lang == "fr" else "bars"
    hidden = f"(non affichées à cette largeur : {bars})" if lang == "fr" else f"({bars}: not"
    assert hidden in out
    wide = _out(run, 120, "--lang", lang, "rank", "--by", by, "--top", "3")
    assert "not shown" not in wide and "non affichées" not in wide
    assert _tables(wide) == _tables(out)


def test_rank_keeps_its_figures_when_the_bars_go(run: Run) -> None:
    out = _out(run, 60, "rank", "--top", "3", "--kind", "role")
    assert "(bars: not shown at this width)" in out and "│" not in out
    assert "195,000 USD (311)" in out  # the figure the bar drew
    wide = _out(run, 120, "rank", "--top", "3", "--kind", "role")
    assert "│" in wide and "195,000 USD (311)" in wide


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("query", ["python", "data", "sécurité"])
def test_search_drops_the_score_then_the_context_before_records(
    run: Run, lang: str, query: str
) -> None:
    out = _out(run, 60, "--lang", lang, "search", query)
    assert _tables(out) == 1, out
    header = next(line for line in out.splitlines() if line.startswith(("Kind", "Type")))
    if "not shown" in out or "non affichées" in out:
        assert "Score" not in header.split()  # the score goes first
        assert "Score:" not in out and "Score :" not in out  # with the note on it
    wide = _out(run, 120, "--lang", lang, "search", query)
    assert "not shown" not in wide and "non affichées" not in wide
    assert "Score" in next(line for line in wide.splitlines() if line.startswith(("Kind", "Type")))


def test_search_keeps_the_context_when_dropping_the_score_suffices(run: Run) -> None:
    """Dropped in order: at a width where the score alone is too many, the context stays."""
    widths = {}
    for width in range(40, 121, 2):
        out = _out(run, width, "search", "python")
        header = next((line for line in out.splitlines() if line.startswith("Kind")), "")
        widths[width] = tuple(header.split())
    shapes = set(widths.values())
    assert ("Kind", "Name", "Score", "Found", "in") in shapes
    assert ("Kind", "Name", "Found", "in") in shapes or ("Kind", "Name") in shapes
    assert ("Kind", "Name", "Score") not in shapes  # the context never outlives the score
    assert widths[60] in {("Kind", "Name"), ("Kind", "Name", "Found", "in")}


def test_records_remain_the_fallback(run: Run) -> None:
    """An id of 38 letters and the kind need 45 columns: at 40, records."""
    out = _out(run, 40, "search", "perception", "--limit", "1")
    assert "─" not in out and "\nName     Autonomous-vehicle" in out  # a record


def test_rank_drops_the_group_of_a_group_figure_after_the_bars(run: Run) -> None:
    out = " ".join(_out(run, 36, "rank", "--top", "2").split())
    assert "(bars, Group: not shown at this width)" in out
    assert "Chief data officer 175,140 USD" in out  # the role and its figure stay
