"""Every view that shows pay or employment keeps the two kinds of figure apart (role-level,
group), labels group figures with their group, and says what its rows are."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from .conftest import ROOT, Run

RAW = yaml.safe_load((ROOT / "data" / "roles.yaml").read_text(encoding="utf-8"))
# the kind of each source as the catalogue's YAML says it (not as the code reports it)
KIND_OF_SOURCE = {s["id"]: s.get("salary_kind") or "role" for s in RAW["sources"]}


def _json(run: Run, *args: str) -> Any:
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_rank_by_demand_ranks_group_counts_as_groups(run: Run) -> None:
    data = _json(run, "rank", "--by", "demand")
    seen: set[tuple[str, int]] = set()
    for block in data["blocks"]:
        rows = [r for r in block["roles"] if r["position"] is not None]
        kinds = {KIND_OF_SOURCE[r["demand"]["source"]] for r in rows}
        assert len(kinds) <= 1, block["section"]
        for row in rows:
            if kinds == {"group"}:
                assert block["section"] == "groups" and block["kind"] == "group"
                assert row["group"] and row["group"].startswith("SOC ")
                assert row["demand"]["basis"] is None or row["demand"]["basis"]["en"].startswith(
                    row["group"]
                )
                assert (row["group"], row["value"]) not in seen  # one row per group figure
                seen.add((row["group"], row["value"]))
    software = [r for r in data["roles"] if r["group"] == "SOC 15-1252 Software Developers"]
    assert len(software) == 1
    assert {"forward-deployed-engineer", "quantitative-developer"} <= set(software[0]["members"])


def test_demand_is_labelled_as_the_groups_and_its_year_said_once(run: Run) -> None:
    for lang in ("en", "fr"):
        table = run("rank", "--by", "demand", "--lang", lang, env={"COLUMNS": "200"}).stdout
        assert "2025 2025" not in table and "2025, 2025" not in table
        assert "SOC 15-1252" in table
        assert ("not the role alone" if lang == "en" else "pas le métier seul") in table
        shown = run("show", "data-scientist", "--section", "pay", "--lang", lang).stdout
        assert "2025, 2025" not in shown and "2025 2025" not in shown
        assert "SOC 15-2051 Data Scientists" in " ".join(shown.split("\n\n")[-1].split())
    demand = _json(run, "show", "data-scientist", "--section", "pay")["demand"]
    assert demand[0]["kind"] == "group" and demand[0]["group"] == "SOC 15-2051 Data Scientists"


SOURCE_KIND = {s["id"]: s["kind"] for s in RAW["sources"]}
REGIONS = sorted({s["region"] for r in RAW["roles"] for s in r.get("salaries", [])})


def test_rank_by_experience_ranks_only_what_its_heading_says(run: Run) -> None:
    """The heading promises the index's medians by level (n >= 20): every ranked row is one."""
    ranked = 0
    for region in REGIONS:
        for level in ("entry", "mid", "senior"):
            data = _json(run, "rank", "--experience", level, "--region", region)
            for row in data["roles"]:
                if row["position"] is None:
                    continue
                salary = row["salary"]
                assert SOURCE_KIND[salary["source"]["id"]] == "index", (region, level, row["id"])
                assert salary["experience"] == level and salary["sample"] >= 20
                ranked += 1
    assert ranked >= 40
    fr = run("rank", "--experience", "entry", "--region", "FR").stdout
    ranked_part, _, unranked = fr.partition("Not ranked")
    assert "salary index" in ranked_part.splitlines()[0]
    assert "Figures 2023" not in ranked_part and "Figures 2023" in unranked


def _kinds_apart(rows: list[dict[str, Any]], role_field: str, group_field: str) -> int:
    """Each field holds one kind (as the YAML's source says); returns the group figures seen."""
    groups = 0
    for row in rows:
        if row[role_field] is not None:
            assert KIND_OF_SOURCE[row[role_field]["source"]["id"]] == "role", row["id"]
            assert row[role_field]["kind"] == "role"
        if row[group_field] is not None:
            assert KIND_OF_SOURCE[row[group_field]["source"]["id"]] == "group", row["id"]
            assert row[group_field]["kind"] == "group" and row[group_field]["group"]
            groups += 1
    return groups


def test_match_shows_role_and_group_figures_in_separate_fields(run: Run) -> None:
    skills = "python, pytorch:4, sql:2, statistiques"
    data = _json(run, "match", "--skills", skills)
    assert _kinds_apart(data["roles"], "salary", "salary_group") >= 20
    roles = {r["id"]: r for r in data["roles"]}
    # the ML engineer's role-level figure is the index's, its group figure BLS's, apart
    assert roles["machine-learning-engineer"]["salary"]["source"]["id"] == "aijobs-index"
    assert roles["machine-learning-engineer"]["salary_group"]["source"]["id"] == "bls-oews-2025"
    table = run("match", "--skills", skills, "--top", "5", env={"COLUMNS": "200"}).stdout
    assert "Role median, US" in table and "Group median, US" in table
    fr = _json(run, "match", "--skills", skills, "--region", "FR")
    assert _kinds_apart(fr["roles"], "salary", "salary_group") == 0
    # a French range is shown for what it is, in the words rank uses, not as "no data"
    fr_table = run("match", "--skills", skills, "--region", "FR", env={"COLUMNS": "250"}).stdout
    assert "only 50-60k range" in fr_table and "Role median, FR, EUR" in fr_table
    assert "Group median" not in fr_table


