"""The safe YAML reader: same values as yaml.safe_load, and nothing it must refuse."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest
import yaml

from careers_cli import yamlsafe
from careers_cli.errors import CareersError
from careers_cli.yamlsafe import Limits, YamlError, parse

from .conftest import Run

SAME_AS_SAFE_LOAD = [
    "a: 1\nb: [1, 2.5, -3]\nc: {d: e}",
    "region: NO\nflag: yes\nother: off\nname: ~\nempty:",
    "id: 1e3\nx: 1.0e+3\ny: .inf\nz: -.inf\nw: 0x1F\nv: 0b101\nu: 1_000",
    "when: 2024-01-02\nquoted: '2024-01-02'\nstr: !!str 5\nint: !!int '12'",
    "- &a [1, 2]\n- *a\n- {k: &b v, l: *b}",
    "plain: Ingénieur ML\nfolded: >\n  two\n  lines\nliteral: |\n  keep\n  lines\n",
    "---\na: 1\n...\n",
    "",
    "just a string",
]


@pytest.mark.parametrize("text", SAME_AS_SAFE_LOAD)
def test_values_match_yaml_safe_load(text: str) -> None:
    assert parse(text, "x.yaml") == yaml.safe_load(text)


def test_nan_is_read_as_nan() -> None:
    value = parse("a: .nan", "x.yaml")["a"]
    assert value != value


@pytest.mark.parametrize(
    ("text", "message", "line", "column"),
    [
        ("a: 1\nb: 2\na: 3\n", "duplicate key 'a'", 3, 1),
        (
            "a: !!python/object/apply:os.system [ls]",
            "unsupported YAML tag !!python/object/apply:os.system",
            1,
            4,
        ),
        ("a: !!python/name:os.system", "unsupported YAML tag !!python/name:os.system", 1, 4),
        ("a: !custom x", "unsupported YAML tag !custom", 1, 4),
        ("a: !!binary aGVsbG8=", "unsupported YAML tag !!binary", 1, 4),
        ("a: !!set {x: null}", "unsupported YAML tag !!set", 1, 4),
        ("a: &x {b: 1}\nc:\n  <<: *x\n", "merge keys", 3, 3),
        ("level: 010", "leading zero", 1, 8),
        ("t: 1:30", "base-60", 1, 4),
        ("a: *nowhere", "unknown alias", 1, 4),
        ("a: 1\n---\nb: 2\n", "more than one YAML document", 2, 1),
        ("a: [1, 2\n", "invalid YAML", 2, 1),
        ("a:\n\t- x\n", "tabs cannot indent", 2, 1),
        ("? [a, b]\n: c\n", "mapping key must be a plain value", 1, 3),
    ],
)
def test_refusals_have_a_message_and_a_place(
    text: str, message: str, line: int, column: int
) -> None:
    with pytest.raises(YamlError) as caught:
        parse(text, "x.yaml")
    problem = caught.value.problem
    assert message in problem.message
    assert (problem.line, problem.column) == (line, column)


def test_python_tags_run_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    with pytest.raises(YamlError):
        parse(f"a: !!python/object/apply:os.system ['touch {marker}']", "x.yaml")
    assert not marker.exists()


def billion_laughs(levels: int = 9) -> str:
    text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    previous = "a"
    for name in "bcdefghijklmnop"[: levels - 1]:
        text += f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]\n"
        previous = name
    return text


def test_alias_bomb_fails_fast() -> None:
    start = time.perf_counter()
    with pytest.raises(YamlError) as caught:
        parse(billion_laughs(), "bomb.yaml")
    assert "billion laughs" in caught.value.problem.message
    assert time.perf_counter() - start < 2


def test_aliases_within_budget_are_fine() -> None:
    data = parse(billion_laughs(3), "ok.yaml")
    assert len(data["c"]) == 9 and data["c"][0] == data["b"]


@pytest.mark.parametrize("depth", [100, 10_000, 200_000])
def test_deep_nesting_is_refused_without_crashing(depth: int) -> None:
    # libyaml's own composer overflows the C stack near 100,000 levels; we never use it.
    # Our limit (64) speaks first; PyYAML >= 6.0.4's scanner also stops at 1,000.
    with pytest.raises(YamlError) as caught:
        parse("a: " + "[" * depth + "]" * depth, "deep.yaml")
    assert "nest" in caught.value.problem.message


def test_depth_limit_is_configurable() -> None:
    assert parse("a: [[[1]]]", "x", Limits(max_depth=5)) == {"a": [[[1]]]}
    with pytest.raises(YamlError):
        parse("a: [[[1]]]", "x", Limits(max_depth=3))


def test_timestamps_stay_dates() -> None:
    assert parse("d: 2024-05-01", "x") == {"d": dt.date(2024, 5, 1)}


# --------------------------------------------------------------------------- files


def test_read_text_accepts_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbfa: 1\r\nb: two\r\n")
    assert parse(yamlsafe.read_text(str(path)), str(path)) == {"a": 1, "b": "two"}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfea\x00:\x00", "UTF-16"),
        (b"a: caf\xe9\n", "not valid UTF-8"),
        (b"a: 1\nb: x\x00y\n", "NUL byte"),
    ],
)
def test_read_text_refuses_bad_bytes(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    with pytest.raises(CareersError, match=message):
        yamlsafe.read_text(str(path))


def test_invalid_utf8_names_the_place(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_bytes(b"a: 1\nb: caf\xe9\n")
    with pytest.raises(CareersError, match=r"bad\.yaml:2:7: not valid UTF-8"):
        yamlsafe.read_text(str(path))


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(CareersError, match="no such catalogue"):
        yamlsafe.read_text(str(tmp_path / "nope.yaml"), "catalogue")
    with pytest.raises(CareersError, match="is a directory"):
        yamlsafe.read_text(str(tmp_path), "catalogue")


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * 5000)
    with pytest.raises(CareersError, match="over the limit of 1,000 bytes"):
        yamlsafe.read_text(str(path), "catalogue", max_bytes=1000)


def test_fifo_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    start = time.perf_counter()
    with pytest.raises(CareersError, match="not a regular file"):
        yamlsafe.read_text(str(fifo))
    assert time.perf_counter() - start < 2


def test_symlink_loop(tmp_path: Path) -> None:
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(CareersError, match="cannot open"):
        yamlsafe.read_text(str(a))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.yaml"
    path.write_text("a: 1")
    path.chmod(0)
    with pytest.raises(CareersError, match="permission denied"):
        yamlsafe.read_text(str(path))


def test_locate_finds_keys_and_items() -> None:
    text = "roles:\n  - id: a\n    skills:\n      - {skill: x, level: 7}\n"
    places = yamlsafe.locate(text, [("roles", 0, "skills", 0, "level"), ("roles", 0), ("missing",)])
    assert places[("roles", 0, "skills", 0, "level")] == (4, 20)
    assert places[("roles", 0)] == (2, 5)
    assert ("missing",) not in places


def test_permission_error_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same check as above, for machines where tests run as root."""
    path = tmp_path / "secret.yaml"
    path.write_text("a: 1")

    def denied(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    from careers_cli import files

    monkeypatch.setattr(files.os, "open", denied)
    with pytest.raises(CareersError, match="permission denied"):
        yamlsafe.read_text(str(path))


def test_a_repeated_string_is_one_object() -> None:
    """A taxonomy repeats its keys and ids: each distinct string is kept once (memory)."""
    data = parse(
        "a:\n  - {skill: python-programming, level: 3}\n  - {skill: python-programming}\n", "t"
    )
    first, second = data["a"]
    assert first["skill"] == "python-programming"
    assert first["skill"] is second["skill"]
    assert next(iter(first)) is next(iter(second))  # the keys too
    assert parse("[3, 3]", "t") == [3, 3] and parse("['3', 3]", "t") == ["3", 3]


@pytest.mark.parametrize(
    "document",
    [
        "roles: [\n",  # an unclosed bracket: "while parsing a flow node"
        "roles: &\n",  # an anchor without a name
        "roles: {a: 1\n",
        "roles:\n  - a\n b: 2\n",
        'roles: "open\n',
        "roles: *\n",  # an alias without a name
    ],
)
def test_parser_phrases_are_in_french(run: Run, tmp_path: Path, document: str) -> None:
    """The common YAML mistakes are told in French under --lang fr: no phrase of the
    parser's own ("while parsing ...", "did not find ...") is left in English."""
    path = tmp_path / "bad.yaml"
    path.write_text(document, encoding="utf-8")
    result = run("--lang", "fr", "validate", str(path))
    assert result.exit_code == 1 and "YAML invalide" in result.stderr
    english = ("while ", "did not find", "could not find", "found ", "not allowed")
    assert not [w for w in english if w in result.stderr], result.stderr
