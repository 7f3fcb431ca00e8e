"""Faults: writers killed at any moment, full disks, read-only homes, closed outputs,
Ctrl-C, odd terminals, and bugs — never a traceback, never a half-written file."""

from __future__ import annotations

import errno
import hashlib
import os
import random
import select
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from careers_cli import catalogue, files, profile, store

from .conftest import ROOT, Run

pytestmark = pytest.mark.slow


def kill_at_random_moments(
    work: Callable[[int], None], check: Callable[[], None], times: int, seed: int
) -> None:
    """Fork a writer that loops on ``work``, SIGKILL it at a random moment, ``check``.

    Forking (not a new interpreter) lets the test kill hundreds of writers in seconds.
    Each writer says (on a pipe) when its first write is whole; the random moment is
    counted from then, so a busy machine that is slow to run the writer still sees it
    killed in the middle of its later writes, never before it has begun.
    """
    rng = random.Random(seed)
    for n in range(times):
        ready, told = os.pipe()
        pid = os.fork()
        if pid == 0:  # the writer
            try:
                os.close(ready)
                i = 0
                while True:
                    work(n * 10_000 + i)
                    if i == 0:
                        os.write(told, b"1")
                    i += 1
            finally:
                os._exit(0)
        os.close(told)
        try:
            readable, _, _ = select.select([ready], [], [], 300)
            first = os.read(ready, 1) if readable else b""
        finally:
            os.close(ready)
        if not first:  # (the writer failed, or no write in 5 minutes)
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            pytest.fail(f"writer {n} never finished a first write")
        time.sleep(rng.uniform(0.0, 0.02))  # the random moment: not a wait for anything
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        check()


def test_profile_survives_hundreds_of_kills(isolated_home: Path) -> None:
    index = catalogue.load(None)
    skills = sorted(index.skills.items)[:60]

    def work(i: int) -> None:
        # i = writer * 10_000 + write: the writer's number shifts the level, so that a
        # writer killed after its first write already leaves a level other than 1
        level = 1 + (i // 10_000 + i) % 5
        profile.update(index, lambda p: p.skills.update(dict.fromkeys(skills, level)))

    path = isolated_home / "profile.yaml"
    profile.update(index, lambda p: p.skills.update(dict.fromkeys(skills, 1)))
    seen_levels: set[int] = set()

    def check() -> None:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))  # never truncated or empty
        levels = set(data["skills"].values())
        assert set(data["skills"]) == set(skills)
        assert len(levels) == 1, levels  # one whole version, never a mix
        seen_levels.update(levels)
        loaded, _ = profile.read_profile(path, index)
        assert len(loaded.skills) == 60

    kill_at_random_moments(work, check, times=150, seed=7)
    assert len(seen_levels) > 1  # the writers really did get through some writes
    for leftover in isolated_home.glob(".profile.yaml.*.tmp"):  # a killed writer's temp file
        leftover.unlink()
    assert profile.load_saved(index) is not None


def test_index_survives_hundreds_of_kills(
    mini: dict[str, Any], write_catalogue: Callable[..., Path]
) -> None:
    # A small catalogue: its whole build (about 20 ms) fits in the 0-20 ms the writer is
    # given before it is killed, so the kills land anywhere in it, the rename included
    # (the bundled catalogue's build, ten times as long, was only ever killed early).
    path = str(write_catalogue(mini))
    fresh = catalogue.load(path, use_cache=False)
    loaded = catalogue.Loaded(fresh.path, fresh.catalogue, fresh.warnings)
    status = store.Status.of(path)
    assert status is not None
    sha256 = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    target = store.database_file(path)

    def work(i: int) -> None:
        store.build(loaded, status, sha256).conn.close()

    states: set[bool] = set()

    def check() -> None:
        if target.exists():  # looked at before a load, which would compile a bad one again
            found = store.open_index(path, status.size)
            assert found is not None and found.fresh(status)  # always a whole one
            found.conn.close()
        index = catalogue.load(path)  # from a whole index, or compiled again
        states.add(index.from_cache)
        assert index.catalogue == fresh.catalogue

    kill_at_random_moments(work, check, times=150, seed=11)
    assert True in states


