"""Your skills against the roles: match, gap, next, similar, path."""

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from careers_cli.choices import By, Format, Goal, Lang
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
    decimal,
    emit,
    language,
    note,
    read_text,
    region_code,
    warn,
)

if TYPE_CHECKING:
    from careers_cli.catalogue import Index
    from careers_cli.matching import Match, MatchOptions
    from careers_cli.profile import You

app = commands()


def _resolved(
    index: "Index",
    skills: str | None,
    profile_file: Path | None,
    from_text: str | None,
    strict: bool,
    allow_empty: bool = False,
) -> "You":
    """The person's skills, from the options or the saved profile (its warning not shown)."""
    from careers_cli.profile import resolve_skills

    text = read_text(from_text) if from_text is not None else None
    return resolve_skills(index, skills, profile_file, text, strict, allow_empty)


def _you(
    index: "Index",
    skills: str | None,
    profile_file: Path | None,
    from_text: str | None,
    strict: bool,
) -> "You":
    """The person's skills, from the options or the saved profile (warnings on stderr)."""
    you = _resolved(index, skills, profile_file, from_text, strict)
    if you.warning:
        warn(you.warning)
    return you


def _where(index: "Index", region: str | None, lang: Lang | None, you: "You") -> str:
    """The region the figures are for: --region, else the profile's, else the US."""
    return region_code(index, region, lang) if region else you.region or "US"


def _show_detected(index: "Index", you: "You", fmt: Format, lang: Lang | None) -> None:
    """Table format: the skills read from the text go to stderr (JSON has ``detected``)."""
    if you.detected and fmt is Format.TABLE:
        from careers_cli.text import safe
        from careers_cli.views.matching import detected_lines

        for line in detected_lines(index, you.detected, language(lang)):
            sys.stderr.write(safe(line) + "\n")


def _matched(index: "Index", you: "You", options: "MatchOptions") -> "list[Match]":
    """`match`'s roles: with no --top, the first MATCH_SHOWN of a large catalogue, and a
    note on stderr saying how many roles passed the filters."""
    from careers_cli import i18n, matching

    shown = options._replace(top=matching.match_top(options.top, index.role_count))
    results, passed = matching.match_counted(index, you.levels, shown)
    if options.top is None and len(results) < passed:
        total = i18n.decimal(passed, i18n.current_lang())
        note(i18n.msg("match_more", n=len(results), total=total))
    return results


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
    by: Annotated[
        By | None,
        typer.Option(
            "--by",
            case_sensitive=False,
            show_default=False,
            help="Order by readiness (your score) or by fit (which role your skills "
            "resemble; skills few roles list weigh more). Default: fit with --from-text, "
            "else readiness.",
        ),
    ] = None,
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

    order = by or (By.FIT if from_text is not None else By.READINESS)
    index = common(ctx).index(catalog)
    you = _you(index, skills, profile_file, from_text, strict)
    where = _where(index, region, lang, you)
    _show_detected(index, you, fmt, lang)
    if explain is not None:
        result = matching.score_role(index, index.roles.get(explain), you.levels, where)
        view = MatchView(index, [result], where, result, you.unknown, order, you.detected)
    else:
        options = matching.MatchOptions(family, min_salary, where, top, order, you.named)
        results = _matched(index, you, options)
        view = MatchView(index, results, where, None, you.unknown, order, you.detected)
    emit(ctx, view, fmt, lang, export, index, you.levels)


@app.command("gap", cls=Command)
def gap_command(
    ctx: typer.Context,
    role: Annotated[
        str | None,
        typer.Argument(
            metavar="[ROLE]",
            show_default=False,
            autocompletion=complete_role,
            help="The role you aim at (default: each target of your profile).",
        ),
    ] = None,
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
    is missing; then the skills to learn, foundations first, with the score each step
    brings. Without ROLE, one report per target role of your profile.

    Example: careers gap data-scientist --skills "python:3, sql" --export plan.md
    """
    from careers_cli import matching
    from careers_cli.profile import target_roles
    from careers_cli.views.matching import GapsView, GapView

    index = common(ctx).index(catalog)
    if role is not None:
        index.roles.get(role)  # an unknown role is reported before anything else
    you = _resolved(index, skills, profile_file, from_text, strict, allow_empty=True)
    # Before any warning: a run that has no role to report on says only that (not "a
    # plan from zero" first, a promise the error then breaks).
    chosen, left_out = target_roles(index, role, you)
    for warning in (you.warning, left_out):
        if warning:
            warn(warning)
    _show_detected(index, you, fmt, lang)
    where = _where(index, region, lang, you)
    views = [
        GapView(index, matching.gap(index, r, you.levels, where), you.detected) for r in chosen
    ]
    gaps = views[0] if role is not None else GapsView(views)
    emit(ctx, gaps, fmt, lang, export, index, you.levels)


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
            "--threshold",
            parser=decimal(0, 100),
            metavar="SCORE",
            help="Score that counts as a fit (0-100).",
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
    from careers_cli.profile import targets_warning
    from careers_cli.views.matching import NextView

    index = common(ctx).index(catalog)
    you = _you(index, skills, profile_file, from_text, strict)
    # Only the score goal reads the targets: the others have none to leave out.
    left_out = targets_warning(index, you) if goal is Goal.SCORE else None
    if left_out:
        warn(left_out)
    where = _where(index, region, lang, you)
    result = matching.next_skills(
        index, you.levels, goal, count, threshold, where, family, you.targets
    )
    emit(ctx, NextView(index, result), fmt, lang)


@app.command("similar", cls=Command)
def similar_command(
    ctx: typer.Context,
    role: Annotated[
        str | None,
        typer.Argument(
            metavar="[ROLE]",
            show_default=False,
            autocompletion=complete_role,
            help="A role you know (default: the roles nearest your saved profile, by fit).",
        ),
    ] = None,
    top: Annotated[int, typer.Option("--top", min=1, metavar="N", help="How many neighbours.")] = 5,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """Show the roles closest to a role, and what differs.

    Ordered by weighted skill overlap: the moves from a job you know to its neighbours.
    Without ROLE, the roles nearest your saved profile, by fit.

    Example: careers similar data-analyst --top 3
    """
    from careers_cli import matching
    from careers_cli.views.matching import MatchView, SimilarView

    index = common(ctx).index(catalog)
    if role is None:  # roles near me: the saved profile's best fits
        you = _you(index, None, None, None, False)
        where = you.region or "US"
        options = matching.MatchOptions(region=where, top=top, by=By.FIT)
        found = matching.match(index, you.levels, options)
        emit(ctx, MatchView(index, found, where, None, you.unknown, options.by), fmt, lang)
        return
    base, neighbours = matching.similar(index, role, top)
    emit(ctx, SimilarView(index, base, neighbours), fmt, lang)


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
            parser=decimal(0.01, 1.0),
            metavar="X",
            help="How much two roles must overlap to be neighbours (0-1).",
        ),
    ] = 0.25,
    max_moves: Annotated[
        int,
        typer.Option(
            "--max-moves",
            min=1,
            max=50,
            metavar="N",
            help="Look for chains of at most N moves (1-50).",
        ),
    ] = 8,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """Find a chain of neighbouring roles from one role to another.

    The fewest moves (at most --max-moves), each to a role that overlaps the last one
    (or is listed as related), with the skills to add at each step.

    Example: careers path data-analyst machine-learning-engineer
    """
    from careers_cli import matching
    from careers_cli.views.matching import PathView

    index = common(ctx).index(catalog)
    steps = matching.path(index, start, goal, min_overlap, max_moves)
    emit(ctx, PathView(index, steps), fmt, lang)
