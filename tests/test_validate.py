"""Catalogue validation: every problem reported at once, each with its path and place."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from careers_cli import catalogue
from careers_cli.errors import CatalogueError
from careers_cli.validate import validate


def problems(data: dict[str, Any]) -> list[str]:
    report = validate(data)
    from careers_cli.validate import format_path

    return [f"{format_path(i.path)}: {i.message}" for i in report.errors]


def test_mini_catalogue_is_valid(mini: dict[str, Any]) -> None:
    report = validate(mini)
    assert report.errors == []
    assert report.catalogue is not None
    assert [r.id for r in report.catalogue.roles] == ["data-scientist", "ml-engineer"]


def test_level_out_of_range_has_path_line_and_column(
    mini: dict[str, Any], write_catalogue: Callable[..., Path]
) -> None:
    mini["roles"][1]["skills"][2]["level"] = 7
    path = write_catalogue(mini)
    with pytest.raises(CatalogueError) as caught:
        catalogue.read(str(path))
    (problem,) = caught.value.problems
    assert problem.path == "roles[1].skills[2].level"
    assert problem.message == "must be 1-5, got 7"
    text = path.read_text().splitlines()
    assert problem.line is not None and "level: 7" in text[problem.line - 1]
    assert str(caught.value).startswith(f"{path}:{problem.line}:{problem.column}: roles[1]")


def test_every_problem_is_reported_at_once(mini: dict[str, Any]) -> None:
    mini["roles"][0]["skills"][0]["level"] = 0
    mini["roles"][0]["family"] = "nope"
    mini["skills"][0]["category"] = "programing"
    del mini["roles"][1]["summary"]
    found = problems(mini)
    assert "roles[0].skills[0].level: must be 1-5, got 0" in found
    assert "roles[0].family: unknown family 'nope'" in found
    assert any(
        p.startswith("skills[0].category: must be one of") and "did you mean 'programming'" in p
        for p in found
    )
    assert "roles[1]: missing required field 'summary'" in found
    assert len(found) == 4


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["roles"][0].update(salary=[]),
            "roles[0].salary: unknown field 'salary' (did you mean 'salaries' or 'salary_note'?)",
        ),
        (lambda d: d["roles"][0]["name"].pop("fr"), "roles[0].name: missing required field 'fr'"),
        (lambda d: d["roles"][0]["name"].update(fr="  "), "roles[0].name.fr: must not be empty"),
        (
            lambda d: d["roles"][0].update(id="Data Scientist"),
            "roles[0].id: the text 'Data Scientist' is not an id",
        ),
        (
            lambda d: d["roles"][0]["skills"][0].update(skill="pyton"),
            "roles[0].skills[0].skill: unknown skill 'pyton' (did you mean 'python'?)",
        ),
        (
            lambda d: d["roles"][0].update(tools=["statistics"]),
            "roles[0].tools[0]: 'statistics' is a math-statistics skill, not a tool or framework",
        ),
        (
            lambda d: d["roles"][0].update(applications=["nope"]),
            "roles[0].applications[0]: unknown application 'nope'",
        ),
        (
            lambda d: d["roles"][0].update(related=["ghost"]),
            "roles[0].related[0]: unknown role 'ghost'",
        ),
        (
            lambda d: d["roles"][0]["salaries"][0].update(source="nope"),
            "roles[0].salaries[0].source: unknown source 'nope'",
        ),
        (
            lambda d: d["skills"][2].update(prerequisites=["nothing"]),
            "skills[2].prerequisites[0]: unknown skill 'nothing'",
        ),
        (
            lambda d: d["skills"][2].update(implies=["nothing"]),
            "skills[2].implies[0]: unknown skill 'nothing'",
        ),
        (
            lambda d: d["skills"][0].update(implies=[d["skills"][0]["id"]]),
            "skills[0].implies: a skill cannot imply itself",
        ),
        (
            lambda d: d["skills"][1].update(id="python"),
            "skills[1].id: duplicate id 'python' (also skills[0])",
        ),
        (
            lambda d: d["roles"][0]["salaries"][0].update(p10=200000),
            "roles[0].salaries[0].p10: p10 (200000) is above median (100000)",
        ),
        (
            lambda d: d["roles"][0]["salaries"][1].update(low=70000),
            "roles[0].salaries[1].low: low (70000) is above high (60000)",
        ),
        (
            lambda d: d["roles"][0]["salaries"][0].update(median=-5),
            "roles[0].salaries[0].median: must be above 0",
        ),
        (
            lambda d: d["roles"][0]["salaries"][0].update(median=float("nan")),
            "roles[0].salaries[0].median: must be a finite number, got nan",
        ),
        (
            lambda d: d["roles"][0]["salaries"][0].update(median=float("inf")),
            "roles[0].salaries[0].median: must be a finite number, got inf",
        ),
        (
            lambda d: d["roles"][0]["salaries"][0].update(currency="EUX"),
            "roles[0].salaries[0].currency: unknown currency 'EUX'",
        ),
        (
            lambda d: d["roles"][0]["salaries"][0].update(region=False),
            "roles[0].salaries[0].region: must be text, got the boolean false (YAML 1.1 reads",
        ),
        (
            lambda d: [d["roles"][0]["salaries"][0].pop(k) for k in ("p10", "median", "p90")],
            "roles[0].salaries[0]: a salary needs at least one figure",
        ),
        (
            lambda d: d["roles"][0]["missions"].update(fr=["a", "b"]),
            "roles[0].missions: 1 missions in English but 2 in French",
        ),
        (
            lambda d: d["skills"][2]["related"][0].update(weight=1.0),
            "skills[2].related[0].weight: must be below 1.0, got 1.0",
        ),
        (
            lambda d: d["skills"][2]["related"][0].update(weight=0),
            "skills[2].related[0].weight: must be above 0.0 and below 1.0, got 0",
        ),
        (
            lambda d: d["skills"][0].update(aliases=["stats"]),
            "'stats' names both skill 'python' and 'statistics'",
        ),
        (
            lambda d: d["roles"][0]["skills"].append(
                {"skill": "python", "importance": "optional", "level": 2}
            ),
            "roles[0].skills[3].skill: skill 'python' is listed twice",
        ),
        (
            lambda d: d["roles"][0]["skills"][0].update(importance="must"),
            "roles[0].skills[0].importance: must be one of essential, optional",
        ),
        (
            lambda d: d["roles"][0]["skills"][0].update(level="3"),
            "roles[0].skills[0].level: must be a whole number, got the text '3'",
        ),
        (lambda d: d.update(schema_version=2), "schema_version: must be 1-1, got 2"),
    ],
)
def test_each_kind_of_error(
    mini: dict[str, Any], change: Callable[[dict[str, Any]], Any], expected: str
) -> None:
    change(mini)
    found = problems(mini)
    assert any(p.startswith(expected) or expected in p for p in found), found


def test_prerequisite_cycle(mini: dict[str, Any]) -> None:
    mini["skills"][0]["prerequisites"] = ["pytorch"]
    found = problems(mini)
    assert any("prerequisite cycle: " in p and "python" in p and "pytorch" in p for p in found), (
        found
    )


def test_top_level_must_be_a_mapping() -> None:
    assert problems([1, 2])[0].startswith(": the catalogue must be a mapping")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the catalogue is empty"),
        ("null\n", "the catalogue is empty"),
        ("- a\n- b\n", "the catalogue must be a mapping"),
        ("schema_version: 1\nschema_version: 1\n", "duplicate key 'schema_version'"),
    ],
)
def test_structural_files(write_catalogue: Callable[..., Path], text: str, message: str) -> None:
    with pytest.raises(CatalogueError, match=message):
        catalogue.read(str(write_catalogue(text)))


def test_warnings(mini: dict[str, Any], write_catalogue: Callable[..., Path]) -> None:
    mini["skills"].append(
        {"id": "sql", "name": {"en": "SQL", "fr": "SQL"}, "category": "programming"}
    )
    mini["sources"].append(
        {"id": "unused", "title": "T", "publisher": "P", "short": "U", "kind": "blog"}
    )
    del mini["roles"][1]["salary_note"]
    loaded = catalogue.read(str(write_catalogue(mini)))
    messages = [w.message for w in loaded.warnings]
    assert "skill 'sql' is used by no role, application or prerequisite" in messages
    assert "source 'unused' is cited nowhere" in messages
    assert "role 'ml-engineer' has no salary figure (shown as 'no data')" in messages
    assert all(w.line is not None for w in loaded.warnings)


def test_yaml_surprises_are_explained(
    write_catalogue: Callable[..., Path], mini: dict[str, Any]
) -> None:
    import yaml

    text = yaml.safe_dump(mini, allow_unicode=True, sort_keys=False)
    text = text.replace("region: FR", "region: NO").replace("level: 3", "level: 03", 1)
    with pytest.raises(CatalogueError) as caught:
        catalogue.read(str(write_catalogue(text)))
    # The loader stops at the first YAML-level refusal (the octal), with its place.
    assert "leading zero" in str(caught.value)
    text = text.replace("level: 03", "level: 3")
    with pytest.raises(CatalogueError) as caught:
        catalogue.read(str(write_catalogue(text)))
    assert "region: must be text, got the boolean false" in str(caught.value)
    assert "quote the text" in str(caught.value)


def test_date_where_text_belongs(
    write_catalogue: Callable[..., Path], mini: dict[str, Any]
) -> None:
    mini["updated"] = "2026-01-01"
    import yaml

    text = yaml.safe_dump(mini, allow_unicode=True, sort_keys=False).replace(
        "'2026-01-01'", "2026-01-01"
    )
    with pytest.raises(CatalogueError, match=r"updated: must be text, got a date \(2026-01-01\)"):
        catalogue.read(str(write_catalogue(text)))


def test_bundled_catalogue_is_valid() -> None:
    loaded = catalogue.read(None)
    assert loaded.path.endswith("roles.yaml")
    assert len(loaded.catalogue.roles) >= 6
