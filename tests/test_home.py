"""The test run never writes in the user's real careers directory or cache."""

from __future__ import annotations

import pytest

from careers_cli import cache, catalogue, files

from .conftest import Run, real_home_key, written_since


def test_the_real_home_is_untouched(pytestconfig: pytest.Config, run: Run) -> None:
    real = pytestconfig.stash[real_home_key]
    user_dir, cache_dir, _ = real
    assert files.user_dir() != user_dir and cache.cache_dir() != cache_dir
    saved = run("profile", "add", "python:4")  # writes a profile, and the cache
    assert saved.exit_code == 0, saved.output
    catalogue.load(None)
    # Module-level loads in other test files ran at collection, before any fixture.
    assert written_since(real) == []
