"""The process entry point: one run leaves nothing behind that changes the next."""

from __future__ import annotations

import json

import pytest

from careers_cli import cli


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
    assert cli._built.cache_info().currsize == 1  # the roles group, not the 26 others
    capsys.readouterr()
    assert cli.main(["--help"]) == 0
    assert cli._built.cache_info().currsize == 1  # the list of commands builds none
    listing = capsys.readouterr().out.split("Commands:", 1)[1]
    assert "  list          List the roles, with filters and sorting.\n" in listing
    assert "  profile       Your saved skills: show, add, remove, set, clear" in listing


def test_the_table_of_commands_names_each_module_s_commands() -> None:
    """`careers_cli.cli.COMMANDS` (which module to import for a command) names every
    command of every group module, and only those, in the order of `careers --help`."""
    import importlib

    defined: dict[str, str] = {}
    for module in ("roles", "taxonomy", "catalogue", "matching", "profile", "importing"):
        app = importlib.import_module(f"careers_cli.cli.{module}").app
        names = [app.info.name] if app.info.name else [c.name for c in app.registered_commands]
        defined.update({str(name): module for name in names})
    assert cli.COMMANDS == defined
    assert list(cli.COMMANDS) == list(defined)
