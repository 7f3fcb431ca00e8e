"""The wheel carries the catalogue: install it in a fresh venv, run from elsewhere."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "-q",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    (built,) = out.glob("careers_cli-*.whl")
    return built


def test_wheel_contains_the_catalogue_and_schema(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "careers_cli/data/roles.yaml" in names
    assert "careers_cli/data/roles.schema.json" in names
    assert "careers_cli/py.typed" in names
    bundled = zipfile.ZipFile(wheel).read("careers_cli/data/roles.yaml")
    assert bundled == (ROOT / "data" / "roles.yaml").read_bytes()


def test_installed_wheel_lists_roles_from_any_directory(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    bindir = venv / "bin"
    # The test's own site-packages hold typer, rich and PyYAML (they may be in a venv that
    # --system-site-packages does not see): expose them, but not this checkout.
    site = subprocess.run(
        [str(bindir / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(site, "_outer.pth").write_text("\n".join(sorted(ours)) + "\n")
    subprocess.run(
        [
            str(bindir / "python"),
            "-m",
            "pip",
            "install",
            "--no-deps",
            "--no-index",
            "-q",
            str(wheel),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("CAREERS_CATALOG", "PYTHONPATH")}
    result = subprocess.run(
        [str(bindir / "careers"), "list", "--format", "json"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    roles = json.loads(result.stdout)["roles"]
    assert {"machine-learning-engineer", "data-scientist"} <= {r["id"] for r in roles}
    where = subprocess.run(
        [
            str(bindir / "python"),
            "-c",
            "import careers_cli.catalogue as c; print(c.bundled_path())",
        ],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert where.stdout.strip().startswith(str(venv)), where.stdout
    table = subprocess.run(
        [str(bindir / "careers"), "list"], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert table.returncode == 0 and "Data scientist" in table.stdout
