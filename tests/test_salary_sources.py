"""Every aijobs.net figure in the catalogue equals its source row (copies in fixtures/salaries)."""

from __future__ import annotations

import csv
from pathlib import Path

from careers_cli import catalogue

INDEX = catalogue.load(None)
FIXTURES = Path(__file__).parent / "fixtures" / "salaries"
LEVELS = ("entry", "mid", "senior")

# the index's job-title groups -> catalogue roles, where the names differ
ROLE_OF = {
    "ai-architect": ("ai-solutions-architect",),
    "robotics-engineer": ("robotics-computer-vision-engineer",),
    # one index group, two roles (each says so in its basis)
    "data-governance": ("ai-governance-officer", "data-steward"),
    "quantitative-analyst": (
        "quantitative-researcher",
    ),  # a second figure, basis 'Quantitative Analyst'
}


def _rows(name: str) -> list[dict[str, str]]:
    with open(FIXTURES / name, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _expected(row: dict[str, str]) -> tuple[str, float, int] | None:
    """(currency, median, n) the catalogue must hold for a row, None when n < 20.

    The U.S. figures use all rows (in USD); elsewhere the median in the local currency
    over the rows paid in it, as the data README advises.
    """
    if row["country"] == "US":
        return ("USD", float(row["median_usd"]), int(row["n"])) if int(row["n"]) >= 20 else None
    n_local = int(row["n_local"] or 0)
    if n_local < 20:
        return None
    return (row["local_currency"], float(row["median_local"]), n_local)


def _catalogue(level: str) -> dict[tuple[str, str], list[tuple[str, float, int, object]]]:
    out: dict[tuple[str, str], list[tuple[str, float, int, object]]] = {}
    for role in INDEX.catalogue.roles:
        for s in role.salaries:
            if s.source == "aijobs-index" and s.experience.value == level:
                assert s.median is not None and s.sample is not None
                out.setdefault((role.id, s.region), []).append(
                    (s.currency, s.median, s.sample, (s.p10, s.p90))
                )
    return out


def _check(rows: list[dict[str, str]], level: str) -> int:
    held = _catalogue(level)
    regions = {s.region for r in INDEX.catalogue.roles for s in r.salaries} - {"EU"}
    used = 0
    for row in rows:
        if row.get("experience", "all") != level:
            continue
        want = _expected(row)
        if want is None or row["country"] not in regions:
            continue
        for role in ROLE_OF.get(row["role_id"], (row["role_id"],)):
            if role not in INDEX.roles.items:
                continue
            figures = held.get((role, row["country"]), [])
            match = [f for f in figures if f[:3] == want]
            assert match, (role, row["country"], level, want, figures)  # every usable row is in
            if row["country"] == "US":  # and its percentiles too
                assert match[0][3] == (float(row["p10_usd"]), float(row["p90_usd"])), role
            used += 1
    wanted = sum(len(v) for v in held.values())
    assert used == wanted, (used, wanted)  # and nothing is in that no row gives
    return used


def test_all_level_index_figures_equal_the_pooled_rows() -> None:
    rows = _rows("aijobs_pooled_2024_2025.csv")
    assert _check(rows, "all") >= 40
    # the data README's example
    mle = next(
        r for r in rows if r["role_id"] == "machine-learning-engineer" and r["country"] == "US"
    )
    assert (mle["n"], mle["median_usd"], mle["p10_usd"], mle["p90_usd"]) == (
        "7064",
        "194020",
        "125000",
        "303400",
    )


def test_us_has_role_level_medians_for_at_least_15_roles() -> None:
    with_index = {
        role.id
        for role in INDEX.catalogue.roles
        for s in role.salaries
        if s.region == "US" and s.source == "aijobs-index" and s.experience.value == "all"
    }
    assert len(with_index) >= 15


def test_seniority_figures_equal_the_aggregated_rows() -> None:
    rows = _rows("aijobs_seniority_2024_2025.csv")
    assert {r["work_years"] for r in rows} == {"2024-2025"}
    counted = sum(_check(rows, level) for level in LEVELS)
    assert counted >= 50
    mle = _catalogue("senior")[("machine-learning-engineer", "US")]
    assert mle[0][1:3] == (200000, 4998)
