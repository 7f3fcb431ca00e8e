"""Pay figures of two kinds (role-level, group) never mixed; regions checked; compact notes."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest
import yaml

from careers_cli import catalogue
from careers_cli.explore import Measure
from careers_cli.validate import validate

from .conftest import ROOT, Run

INDEX = catalogue.load(None)
ROLES = INDEX.roles.items
# every region code the catalogue has a salary for, read from the YAML (not through the code)
RAW = yaml.safe_load((ROOT / "data" / "roles.yaml").read_text(encoding="utf-8"))
REGIONS = sorted({s["region"] for r in RAW["roles"] for s in r.get("salaries", [])})
KIND_OF_SOURCE = {s["id"]: s.get("salary_kind") for s in RAW["sources"]}


def _json(run: Run, *args: str) -> Any:
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("region", REGIONS)
def test_default_rank_has_one_kind_per_ordered_block(run: Run, region: str) -> None:
    assert len(REGIONS) >= 5
    for measure in Measure:
        for extra in ([], ["--experience", "entry"], ["--experience", "senior"]):
            data = _json(run, "rank", "--region", region, "--measure", measure.value, *extra)
            ranked = 0
            for block in data["blocks"]:
                rows = [r for r in block["roles"] if r["position"] is not None]
                if block["section"] == "missing":
                    assert not rows  # the unranked block is not ordered
                    continue
                # the kind as the catalogue's source entry says, not as the code reports it
                kinds = {KIND_OF_SOURCE[r["salary"]["source"]["id"]] for r in rows}
                assert len(kinds) <= 1, (region, measure, block["section"], kinds)
                assert {r["salary"]["kind"] for r in rows} <= kinds
                if rows:
                    assert block["kind"] == kinds.pop()
                values = [r["value"] for r in rows]
                assert values == sorted(values, reverse=True)
                ranked += len(rows)
            if region == "US" and measure is Measure.MEDIAN and not extra:
                assert ranked >= 25


def test_us_default_rank_puts_role_figures_first_then_group_only_roles(run: Run) -> None:
    data = _json(run, "rank")
    sections = [b["section"] for b in data["blocks"]]
    assert sections[:2] == ["role", "group-only"]
    first, second = data["blocks"][0]["roles"], data["blocks"][1]["roles"]
    assert len(first) >= 15 and all(r["salary"]["source"]["id"] == "aijobs-index" for r in first)
    assert all(r["salary"]["sample"] >= 20 for r in first)
    ids_first = {r["id"] for r in first}
    assert "machine-learning-engineer" in ids_first
    for row in second:
        assert row["id"] not in ids_first
        assert row["salary"]["kind"] == "group" and row["salary"]["group"].startswith("SOC ")
    assert "deep-learning-engineer" in {r["id"] for r in second}


def test_rank_kind_group_shows_each_group_once_with_its_roles(run: Run) -> None:
    data = _json(run, "rank", "--kind", "group")
    rows = [r for b in data["blocks"] if b["section"] == "groups" for r in b["roles"]]
    groups = [r["salary"]["group"] for r in rows]
    assert len(groups) == len(set(groups))  # one row per group
    ds = next(r for r in rows if r["salary"]["group"] == "SOC 15-2051 Data Scientists")
    assert {"data-scientist", "machine-learning-engineer", "data-analyst"} <= set(ds["members"])
    assert ds["value"] == 120230
    assert all(r["salary"]["kind"] == "group" for r in rows)


def test_rank_source_ranks_one_source(run: Run) -> None:
    data = _json(run, "rank", "--source", "aijobs-index")
    ranked = [r for r in data["roles"] if r["position"] is not None]
    assert ranked and {r["salary"]["source"]["id"] for r in ranked} == {"aijobs-index"}
    assert [b["section"] for b in data["blocks"]][0] == "source"


@pytest.mark.parametrize("kind", [[], ["--kind", "group"]])
def test_rank_by_a_source_of_group_figures_ranks_the_groups(run: Run, kind: list[str]) -> None:
    """BLS figures are whole occupation groups': ranked by that source, with or without
    --kind group, roles sharing a figure are one row, as with --kind group (they were
    ranked one by one, as if each figure were the role's)."""
    data = _json(run, "rank", "--source", "bls-oews-2025", *kind)
    (groups,) = [b for b in data["blocks"] if b["section"] == "groups"]
    values = [r["value"] for r in groups["roles"]]
    assert values == sorted(values, reverse=True) and len(values) == len(set(values))
    ds = next(r for r in groups["roles"] if r["salary"]["group"] == "SOC 15-2051 Data Scientists")
    assert {"data-scientist", "machine-learning-engineer"} <= set(ds["members"])
    assert {r["salary"]["source"]["id"] for r in groups["roles"]} == {"bls-oews-2025"}
    assert "BLS OEWS May 2025" in run("rank", "--source", "bls-oews-2025", *kind).stdout
    as_roles = _json(run, "rank", "--source", "bls-oews-2025", "--kind", "role")
    assert not [r for r in as_roles["roles"] if r["position"] is not None]


def test_table_rank_has_one_heading_per_kind(run: Run) -> None:
    out = run("rank", env={"COLUMNS": "120"}).stdout
    assert "role-level figures" in out and "only a group figure" in out
    role_part, group_part = out.split("only a group figure")
    assert "194,020 USD (7,064)" in role_part  # ML engineer: the index median, n
    assert "120,230" not in role_part.split("Bars:")[0]  # no BLS figure among role figures
    assert "SOC 15-2051 Data Scientists" in group_part


def test_us_role_level_figures_and_ml_engineer_headline(run: Run) -> None:
    data = _json(run, "list")
    roles = {r["id"]: r for r in data["roles"]}
    with_role = [r for r in roles.values() if r["salary_us"] and r["salary_us"]["kind"] == "role"]
    assert len(with_role) >= 15
    assert all(r["salary_us"]["sample"] >= 20 for r in with_role)
    mle = roles["machine-learning-engineer"]
    assert (mle["salary_us"]["median"], mle["salary_us"]["kind"]) == (194020, "role")
    assert (mle["salary_us_group"]["median"], mle["salary_us_group"]["kind"]) == (120230, "group")
    for row in roles.values():  # never two kinds in one field
        assert row["salary_us"] is None or row["salary_us"]["kind"] == "role"
        assert row["salary_us_group"] is None or row["salary_us_group"]["kind"] == "group"
        assert row["salary_fr"] is None or row["salary_fr"]["kind"] == "role"


def test_compare_shows_both_kinds_on_separate_lines(run: Run) -> None:
    out = run("compare", "machine-learning-engineer", "nlp-engineer", env={"COLUMNS": "120"})
    lines = out.stdout.splitlines()
    role_line = next(line for line in lines if line.startswith("U.S. role (index, n)"))
    group_line = next(line for line in lines if line.startswith("U.S. group (BLS)"))
    assert "194k (7,064)" in role_line and "no data" in role_line  # NLP: no index figure
    assert "120k 15-2051" in group_line and "140k 15-1221" in group_line
    data = _json(run, "compare", "machine-learning-engineer", "nlp-engineer")
    assert data["salary_us"]["nlp-engineer"] is None
    assert data["salary_us_group"]["nlp-engineer"]["kind"] == "group"


def test_every_salary_in_json_says_its_kind(run: Run) -> None:
    for role in ("machine-learning-engineer", "data-scientist", "statistician"):
        data = _json(run, "show", role)
        for s in data["salaries"]:
            assert s["kind"] == KIND_OF_SOURCE[s["source"]["id"]]
            assert (s["group"] is not None) == (s["kind"] == "group")


def _with_salary(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(RAW)
    role = next(r for r in data["roles"] if r["id"] == "data-scientist")
    role["salaries"][0].update(changes)
    return data


def test_validation_of_kinds() -> None:
    assert validate(RAW).errors == [] and validate(RAW).warnings == []
    index_first = next(r for r in RAW["roles"] if r["id"] == "data-scientist")["salaries"][0]
    assert index_first["source"] == "aijobs-index"
    report = validate(_with_salary(group="SOC 15-2051 Data Scientists"))
    assert any("only for group figures" in e.message for e in report.errors)
    report = validate(_with_salary(sample=19))
    assert any("n >= 20" in w.message for w in report.warnings)
    data = copy.deepcopy(RAW)
    role = next(r for r in data["roles"] if r["id"] == "data-scientist")
    bls = next(s for s in role["salaries"] if s["source"] == "bls-oews-2025")
    del bls["group"]
    assert any("should name its group" in w.message for w in validate(data).warnings)


# --------------------------------------------------------------------------- regions


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("France", "FR"),
        ("fr", "FR"),
        ("Royaume-Uni", "GB"),
        ("UK", "GB"),
        ("united kingdom", "GB"),
        ("Allemagne", "DE"),
        ("Germany", "DE"),
        ("États-Unis", "US"),
        ("etats-unis", "US"),
        ("Suisse", "CH"),
    ],
)
def test_region_names_in_both_languages(run: Run, typed: str, code: str) -> None:
    data = _json(run, "rank", "--region", typed)
    assert data["region"] == code


