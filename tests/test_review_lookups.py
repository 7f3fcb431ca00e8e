"""A new user's review of `main`: names are found "ignoring case, accents and
separators", yet `show datascientist` and `skill scikitlearn` were unknown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from careers_cli.text import name_key

from .conftest import Run

CACHES = [[], ["--no-cache"]]  # the compiled index, and the catalogue held in memory


def test_a_key_ignores_separators_case_and_accents() -> None:
    keys = {name_key(n) for n in ("Data scientist", "data_scientist", "DataScientist")}
    assert keys == {"datascientist"}
    assert name_key("Ingénieur  ML") == name_key("ingenieur-ml") == "ingenieurml"


@pytest.mark.parametrize("cache", CACHES)
@pytest.mark.parametrize(
    ("args", "first"),
    [
        (["show", "datascientist"], "Data scientist"),
        (["show", "Data_Scientist"], "Data scientist"),
        (["show", "mlengineer"], "Machine-learning engineer"),
        (["skill", "scikitlearn"], "scikit-learn"),
        (["skill", "scikit learn"], "scikit-learn"),
    ],
)
def test_names_are_found_without_their_separators(
    run: Run, cache: list[str], args: list[str], first: str
) -> None:
    result = run(*cache, *args)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == first


@pytest.mark.parametrize("cache", CACHES)
def test_skills_given_without_separators_count(run: Run, cache: list[str]) -> None:
    result = run(*cache, "match", "--skills", "scikitlearn:4, machinelearning", "--format", "json")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


@pytest.mark.parametrize("cache", CACHES)
def test_two_items_whose_names_share_a_key_are_reported(
    run: Run,
    cache: list[str],
    mini: dict[str, Any],
    write_catalogue: Callable[..., Path],
) -> None:
    mini["roles"][0]["aliases"] = ["m le"]  # the ML engineer's alias is "mle"
    mini["skills"][1]["aliases"] = ["stats", "py thon"]  # Python's id is "python"
    path = str(write_catalogue(mini))
    assert run("validate", path).exit_code == 0  # the names differ: the file is valid
    for name in ("mle", "m le", "M-LE"):
        result = run(*cache, "show", name, "--catalog", path)
        assert result.exit_code == 1, result.output
        assert "ambiguous" in result.stderr
        assert "Data scientist" in result.stderr and "ML engineer" in result.stderr
    assert run(*cache, "show", "ml-engineer", "--catalog", path).exit_code == 0  # an id
    skills = run(*cache, "match", "--skills", "Py-Thon, stats", "--catalog", path)
    assert skills.exit_code == 0, skills.output
    assert "not a known skill: 'Py-Thon'" in skills.stderr
    assert "'Python'" in skills.stderr and "'Statistics'" in skills.stderr
