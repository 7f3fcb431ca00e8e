"""The catalogue cache: hits, misses, staleness, corruption, unwritable places, races,
and a warm start that imports neither PyYAML nor the validator."""

from __future__ import annotations

import hashlib
import io
import json
import os
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


def test_miss_then_hit(mini_path: Path) -> None:
    first = catalogue.load(str(mini_path))
    assert not first.from_cache
    assert cache.cache_file(str(mini_path)).exists()
    assert cache.lookups_file(str(mini_path)).exists()
    second = catalogue.load(str(mini_path))
    assert second.from_cache
    assert second.catalogue == first.catalogue  # the same objects as a fresh parse
    assert second.roles.get("mle").id == "ml-engineer"  # names from the cached tables
    assert second.skills.get("Statistiques").id == "statistics"


def test_bundled_catalogue_round_trips_exactly() -> None:
    fresh = catalogue.load(None, use_cache=False)
    catalogue.load(None)
    cached = catalogue.load(None)
    assert cached.from_cache
    assert cached.catalogue == fresh.catalogue
    assert [w.message for w in cached.warnings] == [w.message for w in fresh.warnings]


def test_an_edit_makes_the_cache_stale(
    mini: dict[str, Any], mini_path: Path, write_catalogue: Callable[..., Path]
) -> None:
    catalogue.load(str(mini_path))
    mini["roles"][0]["name"]["en"] = "Data wizard"
    write_catalogue(mini)  # same path, new content
    reloaded = catalogue.load(str(mini_path))
    assert not reloaded.from_cache
    assert reloaded.roles.items["data-scientist"].name.en == "Data wizard"


def test_same_size_and_time_but_other_bytes_is_stale(mini_path: Path) -> None:
    catalogue.load(str(mini_path))
    info = mini_path.stat()
    text = mini_path.read_text(encoding="utf-8").replace("Explores data.", "Explores DATA.")
    mini_path.write_text(text, encoding="utf-8")
    os.utime(mini_path, ns=(info.st_atime_ns, info.st_mtime_ns))  # size and mtime unchanged
    reloaded = catalogue.load(str(mini_path))
    assert not reloaded.from_cache  # the content hash caught it
    assert reloaded.roles.items["data-scientist"].summary.en == "Explores DATA."


@pytest.mark.parametrize(
    "garbage",
    [
        b"",
        b"{not json",
        b"[]",
        b'{"format": 2}',
        b"\x00\xff" * 100,
        json.dumps({"format": 999}).encode(),
    ],
)
def test_corrupt_cache_is_ignored_and_rebuilt(mini_path: Path, garbage: bytes) -> None:
    catalogue.load(str(mini_path))
    target = cache.cache_file(str(mini_path))
    target.write_bytes(garbage)
    again = catalogue.load(str(mini_path))
    assert not again.from_cache
    assert again.roles.items["data-scientist"].id == "data-scientist"
    assert catalogue.load(str(mini_path)).from_cache  # rebuilt


def test_matching_header_but_broken_body_is_ignored(mini_path: Path) -> None:
    catalogue.load(str(mini_path))
    target = cache.cache_file(str(mini_path))
    data = target.read_bytes()
    cut = data.rfind(b"\n")
    entry, trailer = json.loads(data[:cut]), json.loads(data[cut + 1 :])
    entry["catalogue"][4] = [["truncated"]]  # roles
    body = json.dumps(entry).encode()
    trailer["body_sha256"] = hashlib.sha256(body).hexdigest()  # a checksum that fits
    target.write_bytes(body + b"\n" + json.dumps(trailer).encode())
    again = catalogue.load(str(mini_path))
    assert not again.from_cache
    assert len(again.catalogue.roles) == 2


def test_corrupt_lookups_fall_back_to_computing_them(mini_path: Path) -> None:
    catalogue.load(str(mini_path))
    cache.lookups_file(str(mini_path)).write_text("{broken")
    index = catalogue.load(str(mini_path))
    assert index.from_cache
    assert index.roles.get("Ingénieur ML").id == "ml-engineer"


