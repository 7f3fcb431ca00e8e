"""An occupation's official code names it (review finding: `show 25-1054.00 --catalog
onet` and `profile from-occupation 25-1054.00` said "unknown role", though an O*NET-SOC
code is how users and job boards name occupations): an O*NET-SOC code with or without
``.00``, an ESCO URI; found in the compiled index's ``role_codes`` table, not by decoding
every role. A code several roles carry is ambiguous and lists them. A name an imported
taxonomy does not know is an "unknown occupation"."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from careers_cli import stored

from .conftest import ROOT, Run

FIX = ROOT / "tests" / "fixtures"
ONET = ["import", "onet", str(FIX / "onet")]
ESCO = ["import", "esco", str(FIX / "esco")]
ACCOUNTANT = "http://data.europa.eu/esco/occupation/eda0d957-3c3c-4139-b89a-a18bc9e18897"


def shown_id(run: Run, name: str, *args: str, cache: list[str] | None = None) -> str:
    result = run(*(cache or []), "show", name, *args, "--format", "json")
    assert result.exit_code == 0, result.output
    ident: str = json.loads(result.stdout)["id"]
    return ident


@pytest.mark.parametrize("cache", [[], ["--no-cache"]])
def test_an_onet_soc_code_names_its_occupation(
    run: Run, cache: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(*ONET).exit_code == 0
    assert run("show", "statisticians", "--catalog", "onet").exit_code == 0  # compiled
    decoded: list[str] = []  # the kinds whose every item was read
    every, each = stored.Records.every, stored.Records.__iter__

    def read_every(self: stored.Records[Any]) -> list[Any]:
        decoded.append(self.kind)
        return every(self)

    def read_each(self: stored.Records[Any]) -> Any:
        decoded.append(self.kind)
        return each(self)

    monkeypatch.setattr(stored.Records, "every", read_every)
    monkeypatch.setattr(stored.Records, "__iter__", read_each)
    for code in ("15-2051.00", "15-2051", " 15-2051.00 "):
        assert shown_id(run, code, "--catalog", "onet", cache=cache) == "data-scientists"
    # narrower than its SOC group: only its own O*NET-SOC code names it
    narrower = shown_id(run, "15-2051.01", "--catalog", "onet", cache=cache)
    assert narrower == "business-intelligence-analysts"
    assert decoded == []  # one indexed query, no role decoded to find it
    unknown = run(*cache, "show", "99-9999.00", "--catalog", "onet")
    # an imported taxonomy's roles are occupations; the bundled catalogue's, roles
    assert unknown.exit_code == 1 and "unknown occupation '99-9999.00'" in unknown.stderr
    french = run(*cache, "show", "99-9999", "--catalog", "onet", "--lang", "fr").stderr
    assert "métier inconnu : « 99-9999 »" in french
    assert "unknown role '99-9999.00'" in run(*cache, "show", "99-9999.00").stderr


def test_profile_from_occupation_takes_the_code(run: Run, isolated_home: Path) -> None:
    assert run(*ONET).exit_code == 0
    by_name = run("profile", "from-occupation", "statisticians", "--catalog", "onet", "-y")
    assert by_name.exit_code == 0, by_name.output
    saved = (isolated_home / "profile.yaml").read_text("utf-8")
    (isolated_home / "profile.yaml").unlink()
    by_code = run("profile", "from-occupation", "15-2041", "--catalog", "onet", "-y")
    assert by_code.exit_code == 0, by_code.output
    assert (isolated_home / "profile.yaml").read_text("utf-8") == saved
    assert by_code.stdout == by_name.stdout


def test_an_esco_uri_names_its_occupation(run: Run) -> None:
    assert run(*ESCO).exit_code == 0
    assert shown_id(run, ACCOUNTANT, "--catalog", "esco") == "accountant"


@pytest.mark.parametrize("cache", [[], ["--no-cache"]])
def test_a_code_several_roles_carry_is_ambiguous_and_lists_them(
    run: Run, mini: dict[str, Any], tmp_path: Path, cache: list[str]
) -> None:
    code = {"code": "15-2051.00", "label": "Data Scientists", "source": "src"}
    for role in mini["roles"]:
        role["codes"] = {"soc": [code]}
    path = tmp_path / "roles.yaml"
    path.write_text(yaml.safe_dump(mini, allow_unicode=True), "utf-8")
    result = run(*cache, "show", "15-2051", "--catalog", str(path))
    assert result.exit_code == 1
    out = " ".join(result.stderr.split())
    assert "'15-2051' is ambiguous" in out and "Data scientist, ML engineer" in out
    fr = " ".join(
        run(*cache, "show", "15-2051", "--catalog", str(path), "--lang", "fr").stderr.split()
    )
    assert "Scientifique des données, Ingénieur ML" in fr
