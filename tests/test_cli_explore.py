"""Explore commands through the CLI: every format, snapshots, exports, hostile text, terminals."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from careers_cli.render import Format

from .conftest import ROOT, Run

SNAPSHOTS = Path(__file__).parent / "snapshots"

# Every data command, with arguments that work on both the bundled and the mini catalogue.
COMMANDS: dict[str, list[str]] = {
    "list": ["list"],
    "show": ["show", "data-scientist"],
    "rank": ["rank"],
    "rank-skills": ["rank", "--by", "skills"],
    "compare": ["compare", "data-scientist", "ml-engineer"],
    "skills": ["skills"],
    "skill": ["skill", "python"],
    "tools": ["tools"],
    "applications": ["applications"],
    "application": ["application", "app"],
    "search": ["search", "data"],
    "sources": ["sources"],
    "validate": ["validate"],
}


@pytest.fixture
def mini_path(mini: dict[str, Any], write_catalogue: Callable[..., Path]) -> Path:
    return write_catalogue(mini)


@pytest.mark.parametrize("name", sorted(COMMANDS))
@pytest.mark.parametrize("fmt", [f.value for f in Format])
def test_every_command_in_every_format(run: Run, mini_path: Path, name: str, fmt: str) -> None:
    result = run(*COMMANDS[name], "--catalog", str(mini_path), "--format", fmt)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    out = result.stdout
    if fmt == "json":
        data = json.loads(out)
        assert data
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert len(rows) >= (1 if name == "validate" else 2)  # a valid file has no rows
        assert all(len(r) == len(rows[0]) for r in rows)
    elif fmt == "markdown":
        assert out.strip()
        assert "\x1b" not in out
    else:
        assert out.strip()


@pytest.mark.parametrize("name", sorted(COMMANDS))
@pytest.mark.parametrize("width", [80, 40])
def test_table_snapshots(
    run: Run,
    mini_path: Path,
    name: str,
    width: int,
    monkeypatch: pytest.MonkeyPatch,
    pytestconfig: pytest.Config,
) -> None:
    """The table output at a fixed width. After a deliberate change, rewrite the files with
    ``pytest --update-snapshots``; a missing file fails."""
    monkeypatch.chdir(mini_path.parent)
    args = COMMANDS[name]
    if name == "validate":
        args = ["validate", mini_path.name]
    result = run(*args, "--catalog", mini_path.name, env={"COLUMNS": str(width), "NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    text = result.stdout
    text = "\n".join(line.rstrip() for line in text.splitlines()) + "\n"
    assert all(len(line) <= width for line in text.splitlines()), text
    snapshot = SNAPSHOTS / f"{name}-{width}.txt"
    if pytestconfig.getoption("update_snapshots"):
        snapshot.write_text(text, encoding="utf-8")
    elif not snapshot.exists():
        pytest.fail(f"no snapshot {snapshot.name}: run pytest --update-snapshots to write it")
    assert text == snapshot.read_text(encoding="utf-8")


def test_show_json_is_complete(run: Run) -> None:
    result = run("show", "ingénieur ml", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["id"] == "machine-learning-engineer"
    assert {
        "summary",
        "missions",
        "skills",
        "tools",
        "applications",
        "education",
        "salaries",
        "codes",
        "related",
        "sources",
        "demand",
        "salary_note",
        "family",
    } <= set(data)
    assert {s["importance"] for s in data["skills"]} == {"essential", "optional"}
    assert all(1 <= s["level"] <= 5 for s in data["skills"])
    assert data["salaries"][0]["source"]["publisher"]["en"] == "aijobs.net"  # role-level first
    assert data["salaries"][1]["source"]["publisher"]["en"] == "U.S. Bureau of Labor Statistics"
    assert data["salaries"][1]["basis"]["en"].startswith("SOC 15-2051")


def test_show_table_has_every_section(run: Run) -> None:
    result = run("show", "data-scientist", env={"COLUMNS": "120"})
    text = result.stdout
    for heading in (
        "Missions",
        "Essential skills",
        "Optional skills",
        "Tools",
        "Applications",
        "Education",
        "Salaries",
        "Codes",
        "Related roles",
    ):
        assert heading in text, heading
    assert "█" in text  # level bars
    assert "BLS.gov cannot vouch" in text


def test_show_in_french(run: Run) -> None:
    result = run("show", "data-scientist", "--lang", "fr", env={"COLUMNS": "120"})
    assert "Compétences essentielles" in result.stdout
    assert "Formation" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["show", "astronaut"], "unknown role 'astronaut'"),
        (["show", "dat scientist"], "did you mean 'Data scientist'"),  # names, not ids
        (["show", "ml"], "is ambiguous"),
        (["skill", "pytorh"], "did you mean 'PyTorch'?"),
        (["application", "nowhere"], "unknown application"),
        (["list", "--family", "nope"], "unknown family"),
        (["list", "--family", "nope"], "families are: Architects of intelligence, Data and inf"),
        (["list", "--family", "emergin-role"], "did you mean 'Emerging high-value roles'?"),
        (["rank", "--source", "nope"], "unknown source"),
    ],
)
def test_bad_names_exit_1_with_suggestions(run: Run, args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 1, result.output
    assert message in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["rank", "--by", "fame"],
        ["rank", "--measure", "mean"],
        ["list", "--sort", "age"],
        ["skills", "--category", "magic"],
        ["show", "data-scientist", "--export", "x.pdf"],
    ],
)
def test_bad_option_values_exit_2(run: Run, args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.stderr


def test_rank_by_demand_and_fr(run: Run) -> None:
    demand = json.loads(run("rank", "--by", "demand", "--format", "json").stdout)
    assert demand["by"] == "demand"
    values = [r["value"] for r in demand["roles"] if r["value"] is not None]
    assert values == sorted(values, reverse=True)
    fr = json.loads(run("rank", "--region", "fr", "--measure", "high", "--format", "json").stdout)
    assert fr["region"] == "FR"
    assert all(r["salary"] is None or r["salary"]["currency"] == "EUR" for r in fr["roles"])


@pytest.mark.parametrize("suffix", [".html", ".svg", ".md", ".txt"])
@pytest.mark.parametrize(
    "command",
    [
        ["show", "data-scientist"],
        ["rank"],
        ["compare", "data-scientist", "machine-learning-engineer"],
    ],
)
def test_export(run: Run, tmp_path: Path, suffix: str, command: list[str]) -> None:
    target = tmp_path / f"report{suffix}"
    result = run(*command, "--export", str(target))
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert "Data scientist" in text or "Data&#160;scientist" in text
    if suffix == ".html":
        assert text.lstrip().lower().startswith("<!doctype html>")
    elif suffix == ".svg":
        assert "<svg" in text
    elif suffix == ".md":
        assert "|" in text and "\x1b" not in text
    else:
        assert "\x1b" not in text
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left behind


def test_export_to_unwritable_place(run: Run, tmp_path: Path) -> None:
    result = run("show", "data-scientist", "--export", str(tmp_path / "missing" / "r.html"))
    assert result.exit_code == 1
    assert "cannot write the export file" in result.stderr
    assert "the directory does not exist" in result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""  # refused before the report is printed
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    inside = run("rank", "--export", str(tmp_path / "a-file" / "r.md"))
    assert inside.exit_code == 1 and inside.stdout == ""
    assert "a part of the path is not a directory" in inside.stderr
    # in French too, the reason included (it was the system's English words)
    french = run("--lang", "fr", "rank", "--export", str(tmp_path / "a-file" / "r.md"))
    assert "une partie du chemin n'est pas un dossier" in french.stderr
    missing = run(
        "--lang", "fr", "show", "data-scientist", "--export", str(tmp_path / "m" / "r.md")
    )
    assert "(fichier d'export) : le dossier n'existe pas" in missing.stderr
    assert run("show", "data-scientist", "--export", str(tmp_path / "r.html")).exit_code == 0
    assert (tmp_path / "r.html").is_file()


HOSTILE = "ML [bold]Engineer[/bold] [/x] \x1b[31mred\x1b[0m \u202eevil =cmd"


def test_catalogue_text_is_inert_everywhere(
    run: Run, mini: dict[str, Any], write_catalogue: Callable[..., Path], tmp_path: Path
) -> None:
    mini["roles"][0]["name"]["en"] = HOSTILE
    mini["roles"][0]["summary"]["en"] = '=HYPERLINK("http://x") <script>alert(1)</script>'
    path = str(write_catalogue(mini))
    for args in (
        ["list"],
        ["show", "data-scientist"],
        ["compare", "data-scientist", "mle"],
        ["search", "data"],
    ):
        table = run(*args, "--catalog", path, env={"COLUMNS": "200"})
        assert table.exit_code == 0, table.output
        assert "[bold]Engineer[/bold] [/x]" in table.stdout  # markup printed literally
        assert "\x1b" not in table.stdout and "\u202e" not in table.stdout
        assert "\\x1b[31m" in table.stdout  # the escape is shown, not run
        md = run(*args, "--catalog", path, "--format", "markdown")
        assert "\x1b" not in md.stdout and "<script>" not in md.stdout
        data = json.loads(run(*args, "--catalog", path, "--format", "json").stdout)
        assert data
    rows = list(
        csv.reader(
            io.StringIO(run("list", "--catalog", path, "--format", "csv", "--lang", "en").stdout)
        )
    )
    assert rows[1][1].startswith("ML [bold]")
    mini["roles"][0]["name"]["en"] = '=HYPERLINK("http://evil")'
    csv_out = run(
        "list", "--catalog", str(write_catalogue(mini, "f.yaml")), "--format", "csv"
    ).stdout
    assert "'=HYPERLINK" in csv_out
    target = tmp_path / "r.html"
    mini["roles"][0]["name"]["en"] = "<script>alert(1)</script>"
    run(
        "show",
        "data-scientist",
        "--catalog",
        str(write_catalogue(mini, "g.yaml")),
        "--export",
        str(target),
    )
    assert "<script>alert" not in target.read_text(encoding="utf-8")


@pytest.mark.parametrize("width", [40, 20])
def test_narrow_terminals(run: Run, width: int) -> None:
    for args in (
        ["list"],
        ["show", "data-scientist"],
        ["rank"],
        ["compare", "data-scientist", "machine-learning-engineer"],
    ):
        result = run(*args, env={"COLUMNS": str(width)})
        assert result.exit_code == 0, result.output
        if width == 40:
            assert "Data scientist" in result.stdout


def test_list_is_usable_at_40_columns(run: Run) -> None:
    result = run("list", env={"COLUMNS": "40"})
    lines = result.stdout.splitlines()
    assert all(len(line) <= 40 for line in lines)
    assert "Machine-learning engineer" in result.stdout


def careers(
    *args: str, env: dict[str, str] | None = None, **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "careers_cli", *args],
        capture_output=True,
        text=True,
        errors="replace",
        env=full_env,
        **kwargs,
    )


def test_closed_pipe_ends_quietly() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "careers_cli", "list", "--format", "csv"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader goes away before careers writes
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    code = proc.wait(timeout=30)
    assert code in (0, 141)
    assert stderr == ""


def test_head_one_ends_quietly() -> None:
    shell = subprocess.run(
        f"'{sys.executable}' -m careers_cli search a --limit 100 | head -1; "
        'echo "status=${PIPESTATUS[0]}"',
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
    )
    assert "Traceback" not in shell.stderr and "Broken pipe" not in shell.stderr
    assert shell.stderr == ""


@pytest.mark.parametrize(
    "env",
    [
        {"LANG": "C", "LC_ALL": "C"},
        {"PYTHONIOENCODING": "ascii"},
        {"PYTHONIOENCODING": "latin-1", "TERM": "dumb"},
    ],
)
def test_non_utf8_terminals_do_not_crash(env: dict[str, str]) -> None:
    for args in (
        ["list", "--lang", "fr"],
        ["show", "data-scientist", "--lang", "fr"],
        ["rank"],
        ["show", "nope-nope"],
    ):
        proc = careers(*args, env=env)
        assert proc.returncode in (0, 1), proc.stderr
        assert "Traceback" not in proc.stderr


def test_no_colour_when_piped_or_no_color() -> None:
    piped = careers("list")
    assert "\x1b[" not in piped.stdout
    forced = careers("list", env={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert "\x1b[" not in forced.stdout
    dumb = careers("list", env={"TERM": "dumb", "FORCE_COLOR": "1"})
    assert "\x1b[" not in dumb.stdout
    coloured = careers("list", env={"FORCE_COLOR": "1", "COLUMNS": "90"})
    assert "\x1b[1m" in coloured.stdout  # bold headers, even through a pipe
    assert (
        max(len(re.sub("\x1b\\[[0-9;]*m", "", line)) for line in coloured.stdout.splitlines()) <= 90
    )


def test_shell_completion_of_roles_skills_applications() -> None:
    def complete(words: str, cword: int) -> list[str]:
        proc = careers(
            env={
                "_CAREERS_COMPLETE": "complete_bash",
                "COMP_WORDS": words,
                "COMP_CWORD": str(cword),
            }
        )
        assert proc.returncode == 0, proc.stderr
        return proc.stdout.split()

    assert complete("careers show data-sc", 2) == ["data-scientist"]
    assert complete("careers show machine", 2) == ["machine-learning-engineer"]
    assert complete("careers skill scikit", 2) == ["scikit-learn"]
    assert complete("careers application medical", 2) == ["medical-diagnosis"]
    assert "pytorch" in complete("careers list --skill py", 3)


def test_readme_mentions_every_explore_option() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for option in (
        "--family",
        "--skill",
        "--tool",
        "--application",
        "--min-salary",
        "--education",
        "--sort",
        "--by",
        "--measure",
        "--top",
        "--export",
        "--source",
        "--category",
    ):
        assert option in readme, option


def test_rank_bars_share_one_scale(run: Run) -> None:
    """Each bar's ends and median sit where the figures put them on one common scale:
    in each table of the ranking, the column of every marker is the same straight-line
    function of the amount it stands for (fitted on the figures, not on the renderer)."""
    import statistics

    data = json.loads(run("rank", "--format", "json").stdout)
    table = run("rank", "--lang", "en", env={"COLUMNS": "120", "NO_COLOR": "1"}).stdout
    rows = [re.match(r"\s*\d+  (.+?)  ", line) for line in table.splitlines()]
    lines = {row[1]: row.string for row in rows if row is not None and "●" in row.string}
    fitted = 0
    for block in data["blocks"]:
        amounts: list[float] = []
        columns: list[float] = []
        starts = set()
        for role in block["roles"]:
            salary = role["salary"]
            line = lines.get(role["name"]["en"])
            if salary is None or line is None:
                continue
            low = salary["p10"] if salary["p10"] is not None else salary["low"]
            high = salary["p90"] if salary["p90"] is not None else salary["high"]
            if low is not None and high is not None:
                amounts += [low, high]
                columns += [line.index("│"), line.rindex("│")]
                starts.add(line.index("│"))
            amounts.append(salary["median"])
            columns.append(line.index("●"))
        if len(amounts) < 12:
            continue
        assert len(starts) > 3  # the bars do not all start together
        slope, intercept = statistics.linear_regression(amounts, columns)
        assert slope > 0
        for amount, column in zip(amounts, columns, strict=True):
            assert abs(intercept + slope * amount - column) <= 1.0, (amount, column)
        fitted += 1
    assert fitted >= 2, table


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_word_is_broken_at_80_columns(run: Run, lang: str) -> None:
    """Each role's name is in its own row's Role column, broken only between words: the
    pieces of that column (the text before the first run of two spaces on each line that
    starts with it), joined by spaces row after row, give the names in order."""
    roles = json.loads(run("list", "--format", "json").stdout)["roles"]
    table = run("list", "--lang", lang, env={"COLUMNS": "80", "NO_COLOR": "1"}).stdout
    body = table.split("─\n", 1)[1].splitlines()  # the rows, then the notes
    pieces = [re.split(r"\s{2,}", line)[0] for line in body if line[:1].strip()]
    for role in roles:
        name, got = role["name"][lang], ""
        while pieces and len(got) < len(name):
            got = f"{got} {pieces.pop(0)}".strip()
        assert got == name, (got, name, table)
