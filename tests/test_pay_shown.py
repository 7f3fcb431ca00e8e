"""The figure a row of `list` shows for a region is the figure its sort, its
`--min-salary` floor and `rank` use (the reviewer's FR data scientist: the cell showed a
40-55k senior range while the floor and `rank` used the index's 50,775 EUR median)."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from .conftest import Run

CACHES = ([], ["--no-cache"])


def _json(run: Run, *args: str) -> Any:
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("cache", CACHES)
@pytest.mark.parametrize("floor", [40000, 45000, 48000, 51000, 52000])
def test_every_role_kept_by_the_french_floor_shows_a_median_above_it(
    run: Run, cache: list[str], floor: int
) -> None:
    roles = _json(run, *cache, "list", "--region", "FR", "--min-salary", str(floor))["roles"]
    assert roles or floor > 52000
    for role in roles:
        shown = role["salary_fr"]
        assert shown is not None and shown["median"] is not None, role["id"]
        assert shown["median"] >= floor, (role["id"], shown)


def _ranked(run: Run, region: str) -> dict[str, tuple[str, float]]:
    """Each ranked role's block and the median `rank` gives it."""
    ranking = _json(run, "rank", "--region", region)
    return {
        row["id"]: (block["section"], row["value"])
        for block in ranking["blocks"]
        if block["section"] in ("role", "group-only")
        for row in block["roles"]
    }


@pytest.mark.parametrize("cache", CACHES)
def test_the_french_cell_of_list_is_the_figure_rank_ranks(run: Run, cache: list[str]) -> None:
    ranked = _ranked(run, "FR")
    assert ranked
    shown = {r["id"]: r["salary_fr"] for r in _json(run, *cache, "list")["roles"]}
    for role, (_, value) in ranked.items():
        assert shown[role] is not None and shown[role]["median"] == value, role


@pytest.mark.parametrize("cache", CACHES)
def test_the_us_cells_of_list_are_the_figures_rank_ranks(run: Run, cache: list[str]) -> None:
    ranked = _ranked(run, "US")
    rows = {r["id"]: r for r in _json(run, *cache, "list")["roles"]}
    for role, (section, value) in ranked.items():
        field = "salary_us" if section == "role" else "salary_us_group"
        assert rows[role][field]["median"] == value, (role, field)


def test_the_french_table_cell_shows_the_median_the_floor_kept() -> None:
    """The table itself, not only the JSON: the data scientist's cell is the index's
    50,775 EUR median (51k), not the senior range listed first."""
    result = Run()("list", "--region", "FR", "--min-salary", "48k")
    assert result.exit_code == 0, result.output
    line = next(x for x in result.stdout.splitlines() if x.startswith("Data scientist"))
    assert "51k med" in line and "40-55k" not in line, line


def _table(*args: str) -> list[str]:
    result = Run()(*args, env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def test_an_order_by_a_region_without_a_column_says_which_figures_it_used(run: Run) -> None:
    """The table has U.S. and French columns only: `--sort salary --region DE` says the
    German medians ordered it, and they are the medians `rank --region DE` ranks."""
    lines = _table("list", "--region", "DE", "--sort", "salary")
    assert any(x.startswith("Ordered by the DE medians") for x in lines)
    rule = next(n for n, x in enumerate(lines) if x.startswith("─"))
    names = [x.split("  ")[0] for x in lines[rule + 1 :]]
    ranked = [r["name"]["en"] for r in _json(run, "rank", "--region", "DE")["blocks"][0]["roles"]]
    assert len(ranked) >= 3 and names[: len(ranked)] == ranked
    floor = _table("--lang", "fr", "list", "--region", "DE", "--min-salary", "60k")
    assert any(x.startswith("Retenus selon les médianes DE") for x in floor)
    both = _table("list", "--region", "DE", "--min-salary", "60k", "--sort", "salary")
    assert any(x.startswith("Kept and ordered by the DE medians") for x in both)


@pytest.mark.parametrize(
    "args",
    [
        ("list", "--region", "DE"),  # neither sorted nor filtered by pay
        ("list", "--region", "FR", "--sort", "salary"),  # the France column shows them
        ("list", "--sort", "salary", "--min-salary", "100k"),  # the U.S. columns do
    ],
)
def test_no_such_note_when_the_table_shows_the_figures(args: tuple[str, ...]) -> None:
    assert not any("does not show" in x for x in _table(*args))


def test_the_pay_note_reaches_json_and_csv(run: Run) -> None:
    """JSON holds the note in ``notes`` (as data, with its text in both languages); CSV
    says it on stderr, and its stdout stays CSV only."""
    args = ("list", "--region", "DE", "--min-salary", "60k", "--sort", "salary")
    data = _json(run, *args)
    assert data["notes"] == [
        {
            "about": "pay_region",
            "region": "DE",
            "kept": True,
            "ordered": True,
            "text": {
                "en": next(x for x in _table(*args) if x.startswith("Kept and ordered")),
                "fr": next(x for x in _table("--lang", "fr", *args) if x.startswith("Retenus")),
            },
        }
    ]
    assert list(data) == ["roles", "notes"] and data["roles"]
    assert _json(run, "list", "--region", "DE", "--min-salary", "900k")["notes"][0]["kept"]
    floor = _json(run, "list", "--region", "DE", "--min-salary", "60k")["notes"][0]
    assert (floor["kept"], floor["ordered"]) == (True, False)
    for lang, said in (("en", "Kept and ordered by the DE medians"), ("fr", "Retenus et triés")):
        result = run("--lang", lang, *args, "--format", "csv")
        assert result.exit_code == 0, result.output
        assert said in result.stderr
        rows = list(csv.reader(io.StringIO(result.stdout)))
        assert rows[0][0] == "id" and len({len(row) for row in rows}) == 1
        assert "DE medians" not in result.stdout and "médianes DE" not in result.stdout


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_no_pay_note_in_json_or_csv_when_the_figures_are_shown(run: Run, fmt: str) -> None:
    result = run("list", "--region", "FR", "--sort", "salary", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert "notes" not in result.stdout and "medians" not in result.stderr


def test_json_written_beforehand_takes_the_notes_as_the_encoder_writes_them() -> None:
    from careers_cli.render.json import fragment, render, render_items

    items = [{"id": "a", "n": [1, 2]}, {"id": "b", "n": []}]
    after = {"notes": [{"about": "x", "text": {"en": "one\ntwo", "fr": "«"}}]}
    for some in (items, []):
        assert render_items("roles", [fragment(i) for i in some], after) == render(
            {"roles": some, **after}
        )
