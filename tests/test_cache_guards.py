"""Cache files cannot be turned against the tool (issue 10, items 5 and 6): a FIFO or a
link to /dev/zero in their place, an edited body, an inconsistent body, a killed
writer's leftovers. Each is discarded and rebuilt, never an exit 70 or a hang."""

from __future__ import annotations

import hashlib
import json
import os
import resource
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from careers_cli import cache, catalogue

from .conftest import ROOT, Run


@pytest.fixture
def mini_path(mini: dict[str, Any], write_catalogue: Callable[..., Path]) -> Path:
    return write_catalogue(mini)


def _limit_memory() -> None:  # in the child: a runaway read fails fast instead of swapping
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def careers(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real program in a child process, bounded in time and memory."""
    env = {**os.environ, "CAREERS_HOME": str(home), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "careers_cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
        preexec_fn=_limit_memory,
    )


def _replace_by_fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


def _replace_by_dev_zero(path: Path) -> None:
    path.unlink()
    path.symlink_to("/dev/zero")


@pytest.mark.slow
@pytest.mark.parametrize("which", ["catalogue", "lookups"])
@pytest.mark.parametrize("hostile", [_replace_by_fifo, _replace_by_dev_zero])
def test_a_fifo_or_dev_zero_in_place_of_a_cache_file(
    mini_path: Path, isolated_home: Path, which: str, hostile: Callable[[Path], None]
) -> None:
    args = ("--debug", "skill", "Statistiques", "--catalog", str(mini_path), "--format", "json")
    assert careers(isolated_home, *args).returncode == 0  # makes the cache
    files = {"catalogue": cache.cache_file, "lookups": cache.lookups_file}
    target = files[which](str(mini_path))
    assert target.is_file()
    hostile(target)
    try:
        result = careers(isolated_home, *args)
    except subprocess.TimeoutExpired:
        pytest.fail("a cache file that never ends hung the tool")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "statistics"
    assert "not a regular file" in result.stderr  # the --debug note
    assert target.is_file() and not target.is_symlink()  # rebuilt as a plain file
    assert stat.S_ISCHR(os.stat("/dev/zero").st_mode)  # the link was replaced, not its target
    assert careers(isolated_home, "skill", "Statistiques", "--catalog", str(mini_path)).stderr == ""


def test_an_edited_body_is_not_served(mini_path: Path) -> None:
    catalogue.load(str(mini_path))
    target = cache.cache_file(str(mini_path))
    data = target.read_bytes()
    assert b"Explores data." in data
    target.write_bytes(data.replace(b"Explores data.", b"Explores DATA!"))  # same size
    again = catalogue.load(str(mini_path))
    assert again.roles.items["data-scientist"].summary.en == "Explores data."
    assert not again.from_cache
    assert catalogue.load(str(mini_path)).from_cache  # rebuilt


def test_edited_lookups_are_not_served(run: Run, mini_path: Path) -> None:
    catalogue.load(str(mini_path))
    target = cache.lookups_file(str(mini_path))
    data = target.read_bytes()
    assert b'"ml-engineer"' in data
    target.write_bytes(data.replace(b'"ml-engineer"', b'"ml-engineex"'))  # a dangling id
    for _ in range(2):
        result = run("show", "Ingénieur ML", "--catalog", str(mini_path), "--format", "json")
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["id"] == "ml-engineer"


def forge(target: Path, edit: Callable[[Any], None]) -> None:
    """Edit a cache file's body and give it a checksum that fits (as a careful forger
    would): what is left to catch it is the check of the body's consistency."""
    data = target.read_bytes()
    cut = data.rfind(b"\n")
    body, trailer = json.loads(data[:cut]), json.loads(data[cut + 1 :])
    edit(body)
    raw = json.dumps(body).encode()
    trailer["body_sha256"] = hashlib.sha256(raw).hexdigest()
    target.write_bytes(raw + b"\n" + json.dumps(trailer).encode())


def _dangling(body: Any) -> None:
    ids = body["lookups"]["roles"][1]
    ids[ids.index("ml-engineer")] = "no-such-role"


def _unequal(body: Any) -> None:
    body["lookups"]["roles"][0].append("one key too many")