def test_unwritable_cache_directory_still_works(
    mini_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Run
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("CAREERS_CACHE_DIR", str(blocker / "cache"))
    index = catalogue.load(str(mini_path))
    assert not index.from_cache and len(index.catalogue.roles) == 2
    result = run(
        "list",
        "--catalog",
        str(mini_path),
        "--format",
        "json",
        env={"CAREERS_CACHE_DIR": str(blocker / "cache")},
    )
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def test_no_cache_option_neither_reads_nor_writes(run: Run, mini_path: Path) -> None:
    assert run("--no-cache", "list", "--catalog", str(mini_path)).exit_code == 0
    assert not cache.cache_file(str(mini_path)).exists()
    assert run("list", "--catalog", str(mini_path), env={"CAREERS_NO_CACHE": "1"}).exit_code == 0
    assert not cache.cache_file(str(mini_path)).exists()


def test_a_cache_file_cannot_run_code(mini_path: Path, tmp_path: Path) -> None:
    catalogue.load(str(mini_path))
    target = cache.cache_file(str(mini_path))
    marker = tmp_path / "ran"
    target.write_bytes(b"cos\nsystem\n(S'touch " + str(marker).encode() + b"'\ntR.")  # a pickle
    assert not catalogue.load(str(mini_path)).from_cache
    assert not marker.exists()


@pytest.mark.slow
def test_two_processes_at_once(mini_path: Path, isolated_home: Path) -> None:
    env = {**os.environ, "CAREERS_HOME": str(isolated_home), "PYTHONPATH": str(ROOT)}
    code = (
        "import sys; from careers_cli import catalogue; "
        "i = catalogue.load(sys.argv[1]); print(len(i.catalogue.roles))"
    )
    for _ in range(5):
        cache.cache_file(str(mini_path)).unlink(missing_ok=True)
        procs = [
            subprocess.Popen(
                [sys.executable, "-c", code, str(mini_path)],
                env=env,
                stdout=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        outputs = [p.communicate(timeout=60)[0].strip() for p in procs]
        assert outputs == ["2", "2"]
        assert all(p.returncode == 0 for p in procs)
        assert catalogue.load(str(mini_path)).from_cache  # one whole file was left
    assert not list(cache.cache_dir().glob(".*.tmp"))


def _imported(args: list[str], home: Path) -> set[str]:
    env = {**os.environ, "CAREERS_HOME": str(home)}
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "careers_cli", *args],
        capture_output=True,
        text=True,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    return {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if "|" in line}


def test_warm_list_imports_neither_yaml_nor_the_validator(isolated_home: Path) -> None:
    cold = _imported(["list"], isolated_home)
    assert "yaml" in cold and "careers_cli.validate" in cold
    warm = _imported(["list"], isolated_home)
    assert "yaml" not in warm
    assert "careers_cli.validate" not in warm and "careers_cli.yamlsafe" not in warm
    for quick in (["--version"], ["--help"]):  # neither the core nor Rich at start-up
        imported = _imported(quick, isolated_home)
        assert "careers_cli.catalogue" not in imported and "rich.console" not in imported
        assert "careers_cli.model" not in imported


def test_progress_shows_only_on_a_terminal_and_only_when_slow(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    screen = Terminal()
    monkeypatch.setattr(sys, "stderr", screen)
    with catalogue.progress("roles.yaml", 12_000_000, delay=0.05):
        time.sleep(0.4)
    assert "reading roles.yaml (12.0 MB)" in screen.getvalue()
    quick = Terminal()
    monkeypatch.setattr(sys, "stderr", quick)
    with catalogue.progress("roles.yaml", 12_000_000, delay=0.5):
        pass
    assert quick.getvalue() == ""
    piped = io.StringIO()
    monkeypatch.setattr(sys, "stderr", piped)
    with catalogue.progress("roles.yaml", 12_000_000, delay=0.0):
        time.sleep(0.3)
    assert piped.getvalue() == ""


def test_a_load_leaves_the_garbage_collector_as_it_found_it(mini_path: Path) -> None:
    import gc

    catalogue.load(str(mini_path))
    assert catalogue.load(str(mini_path)).from_cache and gc.isenabled()
    gc.disable()
    try:
        catalogue.load(str(mini_path))
        assert not gc.isenabled()
    finally:
        gc.enable()
