"""How many roles `match` shows without --top: all of a small catalogue, the first
MATCH_SHOWN of a large one, with a note on stderr saying how many were left out."""

import json
import sys
from pathlib import Path

import pytest

from careers_cli import matching

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def sixty(tmp_path_factory: pytest.TempPathFactory) -> str:
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate

    path = tmp_path_factory.mktemp("shown") / "sixty.yaml"
    path.write_text(generate(60, 300), encoding="utf-8")
    return str(path)


def shown(run, *args: str) -> tuple[list[str], str]:
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return [r["id"] for r in json.loads(result.stdout)["roles"]], result.stderr


def test_a_large_catalogue_shows_the_first_roles_and_says_so(run, sixty: str) -> None:
    assert matching.MATCH_SHOWN == 50
    ids, err = shown(run, "--catalog", sixty, "match", "--skills", "s00001:3, s00010:2")
    every, _ = shown(
        run, "--catalog", sixty, "match", "--skills", "s00001:3, s00010:2", "--top", "60"
    )
    assert len(every) == 60
    assert ids == every[:50]  # the same order: the first 50 of the full ranking
    assert "showing the first 50 roles of 60: --top N shows more" in err
    _, err_fr = shown(run, "--lang", "fr", "--catalog", sixty, "match", "--skills", "s00001:3")
    assert "seuls les 50 premiers des 60 métiers sont affichés" in err_fr


def test_top_given_or_a_small_catalogue_shows_without_a_note(run, sixty: str) -> None:
    ids, err = shown(run, "--catalog", sixty, "match", "--skills", "s00001:3", "--top", "55")
    assert len(ids) == 55 and "--top N" not in err
    bundled, err = shown(run, "match", "--skills", "python:3")
    assert len(bundled) == 45 and "--top N" not in err


def test_filters_count_the_roles_they_leave(run, sixty: str) -> None:
    result = run(
        "--catalog", sixty, "match", "--skills", "s00001:3", "--top", "60", "--format", "json"
    )
    medians = sorted(
        (r["salary"]["median"] for r in json.loads(result.stdout)["roles"]), reverse=True
    )
    floor = medians[54]  # the 55th highest: at least 55 roles pass, and fewer than 60
    passing = sum(m >= floor for m in medians)
    assert 50 < passing < 60
    ids, err = shown(
        run, "--catalog", sixty, "match", "--skills", "s00001:3", "--min-salary", str(floor)
    )
    assert len(ids) == 50 and f"of {passing}:" in err
