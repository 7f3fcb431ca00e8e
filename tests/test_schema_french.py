"""`careers schema` in French: every description of the schema has its French version
(careers_cli/schema_fr.py), and the French schema is the English one with only its
titles and descriptions translated. The file shipped for editors stays in English."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
import yaml

from careers_cli import __version__
from careers_cli.choices import Lang
from careers_cli.schema import json_schema
from careers_cli.schema_fr import ABOUT, FRENCH

from .conftest import ROOT, Run

REF_SUFFIX = re.compile(r" \(an id from `[a-z_]+`\)$")
SAME_IN_BOTH = {"Sources"}  # descriptions written the same way in French


def _descriptions(node: Any, path: str = "") -> list[tuple[str, str]]:
    """Every (where, text) of a "description" keyword in a schema."""
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                found.append((path, value))
            else:
                found.extend(_descriptions(value, f"{path}/{key}"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.extend(_descriptions(value, f"{path}/{i}"))
    return found


def _english_texts() -> set[str]:
    """The texts of the model behind the English descriptions (without the "an id from"
    note and the line on the tool's version)."""
    about = " " + ABOUT[0].format(version=__version__)
    return {
        REF_SUFFIX.sub("", text.removesuffix(about)) for _, text in _descriptions(json_schema())
    }


def test_every_description_of_the_schema_has_a_french_version() -> None:
    texts = _english_texts()
    assert len(texts) > 100
    missing = sorted(texts - FRENCH.keys())
    assert not missing, f"add to careers_cli/schema_fr.py FRENCH: {missing}"
    unused = sorted(FRENCH.keys() - texts)
    assert not unused, f"no longer in the model, remove from FRENCH: {unused}"


def _same_but_descriptions(en: Any, fr: Any, path: str = "") -> None:
    assert type(en) is type(fr), path
    if isinstance(en, dict):
        assert list(en) == list(fr), path
        for key in en:
            if key in ("description", "title") and isinstance(en[key], str):
                assert en[key] in SAME_IN_BOTH or fr[key] != en[key], f"{path}/{key}"
            else:
                _same_but_descriptions(en[key], fr[key], f"{path}/{key}")
    elif isinstance(en, list):
        assert len(en) == len(fr), path
        for i, (a, b) in enumerate(zip(en, fr, strict=True)):
            _same_but_descriptions(a, b, f"{path}/{i}")
    else:
        assert en == fr, path


@pytest.mark.parametrize(
    "args, env",
    [(("schema", "--lang", "fr"), None), (("schema",), {"LANG": "fr_FR.UTF-8"})],
)
def test_schema_in_french_is_the_same_schema_with_french_descriptions(
    run: Run, args: tuple[str, ...], env: dict[str, str] | None
) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    result = run(*args, env=env)
    assert result.exit_code == 0, result.stderr
    french = json.loads(result.stdout)
    english = json.loads(run("schema").stdout)
    jsonschema.Draft202012Validator.check_schema(french)
    _same_but_descriptions(english, french)
    level = french["$defs"]["RoleSkill"]["properties"]["level"]["description"]
    assert level == "Niveau attendu, de 1 (notions) à 5 (expert) ; voir docs/catalogue.md"
    family = french["$defs"]["Role"]["properties"]["family"]["description"]
    assert family == "Identifiant de la famille (un identifiant pris dans `families`)"
    assert "à ne pas modifier à la main" in french["description"]
    bundled = yaml.safe_load((ROOT / "data" / "roles.yaml").read_text(encoding="utf-8"))
    jsonschema.validate(bundled, french)


def test_the_shipped_schema_stays_in_english_for_a_french_user(run: Run) -> None:
    shipped = (ROOT / "data" / "roles.schema.json").read_text(encoding="utf-8")
    result = run("schema", "--lang", "en", env={"LANG": "fr_FR.UTF-8"})
    assert result.stdout == shipped
    assert json.loads(shipped) == json_schema(Lang.EN)