def test_full_disk(run: Run, isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("profile", "add", "python:4").exit_code == 0
    before = (isolated_home / "profile.yaml").read_bytes()
    real_write = os.write

    def full(fd: int, data: Any) -> int:
        if fd > 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(files.os, "write", full)
    result = run("profile", "add", "sql:3")
    assert result.exit_code == 1
    assert "cannot write the profile" in result.stderr and "no space left" in result.stderr
    assert "Traceback" not in result.stderr
    assert (isolated_home / "profile.yaml").read_bytes() == before  # the old profile is intact
    assert not list(isolated_home.glob(".profile.yaml.*.tmp"))  # no temporary file left
    reading = run("match", "--top", "1", "--format", "json")  # reads still work
    assert reading.exit_code == 0, reading.output


def test_read_only_home(run: Run, isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run("profile", "add", "python:4")

    def read_only(*args: object, **kwargs: object) -> Any:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    result = run("profile", "add", "sql")
    assert result.exit_code == 1
    assert "read-only file system" in result.stderr and "Traceback" not in result.stderr
    assert run("profile", "show").exit_code == 0
    assert run("match", "--skills", "python", "--top", "1").exit_code == 0
    assert run("--no-cache", "list").exit_code == 0
    export = run("show", "data-scientist", "--export", str(isolated_home / "x.html"))
    assert export.exit_code == 1 and "read-only file system" in export.stderr


def careers(*args: str, env: dict[str, str] | None = None, **kwargs: Any) -> Any:
    return subprocess.Popen(
        [sys.executable, "-m", "careers_cli", *args], env={**os.environ, **(env or {})}, **kwargs
    )


def test_closed_stdout_ends_quietly(tmp_path: Path) -> None:
    env = {**os.environ, "CAREERS_HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "careers_cli", "list"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        preexec_fn=lambda: os.close(1),
    )
    assert proc.returncode == 141
    assert proc.stderr == ""
    saved = subprocess.run(
        [sys.executable, "-m", "careers_cli", "profile", "add", "python"],
        stderr=subprocess.PIPE,
        env=env,
        text=True,
        preexec_fn=lambda: os.close(1),
    )
    assert saved.returncode == 0  # it printed nothing on stdout; the profile was saved
    assert (tmp_path / "profile.yaml").exists()


def _reading_stdin(pid: int) -> bool:
    """Whether a process is blocked reading its standard input (a pipe), from /proc."""
    try:
        wchan = Path(f"/proc/{pid}/wchan").read_text()
        call = Path(f"/proc/{pid}/syscall").read_text().split()
    except OSError:
        return False
    # read(0, ...): syscall 0 on x86-64, 63 on arm64; or the kernel's pipe-read wait
    return "pipe_read" in wchan or (call[:1] in (["0"], ["63"]) and call[1:2] == ["0x0"])


def _wait_until(ready: Callable[[], bool], proc: Any, what: str, timeout: float = 300) -> None:
    """Poll ``ready`` until it holds (the process must still be running), else fail."""
    deadline = time.monotonic() + timeout
    while not ready():
        assert proc.poll() is None, f"the command ended before {what}"
        assert time.monotonic() < deadline, f"no sign of {what} in {timeout:g} s"
        time.sleep(0.01)


def _pty_text(master: int, until: bytes | None, timeout: float = 300) -> bytes:
    """What a process writes on a terminal, read until ``until`` appears (None: until
    the process has closed it)."""
    got = b""
    deadline = time.monotonic() + timeout
    while until is None or until not in got:
        assert time.monotonic() < deadline, f"no {until!r} on stderr in {timeout:g} s: {got!r}"
        readable, _, _ = select.select([master], [], [], 1)
        if not readable:
            continue
        try:
            chunk = os.read(master, 4096)
        except OSError:  # EIO: the process has closed the terminal
            chunk = b""
        if not chunk:
            break
        got += chunk
    return got


def test_ctrl_c_exits_130_without_traceback(tmp_path: Path) -> None:
    """Ctrl-C while a command waits for input and while it loads a large catalogue. The
    signal is sent once the command is there: blocked reading stdin (seen in /proc), and
    past the start of the first read, which says so on a terminal's stderr."""
    import pty

    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate

    big = tmp_path / "big.yaml"
    big.write_text(generate(1500, 3000), encoding="utf-8")  # a cold load of seconds
    env = {"CAREERS_HOME": str(tmp_path / "home"), "CAREERS_CACHE_DIR": str(tmp_path / "cache")}
    waiting = careers(
        "profile", "from-text", "-", env=env, stdin=subprocess.PIPE, stderr=subprocess.PIPE
    )
    _wait_until(lambda: _reading_stdin(waiting.pid), waiting, "the read of stdin")
    waiting.send_signal(signal.SIGINT)
    _, err = waiting.communicate(timeout=300)
    assert (waiting.returncode, err.decode()) == (130, "interrupted\n")

    master, terminal = pty.openpty()
    loading = careers("rank", "--catalog", str(big), env={**env, "COLUMNS": "200"},
                      stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=terminal)  # fmt: skip
    os.close(terminal)
    try:
        said = _pty_text(master, b"big.yaml")  # the first-read note: it is loading
        assert loading.poll() is None, said
        loading.send_signal(signal.SIGINT)
        said += _pty_text(master, None)
        assert loading.wait(timeout=300) == 130, said
    finally:
        os.close(master)
    text = said.decode()
    assert text.endswith("interrupted\r\n") and "Traceback" not in text, text
    assert not list((tmp_path / "home").rglob("*.tmp"))
    assert not list((tmp_path / "cache").rglob("*.tmp"))


def test_ctrl_c_while_the_command_line_is_imported(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl-C before the error handler exists (while Python imports the command line)."""
    import importlib.abc

    from careers_cli import entry

    class Interrupt(importlib.abc.MetaPathFinder):
        def find_spec(self, name: str, *args: object) -> None:
            if name.startswith("careers_cli.cli"):
                raise KeyboardInterrupt
            return None

    for name in [m for m in sys.modules if m.startswith("careers_cli.cli")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(sys, "meta_path", [Interrupt(), *sys.meta_path])
    with pytest.raises(SystemExit) as exited:
        entry.main()
    assert exited.value.code == 130
    assert capsys.readouterr().err == "interrupted\n"


@pytest.mark.parametrize(
    "env",
    [
        {"TERM": "dumb", "COLUMNS": "20"},
        {"LANG": "C", "LC_ALL": "C"},
        {"PYTHONIOENCODING": "ascii", "COLUMNS": "20"},
    ],
)
def test_odd_terminals(env: dict[str, str], tmp_path: Path) -> None:
    full_env = {**os.environ, "CAREERS_HOME": str(tmp_path), **env}
    for args in (
        ["list", "--lang", "fr"],
        ["show", "ingénieur ml", "--lang", "fr"],
        ["rank"],
        ["compare", "data-scientist", "data-analyst"],
        ["match", "--skills", "python"],
    ):
        proc = subprocess.run(
            [sys.executable, "-m", "careers_cli", *args], capture_output=True, env=full_env
        )
        assert proc.returncode == 0, proc.stderr
        assert b"Traceback" not in proc.stderr
        assert b"\x1b[" not in proc.stdout


def test_internal_error_is_one_line_and_a_log(
    run: Run, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from careers_cli import explore

    def broken(*args: object, **kwargs: object) -> Any:
        raise ZeroDivisionError("simulated bug")

    monkeypatch.setattr(explore, "select_roles", broken)
    result = run("list")
    assert result.exit_code == 70
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("error: internal error (ZeroDivisionError: simulated bug)")
    assert "Traceback" not in result.stderr
    log = isolated_home / "last-error.log"
    assert str(log) in result.stderr and "Traceback" in log.read_text(encoding="utf-8")
    debug = run("--debug", "list")
    assert debug.exit_code == 70
    assert "Traceback" in debug.stderr and "ZeroDivisionError" in debug.stderr
