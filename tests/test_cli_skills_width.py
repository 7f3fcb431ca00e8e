"""`skills` and `tools` on a narrow terminal: the least useful columns are left out (with a
note) before the list turns into one record per row (the bundled catalogue)."""

from __future__ import annotations

import json

import pytest

from .conftest import Run

RULE = "─"


def printed(run: Run, command: str, lang: str, width: int) -> list[str]:
    result = run(command, "--lang", lang, env={"COLUMNS": str(width), "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()


def header_row(lines: list[str]) -> str:
    """The line just above the table's rule (a list shown as records has no rule)."""
    rules = [n for n, line in enumerate(lines) if line and set(line) == {RULE}]
    assert len(rules) == 1, "\n".join(lines[:40])
    return lines[rules[0] - 1]


@pytest.mark.parametrize("command", ["skills", "tools"])
@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("width", [80, 60])
def test_a_narrow_terminal_gets_a_table_not_records(
    run: Run, command: str, lang: str, width: int
) -> None:
    """At 80 and 60 columns the list is a table whose header names the skill, category and
    counts, with one line or two per skill: as records, each skill takes six lines or more."""
    count = len(json.loads(run(command, "--format", "json").stdout)[command])
    lines = printed(run, command, lang, width)
    header = header_row(lines)
    skill, category = ("Skill", "Category") if lang == "en" else ("Compétence", "Catégorie")
    assert header.startswith(skill) and category in header, header
    assert len(lines) < 2 * count, len(lines)
    assert all(len(line) <= width for line in lines)


@pytest.mark.parametrize(
    ("lang", "width", "note", "id_shown"),
    [
        ("en", 80, "(Aliases: not shown at this width)", True),
        ("en", 60, "(id, Aliases: not shown at this width)", False),
        ("fr", 80, "(non affichées à cette largeur : Autres noms)", True),
        ("fr", 60, "(non affichées à cette largeur : identifiant, Autres noms)", False),
    ],
)
def test_the_note_names_the_columns_left_out(
    run: Run, lang: str, width: int, note: str, id_shown: bool
) -> None:
    """The aliases go first, then the id; the note under the table says which."""
    lines = printed(run, "skills", lang, width)
    assert lines[-1] == note, lines[-3:]
    python_row = next(line for line in lines if line.startswith("Python "))
    assert (" python " in python_row) is id_shown, python_row


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_wide_terminal_shows_every_column_without_a_note(run: Run, lang: str) -> None:
    lines = printed(run, "skills", lang, 120)
    aliases = "Aliases" if lang == "en" else "Autres noms"
    assert header_row(lines).rstrip().endswith(aliases)
    assert not any("not shown" in line or "non affichées" in line for line in lines)


def test_match_at_60_columns_leaves_out_the_missing_skills_first(run: Run) -> None:
    """`match` at 60 columns: a table without "Top missing" (said under it), not one
    record per role; at 80 every column is there."""
    args = ["match", "--skills", "python:4, sql:3, pytorch:3", "--top", "3"]
    narrow = run(*args, env={"COLUMNS": "60"}).stdout
    lines = narrow.splitlines()
    rule = next(i for i, line in enumerate(lines) if set(line) == {"─"})
    assert "readiness" in lines[rule - 1] and not any("Top" in line for line in lines[:rule])
    assert "(Top missing: not shown at this width)" in narrow
    assert all(len(line) <= 60 for line in lines)
    wide = run(*args, env={"COLUMNS": "80"}).stdout
    assert "Top missing" in wide and "not shown at this width" not in wide
