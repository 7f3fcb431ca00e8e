"""Entry / mid / senior medians per role and country from the aijobs.net salary index.

Run once by hand (never by the tests or the package) to aggregate the raw file:

    python docs/scripts/aijobs_seniority.py RAW.csv.gz MAPPING.csv OUT.csv [--check POOLED.csv]

RAW is aijobs.net's salaries file (work years 2020-2025, CC0 1.0), MAPPING the job title ->
role table used for the catalogue. Rows of work years 2024 and 2025 are pooled, all rows
as published (not de-duplicated), like the catalogue's all-level figures. For each role,
country of residence and level (EN entry, MI mid, SE senior) it writes n, the median,
10th and 90th percentiles in USD, and the median in the local currency over the rows paid
in it (n_local). --check recomputes the all-level pooled table and compares it with the
published one, to show the method is the same.
"""

import csv
import gzip
import statistics
import sys
from collections import defaultdict

YEARS = {"2024", "2025"}
LEVELS = {"EN": "entry", "MI": "mid", "SE": "senior"}
CURRENCY = {"US": "USD", "GB": "GBP", "CA": "CAD", "CH": "CHF"}  # else EUR in the EU


def quantile(values: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    values = sorted(values)
    pos = (len(values) - 1) * q
    low = int(pos)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (pos - low)


def figures(rows: list[tuple[float, float, str]], country: str) -> dict[str, object]:
    usd = [r[0] for r in rows]
    currency = CURRENCY.get(country, "EUR")
    local = [r[1] for r in rows if r[2] == currency]
    big = len(usd) >= 20
    return {
        "n": len(usd),
        "median_usd": round(statistics.median(usd)),
        "p10_usd": round(quantile(usd, 0.1)) if big else "",
        "p90_usd": round(quantile(usd, 0.9)) if big else "",
        "median_local": round(statistics.median(local)) if local else "",
        "local_currency": currency,
        "n_local": len(local),
    }


def load(raw: str, mapping: str) -> dict[tuple[str, str, str], list[tuple[float, float, str]]]:
    with open(mapping, encoding="utf-8") as f:
        role_of = {r["job_title"]: r["role_id"] for r in csv.DictReader(f)}
    groups: dict[tuple[str, str, str], list[tuple[float, float, str]]] = defaultdict(list)
    with gzip.open(raw, "rt", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            role = role_of.get(r["job_title"])
            if role is None or r["work_year"] not in YEARS:
                continue
            row = (float(r["salary_in_usd"]), float(r["salary"]), r["salary_currency"])
            groups[(role, r["employee_residence"], "all")].append(row)
            if r["experience_level"] in LEVELS:
                groups[(role, r["employee_residence"], LEVELS[r["experience_level"]])].append(row)
    return groups


def check(groups: dict[tuple[str, str, str], list[tuple[float, float, str]]], pooled: str) -> None:
    bad = 0
    with open(pooled, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            mine = figures(groups[(r["role_id"], r["country"], "all")], r["country"])
            for key in ("n", "median_usd", "p10_usd", "p90_usd", "median_local", "n_local"):
                if str(mine[key]) != r[key]:
                    bad += 1
                    print("differs:", r["role_id"], r["country"], key, mine[key], r[key])
    print("pooled table reproduced" if not bad else f"{bad} differences")


def main() -> None:
    raw, mapping, out = sys.argv[1:4]
    groups = load(raw, mapping)
    if "--check" in sys.argv:
        check(groups, sys.argv[sys.argv.index("--check") + 1])
    with open(out, "w", encoding="utf-8", newline="") as f:
        fields = ["role_id", "country", "experience", "work_years", "n", "median_usd"]
        fields += ["p10_usd", "p90_usd", "median_local", "local_currency", "n_local"]
        writer = csv.DictWriter(f, fields)
        writer.writeheader()
        for (role, country, level), rows in sorted(groups.items()):
            if level == "all" or len(rows) < 20:
                continue
            writer.writerow(
                {"role_id": role, "country": country, "experience": level,
                 "work_years": "2024-2025", **figures(rows, country)}
            )


if __name__ == "__main__":
    main()
