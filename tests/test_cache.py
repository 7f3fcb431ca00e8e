"""The compiled index (careers_cli.store): hits, misses, staleness, corruption, foreign
files, unwritable places, races, and a warm start that imports neither PyYAML nor the
validator."""

from __future__ import annotations

import hashlib
import io
import itertools
import os
import sqlite3
import subprocess
import sys
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from careers_cli import catalogue, files, store
from careers_cli.stored import StoredIndex

from .conftest import ROOT, Run, imported


@pytest.fixture
def mini_path(mini: dict[str, Any], write_catalogue: Callable[..., Path]) -> Path:
    return write_catalogue(mini)


def index_file(path: Path) -> Path:
    return store.database_file(str(path))


def tamper(path: Path, *statements: str) -> None:
    """Change a compiled index in place (as a damaged disk or a forger would)."""
    conn = sqlite3.connect(index_file(path))
    with conn:
        for sql in statements:
            conn.execute(sql)
    conn.close()


def test_miss_then_hit(mini_path: Path) -> None:
    first = catalogue.load(str(mini_path))
    assert not first.from_cache
    assert index_file(mini_path).exists()
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


def test_same_size_and_time_but_a_new_file_is_stale(mini_path: Path) -> None:
    catalogue.load(str(mini_path))
    info = mini_path.stat()
    text = mini_path.read_text(encoding="utf-8").replace("Explores data.", "Explores DATA.")
    fresh = mini_path.with_name("saved.tmp")
    fresh.write_text(text, encoding="utf-8")
    os.utime(fresh, ns=(info.st_atime_ns, info.st_mtime_ns))  # size and mtime unchanged
    fresh.replace(mini_path)  # saved as editors save: a new file (a new inode)
    reloaded = catalogue.load(str(mini_path))
    assert not reloaded.from_cache  # the status differed, and the content hash caught it
    assert reloaded.roles.items["data-scientist"].summary.en == "Explores DATA."


