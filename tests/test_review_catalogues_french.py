"""`careers catalogues --lang fr` says the ESCO version in French (review finding): the
manifest keeps the French labels' version apart (``fr_labels``) and the line is worded in
the language of the run; a manifest written before, with the English words in its
``version``, is read the same way."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import ROOT, Run

ESCO_DIR = ROOT / "tests" / "fixtures" / "esco"


def _first_line(run: Run, lang: str) -> str:
    result = run("catalogues", "--lang", lang)
    assert result.exit_code == 0, result.output
    return result.stdout.splitlines()[0]


def test_the_esco_version_is_in_the_language_of_the_run(run: Run, isolated_home: Path) -> None:
    imported = run("import", "esco", str(ESCO_DIR), "--fr-labels", str(ESCO_DIR / "fr"))
    assert imported.exit_code == 0, imported.output
    manifest = json.loads((isolated_home / "catalogues" / "esco.json").read_text("utf-8"))
    # the fixture's French folder names no version
    assert (manifest["version"], manifest["fr_labels"]) == ("v1.1.1", True)
    fr = "esco  ESCO v1.1.1 (libellés français : export ESCO (version non indiquée))"
    assert _first_line(run, "fr") == fr
    en = "esco  ESCO v1.1.1 (French labels: ESCO (version not stated) export)"
    assert _first_line(run, "en") == en


def test_an_older_manifest_is_worded_in_french_too(run: Run, isolated_home: Path) -> None:
    assert run("import", "esco", str(ESCO_DIR), "--fr-labels", str(ESCO_DIR / "fr")).exit_code == 0
    path = isolated_home / "catalogues" / "esco.json"
    manifest = json.loads(path.read_text("utf-8"))
    del manifest["fr_labels"]
    del manifest["fr_version"]
    manifest["version"] = "v1.1.1 (French labels: ESCO v1.0 export)"  # as imports wrote it
    path.write_text(json.dumps(manifest), "utf-8")
    assert _first_line(run, "fr") == "esco  ESCO v1.1.1 (libellés français : export ESCO v1.0)"
    assert _first_line(run, "en") == "esco  ESCO v1.1.1 (French labels: ESCO v1.0 export)"


def test_without_french_labels_the_version_stands_alone(run: Run) -> None:
    assert run("import", "esco", str(ESCO_DIR)).exit_code == 0
    assert _first_line(run, "fr") == "esco  ESCO v1.1.1"
