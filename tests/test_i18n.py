"""The tool speaks the user's language: the table of words, Click's own words, --help."""

from __future__ import annotations

import ast
import gettext
import os
import re
import string
from enum import StrEnum
from pathlib import Path

import click
import pytest
import typer
import typer.main

from careers_cli import clicktext, i18n
from careers_cli.choices import By, Goal, Lang, Measure, SalaryKind, Seniority, SkillCategory
from careers_cli.cli import app, help_fr
from careers_cli.explore import Kind
from careers_cli.i18n import WORDS, Plural, t
from careers_cli.matching import GapKind
from careers_cli.model import Degree, Experience, Importance, SourceKind

from .conftest import Run

PACKAGE = Path(i18n.__file__).resolve().parent
FR = {"LANG": "fr_FR.UTF-8"}


def _calls(name: str) -> list[tuple[Path, ast.Call]]:
    """Every call of a function called ``name`` in the package."""
    found = []
    for path in sorted(p for p in PACKAGE.rglob("*.py") if p.name != "i18n.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                if node.func.id == name and node.args:
                    found.append((path, node))
    return found


@pytest.mark.parametrize("function", ["t", "msg"])
def test_every_key_used_in_the_code_is_written_out_and_in_the_table(function: str) -> None:
    calls = _calls(function)
    assert len(calls) > 20  # the scan finds the calls
    for path, call in calls:
        key = call.args[0]
        where = f"{path.relative_to(PACKAGE)}:{call.lineno}"
        # a key is written out: a literal, or a choice of two literals (a if c else b)
        keys = [key.body, key.orelse] if isinstance(key, ast.IfExp) else [key]
        for one in keys:
            assert isinstance(one, ast.Constant) and isinstance(one.value, str), (
                f"{where}: a key built at run time"
            )
            assert one.value in WORDS, f"{where}: '{one.value}' is not in i18n.WORDS"


def test_every_choice_group_used_exists_and_its_keys_are_in_the_table() -> None:
    for path, call in _calls("choice"):
        group = call.args[0]
        groups = [group.body, group.orelse] if isinstance(group, ast.IfExp) else [group]
        for one in groups:
            assert isinstance(one, ast.Constant) and one.value in i18n.CHOICES, (
                f"{path.name}:{call.lineno}"
            )
    for group, keys in i18n.CHOICES.items():
        for value, key in keys.items():
            assert key in WORDS, f"{group}.{value} -> {key}"


@pytest.mark.parametrize(
    ("group", "enum"),
    [
        ("category", SkillCategory),
        ("importance", Importance),
        ("degree", Degree),
        ("experience", Experience),
        ("measure", Measure),
        ("source_kind", SourceKind),
        ("hit_kind", Kind),
        ("goal", Goal),
        ("gap_kind", GapKind),
        ("seniority", Seniority),
        ("salary_kind", SalaryKind),
        ("match_by", By),
        ("goal_targets", Goal),
        ("next_rule", Goal),
    ],
)
def test_every_value_of_a_choice_has_its_word(group: str, enum: type[StrEnum]) -> None:
    assert set(i18n.CHOICES[group]) == {member.value for member in enum}


def test_every_block_of_a_salary_ranking_has_its_title() -> None:
    from careers_cli.explore import Section

    assert set(i18n.CHOICES["rank_section"]) == {s.value for s in Section} - {"other"}


def _fields(word: str | Plural) -> set[str]:
    texts = [word] if isinstance(word, str) else list(word)
    return {name for text in texts for _, name, _, _ in string.Formatter().parse(text) if name}


def test_both_languages_have_every_entry_with_the_same_fields() -> None:
    for key, (en, fr) in WORDS.items():
        assert en and fr, key
        assert _fields(en) == _fields(fr), key
        assert isinstance(en, Plural) == isinstance(fr, Plural), key


def test_plural_forms_follow_each_language() -> None:
    assert t("roles_count", Lang.EN, n=1) == "1 role"
    assert t("roles_count", Lang.EN, n=2) == "2 roles"
    assert t("roles_count", Lang.EN, n=0) == "0 roles"
    assert t("roles_count", Lang.FR, n=1) == "1 métier"
    assert t("roles_count", Lang.FR, n=0) == "0 métier"
    assert t("roles_count", Lang.FR, n=2) == "2 métiers"


def test_a_missing_key_is_shown_not_a_crash() -> None:
    assert t("no-such-key", Lang.FR) == "no-such-key"
    assert i18n.choice("degree", "no-such-degree", Lang.FR) == "no-such-degree"


# --------------------------------------------------------------------------- Click's words


def test_the_committed_catalogue_is_the_table_compiled() -> None:
    assert clicktext.MO_FILE.read_bytes() == clicktext.compile_mo(), (
        "rebuild it: python -m careers_cli.clicktext"
    )


def test_the_catalogue_reads_back_through_gettext() -> None:
    with clicktext.MO_FILE.open("rb") as f:
        catalogue = gettext.GNUTranslations(f)
    assert catalogue.gettext("Usage:") == "Utilisation :"
    one, more = "Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"
    assert catalogue.ngettext(one, more, 1) == "Vouliez-vous dire {possibility} ?"
    assert catalogue.ngettext(one, more, 2).startswith("(Vouliez-vous dire l'une de")


def _library_msgids() -> set[str]:
    found: set[str] = set()
    for module in (click, typer):
        folder = Path(module.__file__ or "").parent
        for path in folder.glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                    if node.func.id in ("_", "ngettext"):
                        found |= {
                            a.value
                            for a in node.args
                            if isinstance(a, ast.Constant) and isinstance(a.value, str)
                        }
    return found


def test_every_translated_msgid_is_one_click_or_typer_uses() -> None:
    """A library upgrade that rewords a message shows here, not as English in French."""
    msgids = _library_msgids()
    for source in clicktext.CLICK_FR:
        for text in [source] if isinstance(source, str) else source:
            assert text in msgids, text


def test_clicks_words_in_french(run) -> None:
    result = run("show", env=FR)
    assert result.exit_code == 2
    assert "Utilisation : careers show" in result.stderr
    assert "Argument manquant" in result.stderr
    assert "Missing" not in result.stderr and "Usage" not in result.stderr
    result = run("show", "--lnag", "fr", env=FR)
    assert "Option inconnue : '--lnag'. Vouliez-vous dire '--lang' ?" in result.stderr


def test_lang_option_wins_over_the_locale_for_clicks_words_too(run) -> None:
    before = os.environ.get("LANGUAGE")
    result = run("show", "--lang", "fr")
    assert "Argument manquant" in result.stderr
    assert os.environ.get("LANGUAGE") == before  # the run's setting did not outlive it
    result = run("show", "--lang", "en", env=FR)
    assert "Missing argument" in result.stderr


@pytest.mark.parametrize(
    ("env", "expected"),
    [({}, "Did you mean 'show'?"), (FR, "Vouliez-vous dire 'show' ?")],
)
def test_a_mistyped_command_names_the_closest_once(run, env, expected) -> None:
    result = run("shwo", env=env)
    assert result.exit_code == 2
    assert result.stderr.count(expected) == 1
    assert result.stderr.lower().count("did you mean") + result.stderr.count("Vouliez") == 1


def test_a_command_far_from_any_has_no_suggestion(run) -> None:
    result = run("zzzzqq")
    assert result.exit_code == 2
    assert "No such command 'zzzzqq'." in result.stderr
    assert "mean" not in result.stderr


# --------------------------------------------------------------------------- help


def test_careers_alone_prints_the_help_with_five_examples(run) -> None:
    result = run()
    assert result.exit_code == 0
    assert result.stdout.startswith("Usage: careers")
    examples = result.stdout.split("Examples:")[1].strip().splitlines()
    assert len(examples) == 5
    assert all(line.strip().startswith("careers ") for line in examples)
    french = run(env=FR)
    assert french.exit_code == 0
    examples = french.stdout.split("Exemples :")[1].strip().splitlines()
    assert len(examples) == 5


@pytest.mark.parametrize("options", [["--no-pager"], ["--debug"], ["--lang", "fr"]])
def test_global_options_alone_print_the_help(run: Run, options: list[str]) -> None:
    """As `careers` alone: the help, exit 0 (an alias `careers --no-pager` hit "Missing
    command", exit 2)."""
    result = run(*options)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(("Usage: careers", "Utilisation : careers"))
    assert result.stderr == ""


def _commands() -> list[tuple[str, click.Command]]:
    found: list[tuple[str, click.Command]] = []

    def walk(command: click.Command, path: str) -> None:
        found.append((path, command))
        if isinstance(command, click.Group):
            ctx = click.Context(command)
            for name in command.list_commands(ctx):
                sub = command.get_command(ctx, name)
                assert sub is not None
                walk(sub, f"{path} {name}".strip())

    walk(typer.main.get_command(app), "")
    return found


def test_every_command_option_and_argument_has_its_french_help() -> None:
    commands = _commands()
    assert len(commands) > 25
    for path, command in commands:
        assert path in help_fr.COMMANDS, path
        for param in command.params:
            if param.param_type_name == "argument":
                assert f"{path}:{param.name}" in help_fr.ARGUMENTS, (path, param.name)
            elif param.name != "help":
                key = f"{path}:{param.name}"
                assert key in help_fr.OPTIONS or param.name in help_fr.OPTIONS, key


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("show", "--help"), ["unique prefix", "id, its name or an alias"]),
        (("profile", "--help"), ["Add skills to your profile"]),
    ],
)
def test_help_in_english(run, args, words) -> None:
    result = run(*args)
    assert result.exit_code == 0
    for word in words:
        assert word in " ".join(result.stdout.split())


