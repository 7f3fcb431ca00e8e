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
