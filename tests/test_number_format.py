"""Numbers follow the language: decimal comma and narrow no-break space in French, the
same decimals within a column, scores lined up on the decimal mark."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from careers_cli.choices import Lang
from careers_cli.i18n import decimal, number, pct

from .conftest import ROOT, Run

NNBSP = "\u202f"


def test_number_forms() -> None:
    assert decimal(33.5, Lang.FR, 1) == "33,5"
    assert decimal(33.5, Lang.EN, 1) == "33.5"
    assert number(120230, Lang.FR) == f"120{NNBSP}230"
    assert number(120230, Lang.EN) == "120,230"
    assert decimal(1234567.891, Lang.FR, 2) == f"1{NNBSP}234{NNBSP}567,89"
    assert decimal(100, Lang.FR, 1) == "100,0"  # always the column's decimals
    assert pct(0.42, Lang.FR) == f"42{NNBSP}%"
    assert pct(0.42, Lang.EN) == "42%"


def _score_marks(text: str, mark: str) -> list[int]:
    """The column of the decimal mark of each score in a `careers match` table."""
    found = []
    for line in text.splitlines():
        hit = re.match(rf"^\s*\d+\s+\S.*?\s(\d{{1,3}}){re.escape(mark)}(\d)\s", line)
        if hit:
            found.append(hit.end(1))
    return found


def test_match_scores_line_up_on_the_decimal_comma_in_french(run) -> None:
    args = ("match", "--skills", "python:4, sql:3, statistics, pytorch", "--top", "12")
    french = run(*args, env={"LANG": "fr_FR.UTF-8"})
    assert french.exit_code == 0, french.stderr
    marks = _score_marks(french.stdout, ",")
    assert len(marks) == 12
    assert len(set(marks)) == 1
    english = run(*args)
    marks = _score_marks(english.stdout, ".")
    assert len(marks) == 12 and len(set(marks)) == 1


def test_rank_amounts_have_thin_spaces_in_french(run) -> None:
    french = run("rank", "--region", "FR", "--top", "3", "--lang", "fr").stdout
    assert re.search(rf"\b\d{{2,3}}{NNBSP}\d{{3}} EUR", french)
    english = run("rank", "--region", "FR", "--top", "3").stdout
    assert re.search(r"\b\d{2,3},\d{3} EUR", english)


def test_gap_points_have_a_decimal_comma_in_french(run) -> None:
    result = run("gap", "data-scientist", "--skills", "python:2, sql", "--lang", "fr")
    assert result.exit_code == 0, result.stderr
    assert re.search(r"Score +\d{1,3},\d / 100", result.stdout)
    groups = result.stdout.split("Plan d'apprentissage")[0]
    assert re.search(r"\s\d,\d$", groups, re.M)  # points left, on the score's scale
    assert not re.search(r"\s\d[.,]\d\d$", groups, re.M)


def test_gap_points_left_add_up_to_what_the_score_lacks(run) -> None:
    """The points left are on the score's scale (they were weights: 2.00 for a missing
    essential skill beside a score out of 100), and "Yours" is the level held."""
    result = run("gap", "data-analyst", "--skills", "sql:5, python:2, excel:3")
    assert result.exit_code == 0, result.stderr
    score = float(re.search(r"Score +([\d.]+) / 100", result.stdout)[1])  # type: ignore[index]
    groups = result.stdout.split("Learning plan")[0]
    left = [float(m[1]) for m in re.finditer(r"(\d+\.\d)$", groups, re.M)]
    assert len(left) == 18 and abs(sum(left) - (100 - score)) < 0.05 * len(left)
    assert re.search(r"^SQL +essential +\S+ +5/4 +0\.0$", result.stdout, re.M)
    assert re.search(r"^Python +optional +\S+ +2/3 +1\.3$", result.stdout, re.M)


def test_a_decimal_comma_is_read_in_french_only(run: Run) -> None:
    """French prints 35,5: it reads it back (`--threshold 35,5`, `--min-overlap 0,2`,
    `--min-salary 52,5k`); English keeps refusing a comma (1,000 is not one)."""
    french = run(
        "--lang", "fr", "next", "--skills", "python:3", "--goal", "roles", "--threshold", "35,5"
    )
    assert french.exit_code == 0 and "score de 35,5 ou plus" in french.stdout
    path = run("--lang", "fr", "path", "data-scientist", "data-analyst", "--min-overlap", "0,2")
    assert path.exit_code == 0
    floor = run(
        "--lang", "fr", "list", "--min-salary", "52,5k", "--region", "FR", "--format", "json"
    )
    kept = json.loads(floor.stdout)["roles"]
    assert all(r["salary_fr"]["median"] >= 52500 for r in kept)
    english = run("next", "--skills", "python:3", "--goal", "roles", "--threshold", "35,5")
    assert english.exit_code == 2 and "not a number: '35,5'" in english.stderr
    assert (
        run("--lang", "fr", "next", "--skills", "python:3", "--threshold", "1,000,5").exit_code == 2
    )


def test_counts_of_a_thousand_or_more_have_separators(run: Run, tmp_path: Path) -> None:
    """Review finding: `list` on an ESCO import said "3007 roles" (and "3007 métiers"),
    `skills` "13123 skills": counts are written as every other number of the language."""
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate

    path = tmp_path / "big.yaml"
    path.write_text(generate(1000, 1200), encoding="utf-8")
    skills = json.loads(run("skills", "--catalog", str(path), "--format", "json").stdout)
    n = len(skills["skills"])
    assert n >= 1000
    for lang, roles, counted in (
        ("en", "1,000 roles", f"{n:,} skills"),
        ("fr", f"1{NNBSP}000 métiers", f"{n:,} compétences".replace(",", NNBSP)),
    ):
        listed = run("list", "--catalog", str(path), "--lang", lang)
        assert listed.exit_code == 0, listed.output
        assert roles in listed.stdout
        assert counted in run("skills", "--catalog", str(path), "--lang", lang).stdout
