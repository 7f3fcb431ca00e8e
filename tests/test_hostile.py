"""Hostile and broken catalogues: one clear message, exit 1, no traceback, under 2 s, and
nothing written. Hostile text: inert in every format."""

from __future__ import annotations

import copy
import csv
import io
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from careers_cli import files

from .conftest import MINI, Run


def dump(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def mini_with(change: Callable[[dict[str, Any]], Any]) -> str:
    data = copy.deepcopy(MINI)
    change(data)
    return dump(data)


def billion_laughs() -> str:
    text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    previous = "a"
    for name in "bcdefghi":
        text += f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]\n"
        previous = name
    return text


MINI_TEXT = dump(MINI)

BROKEN: list[tuple[str, str | bytes, str]] = [
    (
        "python-object",
        "x: !!python/object/apply:os.system ['touch /tmp/careers-pwned']\n",
        "unsupported YAML tag !!python/object/apply:os.system",
    ),
    ("python-name", "x: !!python/name:os.system\n", "unsupported YAML tag !!python/name:os.system"),
    ("unknown-tag", "sources: !include other.yaml\n", "unsupported YAML tag !include"),
    ("alias-bomb", billion_laughs(), "billion laughs"),
    ("deep-nesting", "x: " + "[" * 10_000 + "]" * 10_000 + "\n", "nest"),
    (
        "megabyte-line",
        mini_with(lambda d: d["roles"][0]["summary"].update(en="x" * 1_000_000)),
        "is too long: 1,000,000 characters",
    ),
    (
        "long-name",
        mini_with(lambda d: d["roles"][0]["name"].update(en="N" * 100_000)),
        "is too long: 100,000 characters",
    ),
    (
        "invalid-utf8",
        MINI_TEXT.encode().replace(b"Explores data.", b"Explores d\xe9ta."),
        "not valid UTF-8",
    ),
    ("utf16", MINI_TEXT.encode("utf-16"), "UTF-16"),
    ("tab-indent", "schema_version: 1\nsources:\n\t- id: src\n", "tabs cannot indent"),
    ("nul-byte", MINI_TEXT.replace("Explores data.", "Explores\x00 data."), "NUL byte"),
    (
        "region-no",
        MINI_TEXT.replace("region: FR", "region: NO"),
        "region: must be text, got the boolean false",
    ),
    ("level-octal", MINI_TEXT.replace("level: 4", "level: 010", 1), "leading zero"),
    (
        "name-yes",
        mini_with(lambda d: d["families"][0]["name"].update(en="PLACEHOLDER")).replace(
            "PLACEHOLDER", "yes"
        ),
        "must be text, got the boolean true",
    ),
    ("date-for-text", MINI_TEXT + "updated: 2026-01-01\n", "got a date (2026-01-01)"),
    ("empty", "", "the catalogue is empty"),
    ("only-null", "null\n", "the catalogue is empty"),
    ("list-at-top", "- a\n- b\n", "the catalogue must be a mapping"),
    (
        "duplicate-key",
        MINI_TEXT.replace("schema_version: 1\n", "schema_version: 1\nschema_version: 1\n"),
        "duplicate key 'schema_version'",
    ),
    (
        "duplicate-id",
        mini_with(lambda d: d["skills"][1].update(id="python")),
        "duplicate id 'python'",
    ),
    (
        "dangling-ref",
        mini_with(lambda d: d["roles"][0]["skills"][0].update(skill="pyhton")),
        "unknown skill 'pyhton'",
    ),
    (
        "cycle",
        mini_with(lambda d: d["skills"][0].update(prerequisites=["pytorch"])),
        "prerequisite cycle",
    ),
    (
        "nan-salary",
        mini_with(lambda d: d["roles"][0]["salaries"][0].update(median=float("nan"))),
        "must be a finite number",
    ),
    (
        "inf-salary",
        mini_with(lambda d: d["roles"][0]["salaries"][0].update(p90=float("inf"))),
        "must be a finite number",
    ),
    (
        "p10-above-p90",
        mini_with(lambda d: d["roles"][0]["salaries"][0].update(p10=160000)),
        "is above",
    ),
]


def check_clean_failure(result: Any, message: str, home: Path, elapsed: float) -> None:
    assert result.exit_code == 1, result.output
    assert message in result.stderr, result.stderr
    assert result.stderr.startswith("error: ")
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    assert result.stdout == ""
    assert elapsed < 2.0, elapsed
    written = [p for p in home.rglob("*") if p.is_file()]
    assert written == [], written


