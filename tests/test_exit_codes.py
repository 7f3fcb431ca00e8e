"""Exit codes where the user's system, not careers, is at fault: closed stdin, full disk.

Real processes with real file descriptors: a closed stdin (``<&-``) and ``/dev/full``
cannot be faked in-process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CV = ROOT / "tests" / "fixtures" / "cv-en.md"


def _shell(command: str, home: Path) -> subprocess.CompletedProcess[str]:
    """Run ``careers`` from a shell line (``$CAREERS`` is the command)."""
    env = {**os.environ, "CAREERS_HOME": str(home), "PYTHONPATH": str(ROOT)}
    env["CAREERS"] = f"{sys.executable} -m careers_cli"
    return subprocess.run(
        ["sh", "-c", command], capture_output=True, text=True, env=env, timeout=60
    )


@pytest.mark.parametrize(
    ("command", "says"),
    [
        ("$CAREERS match --from-text - <&-", "standard input is closed"),
        ("$CAREERS profile clear <&-", "standard input is closed"),
        (f"$CAREERS profile from-text {CV} <&-", "standard input is closed"),
    ],
)
def test_a_closed_stdin_is_a_clean_error(isolated_home: Path, command: str, says: str) -> None:
    saved = isolated_home / "profile.yaml"
    saved.write_text("skills:\n  python: 4\n", encoding="utf-8")
    proc = _shell(command, isolated_home)
    assert proc.returncode == 1, proc.stderr
    assert says in proc.stderr and "Traceback" not in proc.stderr
    assert "internal error" not in proc.stderr
    assert saved.read_text(encoding="utf-8") == "skills:\n  python: 4\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args",
    ["list", "list --format json", "show data-scientist --format csv", "--version", "--help"],
)
def test_a_full_disk_is_a_clean_error(isolated_home: Path, args: str) -> None:
    proc = _shell(f"$CAREERS {args} > /dev/full", isolated_home)
    assert proc.returncode == 1, proc.stderr
    assert "disk full" in proc.stderr and "Traceback" not in proc.stderr
    assert "internal error" not in proc.stderr
    assert not (isolated_home / "last-error.log").exists()