def test_skill_and_application_show_role_and_group_figures_apart(run: Run) -> None:
    skill = _json(run, "skill", "pytorch")
    assert _kinds_apart(skill["needed_by"], "salary", "salary_group") >= 10
    table = run("skill", "pytorch", env={"COLUMNS": "200"}).stdout
    assert "Role median, US" in table and "Group median, US" in table
    app = _json(run, "application", "diagnostic médical assisté par ordinateur")
    assert _kinds_apart(app["roles"], "salary_us", "salary_us_group") >= 5
    shown = run("application", "medical-diagnosis", env={"COLUMNS": "200"}).stdout
    assert "U.S. group (BLS)" in shown and "15-1221" in shown
    data = _json(run, "compare", "data-scientist", "machine-learning-engineer")
    rows = [
        {"id": k, "salary_us": v, "salary_us_group": data["salary_us_group"][k]}
        for k, v in data["salary_us"].items()
    ]
    assert _kinds_apart(rows, "salary_us", "salary_us_group") == 2


def test_one_wording_one_count_one_percent_format_per_language(run: Run) -> None:
    import re

    one = {"en": "1 role, by readiness", "fr": "1 métier, par préparation"}
    for lang, title in one.items():
        out = run("match", "--skills", "python", "--top", "1", "--lang", lang).stdout
        assert out.startswith(title), out[:40]
        texts = (
            run("skill", "pytorch", "--lang", lang).stdout
            + run("compare", "data-scientist", "data-analyst", "--lang", lang).stdout
        )
        signs = re.findall(r"\d(\s?)%", texts)
        assert len(signs) >= 3
        # English: no space before %; French: the narrow no-break space, every time
        assert set(signs) == ({""} if lang == "en" else {"\u202f"}), (lang, set(signs))
    # a skill used by one role with a figure: "the 1 role that uses it", not "1 roles"
    assert _json(run, "skill", "java")["worth"]["roles"] == 1
    flat = " ".join(run("skill", "java").stdout.split())
    assert "Median pay of the 1 role of 1 using it with a role-level median (US)" in flat
    flat_fr = " ".join(run("skill", "java", "--lang", "fr").stdout.split())
    assert "Salaire médian du 1 métier qui l'utilise avec une médiane propre (sur 1" in flat_fr
    # the count says how many of the roles listed below have a figure, and of how many
    worth = _json(run, "skill", "sklearn")["worth"]["roles"]
    listed = len(_json(run, "skill", "sklearn")["needed_by"])
    assert worth < listed
    flat = " ".join(run("skill", "sklearn").stdout.split())
    assert f"Median pay of the {worth} roles of {listed} using it" in flat
    assert f"Roles that need it ({listed})" in flat


def test_list_notes_are_those_of_the_columns_shown(run: Run) -> None:
    """A narrow terminal leaves the U.S. group column out: its notes and notice go too."""
    import re

    for width in ("80", "100", "140"):
        for lang in ("en", "fr"):
            out = run(
                "list",
                "--family",
                "emerging-roles",
                "--notes",
                "--lang",
                lang,
                env={"COLUMNS": width},
            ).stdout
            lines = out.splitlines()
            notes = [i for i, line in enumerate(lines) if re.match(r"\[\d+\] ", line)]
            assert notes, (width, lang)
            body, under = "\n".join(lines[: notes[0]]), "\n".join(lines[notes[0] :])
            marks = {int(m) for m in re.findall(r"\[(\d+)\]", body)}
            numbered = {int(m) for m in re.findall(r"^\[(\d+)\] ", under, re.M)}
            assert marks == numbered == set(range(1, len(numbered) + 1)), (width, lang)
            group_shown = "(BLS)" in body
            assert group_shown == ("BLS OEWS" in under), (width, lang)
            if width == "80":
                assert not group_shown  # the marks widen the cells (README: about 88 columns)
            if width == "140":
                assert group_shown


def test_csv_keeps_role_level_and_group_figures_in_their_own_columns(run: Run) -> None:
    """`match` and `skill` CSV: the role-level figure (aijobs.net index) in median,
    currency, source (and n for match), the BLS group figure in group_median, group,
    group_source, each under its own header."""
    for args, role in (
        (["match", "--skills", "pytorch:4", "--top", "45"], "computer-vision-engineer"),
        (["skill", "pytorch"], "computer-vision-engineer"),
    ):
        result = run(*args, "--format", "csv")
        assert result.exit_code == 0, result.output
        rows = {r.get("id") or r["role"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
        row = rows[role]
        assert (row["currency"], row["source"]) == ("USD", "aijobs-index")
        assert float(row["median"]) > 100_000
        assert row["group"].startswith("SOC 15-1221 ") and row["group_source"] == "bls-oews-2025"
        assert float(row["group_median"]) > 100_000
        if args[0] == "match":
            assert int(row["n"]) >= 20  # the index's sample size (n >= 20 rows)


def test_a_source_whose_tag_is_its_name_is_not_explained_by_itself(
    run: Run, mini: dict[str, Any], write_catalogue: Callable[..., Path]
) -> None:
    """An imported O*NET catalogue's BLS source has no short tag: its legend line reads
    "BLS OEWS 2025: all workers of ...", not "BLS OEWS 2025 = BLS OEWS 2025: ..."; the
    bundled BLS source keeps its tag ("BLS = BLS OEWS May 2025: ...")."""
    mini["sources"][0] |= {"kind": "official", "short": "Stats 2025", "publisher": "A bureau"}
    out = " ".join(run("list", "--catalog", str(write_catalogue(mini))).stdout.split())
    assert "Stats 2025: all workers of an official occupation group" in out
    assert "Stats 2025 = Stats 2025" not in out
    bundled = " ".join(run("list").stdout.split())
    assert "BLS = BLS OEWS May 2025: all workers of an official occupation group" in bundled
