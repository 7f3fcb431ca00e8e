"""A source's publisher and licence in both languages (review rv2, item 1): the bundled
catalogue, `careers sources`, the JSON, the reports, the schema, the validator and the
importers; a plain string (older catalogues, proper names) stays valid for both."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from careers_cli import catalogue
from careers_cli.model import Label

from .conftest import ROOT, Run

FIX = ROOT / "tests" / "fixtures"


def test_sources_in_french_give_the_french_publisher_and_licence(run: Run) -> None:
    fr = run("sources", "--lang", "fr", env={"COLUMNS": "200"}).stdout
    assert "inconnu (texte fourni sans son adresse)" in fr
    assert "Domaine public" in fr and "Commission européenne" in fr
    assert "Public domain" not in fr and "unknown (text supplied" not in fr
    en = run("sources", env={"COLUMNS": "200"}).stdout
    assert "Public domain" in en and "Domaine public" not in en


def test_sources_csv_follows_the_language(run: Run) -> None:
    fr = run("sources", "--lang", "fr", "--format", "csv").stdout
    assert "Domaine public" in fr and "Public domain" not in fr


def test_json_gives_publisher_and_licence_in_both_languages(run: Run) -> None:
    data = json.loads(run("sources", "--format", "json").stdout)
    bls = next(s for s in data["sources"] if s["id"] == "bls-oews-2025")
    assert bls["licence"] == {"en": "Public domain", "fr": "Domaine public"}
    assert bls["publisher"]["fr"] == "Bureau of Labor Statistics (États-Unis)"
    shown = json.loads(run("show", "data-scientist", "--format", "json").stdout)
    publishers = [s["source"]["publisher"] for s in shown["salaries"]]
    assert {
        "en": "U.S. Bureau of Labor Statistics",
        "fr": "Bureau of Labor Statistics (États-Unis)",
    } in publishers


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_a_french_report_names_its_sources_publishers_in_french(
    run: Run, tmp_path: Path, suffix: str
) -> None:
    target = tmp_path / f"report{suffix}"
    result = run("show", "data-scientist", "--lang", "fr", "--export", str(target))
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8").replace("\\", "")  # Markdown escapes
    assert "Bureau of Labor Statistics (États-Unis)" in text
    assert "U.S. Bureau of Labor Statistics" not in text


def test_a_plain_string_is_still_valid_and_serves_both_languages(
    run: Run, mini: dict[str, Any], write_catalogue: Any
) -> None:
    mini["sources"][0]["licence"] = "CC0 1.0"
    path = write_catalogue(mini)
    loaded = catalogue.read(str(path)).catalogue
    assert loaded.sources[0].publisher == Label("Someone", "Someone")
    assert loaded.sources[0].licence == Label("CC0 1.0", "CC0 1.0")
    fr = run("sources", "--catalog", str(path), "--lang", "fr").stdout
    assert "Someone" in fr and "CC0 1.0" in fr
    assert run("validate", str(path)).exit_code == 0


def test_both_languages_given_are_read(mini: dict[str, Any], write_catalogue: Any) -> None:
    mini["sources"][0]["publisher"] = {"en": "Someone", "fr": "Quelqu'un"}
    path = write_catalogue(mini)
    assert catalogue.read(str(path)).catalogue.sources[0].publisher.get("fr") == "Quelqu'un"


@pytest.mark.parametrize(
    ("value", "en", "fr"),
    [
        (5, "must be text, or a mapping with en and fr, got the number 5", "doit être du texte"),
        ({"en": "Someone"}, "missing required field 'fr'", "champ obligatoire manquant"),
        ("", "must not be empty", "ne doit pas être vide"),
        ("x" * 201, "is too long: 201 characters (at most 200)", "est trop long"),
    ],
)
def test_validate_reports_a_bad_publisher_in_both_languages(
    run: Run, mini: dict[str, Any], write_catalogue: Any, value: Any, en: str, fr: str
) -> None:
    mini["sources"][0]["publisher"] = value
    path = write_catalogue(mini)
    result = run("validate", str(path))
    assert result.exit_code == 1
    assert "sources[0].publisher" in result.output and en in result.output
    assert "Traceback" not in result.output
    french = run("validate", str(path), "--lang", "fr")
    assert french.exit_code == 1 and fr in french.output


def test_schema_accepts_a_string_or_both_languages(mini: dict[str, Any]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from careers_cli.schema import json_schema

    schema = json_schema()  # the shipped file is the same (test_cli_list.py)
    jsonschema.validate(mini, schema)
    mini["sources"][0]["publisher"] = {"en": "Someone", "fr": "Quelqu'un"}
    mini["sources"][0]["licence"] = {"en": "Public domain", "fr": "Domaine public"}
    jsonschema.validate(mini, schema)
    mini["sources"][0]["licence"] = {"en": "Public domain"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(mini, schema)


def test_imported_sources_and_manifests_are_in_both_languages(run: Run) -> None:
    esco_dir, onet_dir = FIX / "esco", FIX / "onet"
    assert run("import", "esco", str(esco_dir), "--fr-labels", str(esco_dir / "fr")).exit_code == 0
    wages = onet_dir / "oews_may2025_national.csv"
    assert run("import", "onet", str(onet_dir), "--wages", str(wages)).exit_code == 0
    fr = " ".join(run("catalogues", "--lang", "fr").stdout.split())
    assert "Politique de réutilisation d'ESCO" in fr and "ESCO reuse policy" not in fr
    esco_fr = run("sources", "--catalog", "esco", "--lang", "fr", env={"COLUMNS": "200"})
    assert "Commission européenne" in esco_fr.stdout
    assert "European Commission" not in esco_fr.stdout.replace("ESCO", "")
    onet_fr = run("sources", "--catalog", "onet", "--lang", "fr", env={"COLUMNS": "200"})
    assert "domaine public (États-Unis)" in onet_fr.stdout
    assert "Ministère du Travail des États-Unis" in onet_fr.stdout
    assert "public domain (U.S.)" not in onet_fr.stdout
