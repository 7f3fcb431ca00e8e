"""The figure a row of `list` shows for a region is the figure its sort, its
`--min-salary` floor and `rank` use (the reviewer's FR data scientist: the cell showed a
40-55k senior range while the floor and `rank` used the index's 50,775 EUR median)."""

from __future__ import annotations

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
