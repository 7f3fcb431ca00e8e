"""`careers show ROLE --section ...` prints only the parts asked for."""

from __future__ import annotations

import json

import pytest

from careers_cli import catalogue
from careers_cli.choices import Lang
from careers_cli.render.doc import Heading
from careers_cli.views.roles import ShowView
from careers_cli.views.sections import SECTIONS, part_of


@pytest.mark.parametrize("lang", [Lang.EN, Lang.FR])
def test_every_heading_of_show_belongs_to_a_part(lang: Lang) -> None:
    index = catalogue.load(None)
    for role in index.catalogue.roles:
        doc = ShowView(index, role).document(lang)
        for block in doc.blocks:
            if isinstance(block, Heading) and block.level == 2:
                assert part_of(block.text, lang) in SECTIONS, (role.id, block.text)


def test_pay_only(run) -> None:
    result = run("show", "data-scientist", "--section", "pay")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.startswith("Data scientist")
    assert "Salaries" in out
    for other in ("Missions", "Essential skills", "Codes", "Related roles", "Education"):
        assert other not in out


def test_two_parts_in_french(run) -> None:
    result = run(
        "show", "data-scientist", "--section", "codes", "--section", "related", "--lang", "fr"
    )
    out = result.stdout
    assert "Codes" in out and "Métiers voisins" in out
    assert "Salaires" not in out and "Missions" not in out


def test_json_keeps_the_fields_of_the_parts(run) -> None:
    result = run("show", "data-scientist", "--section", "skills", "--format", "json")
    data = json.loads(result.stdout)
    assert set(data) == {"id", "name", "sources", "skills", "tools", "applications"}


def test_an_unknown_part_is_a_usage_error(run) -> None:
    result = run("show", "data-scientist", "--section", "wages")
    assert result.exit_code == 2
    assert "summary" in result.stderr and "related" in result.stderr
