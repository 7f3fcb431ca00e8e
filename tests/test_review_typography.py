"""French typography found in review rv2 (item 4): words quoted from a CV take « » in
French, and a Markdown label takes the space before its colon (`**Intitulé :**`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import Run

CV = "Data analyst. Solid Python and SQL, some PyTorch.\n"


def test_words_read_from_a_text_are_quoted_as_each_language_quotes(
    run: Run, tmp_path: Path
) -> None:
    cv = tmp_path / "cv.md"
    cv.write_text(CV, encoding="utf-8")
    fr = run("match", "--from-text", str(cv), "--lang", "fr", "--top", "1")
    assert fr.exit_code == 0, fr.output
    assert "Python : 4 (« Solid ») — « Python »" in fr.stderr
    assert "“" not in fr.stderr
    en = run("match", "--from-text", str(cv), "--top", "1")
    assert "Python: 4 (“Solid”) — “Python”" in en.stderr and "«" not in en.stderr
    table = run("profile", "from-text", str(cv), "--lang", "fr", env={"COLUMNS": "120"})
    assert "« Python »" in table.stdout and "(« Solid »)" in table.stdout
    assert "“" not in table.stdout


def test_markdown_labels_take_the_french_colon(run: Run, tmp_path: Path) -> None:
    fr = run("sources", "--format", "markdown", "--lang", "fr").stdout
    assert "- **Intitulé :** " in fr and "- **Éditeur :** " in fr
    assert ":**" not in fr.replace(" :**", "")
    en = run("sources", "--format", "markdown").stdout
    assert "- **Title:** " in en and " :**" not in en
    report = tmp_path / "ds.md"
    assert run("show", "data-scientist", "--lang", "fr", "--export", str(report)).exit_code == 0
    text = report.read_text(encoding="utf-8")
    assert "- **Famille :** " in text and "careers " in text
    assert ":**" not in text.replace(" :**", "")


# `--lang` after a group's name, and a group alone (review rv2, item 4)


@pytest.mark.parametrize(
    "args", [["profile", "--lang", "fr", "show"], ["profile", "--lang=fr", "show"]]
)
def test_lang_after_a_group_name_is_accepted(run: Run, args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Votre profil")


def test_a_bad_lang_after_a_group_name_is_a_usage_error(run: Run) -> None:
    result = run("profile", "--lang", "de", "show")
    assert result.exit_code == 2
    assert "Invalid value for '--lang': 'de' is not one of 'en', 'fr'." in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize("group", ["profile", "import"])
def test_a_group_alone_prints_its_help_and_exits_0(run: Run, group: str) -> None:
    result = run(group)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Usage: careers {group} [OPTIONS] COMMAND")
    assert result.stderr == ""
    french = run(group, env={"LANG": "fr_FR.UTF-8"})
    assert french.exit_code == 0
    assert french.stdout.startswith(f"Utilisation : careers {group} [OPTIONS] COMMANDE")


@pytest.mark.parametrize(("lang", "none"), [("en", " only "), ("fr", " seulement ")])
def test_the_unranked_block_of_rank_stays_a_table_at_80_columns(
    run: Run, lang: str, none: str
) -> None:
    # its rows say what a role has instead of the figure (the roles without any figure
    # are one count line since review finding 2d: tests/test_review_rank_no_data.py)
    result = run(
        "rank", "--region", "FR", "--experience", "entry", "--lang", lang, env={"COLUMNS": "80"}
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    unranked = lines[next(i for i, line in enumerate(lines) if line.startswith(("Not", "Non"))) :]
    rows = [line for line in unranked if none in line]
    assert len(rows) >= 5 and all(line.startswith("   ") for line in rows)  # "#" is empty
    assert not any(line.startswith(("Role ", "Métier ")) for line in unranked[3:])


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_next_never_breaks_a_header_between_its_sign_and_its_number(run: Run, lang: str) -> None:
    result = run("next", "--skills", "python:3, sql:2", "--lang", lang, env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    header = lines[: next(i for i, line in enumerate(lines) if line.startswith("─"))]
    assert any("≥\u00a070" in line for line in header)
    assert not any(line.rstrip().endswith("≥") for line in header)