@pytest.mark.parametrize(("name", "content", "message"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_catalogue(
    run: Run, tmp_path: Path, isolated_home: Path, name: str, content: str | bytes, message: str
) -> None:
    path = tmp_path / f"{name}.yaml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    before = path.read_bytes()
    start = time.perf_counter()
    result = run("list", "--catalog", str(path))
    check_clean_failure(result, message, isolated_home, time.perf_counter() - start)
    assert path.read_bytes() == before
    assert not Path("/tmp/careers-pwned").exists()


def test_size_limit_is_refused_before_parsing(
    run: Run, tmp_path: Path, isolated_home: Path
) -> None:
    path = tmp_path / "big.yaml"
    path.write_text(MINI_TEXT + "#" + "x" * 200_000 + "\n", encoding="utf-8")
    start = time.perf_counter()
    result = run("--max-size", "100000", "list", "--catalog", str(path))
    check_clean_failure(
        result, "over the limit of 100,000 bytes", isolated_home, time.perf_counter() - start
    )
    assert "--max-size" in result.stderr  # says how to raise it
    env_limit = run("list", "--catalog", str(path), env={"CAREERS_MAX_SIZE": "1000"})
    assert env_limit.exit_code == 1 and "over the limit of 1,000 bytes" in env_limit.stderr
    assert run("list", "--catalog", str(path)).exit_code == 0  # the default limit is 64 MiB


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bom", b"\xef\xbb\xbf" + MINI_TEXT.encode()),
        ("crlf", MINI_TEXT.replace("\n", "\r\n").encode()),
    ],
)
def test_bom_and_crlf_are_accepted(run: Run, tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_bytes(content)
    result = run("list", "--catalog", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["roles"]) == 2


def test_an_id_like_1e3_is_read_as_text(run: Run, tmp_path: Path) -> None:
    text = MINI_TEXT.replace("id: src", "id: 1e3").replace("source: src", "source: 1e3")
    path = tmp_path / "ids.yaml"
    path.write_text(text, encoding="utf-8")
    result = run("sources", "--catalog", str(path), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["sources"][0]["id"] == "1e3"


def test_paths(
    run: Run, tmp_path: Path, isolated_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    loop_a, loop_b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    loop_a.symlink_to(loop_b)
    loop_b.symlink_to(loop_a)
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    cases = [
        (tmp_path / "missing.yaml", "no such catalogue"),
        (tmp_path, "is a directory"),
        (loop_a, "cannot open the catalogue"),
        (fifo, "not a regular file"),
    ]
    for path, message in cases:
        start = time.perf_counter()
        result = run("list", "--catalog", str(path))
        check_clean_failure(result, message, isolated_home, time.perf_counter() - start)
    secret = tmp_path / "secret.yaml"
    secret.write_text(MINI_TEXT, encoding="utf-8")

    def denied(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "open", denied)  # root can read anything: simulate it
    start = time.perf_counter()
    result = run("list", "--catalog", str(secret))
    check_clean_failure(result, "permission denied", isolated_home, time.perf_counter() - start)


# --------------------------------------------------------------------------- hostile text

NASTY = (
    "ML [bold]Eng[/bold] [link=http://x]x[/link] [/x] \x1b[31mred\x1b[0m \x1b]0;t\x07 "
    "\u202eevil\u202c \u200fRTL \U0001f916 e\u0301 \tTab"
)


def nasty_catalogue(write_catalogue: Callable[..., Path]) -> Path:
    data = copy.deepcopy(MINI)
    data["roles"][0]["name"]["en"] = NASTY
    data["roles"][0]["summary"]["en"] = "=cmd|' /C calc'!A0 " + NASTY
    data["roles"][0]["missions"]["en"] = ["@SUM(1+1) " + NASTY, "<script>alert(1)</script>"]
    data["roles"][0]["missions"]["fr"].append("<script>alert(2)</script>")
    data["skills"][0]["name"]["en"] = "+python " + NASTY
    return write_catalogue(data, "nasty.yaml")


FORBIDDEN = ("\x1b", "\x07", "\u202e", "\u200f")


@pytest.mark.parametrize("fmt", ["table", "markdown", "csv", "json"])
@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["show", "data-scientist"],
        ["rank", "--by", "skills"],
        ["compare", "data-scientist", "mle"],
        ["search", "data"],
        ["skills"],
        ["skill", "python"],
        ["match", "--skills", "python"],
        ["gap", "data-scientist", "--skills", "python"],
    ],
)
def test_catalogue_text_is_inert(
    run: Run, write_catalogue: Callable[..., Path], fmt: str, args: list[str]
) -> None:
    path = nasty_catalogue(write_catalogue)
    result = run(*args, "--catalog", str(path), "--format", fmt, env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    if fmt == "json":
        json.loads(out)  # valid JSON; control characters are escaped by the encoder
        assert "\x1b" not in out
        return
    for char in FORBIDDEN:
        assert char not in out, (char, out)
    if fmt == "csv":
        for row in csv.reader(io.StringIO(out)):
            for cell in row:
                assert not cell.startswith(("=", "+", "@")) or cell.startswith("'"), cell
                assert (
                    not cell.startswith("-")
                    or cell.lstrip("-").replace(".", "").isdigit()
                    or cell.startswith("'")
                ), cell
    if fmt == "table" and args[0] in ("list", "show"):
        assert "[bold]Eng[/bold]" in out and "[/x]" in out  # markup shown, not applied
        assert "\\x1b[31m" in out and "\\u202e" in out  # escapes made visible


def test_hostile_text_in_exports(
    run: Run, write_catalogue: Callable[..., Path], tmp_path: Path
) -> None:
    path = nasty_catalogue(write_catalogue)
    for suffix in (".html", ".svg", ".md", ".txt"):
        target = tmp_path / f"out{suffix}"
        result = run("show", "data-scientist", "--catalog", str(path), "--export", str(target))
        assert result.exit_code == 0, result.output
        text = target.read_text(encoding="utf-8")
        assert "\x1b" not in text and "\u202e" not in text
        if suffix in (".html", ".svg"):  # the mission's <script> is shown, never run
            assert "<script" not in text.lower() and "&lt;script&gt;" in text.lower()
        if suffix == ".html":
            assert "[bold]Eng[/bold]" in text


def test_hostile_profile_and_cv_text(run: Run, tmp_path: Path) -> None:
    cv = tmp_path / "cv.md"
    cv.write_text(f"Python, SQL. {NASTY} \x1b[2J", encoding="utf-8")
    found = run("profile", "from-text", str(cv), "--yes")
    assert found.exit_code == 0, found.output
    assert "\x1b" not in found.stdout and "\x1b" not in found.stderr
    no_colon = NASTY.replace(":", "")  # a colon would start a level
    bad_names = run("match", "--skills", f"python, {no_colon}")
    assert bad_names.exit_code == 0
    assert "\x1b" not in bad_names.stderr and "\u202e" not in bad_names.stderr
    assert "not a known skill" in bad_names.stderr
    raw = tmp_path / "raw.yaml"  # a raw ESC is not allowed in YAML: refused cleanly
    raw.write_text(f'skills:\n  "{NASTY}": 3\n  python: 2\n', encoding="utf-8")
    refused = run("match", "--profile", str(raw), "--top", "1")
    assert refused.exit_code == 1
    assert "invalid character U+001B in YAML" in refused.stderr and "raw.yaml:2:" in refused.stderr
    assert "\x1b" not in refused.stderr and "Traceback" not in refused.stderr
    escaped = tmp_path / "escaped.yaml"  # the same text written with YAML escapes is read
    escaped.write_text(
        'skills:\n  "ML [bold]x \\e[31mred \\u202eevil": 3\n  python: 2\n', encoding="utf-8"
    )
    result = run("match", "--profile", str(escaped), "--top", "1")
    assert result.exit_code == 0, result.output
    assert "not a known skill" in result.stderr
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr


def test_wide_and_combining_characters_keep_columns_aligned() -> None:
    from careers_cli.render import table
    from careers_cli.render.doc import Column, Document, Table

    # Each name, as it is shown, with the columns a terminal gives it (counted by hand):
    # wide CJK 2 each, a combining accent 0, an emoji 2, an emoji with VS16 2. A zero-width
    # joiner is shown escaped (text.safe), between the two emoji it would have joined.
    names = {
        "日本語のロール": ("日本語のロール", 14),
        "e\u0301te\u0301": ("e\u0301te\u0301", 3),
        "plain": ("plain", 5),
        "\u2764\ufe0f love": ("\u2764\ufe0f love", 7),
        "\U0001f469\u200d\U0001f4bb dev": ("\U0001f469\\u200d\U0001f4bb dev", 14),
    }
    rows = [[name, str(n + 1)] for n, name in enumerate(names)]
    doc = Document([Table([Column("A"), Column("B", justify="right", no_wrap=True)], rows)])
    lines = table.render_plain(doc, 40).splitlines()
    ends = set()
    for line, (shown, width) in zip(lines[2:], names.values(), strict=True):
        assert line.startswith(shown), (line, shown)
        ends.add(width + len(line) - len(shown))  # the rest of the line is ASCII
    assert len(ends) == 1, lines  # every row ends in the same column
