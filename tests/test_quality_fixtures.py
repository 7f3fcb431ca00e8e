"""The quality fixtures and the job-ad labels name only what the bundled catalogue has.

A renamed or removed skill or role in data/roles.yaml must be carried over to
tests/fixtures/quality/expected.csv and bench/quality/*.csv, or this fails.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import yaml

from .conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "quality"
BENCH = ROOT / "bench" / "quality"


def catalogue_ids() -> tuple[set[str], set[str]]:
    data = yaml.safe_load((ROOT / "data" / "roles.yaml").read_text(encoding="utf-8"))
    return {s["id"] for s in data["skills"]}, {r["id"] for r in data["roles"]}


def rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_fixture_expectations_name_catalogue_skills_and_words_of_the_texts() -> None:
    skills, _ = catalogue_ids()
    expected = rows(FIXTURES / "expected.csv")
    assert expected
    unknown = sorted({r["skill"] for r in expected} - skills)
    assert unknown == [], f"not skills of data/roles.yaml: {unknown}"
    assert {r["expected"] for r in expected} <= {"found", "absent"}
    for r in expected:
        text = squeeze((FIXTURES / r["file"]).read_text(encoding="utf-8"))
        for words in r["evidence"].split(" ; "):
            assert squeeze(words) in text, (r["file"], r["skill"], words)


def test_job_ad_labels_name_catalogue_skills_and_roles() -> None:
    skills, roles = catalogue_ids()
    labels = rows(BENCH / "labels.csv")
    ads = rows(BENCH / "roles.csv")
    unknown_skills = sorted({r["skill"] for r in labels} - skills)
    unknown_roles = sorted({r["role"] for r in ads} - roles)
    assert unknown_skills == [], f"labels.csv names skills the catalogue lacks: {unknown_skills}"
    assert unknown_roles == [], f"roles.csv names roles the catalogue lacks: {unknown_roles}"
    sources = [
        line.split("\t")[0]
        for line in (BENCH / "sources.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert sorted(sources) == sorted(r["file"] for r in ads)
    assert {r["file"] for r in labels} <= set(sources)
    assert {r["split"] for r in ads} == {"dev", "heldout"}
