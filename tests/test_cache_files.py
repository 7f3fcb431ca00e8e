"""The files the index leaves in the cache directory (issue 16): an index honours the
umask like any file the tool creates, and the cache files of earlier versions (the JSON
cache, the index files named by a SHA-256) are removed, those alone (exactly their names,
regular files only, never through a link)."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from careers_cli import catalogue, store

OLD = "catalogue-0123456789abcdef01234567"  # 24 hex digits, as earlier versions named them


@pytest.fixture
def mini_path(mini: dict[str, Any], write_catalogue: Callable[..., Path]) -> Path:
    return write_catalogue(mini)


@pytest.fixture
def umask_of() -> Iterator[Callable[[int], None]]:
    """Set the process's umask for one test (put back after)."""
    before = os.umask(0o022)
    os.umask(before)
    yield os.umask
    os.umask(before)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002])
def test_an_index_honours_the_umask(
    mini_path: Path, umask_of: Callable[[int], None], mask: int
) -> None:
    umask_of(mask)
    catalogue.load(str(mini_path))
    target = store.database_file(str(mini_path))
    assert mode(target) == 0o666 & ~mask
    # a touched catalogue: the index is copied with its new file status, same mode
    before = target.stat().st_ino
    os.utime(mini_path, ns=(1_000_000_000, 1_000_000_000))
    assert catalogue.load(str(mini_path)).from_cache
    assert target.stat().st_ino != before
    assert mode(target) == 0o666 & ~mask


def test_the_old_cache_files_are_removed(mini_path: Path) -> None:
    directory = store.database_file(str(mini_path)).parent
    directory.mkdir(parents=True, exist_ok=True)
    ours = [directory / f"{OLD}{end}" for end in (".json", ".lookups.json", ".sqlite")]
    for path in ours:
        path.write_text("{}")
    catalogue.load(str(mini_path))
    assert [p for p in ours if p.exists()] == []
    assert store.database_file(str(mini_path)).exists()


def test_nothing_else_is_removed(mini_path: Path, tmp_path: Path) -> None:
    directory = store.database_file(str(mini_path)).parent
    directory.mkdir(parents=True, exist_ok=True)
    foreign = [
        f"{OLD}.json.bak",
        f"{OLD}.jsonl",
        f"x{OLD}.json",
        f"{OLD[:-1]}.json",  # 23 digits
        f"{OLD}0.json",  # 25 digits
        f"{OLD.upper().replace('CATALOGUE', 'catalogue')}.json",  # capitals: not hexdigest
        f"{OLD}.other.json",
        "notes.json",
        "catalogue-.json",
        f"{OLD}.sqlite-journal",
        f"{OLD[:-1]}.sqlite",  # 23 digits
        "catalogue-roles-0123abcd.sqlite",  # another catalogue's index, named as now
    ]
    for name in foreign:
        (directory / name).write_text("mine")
    folder = directory / f"{OLD[:-2]}ff.json"  # the right name, but a folder
    folder.mkdir()
    (folder / "inside").write_text("mine")
    outside = tmp_path / "elsewhere.json"
    outside.write_text("mine")
    link = directory / f"{OLD[:-2]}ee.json"  # the right name, but a link
    link.symlink_to(outside)
    catalogue.load(str(mini_path))
    index = store.database_file(str(mini_path)).name
    assert sorted(p.name for p in directory.iterdir() if p.name != index) == sorted(
        [*foreign, folder.name, link.name]
    )
    assert all((directory / name).read_text() == "mine" for name in foreign)
    assert (folder / "inside").read_text() == "mine"
    assert link.is_symlink() and outside.read_text() == "mine"