def test_a_touched_catalogue_keeps_its_index_and_records_the_new_time(
    mini_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalogue.load(str(mini_path))
    os.utime(mini_path, ns=(1_000_000_000, 1_000_000_000))  # same bytes, another time
    again = catalogue.load(str(mini_path))
    assert again.from_cache  # the hash matched: not compiled again
    assert again.roles.get("mle").id == "ml-engineer"

    def no_read(*args: Any, **kwargs: Any) -> bytes:
        raise AssertionError("a fresh index must not read the catalogue")

    monkeypatch.setattr(files, "read_bytes", no_read)
    third = catalogue.load(str(mini_path))  # the new status was recorded: trusted by it
    assert third.from_cache and third.skills.get("Statistiques").id == "statistics"


@pytest.mark.parametrize(
    "garbage",
    [b"", b"{not json", b"SQLite format 3\x00" + b"\x00" * 200, b"\x00\xff" * 3000],
)
def test_corrupt_index_is_ignored_and_rebuilt(mini_path: Path, garbage: bytes) -> None:
    catalogue.load(str(mini_path))
    index_file(mini_path).write_bytes(garbage)
    again = catalogue.load(str(mini_path))
    assert not again.from_cache
    assert again.roles.items["data-scientist"].id == "data-scientist"
    assert catalogue.load(str(mini_path)).from_cache  # rebuilt


@pytest.mark.parametrize(
    "edit",
    [
        "PRAGMA application_id = 1",  # another program's database
        "PRAGMA user_version = 999",  # another schema of ours
        "UPDATE meta SET value = '0' WHERE key = 'schema'",
        "UPDATE meta SET value = '\"0.0.1\"' WHERE key = 'careers'",
        "UPDATE meta SET value = '\"/elsewhere.yaml\"' WHERE key = 'path'",
        "DELETE FROM meta WHERE key = 'warnings'",
        "UPDATE meta SET value = '[[1]]' WHERE key = 'warnings'",
    ],
)
def test_a_foreign_or_other_version_index_is_rebuilt(mini_path: Path, edit: str) -> None:
    catalogue.load(str(mini_path))
    tamper(mini_path, edit)
    again = catalogue.load(str(mini_path))
    assert not again.from_cache
    assert again.roles.get("mle").id == "ml-engineer"
    assert catalogue.load(str(mini_path)).from_cache


def test_two_catalogues_whose_index_names_meet_never_share_an_index(
    mini: dict[str, Any], write_catalogue: Callable[..., Path], tmp_path: Path
) -> None:
    """The index file is named by a CRC-32 of the catalogue's real path, so two paths can
    meet on one name (two are found here by a birthday search); each catalogue is still
    answered from an index compiled from it, never from the other's (same size and time:
    only the real path and inode recorded in the index tell them apart)."""
    base = os.path.realpath(tmp_path)
    seen: dict[int, str] = {}
    # Folder names that look random: CRC-32 is linear, so names that differ only in a
    # counter ("c1", "c2", ...) can take tens of millions of tries to meet, where random
    # ones meet after about 80,000 (the birthday bound of 32 bits).
    for i in itertools.count():
        name = f"{hashlib.sha256(str(i).encode()).hexdigest()[:12]}/roles.yaml"
        key = zlib.crc32(f"{base}/{name}".encode())
        if key in seen:
            names = [seen[key], name]
            break
        seen[key] = name
    titles = ["First wizard", "Other wizard"]  # the same size, and the same time below
    paths = []
    for name, title in zip(names, titles, strict=True):
        (tmp_path / name).parent.mkdir()
        mini["roles"][0]["name"]["en"] = title
        paths.append(str(write_catalogue(mini, name)))
        os.utime(paths[-1], ns=(1_000_000_000, 1_000_000_000))
    assert store.database_file(paths[0]) == store.database_file(paths[1])
    for path, title in [*zip(paths, titles, strict=True)] * 2:
        index = catalogue.load(path)
        assert not index.from_cache  # the index there was compiled from the other one
        assert index.roles.items["data-scientist"].name.en == title
    assert catalogue.load(paths[1]).from_cache


@pytest.mark.parametrize(
    "edit",
    [
        "UPDATE roles SET record = '[\"truncated\"]'",  # its checksum no longer fits
        "UPDATE roles SET record = '[\"truncated\"]', crc = 1388644572",  # a fitting one
        "DROP TABLE links",
        "UPDATE keys SET id = 'no-such-role' WHERE id = 'ml-engineer'",
    ],
)
def test_a_damaged_index_is_compiled_again_during_the_command(mini_path: Path, edit: str) -> None:
    import zlib

    assert zlib.crc32(b'["truncated"]') == 1388644572
    catalogue.load(str(mini_path))
    tamper(mini_path, edit)
    again = catalogue.load(str(mini_path))
    assert again.from_cache  # it opened well: the damage is found when read
    assert again.roles.get("Ingénieur ML").id == "ml-engineer"
    assert again.roles_by_skill["python"]
    assert len(again.catalogue.roles) == 2
    assert catalogue.load(str(mini_path)).roles.items["data-scientist"].name.en


def test_unwritable_cache_directory_still_works(
    mini_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Run
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    monkeypatch.setenv("CAREERS_CACHE_DIR", str(blocker / "cache"))
    index = catalogue.load(str(mini_path))
    assert not index.from_cache and len(index.catalogue.roles) == 2
    assert isinstance(index, StoredIndex) and index.store.in_memory
    assert index.roles.get("mle").id == "ml-engineer"
    env = {"CAREERS_CACHE_DIR": str(blocker / "cache")}
    args = ("list", "--catalog", str(mini_path), "--format", "json")
    result = run(*args, env=env)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    noted = run("--debug", *args, env=env)
    assert noted.exit_code == 0, noted.output
    assert "using one in memory for this run" in noted.stderr


def test_no_cache_option_neither_reads_nor_writes(run: Run, mini_path: Path) -> None:
    assert run("--no-cache", "list", "--catalog", str(mini_path)).exit_code == 0
    assert not index_file(mini_path).exists()
    assert run("list", "--catalog", str(mini_path), env={"CAREERS_NO_CACHE": "1"}).exit_code == 0
    assert not index_file(mini_path).exists()


def test_an_index_file_cannot_run_code(mini_path: Path, tmp_path: Path) -> None:
    catalogue.load(str(mini_path))
    target = index_file(mini_path)
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
        index_file(mini_path).unlink(missing_ok=True)
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
    assert not list(index_file(mini_path).parent.glob(".*.tmp"))


def test_warm_list_imports_neither_yaml_nor_the_validator(isolated_home: Path) -> None:
    """Nor hashlib (OpenSSL): only a catalogue whose file status changed is hashed."""
    cold = imported(["list"], isolated_home)
    assert "yaml" in cold and "careers_cli.validate" in cold and "hashlib" in cold
    warm = imported(["list"], isolated_home)
    assert "yaml" not in warm and "hashlib" not in warm
    assert "careers_cli.validate" not in warm and "careers_cli.yamlsafe" not in warm
    for quick in (["--version"], ["--help"]):  # neither the core nor Rich at start-up
        modules = imported(quick, isolated_home)
        assert "careers_cli.catalogue" not in modules and "rich.console" not in modules
        assert "careers_cli.model" not in modules


def test_show_of_an_installed_catalogue_imports_no_matching(
    isolated_home: Path, mini: dict[str, Any]
) -> None:
    """A catalogue named by its installed name is found in the user directory without
    the profile module, which imports the matching engine (17 ms of a warm `show`)."""
    import yaml

    (isolated_home / "catalogues").mkdir()
    (isolated_home / "catalogues" / "mini.yaml").write_text(yaml.safe_dump(mini), "utf-8")
    args = ["show", "data-scientist", "--catalog", "mini"]
    imported(args, isolated_home)  # compiles the index
    modules = imported(args, isolated_home)
    assert "careers_cli.files" in modules and "careers_cli.store" in modules
    assert "careers_cli.profile" not in modules and "careers_cli.matching" not in modules


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


def test_commands_read_only_what_they_show() -> None:
    from careers_cli import explore, matching
    from careers_cli.choices import Format, Lang
    from careers_cli.render import render_text
    from careers_cli.views.roles import ShowView

    catalogue.load(None)
    index = catalogue.load(None)
    assert isinstance(index, StoredIndex) and index.from_cache
    render_text(ShowView(index, index.roles.get("ingénieur ml")), Format.JSON, Lang.EN)
    explore.skill_report(index, "python")
    explore.search(index, "python pipelines")
    levels = {"python": 4, "sql": 3}
    matching.gap(index, index.roles.get("data-scientist"), levels)
    matching.similar(index, "data-scientist")
    matching.match(index, levels, matching.MatchOptions(top=5))
    assert "catalogue" not in vars(index)  # the whole catalogue was never decoded
    decoded = len(index.skills.items._seen)
    assert 0 < decoded < len(index.skills.items)  # nor every skill
    explore.list_roles(index)
    assert "catalogue" not in vars(index)  # list reads the roles, not the taxonomy


@pytest.mark.parametrize(
    "edit",
    [
        "DROP TABLE role_weight",
        "DELETE FROM role_weight WHERE role = 'ml-engineer'",  # a role without its weight
        "UPDATE role_weight SET total = 'x'",
        "UPDATE links SET importance = 7",  # not an importance
        "DROP TABLE role_related",
    ],
)
def test_damaged_neighbour_tables_are_compiled_again(mini_path: Path, edit: str) -> None:
    """`path` and `similar` read the link and role-weight tables directly: damage found
    there compiles the index again, and they answer as before."""
    from careers_cli import matching

    def answers(index: catalogue.Index) -> tuple[object, ...]:
        chain = matching.path(index, "ml-engineer", "data-scientist", 0.01)
        near = matching.similar(index, "ml-engineer")
        return [(s.role.id, s.overlap) for s in chain], [(n.role.id, n.overlap) for n in near[1]]

    expected = answers(catalogue.load(str(mini_path)))
    tamper(mini_path, edit)
    again = catalogue.load(str(mini_path))
    assert again.from_cache
    assert answers(again) == expected
    assert answers(catalogue.load(str(mini_path), use_cache=False)) == expected
