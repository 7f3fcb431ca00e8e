"""One rule for the median that sorts, filters and weighs a role (review rv2, item 3):
`list --sort salary` (pay.pay_order), `--min-salary` on list and match and `next --goal
pay` (pay.median_for) all read pay.median_figure."""

from __future__ import annotations

import json
from typing import Any

from careers_cli import catalogue, pay
from careers_cli.model import SalaryKind

from .conftest import Run


def _figure(median: int | None, **extra: Any) -> dict[str, Any]:
    out = {
        "region": "US",
        "currency": "USD",
        "period": "annual",
        "pay": "gross",
        "experience": "all",
        "year": 2024,
        "source": "src",
        "measure": {"en": "Annual pay", "fr": "Salaire annuel"},
    }
    if median is not None:
        out["median"] = median
    return out | extra


def _catalogue(mini: dict[str, Any]) -> dict[str, Any]:
    """The data scientist's role-level figures, in catalogue order: a 2019 median (too old),
    a range without median, a senior median, then the median for all levels; the ML
    engineer has only a BLS group median."""
    mini["sources"].append(
        {"id": "bls", "title": "OEWS", "publisher": "BLS", "short": "BLS", "kind": "official"}
    )
    mini["roles"][0]["salaries"] = [
        _figure(400000, year=2019),
        _figure(None, low=90000, high=110000),
        _figure(300000, experience="senior"),
        _figure(100000),
    ]
    mini["roles"][1]["salaries"] = [_figure(150000, source="bls", group="SOC 15-2051 Data")]
    del mini["roles"][1]["salary_note"]
    return mini


def test_the_rule_picks_the_recent_annual_all_levels_median(
    mini: dict[str, Any], write_catalogue: Any
) -> None:
    index = catalogue.Index(catalogue.read(str(write_catalogue(_catalogue(mini)))))
    ds, mle = index.roles.items["data-scientist"], index.roles.items["ml-engineer"]
    assert pay.median_figure(index, ds, "US", SalaryKind.ROLE).median == 100000  # type: ignore[union-attr]
    assert pay.pay_order(index, ds, "US") == (0, 100000)
    assert pay.median_for(index, ds, "US") == 100000
    assert pay.pay_order(index, mle, "US") == (1, 150000)
    assert pay.median_for(index, mle, "US") == 150000
    assert pay.pay_order(index, ds, "FR") == (2, None) and pay.median_for(index, ds, "FR") is None


def _ids(run: Run, *args: str) -> list[str]:
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return [r["id"] for r in json.loads(result.stdout)["roles"]]


def test_sort_and_min_salary_agree_on_the_figure(
    run: Run, mini: dict[str, Any], write_catalogue: Any
) -> None:
    path = str(write_catalogue(_catalogue(mini)))
    for cache in ([], ["--no-cache"]):
        # role-level medians first (100k), then the group-only role (150k)
        assert _ids(run, *cache, "list", "--catalog", path, "--sort", "salary") == [
            "data-scientist",
            "ml-engineer",
        ]
        # 100k is the data scientist's median for --min-salary too: not the senior 300k,
        # not the 2019 400k, not the range
        assert _ids(run, *cache, "list", "--catalog", path, "--min-salary", "100001") == [
            "ml-engineer"
        ]
        assert _ids(run, *cache, "list", "--catalog", path, "--min-salary", "100k") == [
            "data-scientist",
            "ml-engineer",
        ]
        matched = _ids(
            run, *cache, "match", "--catalog", path, "--skills", "python", "--min-salary", "120k"
        )
        assert matched == ["ml-engineer"]


def test_on_the_bundled_catalogue_min_salary_keeps_what_the_sort_ranks_above_it(
    run: Run,
) -> None:
    index = catalogue.load(None)
    for threshold in (100000, 150000, 190000):
        kept = set(_ids(run, "list", "--min-salary", str(threshold)))
        expected = {
            r.id
            for r in index.every_role()
            if (m := pay.pay_order(index, r, "US")[1]) is not None and m >= threshold
        }
        assert kept == expected and kept
