"""Every view that shows pay or employment keeps the two kinds of figure apart (role-level,
group), labels group figures with their group, and says what its rows are."""

from __future__ import annotations

import json
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
