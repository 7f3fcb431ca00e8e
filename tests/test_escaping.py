"""Nothing read from a file or typed by the user reaches the terminal raw (issue 10,
items 10 and 11): JSON escapes what the other formats make visible, and usage errors
pass through the same ``safe()`` as catalogue text."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest

from careers_cli.text import safe

from .conftest import MINI, Run

# DEL, a C1 CSI, RLO, zero-width space, zero-width joiner, word joiner, BOM, line and
# paragraph separators, a soft hyphen and a tag character.
DANGEROUS = "\x7f\x9b\u202e\u200b\u200d\u2060\ufeff\u2028\u2029\xad\U000e0041"
TEXT = f"Data{DANGEROUS}Scientist"


def test_safe_covers_every_control_and_format_character() -> None:
    """Every Cc, Cf, Zl and Zp character of this Python's Unicode is made visible."""
    missed = [
        f"U+{code:04X}"
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) in ("Cc", "Cf", "Zl", "Zp")
        and chr(code) not in "\t\n"
        and safe(chr(code)) == chr(code)
    ]
    assert missed == []
    assert safe("Ingénieur\tIA\n🤖 e\u0301") == "Ingénieur\tIA\n🤖 e\u0301"  # text stays text
    assert safe("a\u200bb\ufeffc\u2028d") == "a\\u200bb\\ufeffc\\u2028d"


def test_plain_text_is_checked_without_compiling_the_pattern() -> None:
    """Text whose only unprintable characters are tabs, newlines and no-break spaces is
    returned as it is without the pattern of unsafe characters being compiled (a fresh
    process); the first text that may hold one compiles it."""
    script = (
        "from careers_cli import text\n"
        "plain = 'Ingénieur\\tIA\\n12\\u202f000\\xa0€ 🤖'\n"
        "assert text.safe(plain) == plain\n"
        "print(text.unsafe_pattern.cache_info().currsize)\n"
        "shown = text.safe('a\\u200bb\\xa0c') == 'a\\\\u200bb\\xa0c'\n"
        "print(shown, text.unsafe_pattern.cache_info().currsize)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["0", "True 1"]


@pytest.fixture
def hostile(write_catalogue: Callable[..., Path]) -> Path:
    data = copy.deepcopy(MINI)
    data["roles"][0]["name"]["en"] = TEXT
    data["roles"][0]["summary"]["en"] = TEXT
    return write_catalogue(data, "hostile.yaml")


@pytest.mark.parametrize("args", [["list"], ["show", "data-scientist"], ["search", "data"]])
def test_json_escapes_terminal_dangerous_characters(
    run: Run, hostile: Path, args: list[str]
) -> None:
    result = run(*args, "--catalog", str(hostile), "--format", "json")
    assert result.exit_code == 0, result.output
    for char in DANGEROUS:
        assert char not in result.stdout, f"U+{ord(char):04X}"
    assert "\\u202e" in result.stdout and "\\u009b" in result.stdout
    assert "\\udb40\\udc41" in result.stdout  # beyond the basic plane: a surrogate pair
    assert TEXT in json.dumps(json.loads(result.stdout), ensure_ascii=False)  # same data


@pytest.mark.parametrize("fmt", ["table", "markdown", "csv"])
def test_invisible_characters_are_shown_in_terminal_formats(
    run: Run, hostile: Path, fmt: str
) -> None:
    command = ["list"] if fmt == "csv" else ["show", "data-scientist"]  # csv of show: skills
    result = run(*command, "--catalog", str(hostile), "--format", fmt)
    assert result.exit_code == 0, result.output
    for char in DANGEROUS:
        assert char not in result.stdout, f"U+{ord(char):04X}"
    for shown in ("\\u200b", "\\ufeff", "\\u2028", "\\u2029", "\\u202e"):
        assert shown in result.stdout.replace("\n", ""), shown


OSC52 = "\x1b]52;c;cHduZWQ=\x07"  # an OSC 52 clipboard write


@pytest.mark.parametrize(
    "args",
    [
        ["list", "--sort", OSC52],
        ["rank", "--by", OSC52],
        ["rank", "--measure", OSC52],
        ["next", "--skills", "python", "--goal", OSC52],
        ["show", "data-scientist", "--export", f"plan.{OSC52}"],
        [OSC52],  # an unknown command
        ["list", "--format", f"json{OSC52}"],  # a Click choice
    ],
)
def test_usage_errors_echo_the_users_bytes_inert(run: Run, args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "\\x1b]52;c;cHduZWQ=\\x07" in result.stderr  # shown, not run
    assert "Usage: careers" in result.stderr  # still a usage error with its usage line
    assert result.stdout == ""


def test_clean_usage_errors_and_help_are_unchanged(run: Run) -> None:
    result = run("list", "--sort", "nope")
    assert result.exit_code == 2
    assert "Invalid value for '--sort': 'nope' is not one of" in result.stderr  # an enum
    assert "Try 'careers list --help' for help." in result.stderr
    assert (
        run().exit_code == 0 and "Commands:" in run().output
    )  # no arguments: the help, exit 0 (issue 15)


def test_no_unsafe_character_is_printable() -> None:
    """`text.safe` returns text untouched when it is printable once tabs, newlines and
    no-break spaces are set aside, without running the pattern: that holds only while no
    character the pattern escapes is printable and none of those four is escaped."""
    from careers_cli.text import unsafe_pattern

    pattern = unsafe_pattern()
    escaped = [c for c in map(chr, range(sys.maxunicode + 1)) if pattern.match(c)]
    assert len(escaped) > 100  # the controls, bidi marks, zero-width and tag characters
    assert [c for c in escaped if c.isprintable()] == []
    assert [c for c in "\t\n\xa0\u202f" if pattern.match(c)] == []
