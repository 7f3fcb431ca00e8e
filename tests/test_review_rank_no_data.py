"""`careers rank` does not print one "no data" row per role without a figure (review
finding: 3,007 of them after `--top 10` on an ESCO import): the table counts them in one
line that says how to see them; JSON and CSV still list every role, and a role that has
something else to show (`only 50-60k range`) keeps its row."""

from __future__ import annotations

import json
from typing import Any

from .conftest import ROOT, Run

ESCO_DIR = ROOT / "tests" / "fixtures" / "esco"


def _no_figure(data: dict[str, Any]) -> list[str]:
    """The ids JSON lists as not ranked and without any figure."""
    blocks = [b for b in data["blocks"] if b["section"] == "missing"]
    return [r["id"] for b in blocks for r in b["roles"] if r["salary"] is None]


def test_roles_without_any_figure_are_one_line(run: Run) -> None:
    assert run("import", "esco", str(ESCO_DIR)).exit_code == 0
    table = run("rank", "--top", "3", "--catalog", "esco", env={"COLUMNS": "200"})
    assert table.exit_code == 0, table.output
    data = json.loads(run("rank", "--top", "3", "--catalog", "esco", "--format", "json").stdout)
    roles = json.loads(run("list", "--catalog", "esco", "--format", "json").stdout)["roles"]
    assert len(data["roles"]) == len(roles) == len(_no_figure(data)) > 3  # JSON: every role
    n = len(roles)
    line = f"{n} roles have no figure for US (not listed here; --format json or csv lists them)."
    assert line in table.stdout.splitlines()
    assert not [
        row for row in table.stdout.splitlines() if row.startswith(" ") and "no data" in row
    ]
    assert len(table.stdout.splitlines()) < 15
    csv = run("rank", "--top", "3", "--catalog", "esco", "--format", "csv").stdout
    assert len(csv.splitlines()) == n + 1
    fr = run("rank", "--catalog", "esco", "--lang", "fr", env={"COLUMNS": "200"}).stdout
    assert f"{n} métiers n'ont aucun chiffre pour US (non listés ici ; --format json" in fr


def test_a_role_with_something_else_to_show_keeps_its_row(run: Run) -> None:
    args = ["rank", "--region", "FR", "--experience", "entry"]
    table = run(*args, env={"COLUMNS": "200"})
    assert table.exit_code == 0, table.output
    data = json.loads(run(*args, "--format", "json").stdout)
    missing = [r for b in data["blocks"] if b["section"] == "missing" for r in b["roles"]]
    shown = [r for r in missing if r["salary"] is not None]
    assert shown and len(shown) < len(missing)
    for r in shown:  # listed with what it has instead
        row = next(line for line in table.stdout.splitlines() if r["name"]["en"] in line)
        assert " only " in row
    count = len(_no_figure(data))
    assert f"{count} roles have no figure for FR (not listed here;" in " ".join(
        table.stdout.split()
    )


def _hourly_group(mini: dict[str, Any]) -> dict[str, Any]:
    """The mini catalogue with a source of group figures (as BLS OEWS) that gives the ML
    engineer an hourly wage only (BLS publishes no annual wage for actors, dancers or
    musicians: their O*NET import has hourly figures only)."""
    mini["sources"].append(
        {
            "id": "oews",
            "title": "Occupational Employment and Wage Statistics",
            "publisher": "U.S. Bureau of Labor Statistics",
            "short": "BLS OEWS 2025",
            "kind": "official",
            "salary_kind": "group",
            "year": 2025,
            "address": "https://www.bls.gov/oes/",
        }
    )
    role = mini["roles"][1]
    del role["salary_note"]
    role["salaries"] = [
        {
            "region": "US",
            "currency": "USD",
            "period": "hourly",
            "pay": "gross",
            "experience": "all",
            "year": 2025,
            "p10": 16.5,
            "median": 29.05,
            "p90": 143.68,
            "source": "oews",
            "group": "SOC 27-2011 Actors",
            "measure": {"en": "Hourly wage", "fr": "Salaire horaire"},
        }
    ]
    return mini


def test_a_role_with_only_an_hourly_group_figure_is_listed_with_it(
    run: Run, mini: dict[str, Any], write_catalogue: Any
) -> None:
    """Review finding: on an O*NET import, Actors, Dancers, Musicians and Singers (BLS
    hourly wages only) were counted among the roles with no figure at all, and the "Not
    ranked" block was empty: the block looked only for role-level figures."""
    path = str(write_catalogue(_hourly_group(mini)))
    data = json.loads(run("rank", "--catalog", path, "--format", "json").stdout)
    missing = [r for b in data["blocks"] if b["section"] == "missing" for r in b["roles"]]
    assert [(r["id"], r["salary"]["period"], r["salary"]["median"]) for r in missing] == [
        ("ml-engineer", "hourly", 29.05)
    ]
    for lang, only in (("en", "only 29 USD/h"), ("fr", "seulement 29 USD/h")):
        table = run("rank", "--catalog", path, "--lang", lang, env={"COLUMNS": "200"})
        assert table.exit_code == 0, table.output
        row = next(
            line
            for line in table.stdout.splitlines()
            if "ML engineer" in line or "Ingénieur ML" in line
        )
        assert only in row, table.stdout
        assert "no figure for US" not in table.stdout and "aucun chiffre" not in table.stdout
