"""Numbers from the command line: levels in ASCII digits, finite decimals, short echoes."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from careers_cli.errors import ExitCode, UsageError
from careers_cli.numbers import MAX_ECHO, parse_decimal, parse_level

from .conftest import Run

NOT_FINITE = ["nan", "NaN", "-nan", "inf", "-inf", "+inf", "Infinity", "-Infinity", "1e999"]
NOT_ASCII_LEVELS = ["٤", "４", "0_4", "४", "𝟒", "4.0", "+4", " 4", "", "4\n"]


@pytest.mark.parametrize("text", NOT_ASCII_LEVELS + ["0", "6", "99999999999999999999"])
def test_levels_outside_ascii_1_to_5_are_usage_errors(text: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_level(text, "here")
    assert caught.value.exit_code == ExitCode.USAGE


@given(st.text(max_size=6))
def test_a_level_accepted_is_ascii_digits_between_1_and_5(text: str) -> None:
    try:
        level = parse_level(text, "here")
    except UsageError:
        return
    assert text.isascii() and text.isdigit() and 1 <= level <= 5 and int(text) == level


@pytest.mark.parametrize("text", NOT_FINITE + ["1_000", "١٢", "", "0x10", "1,5", "--1"])
def test_decimals_must_be_finite_ascii_numbers(text: str) -> None:
    with pytest.raises(UsageError):
        parse_decimal(text, "here")


@given(st.text(max_size=12), st.floats(-10, 10), st.floats(0, 20))
def test_a_decimal_accepted_is_finite_and_in_range(text: str, low: float, span: float) -> None:
    try:
        value = parse_decimal(text, "here", low, low + span)
    except UsageError:
        return
    assert math.isfinite(value) and low <= value <= low + span


def test_long_input_is_echoed_cut() -> None:
    with pytest.raises(UsageError) as caught:
        parse_level("7" * 500, "here")
    assert "7" * MAX_ECHO not in caught.value.message and "…" in caught.value.message


FLOAT_OPTIONS = [
    ["list", "--min-salary"],
    ["match", "--skills", "python", "--min-salary"],
    ["next", "--skills", "python", "--threshold"],
    ["path", "data-scientist", "data-engineer", "--min-overlap"],
]


@pytest.mark.parametrize("command", FLOAT_OPTIONS)
@pytest.mark.parametrize("value", NOT_FINITE)
def test_float_options_refuse_nan_and_infinity(run: Run, command: list[str], value: str) -> None:
    result = run(*command, value)
    assert result.exit_code == ExitCode.USAGE, (command, value, result.output)
    assert "Traceback" not in result.stderr and not result.stdout


@pytest.mark.parametrize("command", FLOAT_OPTIONS)
def test_float_options_still_take_plain_numbers(run: Run, command: list[str]) -> None:
    value = {"--min-salary": "1000", "--threshold": "50", "--min-overlap": "0.3"}[command[-1]]
    result = run(*command, value)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("level", ["٤", "４", "0_4", "9"])
def test_an_invalid_level_on_the_command_line_exits_2(
    run: Run, isolated_home: Path, tmp_path: Path, level: str
) -> None:
    cv = tmp_path / "cv.txt"
    cv.write_text("Python and SQL", encoding="utf-8")
    for args in (
        ["match", "--skills", f"python:{level}"],
        ["profile", "add", f"python:{level}"],
        ["profile", "set", f"sql:{level}"],
        ["profile", "from-text", str(cv), "--yes", "--level", level],
    ):
        result = run(*args)
        assert result.exit_code == ExitCode.USAGE, (args, result.output)
        assert "Traceback" not in result.stderr
    assert not (isolated_home / "profile.yaml").exists()


def test_a_bad_level_in_a_file_is_an_input_error(run: Run, tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text("skills:\n  python: ٤\n", encoding="utf-8")
    result = run("match", "--profile", str(mine))
    assert result.exit_code == ExitCode.INPUT, result.output
    assert "level must be a whole number 1-5" in result.stderr


def test_echoed_input_is_cut_to_80_characters(run: Run) -> None:
    for args in (["match", "--skills", "python:" + "x" * 300], ["list", "--min-salary", "9" * 400]):
        result = run(*args)
        assert result.exit_code == ExitCode.USAGE, result.output
        quoted = re.findall(r"'([^']*)'", result.stderr)
        assert quoted and all(len(q) <= MAX_ECHO for q in quoted), result.stderr
        assert "…" in result.stderr