def _wrong_type(body: Any) -> None:
    body["lookups"]["skills"][2][0] = 42


def _missing_kind(body: Any) -> None:
    del body["lookups"]["applications"]


@pytest.mark.parametrize("edit", [_dangling, _unequal, _wrong_type, _missing_kind])
def test_inconsistent_lookups_are_discarded_and_rebuilt(
    run: Run, mini_path: Path, edit: Callable[[Any], None]
) -> None:
    assert run("list", "--catalog", str(mini_path)).exit_code == 0
    target = cache.lookups_file(str(mini_path))
    forge(target, edit)
    noted = run("--debug", "show", "Ingénieur ML", "--catalog", str(mini_path), "-f", "json")
    assert noted.exit_code == 0, noted.output
    assert json.loads(noted.stdout)["id"] == "ml-engineer"
    notes = noted.stderr.splitlines()
    assert len(notes) == 1 and notes[0].startswith("careers: cache: ignored"), notes
    quiet = run("show", "Ingénieur ML", "--catalog", str(mini_path), "--format", "json")
    assert quiet.exit_code == 0 and quiet.stderr == ""
    index = catalogue.load(str(mini_path))
    assert index.from_cache
    known = {
        "roles": set(index.roles.items),
        "skills": set(index.skills.items),
        "applications": set(index.applications.items),
    }
    sha256 = hashlib.sha256(mini_path.read_bytes()).hexdigest()
    rebuilt = cache.load_lookups(str(mini_path), sha256, known, mini_path.stat().st_size)
    assert rebuilt is not None  # written again, whole and consistent


def test_malformed_warnings_are_discarded(run: Run, mini_path: Path) -> None:
    catalogue.load(str(mini_path))
    forge(cache.cache_file(str(mini_path)), lambda body: body.update(warnings=[{"x": 1}]))
    result = run("list", "--catalog", str(mini_path))
    assert result.exit_code == 0, result.output
    assert catalogue.load(str(mini_path)).from_cache


def test_no_note_without_debug_and_one_line_with_it(run: Run, mini_path: Path) -> None:
    assert run("list", "--catalog", str(mini_path)).exit_code == 0
    cache.cache_file(str(mini_path)).write_bytes(b"{broken")
    quiet = run("list", "--catalog", str(mini_path))
    assert quiet.exit_code == 0 and quiet.stderr == ""
    cache.cache_file(str(mini_path)).write_bytes(b"{broken")
    noted = run("--debug", "list", "--catalog", str(mini_path))
    assert noted.exit_code == 0
    assert noted.stderr.splitlines() == [
        f"careers: cache: ignored {cache.cache_file(str(mini_path)).name}: "
        "not a cache file of this version"
    ]


@pytest.mark.slow
def test_a_killed_writers_temporary_file_is_removed_by_the_next_write(
    mini_path: Path, isolated_home: Path
) -> None:
    catalogue.load(str(mini_path))
    directory = cache.cache_dir()
    target = directory / "catalogue-0123456789abcdef01234567.json"
    writer = (
        "import sys, time\n"
        "from careers_cli.files import atomic_write\n"
        "def pieces():\n"
        "    yield 'x' * 1000\n"
        "    time.sleep(600)\n"
        "    yield 'never'\n"
        "atomic_write(sys.argv[1], pieces(), what='cache')\n"
    )
    env = {**os.environ, "CAREERS_HOME": str(isolated_home), "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", writer, str(target)], env=env)
    deadline = time.monotonic() + 30
    while not list(directory.glob(".catalogue-0123*.tmp")) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    (orphan,) = directory.glob(".catalogue-0123*.tmp")
    old = time.time() - 3600
    os.utime(orphan, (old, old))  # an hour later
    busy = directory / ".catalogue-fedcba9876543210fedcba98.json.abcd.tmp"
    busy.write_text("a writer at work")  # fresh: a live writer's file is left alone
    cache.cache_file(str(mini_path)).unlink()
    catalogue.load(str(mini_path))  # the next write
    assert not orphan.exists()
    assert busy.exists()
    assert catalogue.load(str(mini_path)).from_cache
