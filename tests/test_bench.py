"""The benchmark script runs (at a tiny size: timings are not tested, only that it works)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


def test_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "CAREERS_CATALOG"}
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--quick", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    results = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    labels = [row["command"] for row in results["startup"]]
    assert labels[2:] == ["list", "--version", "--help"]
    ratios = {row["command"]: row["floor"] for row in results["startup"] if "floor" in row}
    assert ratios == {
        "list": "floor: import typer, rich.console, rich.table",
        "--version": "floor: import typer",
        "--help": "floor: import typer",
    }
    assert all(row["median_s"] > 0 and row["peak_rss_mib"] > 0 for row in results["startup"])
    (size,) = results["sizes"]
    commands = [row["command"] for row in size["rows"]]
    for name in ("show", "match", "gap", "rank"):
        assert f"{name} (cold)" in commands
    for name in ("show", "skill", "search", "match", "similar", "gap", "path", "list", "rank"):
        assert f"{name} (warm)" in commands  # issue 16's budgets
    warm = [row for row in size["rows"] if row["command"].endswith("(warm)")]
    assert all(row["median_cpu_s"] > 0 and "cpu_ok" in row for row in warm)
    assert "| bundled | list |" in proc.stdout
    slow = {row["case"]: row for row in results["slow_paths"]}  # issue 10's slow paths
    assert slow["match --skills, 1 / 1,000 unknown names"]["median_1000_s"] > 0
    assert slow["search: 'python' once / 14,000 times"]["median_14000_s"] > 0
    # The generator is deterministic.
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate

    assert generate(12, 60) == generate(12, 60)


def test_synthetic_catalogue_is_valid(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from generate import generate

    from careers_cli import catalogue

    path = tmp_path / "synthetic.yaml"
    path.write_text(generate(30, 300), encoding="utf-8")
    loaded = catalogue.read(str(path))
    assert len(loaded.catalogue.roles) == 30 and len(loaded.catalogue.skills) == 300
    assert all(len(r.skills) == 30 for r in loaded.catalogue.roles)
    path.write_text(generate(100, 300, grow=True), encoding="utf-8")  # texts that grow
    grown = catalogue.read(str(path)).catalogue
    assert len(grown.skills) == 520 and len(grown.sources) == 2
    assert len(grown.roles[0].missions.en) > 2


def test_import_benchmark_runs_on_the_fixtures(tmp_path: Path) -> None:
    fixtures = ROOT / "tests" / "fixtures"
    env = {k: v for k, v in os.environ.items() if k != "CAREERS_CATALOG"}
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "imports.py"),
            "--esco",
            str(fixtures / "esco"),
            "--onet",
            str(fixtures / "onet"),
            "--runs",
            "1",
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    rows = json.loads((tmp_path / "imports.json").read_text(encoding="utf-8"))
    labels = [row["command"] for row in rows]
    assert labels[0] == "import esco (one core)" and "import onet (one core)" in labels
    for name in ("show", "skill", "search", "match", "similar", "gap", "path", "list"):
        assert any(label.startswith(name) and label.endswith("(warm)") for label in labels)
    assert rows[0]["counts"]["roles"] == 50
    assert all(row["median_s"] > 0 for row in rows)
