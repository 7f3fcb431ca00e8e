"""The process entry point: one run leaves nothing behind that changes the next."""

from __future__ import annotations

import importlib
import inspect
import json
import os
import subprocess
import sys

import pytest
import typer

from careers_cli import cli
from careers_cli.lang import Lang


def test_main_runs_twice_in_one_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["list", "--format", "json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert cli.main(["--debug", "--no-cache", "show", "data-scientist", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == "data-scientist"
    assert cli.main(["list", "--format", "json"]) == 0  # every command is still there
    assert json.loads(capsys.readouterr().out) == first
    assert cli.main(["show", "no-such-role"]) == 1
    assert "unknown role 'no-such-role'" in capsys.readouterr().err
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("careers ")
    assert cli.main(["no-such-command"]) == 2


def test_only_the_group_that_runs_is_built(capsys: pytest.CaptureFixture[str]) -> None:
    cli._built.cache_clear()
    assert cli.main(["--version"]) == 0
    assert cli._built.cache_info().currsize == 0  # --version builds no command
    assert cli.main(["rank", "--format", "json"]) == 0
    assert cli._built.cache_info().currsize == 1  # rank alone, not the 26 others
    assert [c.name for c in cli._built("rank", Lang.EN).params][:2] == ["by", "region"]
    capsys.readouterr()
    assert cli.main(["--help"]) == 0
    assert cli._built.cache_info().currsize == 1  # the list of commands builds none
    listing = capsys.readouterr().out.split("Commands:", 1)[1]
    assert "  list          List the roles, with filters and sorting.\n" in listing
    assert "  profile       Your saved skills: show, add, remove, set, clear" in listing


def _first_line(app: typer.Typer, name: str) -> str:
    """The first paragraph of a command's own help (its docstring), on one line."""
    if app.info.name:
        text = app.info.help
    else:
        command = next(c for c in app.registered_commands if c.name == name)
        text = command.help or (command.callback.__doc__ if command.callback else "")
    return " ".join(inspect.cleandoc(text or "").split("\n\n")[0].split())


def test_the_table_of_commands_names_each_module_s_commands() -> None:
    """`careers_cli.cli.COMMANDS` (which module to import for a command, and the line
    `careers --help` gives it) names every command of every group module, and only
    those, in the order of `careers --help`, with the first line of its own help."""
    defined: dict[str, tuple[str, str]] = {}
    for module in ("roles", "taxonomy", "catalogue", "matching", "profile", "importing"):
        app = importlib.import_module(f"careers_cli.cli.{module}").app
        names = [app.info.name] if app.info.name else [c.name for c in app.registered_commands]
        defined.update({str(name): (module, _first_line(app, str(name))) for name in names})
    assert cli.COMMANDS == defined
    assert list(cli.COMMANDS) == list(defined)


def test_the_help_lists_the_commands_without_importing_them() -> None:
    """`careers --help`, in English and in French, imports none of the command modules,
    nor the word tables of i18n, nor clicktext's table of Click's words (its compiled
    catalogue is what a run reads) (a fresh process: this one has imported them all)."""
    script = (
        "import sys; from careers_cli import cli; cli.main(sys.argv[1:]); "
        "print(sorted(m for m in sys.modules if m.startswith('careers_cli.cli.')"
        " or m in ('careers_cli.i18n', 'careers_cli.clicktext')))"
    )
    for args, line, modules in (
        ([], "  list          List the roles, with filters and sorting.\n", ["language"]),
        (
            ["--lang", "fr"],
            "  list          Lister les métiers, avec filtres et tri.\n",
            ["help_fr", "language"],  # the French first lines, not the commands
        ),
    ):
        done = subprocess.run(
            [sys.executable, "-c", script, "--help", *args],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "COLUMNS": "100"},
        )
        assert line in done.stdout
        loaded = done.stdout.strip().splitlines()[-1]
        assert loaded == str([f"careers_cli.cli.{name}" for name in modules])


def test_show_to_a_pipe_loads_nothing_only_other_outputs_need() -> None:
    """A warm `careers show` to a pipe loads neither the YAML parser, Rich's console, the
    pager's shlex, dataclasses nor glob (a fresh process, the second run: the index is
    warm)."""
    script = (
        "import sys; from careers_cli import cli; code = cli.main(sys.argv[1:]); "
        "print(code, sorted(m for m in sys.modules if m in sys.argv[0].split(',')))"
    )
    unwanted = "yaml,rich.console,shlex,dataclasses,glob"
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", script.replace("sys.argv[0]", repr(unwanted)), "show", "mle"],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "COLUMNS": "100"},
        )
    assert done.stdout.strip().splitlines()[-1] == "0 []"
