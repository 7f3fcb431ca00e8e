"""`careers match --explain ROLE` stays a table at 80 columns in both languages (review
finding): the importance column (the weight already says it) and then the credit (points
/ weight) are left out, with a note, before the table would turn into stacked records."""

from __future__ import annotations

import pytest

from .conftest import Run

SKILLS = "python:4, sql:3, r:2"
HEADERS = {"en": ["Skill", "Weight", "Needed", "Yours"], "fr": ["Compétence", "Poids", "Requis"]}
HIDDEN = {
    "en": "(Importance: not shown at this width)",
    "fr": "(non affichées à cette largeur : Importance",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("role", ["data-scientist", "machine-learning-engineer"])
def test_explain_is_a_table_at_80_columns(run: Run, lang: str, role: str) -> None:
    result = run(
        "match", "--skills", SKILLS, "--explain", role, "--lang", lang, env={"COLUMNS": "80"}
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    rule = next(i for i, line in enumerate(lines) if line.startswith("─"))
    assert lines[rule] == "─" * 80  # one table, not one record per skill
    assert lines[rule - 1].split()[: len(HEADERS[lang])] == HEADERS[lang]
    assert HIDDEN[lang] in " ".join(result.stdout.split())


def test_explain_keeps_every_column_at_120(run: Run) -> None:
    result = run("match", "--skills", SKILLS, "--explain", "data-scientist", env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    header = next(line for line in result.stdout.splitlines() if line.startswith("Skill"))
    assert header.split()[:3] == ["Skill", "Importance", "Weight"]
    assert "not shown" not in result.stdout
