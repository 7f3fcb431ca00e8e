""" "Did you mean" (issue 10, item 8): one policy everywhere, the right suggestions, at
most a handful, and an index that finds what comparing with every name finds. Its cost
is measured in bench/ (``bench/run.py``), not here."""

from __future__ import annotations

import difflib
import random
import sys
from pathlib import Path

import pytest

from careers_cli import catalogue, validate
from careers_cli.suggest import CUTOFF, LIMIT, Suggester, closest, did_you_mean
from careers_cli.text import fold

from .conftest import ROOT, Run


@pytest.fixture(scope="module")
def bundled() -> catalogue.Index:
    return catalogue.load(None, use_cache=False)


@pytest.mark.parametrize(
    ("kind", "typo", "best"),
    [
        ("roles", "dat scientis", "data-scientist"),
        ("roles", "dat scientist", "data-scientist"),
        ("roles", "machin learning engineer", "machine-learning-engineer"),
        ("skills", "pytorh", "pytorch"),
        ("skills", "pyton", "python"),
        ("skills", "sklearnn", "scikit-learn"),
        ("skills", "kubernets", "kubernetes"),
        ("skills", "machine lerning", "machine-learning"),
        ("skills", "Statistiqes", "statistics"),
    ],
)
def test_the_right_suggestion_comes_first(
    bundled: catalogue.Index, kind: str, typo: str, best: str
) -> None:
    lookup = getattr(bundled, kind)
    found = lookup.suggest(typo)
    assert found and found[0] == best, found
    assert len(found) <= LIMIT


def test_small_sets_use_the_same_policy() -> None:
    assert closest("programing", ["programming", "framework", "tool"]) == ["programming"]
    fields = ["salaries", "salary_note", "summary", "skills", "name"]
    assert closest("salary", fields) == ["salaries", "salary_note"]
    assert closest("nope", ["data", "research", "engineering"]) == []
    assert closest("Ingenieur", ["ingénieur", "Ingénieur"]) == ["ingénieur"]  # folded once


def test_one_wording() -> None:
    assert did_you_mean([]) == ""
    assert did_you_mean(["python"]) == "did you mean 'python'?"
    assert did_you_mean(["a", "b", "c"]) == "did you mean 'a', 'b' or 'c'?"
    messages = [i.message for i in validate.validate({"schema_version": 1, "sourcez": []}).errors]
    assert "unknown field 'sourcez' (did you mean 'sources'?)" in messages


def test_every_caller_goes_through_the_one_policy() -> None:
    package = ROOT / "careers_cli"
    users = sorted(
        str(p.relative_to(package))
        for p in package.rglob("*.py")
        if "difflib" in p.read_text(encoding="utf-8")
    )
    assert users == ["suggest.py"]


def test_the_cli_prints_a_handful_in_the_one_wording(run: Run) -> None:
    result = run("show", "engineer")  # many names are close to this one
    assert result.exit_code == 1
    hint = [line for line in result.stderr.splitlines() if line.startswith(("did", "one"))]
    assert len(hint) == 1
    assert hint[0].count("'") <= 2 * LIMIT or hint[0].startswith("one of")
    typo = run("match", "--skills", "pyton", "--strict")
    assert "not a known skill: 'pyton' (did you mean 'Python'" in typo.stderr  # a name (issue 15)


def _typos(names: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    while len(out) < count:
        name = rng.choice(names)
        if len(name) < 4:
            continue
        i = rng.randrange(len(name))
        char = rng.choice("abcdefghijklmnopqrstuvwxyz")
        edits = (
            name[:i] + name[i + 1 :],
            name[:i] + char + name[i + 1 :],
            name[:i] + char + name[i:],
        )
        out.append(rng.choice(edits))
    return out


def _ratio(choice: str, name: str) -> float:  # as difflib.get_close_matches computes it
    return difflib.SequenceMatcher(None, choice, name).ratio()


def test_the_index_finds_the_best_match_of_a_full_comparison(bundled: catalogue.Index) -> None:
    """On the bundled skills, the best suggestion is as close as the best of comparing
    the name with every one of the 1,300 names and aliases (difflib, the old way)."""
    keys = list(bundled.skills.keys)
    suggester = Suggester(keys)
    for typo in _typos(keys, 150, seed=3):
        key = fold(typo)
        found = suggester(typo)
        full = difflib.get_close_matches(key, keys, n=1, cutoff=CUTOFF)
        assert bool(found) == bool(full), (typo, found, full)
        if full:
            assert _ratio(found[0], key) == pytest.approx(_ratio(full[0], key)), (typo, found)
        assert all(_ratio(f, key) >= CUTOFF for f in found)
        assert len(found) <= LIMIT


@pytest.mark.slow
def test_suggestions_on_twenty_thousand_skills(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate

    path = tmp_path / "big.yaml"
    path.write_text(generate(5, 20000), encoding="utf-8")
    index = catalogue.load(str(path), use_cache=False)
    assert len(index.skills.keys) > 60000
    assert index.skills.suggest("skill 1234x")[0] == "s01234"
    assert index.skills.suggest("s1234")[:1] == ["s01234"]
    assert index.skills.suggest("zzzzqqq") == []
    found = index.skills.suggest("Applied vison modelling")
    assert found and index.skills.items[found[0]].name.en == "Applied vision modelling"
