"""bench/quality/evaluate.py runs against the tool as it is (on our own fixture texts:
the real ads are not in the repository)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "quality"
ADS = {  # fixture text -> (language, expected role, labels)
    "ad-en-data-engineer.md": ("en", "data-engineer", ["python", "sql", "kafka", "airflow"]),
    "ad-fr-data-scientist.md": ("fr", "data-scientist", ["r", "python", "pandas", "sql"]),
}


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "quality_evaluate", ROOT / "bench" / "quality" / "evaluate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while building
    spec.loader.exec_module(module)
    return module


def write_set(folder: Path, texts: Path, names: list[str]) -> None:
    folder.mkdir()
    texts.mkdir()
    sources = ["# file\tlanguage\tsource\tcharacters"]
    labels = ["file,skill,evidence"]
    roles = ["file,language,role,split,note"]
    for i, name in enumerate(names):
        language, role, skills = ADS[name]
        text = (FIXTURES / name).read_text(encoding="utf-8")
        (texts / name).write_text(text, encoding="utf-8", newline="")
        sources.append(f"{name}\t{language}\tgithub:example/repo:{name}@{'0' * 40}\t{len(text)}")
        labels += [f"{name},{skill},{skill}" for skill in skills]
        roles.append(f"{name},{language},{role},{'heldout' if i else 'dev'},")
    for file, lines in (("sources.txt", sources), ("labels.csv", labels), ("roles.csv", roles)):
        (folder / file).write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_the_script_measures_the_tool_on_placed_texts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evaluate = load_script()
    names = list(ADS)
    write_set(tmp_path / "set", tmp_path / "texts", names)
    out = tmp_path / "figures.json"
    code = evaluate.main(
        ["--set", str(tmp_path / "set"), "--texts", str(tmp_path / "texts"), "--json", str(out)]
    )
    assert code == 0, capsys.readouterr().err
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["figures"]["all"]["ads"] == 2
    assert figures["figures"]["all"]["labels"] == 8
    assert figures["figures"]["heldout"]["ads"] == 1
    assert {ad["file"] for ad in figures["ads"]} == set(names)
    for ad in figures["ads"]:
        labelled = set(ADS[ad["file"]][2])
        found = set(ad["found"])
        assert found, f"the skill finder found nothing in {ad['file']}"
        assert set(ad["missed"]) == labelled - found
        assert set(ad["extra"]) == found - labelled
        assert isinstance(ad["rank"], int) and ad["rank"] >= 1
    printed = capsys.readouterr().out
    assert all(name in printed for name in names)


def test_a_missing_text_is_reported_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evaluate = load_script()
    write_set(tmp_path / "set", tmp_path / "texts", list(ADS))
    (tmp_path / "texts" / "ad-fr-data-scientist.md").unlink()
    code = evaluate.main(["--set", str(tmp_path / "set"), "--texts", str(tmp_path / "texts")])
    assert code == 1
    assert "ad-fr-data-scientist.md: missing" in capsys.readouterr().err


def test_sources_name_the_raw_file_at_its_commit() -> None:
    evaluate = load_script()
    url = evaluate.raw_url("github:owner/repo:jobs/a b/README.md@" + "a" * 40)
    assert url == f"https://raw.githubusercontent.com/owner/repo/{'a' * 40}/jobs/a%20b/README.md"


def test_split_measures_and_shows_that_split_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    evaluate = load_script()
    names = list(ADS)  # the first is dev, the second held out
    write_set(tmp_path / "set", tmp_path / "texts", names)
    out = tmp_path / "figures.json"
    where = ["--set", str(tmp_path / "set"), "--texts", str(tmp_path / "texts")]
    code = evaluate.main([*where, "--split", "dev", "--details", "--json", str(out)])
    assert code == 0, capsys.readouterr().err
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert set(figures["figures"]) == {"dev", "en"}
    assert figures["figures"]["dev"]["ads"] == 1
    assert figures["figures"]["dev"]["labels"] == 4
    assert [ad["file"] for ad in figures["ads"]] == [names[0]]
    printed = capsys.readouterr().out
    assert names[0] in printed and names[1] not in printed
    assert "heldout" not in printed and "\nall " not in printed
    assert evaluate.main([*where, "--split", "heldout"]) == 0
    printed = capsys.readouterr().out
    assert names[1] in printed and names[0] not in printed