def test_help_in_french(run) -> None:
    result = run("show", "--help", env=FR)
    text = " ".join(result.stdout.split())
    assert "Tout sur un métier." in text
    assert "début unique" in text
    assert "Afficher cette aide et quitter." in text
    assert "[obligatoire]" in text
    assert "Show" not in text and "Usage" not in text and "required" not in text
    sub = " ".join(run("profile", "--help", env=FR).stdout.split())
    assert "Ajouter des compétences à votre profil" in sub
    root = " ".join(run("--help", env=FR).stdout.split())
    assert "Lister les métiers, avec filtres et tri." in root
    assert "Commandes" in root


def test_the_help_of_a_run_does_not_stick_to_the_next(run) -> None:
    run("show", "--help", env=FR)
    assert "Show everything about one role." in run("show", "--help").stdout


def test_decimal_defaults_are_shown_as_numbers_in_each_language(run) -> None:
    """``[default: 70]`` and ``0.25``, ``0,25`` in French: never Python's ``70.0``."""
    decimals = [
        (path, param.opts[0], param.default)
        for path, command in _commands()
        for param in command.params
        if isinstance(param.default, float)
    ]
    assert {opt for _, opt, _ in decimals} >= {"--threshold", "--min-overlap"}
    for path, opt, default in decimals:
        english = " ".join(run(*path.split(), "--help").stdout.split())
        french = " ".join(run(*path.split(), "--help", env=FR).stdout.split())
        shown = f"{default:g}"
        assert f"[default: {shown}]" in english, (path, opt)
        assert f"[défaut : {shown.replace('.', ',')}]" in french, (path, opt)
        assert f"{default!r}]" not in (french if shown == repr(default) else english + french)


