"""Long output on a terminal goes through the pager; never when piped, never with
--no-pager. The command runs under a real pseudo-terminal; the "pager" is a small
command that writes what it was given to a file."""

from __future__ import annotations

import os
import pty
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from careers_cli.pager import DEFAULT, pager_command

ROOT = Path(__file__).resolve().parent.parent


def _run_on_a_terminal(args: list[str], env: dict[str, str]) -> None:
    leader, follower = pty.openpty()
    try:
        process = subprocess.run(
            [sys.executable, "-m", "careers_cli", *args],
            stdin=subprocess.DEVNULL,
            stdout=follower,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=ROOT,
            timeout=60,
            check=False,
        )
    finally:
        os.close(follower)
        os.close(leader)
    assert process.returncode == 0


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PAGER", "CAREERS_PAGER")}
    env.update({"COLUMNS": "100", "NO_COLOR": "1"}, **extra)
    return env


def _catching_pager(out: Path) -> str:
    """A pager command that saves its input to ``out``."""
    script = f"import sys; open({str(out)!r}, 'wb').write(sys.stdin.buffer.read())"
    return f"{shlex.quote(sys.executable)} -c {shlex.quote(script)}"


@pytest.mark.slow
def test_the_table_goes_through_the_pager_on_a_terminal(tmp_path: Path) -> None:
    out = tmp_path / "paged.txt"
    _run_on_a_terminal(["list"], _env(tmp_path, CAREERS_PAGER=_catching_pager(out)))
    text = out.read_text("utf-8")
    assert text.splitlines()[0].endswith("roles")
    assert "Data scientist" in text


@pytest.mark.slow
def test_careers_pager_wins_over_pager(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours.txt", tmp_path / "theirs.txt"
    env = _env(tmp_path, CAREERS_PAGER=_catching_pager(ours), PAGER=_catching_pager(theirs))
    _run_on_a_terminal(["list"], env)
    assert ours.exists() and not theirs.exists()
    _run_on_a_terminal(["list"], _env(tmp_path, PAGER=_catching_pager(theirs)))
    assert theirs.exists()


@pytest.mark.slow
def test_no_pager_option_and_pipes_print_straight(tmp_path: Path) -> None:
    out = tmp_path / "paged.txt"
    env = _env(tmp_path, CAREERS_PAGER=_catching_pager(out))
    _run_on_a_terminal(["--no-pager", "list"], env)
    assert not out.exists()
    piped = subprocess.run(
        [sys.executable, "-m", "careers_cli", "list"],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=True,
        text=True,
    )
    assert not out.exists()
    assert "Data scientist" in piped.stdout


def test_which_pager() -> None:
    assert pager_command({}) == DEFAULT.split()
    assert pager_command({"PAGER": "more"}) == ["more"]
    assert pager_command({"PAGER": "more", "CAREERS_PAGER": "less -S"}) == ["less", "-S"]
    assert pager_command({"CAREERS_PAGER": ""}) is None
    assert pager_command({"PAGER": "cat"}) is None
