"""French and European figures changed in issue 12, each checked against its source row
(copies in fixtures/salaries/salaries_eu_rows.csv), and the rules for French headlines."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from careers_cli import catalogue
from careers_cli.model import Salary

from .conftest import Run

INDEX = catalogue.load(None)
FIXTURE = Path(__file__).parent / "fixtures" / "salaries" / "salaries_eu_rows.csv"
with open(FIXTURE, encoding="utf-8") as _f:
    ROWS = list(csv.DictReader(_f))


def _num(text: str) -> float | None:
    return float(text) if text else None


def _figure_for(row: dict[str, str]) -> Salary:
    """The catalogue figure read from a row: same role, country and page address, and the
    same numbers (whichever field the catalogue keeps the central one in)."""
    region = "GB" if row["country"] == "UK" else row["country"]
    role = INDEX.roles.items[row["role_id"]]
    found = []
    for s in role.salaries:
        address = INDEX.sources[s.source].address
        central = s.median if s.median is not None else s.mean
        if (
            s.region == region
            and address == row["source_address"]
            and (s.low, central, s.high)
            == (_num(row["low"]), _num(row["median"]), _num(row["high"]))
        ):
            found.append(s)
    assert len(found) == 1, (row["role_id"], row["measure"], found)
    return found[0]


def test_every_changed_figure_equals_its_row() -> None:
    assert len(ROWS) >= 10
    for row in ROWS:
        s = _figure_for(row)
        measure = row["measure"].lower()
        assert s.currency == row["currency"]
        is_mean = any(word in measure for word in ("mean", "average", "approx"))
        if measure.startswith("typical"):  # 'median-like' by the row's own words: kept as median
            assert s.median is not None
        elif is_mean:  # a mean or an 'environ' figure is never stored as a median
            assert s.median is None and s.mean == _num(row["median"]), row["measure"]
        elif row["median"]:
            assert s.median == _num(row["median"])
        assert (s.period.value == "monthly") == ("monthly" in measure), row["measure"]
        if "gross" not in measure:  # the row does not say gross: neither does the catalogue
            assert s.pay.value != "gross", row["measure"]
        year = row["year"]
        if year[:4].isdigit():
            assert s.year == int(year[:4]), row["measure"]
        elif "~" in year:  # "n.d. (~2018)": the year the row gives, approximately
            assert s.year == int(year.split("~")[1][:4])


def test_the_research_scientist_stipend_says_what_it_is(run: Run) -> None:
    row = next(r for r in ROWS if r["role_id"] == "ai-research-scientist")
    s = _figure_for(row)
    assert s.label is not None and "public-sector" in s.label.en and "public" in s.label.fr
    out = run("list", env={"COLUMNS": "160"}).stdout
    line = next(line for line in out.splitlines() if line.startswith("AI research scientist"))
    assert "/mo" in line and "public-sector starter" in line


def test_no_french_headline_is_older_than_2021(run: Run) -> None:
    data = json.loads(run("list", "--format", "json").stdout)
    shown = [r["salary_fr"] for r in data["roles"] if r["salary_fr"] is not None]
    assert len(shown) >= 13
    assert all(s["year"] is None or s["year"] >= 2021 for s in shown)
    by_id = {r["id"]: r["salary_fr"] for r in data["roles"]}
    assert by_id["machine-learning-engineer"]["source"]["id"] != "hired-2018-silicon"
    assert by_id["business-intelligence-analyst"] is None  # only a 2017 figure
    ranked = json.loads(run("rank", "--region", "FR", "--format", "json").stdout)
    for row in ranked["roles"]:
        if row["position"] is not None:
            assert row["salary"]["year"] >= 2021 and row["salary"]["median"] is not None


def test_french_column_says_what_each_figure_is(run: Run) -> None:
    out = run("list", env={"COLUMNS": "160"}).stdout.splitlines()

    def cell(name: str) -> str:
        return next(line for line in out if line.startswith(name))

    assert "range" in cell("Machine-learning engineer")
    assert "from 50k" in cell("NLP engineer")
    assert "43k mean" in cell("Statistician")
    assert "52k med index" in cell("Data engineer")  # the median rank ranks (pay.headline)
    assert "/mo" in cell("AI product manager")


def test_gb_figures_newest_and_best_first() -> None:
    sources = [
        s.source
        for s in INDEX.roles.items["machine-learning-engineer"].salaries
        if s.region == "GB"
    ]
    order = [
        sources.index(x)
        for x in ("aijobs-index", "itjobswatch-ml-london", "applyo-mle-uk", "adlib-ml")
    ]
    assert order == sorted(order)