def test_no_option_names_its_environment_variable_twice(run) -> None:
    for path, command in _commands():
        for param in command.params:
            envvar = getattr(param, "envvar", None)
            if isinstance(envvar, str):
                assert envvar not in (getattr(param, "help", None) or ""), (path, param.name)
    text = run("list", "--help").stdout
    assert len(re.findall("CAREERS_CATALOG", text)) == 1


# --------------------------------------------------------------------------- messages


def test_confirmation_in_french_accepts_o(run) -> None:
    assert run("profile", "add", "python:4").exit_code == 0
    result = run("profile", "clear", input="o\n", env=FR)
    assert result.exit_code == 0, result.stderr
    assert "[o/N]" in result.stderr
    assert "profil vidé : 1 retirée (0 compétence dans" in result.stderr
    run("profile", "add", "python:4")
    refused = run("profile", "clear", input="o\n")  # "o" is no yes in English
    assert refused.exit_code == 1
    assert "[y/N]" in refused.stderr and "nothing changed" in refused.stderr


def test_messages_of_the_core_in_french(run) -> None:
    result = run("profile", "add", "python:4", "blorptastic", env=FR)
    assert result.exit_code == 0
    assert "avertissement : compétence inconnue : « blorptastic »" in result.stderr
    assert "1 ajoutée (1 compétence dans" in result.stderr
    result = run("show", "nosuchrolexyz", env=FR)
    assert result.exit_code == 1
    assert result.stderr.startswith("erreur : métier inconnu : « nosuchrolexyz »")


def test_suggestions_are_names_in_the_users_language(run) -> None:
    french = run("skill", "statistiqes", env=FR)
    assert french.exit_code == 1
    assert "vouliez-vous dire 'Statistiques'" in french.stderr
    english = run("profile", "add", "apprentisage automatique", "python")
    assert "(did you mean 'Machine learning'" in english.stderr
    assert "machine-learning" not in english.stderr


@pytest.mark.parametrize(
    ("args", "english", "french"),
    [
        (("--help",), "Usage: careers [OPTIONS] [COMMAND] [ARGS]...", None),
        (
            ("list", "--help"),
            "Usage: careers list [OPTIONS]",
            "Utilisation : careers list [OPTIONS]",
        ),
        (
            ("profile", "add", "--help"),
            "Usage: careers profile add [OPTIONS] SKILL[:LEVEL]...",
            "Utilisation : careers profile add [OPTIONS] COMPÉTENCE[:NIVEAU]...",
        ),
        (
            ("import", "esco", "--help"),
            "Usage: careers import esco [OPTIONS] PATH",
            "Utilisation : careers import esco [OPTIONS] CHEMIN",
        ),
    ],
)
def test_usage_line_of_the_help_in_both_languages(
    run, args: tuple[str, ...], english: str, french: str | None
) -> None:
    """The help's first line: Click's "Usage:" and the placeholders in the run's language
    (``OPTIONS`` is the French word too)."""
    if french is None:
        french = "Utilisation : careers [OPTIONS] [COMMANDE] [ARGUMENTS]..."
    for env, expected, other in ((FR, french, english), ({"LANG": "C.UTF-8"}, english, french)):
        result = run(*args, env=env)
        assert result.exit_code == 0
        assert result.stdout.splitlines()[0] == expected
        assert other not in result.stdout
    assert run(*args, "--lang", "fr").stdout.splitlines()[0] == french


def test_the_lang_help_names_every_variable_read(run: Run) -> None:
    """The help says where the language comes from as lang.py reads it, in English as in
    French (the English left LC_MESSAGES out)."""
    flat = " ".join(run("--help", env={"COLUMNS": "200"}).stdout.split())
    assert "(default: from LC_ALL/LC_MESSAGES/LANG)" in flat
    french = " ".join(run("--lang", "fr", "--help", env={"COLUMNS": "200"}).stdout.split())
    assert "selon LC_ALL/LC_MESSAGES/LANG" in french
