"""What a new user's review of `main` found in errors and exit codes: each test names
one finding."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import Run


@pytest.mark.parametrize(
    "args",
    [
        ("match", "--skills", "pyhton"),
        ("gap", "data-scientist", "--skills", "pyhton"),
        ("next", "--skills", "pyhton"),
        ("profile", "add", "pyhton:2"),
    ],
)
@pytest.mark.parametrize(("lang", "hint"), [("en", "did you mean"), ("fr", "vouliez-vous dire")])
def test_every_name_wrong_still_suggests(
    run: Run, args: tuple[str, ...], lang: str, hint: str
) -> None:
    result = run(*args, "--lang", lang)
    assert result.exit_code == 1, result.output
    assert f"{hint} 'Python'" in result.stderr
    assert "Traceback" not in result.stderr


def test_profile_add_of_unknown_names_saves_nothing(run: Run, isolated_home: Path) -> None:
    result = run("profile", "add", "tensroflow:2")
    assert result.exit_code == 1
    assert "'TensorFlow'" in result.stderr
    assert not (isolated_home / "profile.yaml").exists()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "no skill of the catalogue was found in the text"),
        ("fr", "aucune compétence du catalogue n'a été trouvée dans le texte"),
    ],
)
def test_a_text_without_skills_says_so(run: Run, tmp_path: Path, lang: str, said: str) -> None:
    empty = tmp_path / "cv.txt"
    empty.write_text("", encoding="utf-8")
    result = run("match", "--from-text", str(empty), "--lang", lang)
    assert result.exit_code == 1
    assert said in result.stderr
    assert "none of the skills given" not in result.stderr


@pytest.mark.parametrize(
    ("args", "answer"),
    [
        (("profile", "clear"), "n\n"),
        (("profile", "from-text", "CV"), "n\n"),
        (("profile", "from-text", "CV"), ""),  # no answer at all
        (("profile", "from-text", "-"), "Solid Python, SQL"),  # stdin holds the text
    ],
)
def test_nothing_saved_without_a_yes_exits_1(
    run: Run, tmp_path: Path, isolated_home: Path, args: tuple[str, ...], answer: str
) -> None:
    cv = tmp_path / "cv.txt"
    cv.write_text("Solid Python, SQL", encoding="utf-8")
    before = "skills:\n  docker: 2\n"
    (isolated_home / "profile.yaml").write_text(before, encoding="utf-8")
    result = run(*[str(cv) if a == "CV" else a for a in args], input=answer)
    assert result.exit_code == 1, result.output
    assert "--yes" in result.stderr
    assert (isolated_home / "profile.yaml").read_text(encoding="utf-8") == before


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_compare_with_one_role_is_a_usage_error(run: Run, lang: str) -> None:
    result = run("compare", "data-scientist", "--lang", lang)
    assert result.exit_code == 2, result.output
    assert ("at least two roles" if lang == "en" else "au moins deux métiers") in result.stderr


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("amount", ["150k", "150K", "150 k", "150.0k"])
def test_min_salary_takes_thousands_as_tables_print_them(run: Run, lang: str, amount: str) -> None:
    whole = run("list", "--min-salary", "150000", "--format", "json", "--lang", lang)
    short = run("list", "--min-salary", amount, "--format", "json", "--lang", lang)
    assert short.exit_code == 0, short.output
    assert short.stdout == whole.stdout
    assert run("match", "--skills", "python", "--min-salary", amount).exit_code == 0


@pytest.mark.parametrize("amount", ["k", "-1k", "1e400k", "150kk", "150m"])
def test_min_salary_refuses_other_suffixes(run: Run, amount: str) -> None:
    result = run("list", "--min-salary", amount)
    assert result.exit_code == 2, result.output
