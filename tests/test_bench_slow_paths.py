"""bench/slow_paths.py runs (at a tiny size: timings are not tested, only that it works)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


def test_slow_paths_benchmark_runs_at_a_tiny_size(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "CAREERS_CATALOG"}
    script = ROOT / "bench" / "slow_paths.py"
    ads = tmp_path / "ads"
    ads.mkdir()
    (ads / "a.md").write_text("# Data Engineer\n\nSolid Python and SQL.\n", encoding="utf-8")
    (ads / "b.md").write_text("# Data Analyst\n\nNotions de R.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, str(script), "--quick", "--out", str(tmp_path), "--ads", str(ads)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    results = json.loads((tmp_path / "slow_paths.json").read_text(encoding="utf-8"))
    rows = results["rows"]
    commands = [row["command"] for row in rows]
    assert commands[0].startswith("match --from-text") and commands[0].endswith("Go Python)")
    assert commands[1] == "match --from-text (8,000 chars, 2 ads)"
    assert commands[2] == "match --from-text (8,000 chars, no repetition)"
    assert "next (20 skills)" in commands and any(c.startswith("path ") for c in commands)
    assert any(c.startswith("similar ") for c in commands)
    assert all(row["median_s"] > 0 and row["cpu_s"] > 0 for row in rows)
    assert "| bundled | match --from-text" in proc.stdout
    (split,) = results["split"]  # next: imports, load and next_skills apart
    assert all(split[k] > 0 for k in ("import_s", "load_s", "next_s", "next_frozen_s"))
    assert "| imports | load | next_skills | next_skills, frozen |" in proc.stdout
