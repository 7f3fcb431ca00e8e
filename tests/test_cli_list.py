"""`careers list`, `validate`, `schema`, the version and the error contract of the CLI."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from careers_cli import __version__, catalogue
from careers_cli.choices import Lang
from careers_cli.render import Format

from .conftest import ROOT, Run


def test_list_table_shows_every_role(run: Run) -> None:
    result = run("list")
    assert result.exit_code == 0, result.output
    for role in catalogue.read(None).catalogue.roles:
        assert role.name.en.split()[0] in result.stdout
    assert result.stderr == ""
    assert "BLS OEWS May 2025" in result.stdout  # the source of each figure is named


def test_list_json_fields(run: Run) -> None:
    result = run("list", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    roles = {r["id"]: r for r in data["roles"]}
    ds = roles["data-scientist"]
    assert set(ds) == {
        "id",
        "name",
        "family",
        "essential_skills",
        "optional_skills",
        "tools",
        "salary_us",
        "salary_us_group",
        "salary_fr",
    }
    assert ds["name"] == {"en": "Data scientist", "fr": "Data scientist"}
    assert ds["family"]["id"] == "data-infrastructure"
    # role-level (index) and group (BLS) figures in separate fields, each with its kind
    assert ds["salary_us"]["median"] == 155000 and ds["salary_us"]["sample"] == 14835
    assert ds["salary_us"]["kind"] == "role"
    assert ds["salary_us"]["source"]["id"] == "aijobs-index"
    assert ds["salary_us_group"]["median"] == 120230  # BLS OEWS May 2025, SOC 15-2051
    assert ds["salary_us_group"]["kind"] == "group"
    assert ds["salary_us_group"]["group"] == "SOC 15-2051 Data Scientists"
    assert ds["salary_us_group"]["basis"] is None
    assert roles["ai-ethics-specialist"]["salary_us"] is None  # no data, not a guess
    assert roles["deep-learning-engineer"]["salary_us"] is None  # only a group figure
    assert roles["deep-learning-engineer"]["salary_us_group"]["kind"] == "group"


def test_list_csv(run: Run) -> None:
    result = run("list", "--format", "csv", "--lang", "fr")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    by_id = {r["id"]: r for r in rows}
    assert by_id["machine-learning-engineer"]["name"] == "Ingénieur en apprentissage automatique"
    assert by_id["machine-learning-engineer"]["us_median"] == "194020"
    assert by_id["machine-learning-engineer"]["us_n"] == "7064"
    assert by_id["machine-learning-engineer"]["us_group_median"] == "120230"
    assert by_id["machine-learning-engineer"]["fr_low"] == "50000"
    assert by_id["ai-ethics-specialist"]["us_median"] == ""


def test_list_markdown(run: Run) -> None:
    result = run("list", "--format", "markdown")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("**6 roles**") or lines[0].startswith("**")
    header = next(line for line in lines if line.startswith("| Role"))
    assert header.count("|") == 8  # seven columns: U.S. role and U.S. group apart
    assert any(line.startswith("| Data scientist |") for line in lines)


def test_every_format_is_handled(run: Run) -> None:
    for fmt in Format:
        result = run("list", "--format", fmt.value)
        assert result.exit_code == 0, (fmt, result.output)
        assert result.stdout.strip()


@pytest.mark.parametrize(
    ("env", "header"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "Métier"),
        ({"LANG": "en_GB.UTF-8"}, "Role"),
        ({"LC_ALL": "fr_CA.UTF-8", "LANG": "en_US.UTF-8"}, "Métier"),
        ({"LANG": "C"}, "Role"),
    ],
)
def test_language_follows_the_locale(run: Run, env: dict[str, str], header: str) -> None:
    result = run("list", "--format", "markdown", env=env)
    assert result.exit_code == 0, result.output
    assert f"| {header} |" in result.stdout


def test_lang_option_wins_over_locale(run: Run) -> None:
    result = run("list", "--lang", "en", "--format", "markdown", env={"LANG": "fr_FR.UTF-8"})
    assert "| Role |" in result.stdout


def test_catalog_option_and_env(
    run: Run, mini: dict[str, Any], write_catalogue: Callable[..., Path]
) -> None:
    path = write_catalogue(mini)
    by_option = json.loads(run("list", "--catalog", str(path), "--format", "json").stdout)
    by_env = json.loads(run("list", "--format", "json", env={"CAREERS_CATALOG": str(path)}).stdout)
    assert [r["id"] for r in by_option["roles"]] == ["data-scientist", "ml-engineer"]
    assert by_env == by_option


def test_broken_catalogue_is_one_clear_error(
    run: Run, mini: dict[str, Any], write_catalogue: Callable[..., Path]
) -> None:
    mini["roles"][0]["skills"][0]["level"] = 9
    path = write_catalogue(mini)
    result = run("list", "--catalog", str(path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"error: {path}:")
    assert "roles[0].skills[0].level: must be 1-5, got 9" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["list", "--catalog", "/nonexistent/roles.yaml"], "no such catalogue"),
        (["list", "--catalog", "/"], "is a directory"),
    ],
)
def test_missing_or_wrong_file(run: Run, args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_size_limit_option(
    run: Run, mini: dict[str, Any], write_catalogue: Callable[..., Path]
) -> None:
    path = write_catalogue(mini)
    result = run("--max-size", "100", "list", "--catalog", str(path))
    assert result.exit_code == 1
    assert "over the limit of 100 bytes" in result.stderr
    assert run("--max-size", "10000000", "list", "--catalog", str(path)).exit_code == 0


def test_usage_errors_exit_2(run: Run) -> None:
    result = run("list", "--format", "yaml")
    assert result.exit_code == 2
    assert "Invalid value" in result.stderr
    assert run("no-such-command").exit_code == 2


def test_version(run: Run) -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout == f"careers {__version__}\n"


def test_validate_bundled_catalogue(run: Run) -> None:
    result = run("validate", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["valid"] is True
    assert data["counts"]["roles"] >= 6
    assert data["errors"] == []


def test_validate_reports_warnings(
    run: Run, mini: dict[str, Any], write_catalogue: Callable[..., Path]
) -> None:
    del mini["roles"][1]["salary_note"]
    result = run("validate", str(write_catalogue(mini)))
    assert result.exit_code == 0
    assert "valid" in result.stdout
    assert "role 'ml-engineer' has no salary figure" in " ".join(result.stdout.split())


def test_validate_errors_exit_1_in_every_format(
    run: Run, mini: dict[str, Any], write_catalogue: Callable[..., Path]
) -> None:
    mini["roles"][0]["family"] = "nope"
    mini["skills"][0]["category"] = "nope"
    path = str(write_catalogue(mini))
    table = run("validate", path)
    assert table.exit_code == 1
    assert "2 problems" in table.stderr and "unknown family 'nope'" in table.stderr
    as_json = run("validate", path, "--format", "json")
    assert as_json.exit_code == 1
    data = json.loads(as_json.stdout)
    assert data["valid"] is False
    assert {e["path"] for e in data["errors"]} == {"roles[0].family", "skills[0].category"}
    assert all(e["line"] for e in data["errors"])


def test_schema_command_matches_the_shipped_file(run: Run) -> None:
    result = run("schema")
    assert result.exit_code == 0
    shipped = (ROOT / "data" / "roles.schema.json").read_text(encoding="utf-8")
    assert result.stdout == shipped, "run: careers schema > data/roles.schema.json"


def test_catalogue_points_editors_at_the_schema() -> None:
    first = (ROOT / "data" / "roles.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=roles.schema.json"


def test_json_schema_accepts_the_catalogue_and_rejects_a_bad_one(mini: dict[str, Any]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    schema = json.loads((ROOT / "data" / "roles.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    bundled = yaml.safe_load((ROOT / "data" / "roles.yaml").read_text(encoding="utf-8"))
    jsonschema.validate(bundled, schema)
    jsonschema.validate(mini, schema)
    mini["roles"][0]["skills"][0]["level"] = 7
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(mini, schema)


def test_python_dash_m_and_no_traceback_on_bad_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("roles: [\n")
    proc = subprocess.run(
        [sys.executable, "-m", "careers_cli", "list", "--catalog", str(bad)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith(f"error: {bad}:2:1: invalid YAML")
    assert "Traceback" not in proc.stderr
    ok = subprocess.run(
        [sys.executable, "-m", "careers_cli", "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert ok.returncode == 0 and ok.stdout.startswith("careers ")


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_list_is_a_table_that_fits_the_terminal(run: Run, width: int, lang: str) -> None:
    """The default table, as printed, at 80 and 120 columns: a header with the pay
    columns (not stacked records), no line wider than the terminal, no word broken,
    and each kind of U.S. figure in its own column (issue 12: never two kinds in one)."""
    result = run("list", "--lang", lang, env={"COLUMNS": str(width), "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert all(unicodedata.east_asian_width(ch) not in "WF" for ch in result.stdout)
    assert max(len(line) for line in lines) <= width  # every character one column wide
    role, us_role, us_group = (
        ("Role", "U.S. role,", "U.S. group")
        if lang == "en"
        else ("Métier", "É.-U. métier,", "É.-U. groupe")
    )
    at = next(i for i, line in enumerate(lines) if line.startswith(role))
    header = " ".join(lines[at - 1 : at + 1])  # a header may take two lines
    assert us_role in header and us_group in header and "France, EUR" in header
    words = set(result.stdout.split())
    for r in catalogue.read(None).catalogue.roles:
        assert set(r.name.get(Lang(lang)).split()) <= words, r.id  # no word cut in two
    sep = "," if lang == "en" else "\N{NARROW NO-BREAK SPACE}"
    ds = next(line for line in lines if line.startswith("Data scientist "))
    role_at, group_at = ds.index(f"155k (14{sep}835)"), ds.index(" 15-2051")
    assert role_at < group_at  # the role-level figure, then the group figure, apart
    none = "no data" if lang == "en" else "pas de données"
    only_group = [line for line in lines if f"{none}  " in line and "k 15-" in line]
    assert only_group  # a role with only a group figure: "no data" in the role column
    assert all(line.index(none) < line.index("k 15-") for line in only_group)
    family = "AI architects" if lang == "en" else "Architectes IA"
    assert (family in result.stdout) == (width >= 100)  # the family from 100 columns on