@pytest.mark.parametrize(
    "args",
    [
        ["rank"],
        ["list"],
        ["show", "data-scientist"],
        ["skill", "python"],
        ["match", "--skills", "python:3"],
        ["gap", "data-scientist", "--skills", "python:3"],
        ["next", "--skills", "python:3"],
    ],
)
def test_unknown_region_is_a_usage_error_listing_the_regions(run: Run, args: list[str]) -> None:
    result = run(*args, "--region", "XX")
    assert result.exit_code == 2, result.output
    assert "unknown region 'XX'" in result.stderr
    assert "FR (France)" in result.stderr and "GB (United Kingdom)" in result.stderr
    assert result.stdout == "" and "Traceback" not in result.stderr


def test_unknown_region_in_french(run: Run) -> None:
    result = run("rank", "--region", "Atlantide", "--lang", "fr")
    assert result.exit_code == 2
    assert "région inconnue « Atlantide »" in result.stderr
    assert "GB (Royaume-Uni)" in result.stderr and "DE (Allemagne)" in result.stderr


def test_profile_set_checks_the_region(run: Run) -> None:
    assert run("profile", "set", "--region", "Narnia").exit_code == 2
    assert run("profile", "set", "--region", "Royaume-Uni").exit_code == 0
    shown = json.loads(run("profile", "show", "--format", "json").stdout)
    assert shown["region"] == "GB"


