"""Meta-tests: the README and CI agree, and every command is helpful and documented."""

from __future__ import annotations

import re

import typer

from careers_cli.cli import app

from .conftest import ROOT, Run

README = (ROOT / "README.md").read_text(encoding="utf-8")


def quickstart_commands() -> list[str]:
    section = README.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section)


def test_quickstart_has_exactly_two_commands() -> None:
    commands = quickstart_commands()
    assert len(commands) == 2, commands
    install_and_list, install_and_test = commands
    assert install_and_list.endswith("careers list")
    assert "'.[test]'" in install_and_test and "pytest" in install_and_test


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = quickstart_commands()[1]
    run_lines = [line.strip() for line in ci.splitlines() if not line.lstrip().startswith("#")]
    assert test_command in run_lines, "README's test command and .ci/run have drifted apart"
    assert "ruff check" in ci and "mypy --strict careers_cli" in ci


def command_names() -> list[str]:
    """Every command, with sub-commands as "profile add"."""
    group = typer.main.get_command(app)
    with typer.Context(group) as ctx:
        names = []
        for name in group.list_commands(ctx):  # type: ignore[attr-defined]
            names.append(name)
            command = group.get_command(ctx, name)  # type: ignore[attr-defined]
            for sub in getattr(command, "commands", {}):
                names.append(f"{name} {sub}")
    return sorted(names)


def test_every_command_has_a_summary_and_an_example(run: Run) -> None:
    names = command_names()
    assert "profile from-text" in names and "match" in names
    for name in names:
        result = run(*name.split(), "--help")
        assert result.exit_code == 0, (name, result.output)
        text = " ".join(result.stdout.split())
        assert "Example: careers" in text, name


def test_every_command_is_in_the_readme() -> None:
    for name in command_names():
        assert f"careers {name}" in README, f"command {name} is not documented in README.md"


def test_the_code_map_names_every_module() -> None:
    section = README.split("### Code map", 1)[1].split("\n## ", 1)[0]
    package = ROOT / "careers_cli"
    for module in sorted(package.rglob("*.py")):
        name = module.relative_to(package).as_posix()
        if module.name in ("__init__.py", "__main__.py") and name not in (
            "cli/__init__.py",
            "render/__init__.py",
        ):
            continue
        shown = name if name.endswith("__init__.py") else module.name
        assert shown in section, f"{name} is not in the README's code map"
