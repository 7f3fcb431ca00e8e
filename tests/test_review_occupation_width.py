"""`careers profile from-occupation` keeps the evidence of each mapped skill at 80 columns
(review finding: piped at 80 columns the column was left out): when the ESCO URIs do not
fit a table, each skill becomes a small record with its evidence; where the evidence is
short (O*NET technology names) the table stays a table with the column."""

from __future__ import annotations

import json

import pytest

from .conftest import ROOT, Run

FIX = ROOT / "tests" / "fixtures"
ESCO = ["import", "esco", str(FIX / "esco"), "--fr-labels", str(FIX / "esco" / "fr")]
ONET = ["import", "onet", str(FIX / "onet")]


def _mapped(run: Run, name: str, catalog: str, lang: str) -> tuple[str, list[str]]:
    """The table output at 80 columns (answered no), and the evidence JSON lists."""
    args = ["profile", "from-occupation", name, "--catalog", catalog, "--lang", lang]
    shown = run(*args, input="\n", env={"COLUMNS": "80"})
    assert shown.stdout, shown.output
    data = json.loads(run(*args, "-f", "json", input="\n").stdout)
    return shown.stdout, [m["evidence"] for m in data["mapped"] if m["skill"] is not None]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_esco_uri_is_shown_at_80_columns(run: Run, lang: str) -> None:
    assert run(*ESCO).exit_code == 0
    out, evidence = _mapped(run, "data scientist", "esco", lang)
    assert len(evidence) == 8
    for uri in evidence:
        assert uri in out.split()  # whole, on its line of the skill's record
    assert "not shown at this width" not in out and "non affichées" not in out
    assert all(len(line) <= 80 for line in out.splitlines())


def test_short_evidence_keeps_the_table(run: Run) -> None:
    assert run(*ONET).exit_code == 0
    out, evidence = _mapped(run, "statisticians", "onet", "en")
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("Official skill"))
    assert header.split()[-1] == "Evidence"
    assert lines[lines.index(header) + 1] == "─" * 80
    text = " ".join(out.split())
    assert evidence and all(e in text for e in evidence)
