"""Fuzzing: random YAML, mutated catalogues, random command lines, random profiles and CVs.

The property is always the same: the only outcomes are success or a CareersError turned
into a clean message, never another exception. The runs are short by default; set
HYPOTHESIS_PROFILE=thorough for a long run (see tests/conftest.py).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from careers_cli import catalogue, cv, profile
from careers_cli.errors import CareersError

from .conftest import MINI, ROOT, Run

INDEX = catalogue.load(None)
BUNDLED_TEXT = (ROOT / "data" / "roles.yaml").read_text(encoding="utf-8")
MINI_TEXT = yaml.safe_dump(MINI, allow_unicode=True, sort_keys=False)
fixtures_ok = settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], deadline=None
)


def load_bytes(data: bytes) -> None:
    """Parse and validate as the loader does; only CareersError may come out."""
    try:
        catalogue._parse("fuzz.yaml", data)
    except CareersError as exc:
        assert str(exc).strip()


scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=30)
)
documents = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=5), st.dictionaries(st.text(max_size=12), children, max_size=5)
    ),
    max_leaves=30,
)


@given(documents)
def test_random_yaml_documents(document: Any) -> None:
    load_bytes(yaml.safe_dump(document, allow_unicode=True).encode("utf-8"))


@given(st.binary(max_size=400))
def test_random_bytes(data: bytes) -> None:
    load_bytes(data)


@given(st.text(max_size=400))
def test_random_text(text: str) -> None:
    load_bytes(text.encode("utf-8", "surrogatepass"))


def mutate(text: str, data: st.DataObject) -> str:
    lines = text.split("\n")
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(lines) - 1))
        op = data.draw(
            st.sampled_from(["delete", "duplicate", "swap", "replace", "indent", "value", "insert"])
        )
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = data.draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "replace":
            start = data.draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:start] + data.draw(st.text(max_size=8)) + lines[i][start + 1 :]
        elif op == "indent":
            lines[i] = data.draw(st.sampled_from(["", " ", "\t", "    "])) + lines[i].lstrip()
        elif op == "value" and ":" in lines[i]:
            key = lines[i].split(":", 1)[0]
            value = data.draw(
                st.sampled_from(
                    [
                        "",
                        "~",
                        "NO",
                        "yes",
                        "010",
                        "1e3",
                        ".nan",
                        "-.inf",
                        "2024-01-01",
                        "[]",
                        "{}",
                        "&a x",
                        "*a",
                        "!!str 1",
                        "!!python/name:os.system",
                        "'x",
                        '"\\q"',
                    ]
                )
            )
            lines[i] = f"{key}: {value}"
        elif op == "insert":
            lines.insert(i, data.draw(st.text(max_size=20)))
        if not lines:
            lines = [""]
    return "\n".join(lines)


@fixtures_ok
@given(st.data())
def test_mutations_of_a_small_catalogue(data: st.DataObject) -> None:
    load_bytes(mutate(MINI_TEXT, data).encode("utf-8", "surrogatepass"))


@given(st.data())
def test_mutations_of_the_real_catalogue(data: st.DataObject) -> None:
    load_bytes(mutate(BUNDLED_TEXT, data).encode("utf-8", "surrogatepass"))


TOKENS = [
    "list",
    "show",
    "rank",
    "compare",
    "skills",
    "skill",
    "tools",
    "applications",
    "application",
    "search",
    "sources",
    "validate",
    "schema",
    "match",
    "gap",
    "next",
    "similar",
    "path",
    "profile",
    "add",
    "remove",
    "set",
    "clear",
    "export",
    "import",
    "from-text",
    "--format",
    "json",
    "csv",
    "markdown",
    "table",
    "--lang",
    "fr",
    "en",
    "--skills",
    "python:4, sql",
    "--top",
    "3",
    "-1",
    "--region",
    "FR",
    "--by",
    "demand",
    "--measure",
    "p90",
    "--family",
    "emerging",
    "--min-salary",
    "1e9",
    "--sort",
    "salary",
    "--explain",
    "data-scientist",
    "machine-learning-engineer",
    "ml",
    "--goal",
    "roles",
    "--yes",
    "--strict",
    "--catalog",
    "/nonexistent",
    "--export",
    "out.md",
    "out.pdf",
    "--help",
    "--version",
    "--debug",
    "--no-cache",
    "--max-size",
    "10",
    "-",
    "sklearn",
    "ingénieur ml",
    "--threshold",
    "150",
    "--count",
    "9",
    "--education",
    "phd",
    "--category",
    "tool",
    "--profile",
    "nope.yaml",
    "--from-text",
    "--level",
    "7",
]


@fixtures_ok
@given(st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=10)), max_size=7))
def test_random_command_lines(run: Run, tmp_path: Path, argv: list[str]) -> None:
    assume("--debug" not in argv)
    cwd = os.getcwd()
    os.chdir(tmp_path)  # exports and profile exports land in a temporary directory
    try:
        result = run(*argv, input="")
    finally:
        os.chdir(cwd)
    assert result.exit_code in (0, 1, 2, 141), (argv, result.exit_code, result.output)
    if result.exception is not None:
        assert isinstance(result.exception, SystemExit), (argv, repr(result.exception))
    assert "Traceback" not in result.stderr


@fixtures_ok
@given(documents)
def test_random_profiles(document: Any) -> None:
    text = yaml.safe_dump(document, allow_unicode=True)
    try:
        prof, _ = profile.parse_profile(text, "p.yaml", INDEX)
    except CareersError as exc:
        assert str(exc).strip()
        return
    assert all(1 <= v <= 5 for v in prof.skills.values())


skills_dict = st.dictionaries(
    st.one_of(st.sampled_from(sorted(INDEX.skills.items)), st.text(max_size=15)),
    st.one_of(st.integers(-3, 9), st.text(max_size=3), st.none(), st.booleans()),
    max_size=6,
)


@given(skills_dict)
def test_random_profile_skills(skills: dict[str, Any]) -> None:
    text = yaml.safe_dump({"skills": skills}, allow_unicode=True)
    try:
        profile.parse_profile(text, "p.yaml", INDEX)
    except CareersError:
        pass


words = st.sampled_from(
    [
        "Python",
        "R",
        "Go",
        "C",
        "SQL",
        "k8s",
        "apprentissage",
        "profond",
        "machine",
        "learning",
        "R&D",
        "C'est",
        "go",
        "Spark",
        "the",
        "&",
        ",",
        "\n",
        "#",
        "*",
        "vision par ordinateur",
        "tal",
        "TAL",
        "A/B",
    ]
)


@given(st.lists(st.one_of(words, st.text(max_size=12)), max_size=60))
def test_random_cv_text(parts: list[str]) -> None:
    found = cv.find_skills(INDEX, " ".join(parts))
    assert all(f.skill_id in INDEX.skills.items and f.occurrences >= 1 for f in found)


@pytest.mark.parametrize("text", ["", "\x00", "R", "Go", "C'est R&D", "a" * 10_000])
def test_edge_cv_texts(text: str) -> None:
    cv.find_skills(INDEX, text)


def test_mutate_is_not_a_no_op() -> None:
    """The fuzzers above are only worth something if ``mutate`` really changes the text."""
    changed: list[bool] = []

    @settings(max_examples=60, database=None)
    @given(st.data())
    def record(data: st.DataObject) -> None:
        changed.append(mutate(MINI_TEXT, data) != MINI_TEXT)

    record()
    assert len(changed) >= 30
    assert sum(changed) >= 0.8 * len(changed), changed
