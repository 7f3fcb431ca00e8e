"""The compiled index cannot be turned against the tool (issue 10, items 5 and 6; issue
16): a FIFO or a link to /dev/zero in its place, an oversized file, an edited record, an
inconsistent index, a killed writer's leftovers. Each is discarded and rebuilt, never an
exit 70 or a hang, and nothing is ever written through a link."""

from __future__ import annotations

import json
import os
import resource
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from careers_cli import catalogue, store

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


def index_file(path: Path) -> Path:
    return store.database_file(str(path))


def _replace_by_big_file(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(store.size_limit(1 << 20) + 1)  # sparse: no disk used


@pytest.mark.slow
@pytest.mark.parametrize("hostile", [_replace_by_fifo, _replace_by_dev_zero])
def test_a_fifo_or_dev_zero_in_place_of_the_index(
    mini_path: Path, isolated_home: Path, hostile: Callable[[Path], None]
) -> None:
    args = ("--debug", "skill", "Statistiques", "--catalog", str(mini_path), "--format", "json")
    assert careers(isolated_home, *args).returncode == 0  # makes the index
    target = index_file(mini_path)
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


def test_an_index_far_larger_than_its_catalogue_is_not_read(run: Run, mini_path: Path) -> None:
    assert run("list", "--catalog", str(mini_path)).exit_code == 0
    _replace_by_big_file(index_file(mini_path))
    noted = run("--debug", "show", "mle", "--catalog", str(mini_path), "--format", "json")
    assert noted.exit_code == 0, noted.output
    assert "more than an index of it" in noted.stderr
    assert index_file(mini_path).stat().st_size < 1 << 20  # rebuilt


def _edit_record(target: Path) -> None:
    """Change one character of a role's record in the file's bytes (same size)."""
    data = target.read_bytes()
    assert b"Explores data." in data
    target.write_bytes(data.replace(b"Explores data.", b"Explores DATA!"))


def test_an_edited_record_is_not_served(mini_path: Path) -> None:
    catalogue.load(str(mini_path))
    _edit_record(index_file(mini_path))
    again = catalogue.load(str(mini_path))
    assert again.roles.items["data-scientist"].summary.en == "Explores data."
    assert catalogue.load(str(mini_path)).from_cache  # compiled again, whole


def _tamper(target: Path, sql: str) -> None:
    conn = sqlite3.connect(target)
    with conn:
        conn.execute(sql)
    conn.close()


INCONSISTENT = [
    "UPDATE keys SET id = 'no-such-role' WHERE id = 'ml-engineer'",  # a dangling id
    "DROP TABLE keys",  # a missing table
    "UPDATE roles SET record = '[1]', crc = 1278161592",  # a record with a fitting checksum
    "UPDATE skills SET record = 42",  # not text at all
]


@pytest.mark.parametrize("edit", INCONSISTENT)
def test_an_inconsistent_index_is_discarded_and_rebuilt(
    run: Run, mini_path: Path, edit: str
) -> None:
    assert run("list", "--catalog", str(mini_path)).exit_code == 0
    _tamper(index_file(mini_path), edit)
    noted = run("--debug", "show", "Ingénieur ML", "--catalog", str(mini_path), "-f", "json")
    assert noted.exit_code == 0, noted.output
    assert json.loads(noted.stdout)["id"] == "ml-engineer"
    notes = noted.stderr.splitlines()
    assert len(notes) == 1 and notes[0].startswith("careers: cache: ignored"), notes
    quiet = run("show", "Ingénieur ML", "--catalog", str(mini_path), "--format", "json")
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert catalogue.load(str(mini_path)).from_cache  # written again, whole and consistent


def test_malformed_warnings_are_discarded(run: Run, mini_path: Path) -> None:
    catalogue.load(str(mini_path))
    _tamper(index_file(mini_path), "UPDATE meta SET value = '[{\"x\": 1}]' WHERE key = 'warnings'")
    result = run("list", "--catalog", str(mini_path))
    assert result.exit_code == 0, result.output
    assert catalogue.load(str(mini_path)).from_cache


def test_no_note_without_debug_and_one_line_with_it(run: Run, mini_path: Path) -> None:
    assert run("list", "--catalog", str(mini_path)).exit_code == 0
    index_file(mini_path).write_bytes(b"{broken")
    quiet = run("list", "--catalog", str(mini_path))
    assert quiet.exit_code == 0 and quiet.stderr == ""
    index_file(mini_path).write_bytes(b"{broken")
    noted = run("--debug", "list", "--catalog", str(mini_path))
    assert noted.exit_code == 0
    assert noted.stderr.splitlines() == [
        f"careers: cache: ignored {index_file(mini_path).name}: not a readable index (damaged?)"
    ]


def test_a_link_in_place_of_the_index_is_replaced_not_written_through(
    mini_path: Path, tmp_path: Path
) -> None:
    catalogue.load(str(mini_path))
    target = index_file(mini_path)
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    target.unlink()
    target.symlink_to(victim)
    index = catalogue.load(str(mini_path))
    assert index.roles.get("mle").id == "ml-engineer"
    assert victim.read_bytes() == b"precious"
    assert target.is_file() and not target.is_symlink()


@pytest.mark.slow
def test_a_killed_writers_temporary_file_is_removed_by_the_next_write(
    mini_path: Path, isolated_home: Path
) -> None:
    catalogue.load(str(mini_path))
    directory = index_file(mini_path).parent
    target = directory / "catalogue-0123456789abcdef01234567.sqlite"
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
    busy = directory / ".catalogue-fedcba9876543210fedcba98.abcd.tmp"
    busy.write_text("a writer at work")  # fresh: a live writer's file is left alone
    index_file(mini_path).unlink()
    catalogue.load(str(mini_path))  # the next write
    assert not orphan.exists()
    assert busy.exists()
    assert catalogue.load(str(mini_path)).from_cache


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE board_skills SET levels = levels | 32",  # a level no role needs
        "UPDATE board_roles SET peak = peak + 1",  # a number off
        "UPDATE board_skills SET related = '[]'",  # related skills dropped
        "DELETE FROM board_roles WHERE pos = 0",  # a role missing
    ],
)
def test_an_edited_next_table_is_discarded_and_rebuilt(
    run: Run, mini_path: Path, edit: str
) -> None:
    """`next` reads its own tables (board_roles, board_skills, careers_cli/board.py),
    checked as a whole against the checksum kept in the index's meta."""
    args = ["next", "--skills", "python:2, statistics:1", "--catalog", str(mini_path), "-f", "json"]
    before = run(*args)
    assert before.exit_code == 0, before.output
    _tamper(index_file(mini_path), edit)
    noted = run("--debug", *args)
    assert noted.exit_code == 0, noted.output
    assert noted.stdout == before.stdout
    assert noted.stderr.startswith("careers: cache: ignored"), noted.stderr
    assert catalogue.load(str(mini_path)).from_cache  # written again, whole and consistent


