"""`careers list` whose filters keep no role says why on stderr (review finding): how many
roles each filter left, in turn, and with --min-salary the highest median of the region
among the roles still left; stdout keeps the (empty) table or JSON, exit code 0."""

from __future__ import annotations

import json
import re

import pytest

from .conftest import Run


def _count(run: Run, *args: str) -> int:
    result = run("list", *args, "--format", "json")
    assert result.exit_code == 0, result.output
    return len(json.loads(result.stdout)["roles"])


def test_an_empty_list_counts_what_each_filter_left(run: Run) -> None:
    result = run("list", "--family", "emerging-roles", "--min-salary", "150k", "--region", "FR")
    assert result.exit_code == 0, result.output
    assert "Role" in result.stdout  # the table is still printed, empty
    lines = result.stderr.splitlines()
    total, family = _count(run), _count(run, "--family", "emerging-roles")
    assert lines[0] == f"No role passes the filters (the catalogue has {total} roles):"
    assert lines[1:3] == [f"  --family leaves {family} roles", "  --min-salary leaves 0 roles"]


def test_the_hint_names_the_highest_median_min_salary_could_keep(run: Run) -> None:
    result = run("list", "--min-salary", "150k", "--region", "FR")
    found = re.search(
        r"The highest median for FR before --min-salary is (\d+)k EUR\.", result.stderr
    )
    assert found, result.stderr
    k = int(found.group(1))
    assert _count(run, "--min-salary", f"{k - 1}k", "--region", "FR") > 0
    assert _count(run, "--min-salary", f"{k + 1}k", "--region", "FR") == 0


def test_the_hint_is_in_french_and_json_stays_clean(run: Run) -> None:
    result = run(
        "list", "--min-salary", "150k", "--region", "FR", "--lang", "fr", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"roles": []}
    assert result.stderr.startswith("Aucun métier ne passe les filtres (le catalogue en a ")
    assert "  --min-salary en laisse 0\n" in result.stderr
    assert "Avant --min-salary, la médiane la plus élevée pour FR est " in result.stderr


@pytest.mark.parametrize("args", [[], ["--min-salary", "100k"], ["--region", "FR"]])
def test_a_list_with_roles_has_no_hint(run: Run, args: list[str]) -> None:
    result = run("list", *args)
    assert result.exit_code == 0, result.output
    assert "passes the filters" not in result.stderr


def test_a_skill_given_as_a_tool_points_to_skill(run: Run) -> None:
    """`--tool statistics`: statistics is a skill no role lists among its tools; the
    hint says --skill keeps the roles that need it (as many as that list holds)."""
    result = run("list", "--tool", "statistics")
    needing = _count(run, "--skill", "statistics")
    assert needing > 0 and _count(run, "--tool", "statistics") == 0
    assert (
        f"No role lists statistics among its tools; --skill statistics keeps the {needing} "
        "roles that need it." in result.stderr
    )
    assert "--skill" not in run("list", "--tool", "pytorch", "--family", "emerging-roles").stderr
