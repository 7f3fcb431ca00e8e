"""Your skills against the roles: match, gap, next, similar, path."""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from careers_cli.choices import Format, Goal
from careers_cli.cli.handler import Command
from careers_cli.cli.options import (
    CatalogOpt,
    ExportOpt,
    FamilyOpt,
    FormatOpt,
    FromTextOpt,
    LangOpt,
    MinSalaryOpt,
    OptionalRegionOpt,
    ProfileOpt,
    SkillsOpt,
    StrictOpt,
    TopOpt,
    commands,
    common,
    complete_role,
    emit,
    read_text,
    warn,
)

if TYPE_CHECKING:
    from careers_cli.catalogue import Index
    from careers_cli.profile import You

app = commands()


def _you(
    index: "Index",
    skills: str | None,
    profile_file: Path | None,
    from_text: str | None,
    strict: bool,
) -> "You":
    """The person's skills, from the options or the saved profile (warnings on stderr)."""
    from careers_cli.profile import resolve_skills

    text = read_text(from_text) if from_text is not None else None
    you = resolve_skills(index, skills, profile_file, text, strict)
    if you.warning:
        warn(you.warning)
    return you


@app.command("match", cls=Command)
def match_command(
    ctx: typer.Context,
    skills: SkillsOpt = None,
    profile_file: ProfileOpt = None,
    from_text: FromTextOpt = None,
    strict: StrictOpt = False,
    explain: Annotated[
        str | None,
        typer.Option(
            "--explain",
            "--why",
            metavar="ROLE",
            show_default=False,
            autocompletion=complete_role,
            help="Show every skill's contribution to ROLE's score.",
        ),
    ] = None,
    family: FamilyOpt = None,
    min_salary: MinSalaryOpt = None,
    region: OptionalRegionOpt = None,
    top: TopOpt = None,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
    export: ExportOpt = None,
) -> None:
    """Score every role against your skills, best first.

    Scores run from 0 to 100 (see the README for the formula); --explain ROLE shows
    the arithmetic. Without --skills, --profile or --from-text, uses your saved profile.

    Example: careers match --skills "python:4, sql:3, statistiques" --top 5
    """
    from careers_cli import matching
    from careers_cli.views.matching import MatchView

    index = common(ctx).index(catalog)
    you = _you(index, skills, profile_file, from_text, strict)
    where = region or you.region or "US"
    if explain is not None:
        result = matching.score_role(index, index.roles.get(explain), you.levels, where)
        view = MatchView(index, [result], where, explain=result, unknown=you.unknown)
    else:
        results = matching.match(
            index, you.levels, matching.MatchOptions(family, min_salary, where, top)
        )
        view = MatchView(index, results, where, unknown=you.unknown)
    emit(view, fmt, lang, export, index, you.levels)


@app.command("gap", cls=Command)
def gap_command(
    ctx: typer.Context,
    role: Annotated[
        str,
        typer.Argument(metavar="ROLE", autocompletion=complete_role, help="The role you aim at."),
    ],
    skills: SkillsOpt = None,
    profile_file: ProfileOpt = None,
    from_text: FromTextOpt = None,
    strict: StrictOpt = False,
    region: OptionalRegionOpt = None,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
    export: ExportOpt = None,
) -> None:
    """Show your skill gap for a role and a learning plan.

    What you have at the level needed, below it, only through a related skill, and what
    is missing; then the skills to learn, prerequisites first, with the score each
    step brings.

    Example: careers gap data-scientist --skills "python:3, sql" --export plan.md
    """
    from careers_cli import matching
    from careers_cli.views.matching import GapView

    index = common(ctx).index(catalog)
    target = index.roles.get(role)  # an unknown role is reported before anything else
    you = _you(index, skills, profile_file, from_text, strict)
    result = matching.gap(index, target, you.levels, region or you.region or "US")
    emit(GapView(index, result), fmt, lang, export, index, you.levels)


@app.command("next", cls=Command)
def next_command(
    ctx: typer.Context,
    skills: SkillsOpt = None,
    profile_file: ProfileOpt = None,
    from_text: FromTextOpt = None,
    strict: StrictOpt = False,
    goal: Annotated[
        Goal,
        typer.Option(
            "--goal",
            case_sensitive=False,
            help="score (raise your best scores), roles (unlock the most roles above "
            "--threshold) or pay (scores on the best-paid roles).",
        ),
    ] = Goal.SCORE,
    count: Annotated[
        int, typer.Option("--count", "-n", min=1, max=5, metavar="N", help="How many skills (1-5).")
    ] = 3,
    threshold: Annotated[
        float,
        typer.Option(
            "--threshold", min=0, max=100, metavar="SCORE", help="Score that counts as a fit."
        ),
    ] = 70.0,
    family: FamilyOpt = None,
    region: OptionalRegionOpt = None,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """Suggest the next skills to learn.

    The one to five skills that would raise your best scores most, unlock the most
    roles above a threshold, or move you towards the best-paid roles.

    Example: careers next --goal roles --threshold 60
    """
    from careers_cli import matching
    from careers_cli.views.matching import NextView

    index = common(ctx).index(catalog)
    you = _you(index, skills, profile_file, from_text, strict)
    where = region or you.region or "US"
    result = matching.next_skills(index, you.levels, goal, count, threshold, where, family)
    emit(NextView(index, result), fmt, lang)


@app.command("similar", cls=Command)
def similar_command(
    ctx: typer.Context,
    role: Annotated[
        str,
        typer.Argument(metavar="ROLE", autocompletion=complete_role, help="A role you know."),
    ],
    top: Annotated[int, typer.Option("--top", min=1, metavar="N", help="How many neighbours.")] = 5,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """Show the roles closest to a role, and what differs.

    Ordered by weighted skill overlap: the moves from a job you know to its neighbours.

    Example: careers similar data-analyst --top 3
    """
    from careers_cli import matching
    from careers_cli.views.matching import SimilarView

    index = common(ctx).index(catalog)
    base, neighbours = matching.similar(index, role, top)
    emit(SimilarView(index, base, neighbours), fmt, lang)


@app.command("path", cls=Command)
def path_command(
    ctx: typer.Context,
    start: Annotated[
        str,
        typer.Argument(metavar="FROM", autocompletion=complete_role, help="The role you hold."),
    ],
    goal: Annotated[
        str,
        typer.Argument(metavar="TO", autocompletion=complete_role, help="The role you aim at."),
    ],
    min_overlap: Annotated[
        float,
        typer.Option(
            "--min-overlap",
            min=0.01,
            max=1.0,
            metavar="X",
            help="How much two roles must overlap to be neighbours (0-1).",
        ),
    ] = 0.25,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """Find a chain of neighbouring roles from one role to another.

    The fewest moves, each to a role that overlaps the last one (or is listed as
    related), with the skills to add at each step.

    Example: careers path data-analyst machine-learning-engineer
    """
    from careers_cli import matching
    from careers_cli.views.matching import PathView

    index = common(ctx).index(catalog)
    emit(PathView(index, matching.path(index, start, goal, min_overlap)), fmt, lang)