def test_show_region_puts_that_regions_figures_first(run: Run) -> None:
    data = _json(run, "show", "data-scientist", "--region", "Allemagne")
    regions = [s["region"] for s in data["salaries"]]
    n_de = regions.count("DE")
    assert n_de >= 2 and regions[:n_de] == ["DE"] * n_de
    out = run("show", "data-scientist", "--region", "DE", env={"COLUMNS": "120"}).stdout
    salaries = out.split("Salaries")[1].splitlines()
    first_row = next(line for line in salaries if re.match(r"^[A-Z]{2}\s", line))
    assert first_row.startswith("DE")


# --------------------------------------------------------------------------- first screen


def _table_rows(screen: list[str], names: list[str]) -> int:
    """Lines of the screen that begin a table row: a role name, after an optional rank."""
    pattern = re.compile(r"^\s*(\d+\s+)?(" + "|".join(re.escape(n) for n in names) + ")")
    return sum(1 for line in screen if pattern.match(line))


@pytest.mark.parametrize("command", [["list"], ["rank"], ["rank", "--region", "FR"]])
def test_first_screen_at_120x40_shows_table_rows(run: Run, command: list[str]) -> None:
    result = run(*command, env={"COLUMNS": "120", "LINES": "40"})
    assert result.exit_code == 0
    screen = result.stdout.splitlines()[:40]
    # role names as the YAML has them, cut to the first word so wrapped names count too
    names = sorted({r["name"]["en"].split()[0] for r in RAW["roles"]}, key=len, reverse=True)
    assert _table_rows(screen, names) >= 15


def test_list_notes_stay_short_and_full_notes_on_demand(run: Run) -> None:
    out = run("list", env={"COLUMNS": "120"}).stdout.splitlines()
    last_name = RAW["roles"][-1]["name"]["en"].split()[0]  # list keeps the catalogue's order
    last_row = max(i for i, line in enumerate(out) if line.startswith(last_name))
    assert len(out) - last_row - 1 <= 6  # about five lines of notes, one per distinct kind
    assert not any(re.search(r"\[\d+\]", line) for line in out)  # no per-row footnotes
    assert sum("BLS OEWS May 2025" in line for line in out) == 1  # each source once
    full = run("list", "--notes", env={"COLUMNS": "120"}).stdout
    assert "[1]" in full and "SOC 15-2051 Data Scientists" in full


# --------------------------------------------------------------------------- seniority


@pytest.mark.parametrize("level", ["entry", "mid", "senior"])
def test_rank_experience_ranks_one_level(run: Run, level: str) -> None:
    data = _json(run, "rank", "--experience", level)
    ranked = [r for r in data["roles"] if r["position"] is not None]
    assert len(ranked) >= 8
    for row in ranked:
        assert row["salary"]["experience"] == level and row["salary"]["sample"] >= 20
        assert row["salary"]["source"]["id"] == "aijobs-index"
    mle = next(r for r in ranked if r["id"] == "machine-learning-engineer")
    assert mle["value"] == {"entry": 144000, "mid": 172000, "senior": 200000}[level]
    assert run("rank", "--experience", "executive").exit_code == 2


def test_show_gives_the_medians_by_experience(run: Run) -> None:
    out = run("show", "machine-learning-engineer", env={"COLUMNS": "160"}).stdout
    part = out.split("By experience")[1]
    assert "entry 144,000 USD (n = 354)" in part and "senior 200,000 USD (n = 4,998)" in part
    assert "2024-2025" in part and "20 rows or more" in part


def test_skill_and_application_pay_columns_hold_one_kind(run: Run) -> None:
    data = _json(run, "skill", "python")
    pays = [n["salary"] for n in data["needed_by"] if n["salary"] is not None]
    assert len(pays) >= 10
    assert {KIND_OF_SOURCE[s["source"]["id"]] for s in pays} == {"role"}
    app = _json(run, "application", INDEX.catalogue.applications[0].id)
    kinds = {KIND_OF_SOURCE[r["salary_us"]["source"]["id"]] for r in app["roles"] if r["salary_us"]}
    assert kinds <= {"role"}