@pytest.mark.parametrize(
    "damage",
    [
        lambda row: f"{row},{row}",  # two rows in one record
        lambda row: row.replace("[", "[1,", 1),  # eleven values
        lambda row: "[1,2,3,4,5,6,7,null,null,null]",  # numbers for texts
        lambda row: "{",  # not JSON
    ],
)
def test_a_list_row_that_fits_its_checksum_but_not_the_list_is_compiled_again(
    run: Run, mini_path: Path, damage: Callable[[str], str]
) -> None:
    """`list` decodes its rows' texts in one go (listing.py): a record holding two rows,
    or not a row, with a checksum that fits it, is damage found during the command,
    never a wrong table."""
    import zlib

    args = ["list", "--catalog", str(mini_path)]
    before = run(*args)
    assert before.exit_code == 0, before.output
    conn = sqlite3.connect(index_file(mini_path))
    with conn:
        (row,) = conn.execute("SELECT texts_en FROM list_rows WHERE pos = 0").fetchone()
        text = damage(row)
        conn.execute(
            "UPDATE list_rows SET texts_en = ?, texts_en_crc = ? WHERE pos = 0",
            (text, zlib.crc32(text.encode("utf-8"))),
        )
    conn.close()
    noted = run("--debug", *args)
    assert noted.exit_code == 0, noted.output
    assert noted.stdout == before.stdout
    assert noted.stderr.startswith("careers: cache: ignored"), noted.stderr


@pytest.mark.parametrize(
    "skills",
    ['[["python", 0, 9]]', '[["python", 2, 3]]', "[[1, 0, 3]]", '[["python", 0]]', "{"],
)
def test_a_role_whose_skills_do_not_fit_is_compiled_again(
    run: Run, mini_path: Path, skills: str
) -> None:
    """`match` reads each role's skills from one text (``board_roles``): a level, an
    importance or an id that does not fit is damage found during the command."""
    args = [
        "match",
        "--skills",
        "python:3, statistics:2",
        "--catalog",
        str(mini_path),
        "-f",
        "json",
    ]
    before = run(*args)
    assert before.exit_code == 0, before.output
    _tamper(index_file(mini_path), f"UPDATE board_roles SET skills = '{skills}' WHERE pos = 0")
    noted = run("--debug", *args)
    assert noted.exit_code == 0, noted.output
    assert noted.stdout == before.stdout
    assert noted.stderr.startswith("careers: cache: ignored"), noted.stderr
