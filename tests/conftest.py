"""Shared fixtures: an isolated home, a CLI runner, and a small valid catalogue."""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import settings
from typer.testing import CliRunner

from careers_cli.cli import app

ROOT = Path(__file__).resolve().parent.parent


class RealHome(tuple[Path, Path, float]):
    """The user's real careers directory and cache directory, and when the run began."""


real_home_key = pytest.StashKey[RealHome]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-snapshots",
        action="store_true",
        help="Rewrite the table snapshots in tests/snapshots (after a deliberate change).",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Point every careers directory at a temporary one before any test module is
    imported: a module-level ``catalogue.load(None)`` must not write the real cache."""
    from careers_cli import cache, files

    real = RealHome((files.user_dir(), cache.cache_dir(), time.time()))
    config.stash[real_home_key] = real
    session_home = Path(tempfile.mkdtemp(prefix="careers-tests-"))
    os.environ["CAREERS_HOME"] = str(session_home)
    os.environ["XDG_CACHE_HOME"] = str(session_home / "xdg-cache")
    os.environ["XDG_CONFIG_HOME"] = str(session_home / "xdg-config")
    os.environ.pop("CAREERS_CACHE_DIR", None)


def written_since(real: RealHome) -> list[Path]:
    """Files of this checkout written in the real careers or cache directory since ``real``
    was taken (the cache directory is shared with other checkouts: only our files count)."""
    from careers_cli.catalogue import bundled_path
    from careers_cli.store import database_file

    user_dir, cache_dir, started = real
    ours = {database_file(str(bundled_path())).name}
    found = [p for p in user_dir.rglob("*") if p.is_file()] if user_dir.is_dir() else []
    if cache_dir.is_dir():
        found += [p for p in cache_dir.iterdir() if p.name in ours]
    return [p for p in found if p.stat().st_mtime >= started]


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    real = session.config.stash.get(real_home_key, None)
    touched = written_since(real) if real is not None else []
    if touched:
        print(f"\nthe test run wrote in the real home: {touched}")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


# Property tests stay short in CI; HYPOTHESIS_PROFILE=thorough runs many more examples.
settings.register_profile("ci", max_examples=40, deadline=None)
settings.register_profile("thorough", max_examples=2000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """No test reads or writes the real user directory, or depends on the caller's locale."""
    home = tmp_path_factory.mktemp("careers-home")
    monkeypatch.setenv("CAREERS_HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "xdg-cache"))
    for var in (
        "CAREERS_CATALOG",
        "CAREERS_MAX_SIZE",
        "CAREERS_DEBUG",
        "LC_ALL",
        "LC_MESSAGES",
        "NO_COLOR",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("COLUMNS", "100")
    return home


class Run:
    """Invoke the CLI in-process, with stdout and stderr kept apart."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(
        self, *args: str, input: str | None = None, env: dict[str, str] | None = None
    ) -> Any:
        return self.runner.invoke(app, list(args), input=input, env=env, prog_name="careers")


@pytest.fixture
def run() -> Run:
    return Run()


MINI: dict[str, Any] = {
    "schema_version": 1,
    "sources": [
        {
            "id": "src",
            "title": "A survey",
            "publisher": "Someone",
            "short": "Survey 2024",
            "kind": "survey",
            "year": 2024,
            "address": "https://example.org/survey",
        },
    ],
    "families": [
        {
            "id": "fam",
            "name": {"en": "Family", "fr": "Famille"},
            "description": {"en": "A family", "fr": "Une famille"},
        },
    ],
    "skills": [
        {
            "id": "python",
            "name": {"en": "Python", "fr": "Python"},
            "category": "programming",
            "aliases": ["py"],
        },
        {
            "id": "statistics",
            "name": {"en": "Statistics", "fr": "Statistiques"},
            "category": "math-statistics",
            "aliases": ["stats"],
        },
        {
            "id": "machine-learning",
            "name": {"en": "Machine learning", "fr": "Apprentissage automatique"},
            "category": "ai-methods",
            "prerequisites": ["python", "statistics"],
            "related": [{"skill": "statistics", "weight": 0.3}],
        },
        {
            "id": "pytorch",
            "name": {"en": "PyTorch", "fr": "PyTorch"},
            "category": "framework",
            "prerequisites": ["machine-learning"],
        },
    ],
    "applications": [
        {
            "id": "app",
            "name": {"en": "Fraud detection", "fr": "Détection de fraude"},
            "description": {"en": "Finding fraud", "fr": "Trouver la fraude"},
        },
    ],
    "roles": [
        {
            "id": "data-scientist",
            "name": {"en": "Data scientist", "fr": "Scientifique des données"},
            "family": "fam",
            "summary": {"en": "Explores data.", "fr": "Explore les données."},
            "missions": {"en": ["Model data"], "fr": ["Modéliser les données"]},
            "skills": [
                {"skill": "python", "importance": "essential", "level": 4},
                {"skill": "statistics", "importance": "essential", "level": 4},
                {"skill": "machine-learning", "importance": "optional", "level": 3},
            ],
            "tools": ["pytorch"],
            "applications": ["app"],
            "education": {"degree": "master", "phd_common": False},
            "salaries": [
                {
                    "region": "US",
                    "currency": "USD",
                    "period": "annual",
                    "pay": "gross",
                    "experience": "all",
                    "year": 2025,
                    "p10": 60000,
                    "median": 100000,
                    "p90": 150000,
                    "source": "src",
                    "measure": {"en": "Annual wage", "fr": "Salaire annuel"},
                },
                {
                    "region": "FR",
                    "currency": "EUR",
                    "period": "annual",
                    "pay": "gross",
                    "experience": "mid",
                    "year": 2024,
                    "low": 45000,
                    "high": 60000,
                    "source": "src",
                    "measure": {"en": "Range", "fr": "Fourchette"},
                },
            ],
            "related": ["ml-engineer"],
        },
        {
            "id": "ml-engineer",
            "name": {"en": "ML engineer", "fr": "Ingénieur ML"},
            "aliases": ["mle"],
            "family": "fam",
            "summary": {"en": "Builds models.", "fr": "Construit des modèles."},
            "missions": {"en": ["Ship models"], "fr": ["Livrer des modèles"]},
            "skills": [
                {"skill": "python", "importance": "essential", "level": 5},
                {"skill": "machine-learning", "importance": "essential", "level": 4},
                {"skill": "pytorch", "importance": "optional", "level": 3},
            ],
            "education": {"degree": "master", "phd_common": False},
            "salary_note": {"en": "No figure yet.", "fr": "Pas encore de chiffre."},
        },
    ],
}


@pytest.fixture
def mini() -> dict[str, Any]:
    """A deep copy of a small valid catalogue, to change in a test."""
    return copy.deepcopy(MINI)


@pytest.fixture
def write_catalogue(tmp_path: Path) -> Callable[..., Path]:
    """Write a catalogue (a dict, dumped as YAML, or text as it is) to a file."""

    def write(data: dict[str, Any] | str, name: str = "roles.yaml") -> Path:
        path = tmp_path / name
        text = (
            data
            if isinstance(data, str)
            else yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        )
        path.write_text(text, encoding="utf-8")
        return path

    return write


def imported(args: list[str], home: Path) -> set[str]:
    """The modules a run of careers imports (``-X importtime``), with this user home."""
    env = {**os.environ, "CAREERS_HOME": str(home)}
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "careers_cli", *args],
        capture_output=True,
        text=True,
        env=env,
    )
    assert proc.returncode == 0, proc.stderr
    return {line.split("|")[-1].strip() for line in proc.stderr.splitlines() if "|" in line}
