"""Roles: list, show, rank, compare."""

from typing import TYPE_CHECKING, Annotated

import typer

from careers_cli.choices import Format, Measure, RankBy, ShowSection, SortKey
from careers_cli.cli.handler import Command
from careers_cli.cli.options import (
    ApplicationFilterOpt,
    CatalogOpt,
    EducationOpt,
    ExperienceOpt,
    ExportOpt,
    FamilyOpt,
    FormatOpt,
    KindOpt,
    LangOpt,
    MinSalaryOpt,
    NotesOpt,
    RegionOpt,
    RoleArg,
    SkillFilterOpt,
    SortOpt,
    ToolFilterOpt,
    TopOpt,
    commands,
    common,
    complete_role,
    emit,
    note,
    region_code,
)

if TYPE_CHECKING:
    from careers_cli.catalogue import Index
    from careers_cli.render import View

app = commands()


@app.command("list", cls=Command)
def list_command(
    ctx: typer.Context,
    family: FamilyOpt = None,
    skill: SkillFilterOpt = None,
    tool: ToolFilterOpt = None,
    application: ApplicationFilterOpt = None,
    min_salary: MinSalaryOpt = None,
    region: RegionOpt = "US",
    education: EducationOpt = None,
    sort: SortOpt = SortKey.CATALOGUE,
    notes: NotesOpt = False,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """List the roles, with filters and sorting.

    Each role with its family, essential skills, top tools and pay (U.S. median and
    French figure, each with its source).

    Example: careers list --skill pytorch --min-salary 150000 --sort salary
    """
    from careers_cli import explore
    from careers_cli.cli.options import language
    from careers_cli.views.roles import ListView, UnshownPay

    index = common(ctx).index(catalog)
    region = region_code(index, region, lang)
    filters = explore.Filters(family, skill, tool, application, min_salary, region, education)
    listing = explore.select_roles(index, filters, sort, language(lang).value)
    # The table has columns for U.S. and French pay only: an order or a floor by another
    # region's medians is said under it.
    use = UnshownPay(region, min_salary is not None, sort is SortKey.SALARY)
    unshown = use if (use.kept or use.ordered) and region not in ("US", "FR") else None
    view = ListView(index, listing, notes, unshown)
    emit(ctx, view, fmt, lang)
    if fmt is Format.CSV:  # stdout stays pure CSV: what the table says under it goes here
        for said in view.notes_said(language(lang)):
            note(said)
    if listing.empty():  # an answer, not an error (exit 0): say why on stderr
        note(explore.empty_hint(index, filters))


@app.command("show", cls=Command)
def show_command(
    ctx: typer.Context,
    role: RoleArg,
    region: Annotated[
        str | None,
        typer.Option(
            "--region", metavar="CODE", show_default=False, help="Put this region's figures first."
        ),
    ] = None,
    section: Annotated[
        list[ShowSection] | None,
        typer.Option(
            "--section",
            case_sensitive=False,
            show_default=False,
            help="Only this part: summary, skills, pay, codes or related (repeat for several).",
        ),
    ] = None,
    official: Annotated[
        bool,
        typer.Option(
            "--official",
            help="The official occupation's essential skills beside ours (ESCO, O*NET; "
            "needs an imported taxonomy: careers import).",
        ),
    ] = False,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
    export: ExportOpt = None,
) -> None:
    """Show everything about one role.

    Summary, missions, essential and optional skills with levels, tools, applications,
    education, every salary with its source and basis, codes and related roles.

    Example: careers show "ingénieur ml" --section pay
    """
    from careers_cli.render import View
    from careers_cli.views.roles import ShowView
    from careers_cli.views.sections import SectionView

    index = common(ctx).index(catalog)
    if official:
        emit(ctx, official_view(ctx, index, role, bool(section)), fmt, lang, export, index)
        return
    first = region_code(index, region, lang) if region is not None else None
    view: View = ShowView(index, index.roles.get(role), first)
    if section:
        view = SectionView(view, tuple(dict.fromkeys(s.value for s in section)))
    emit(ctx, view, fmt, lang, export, index)


def official_view(ctx: typer.Context, index: "Index", role: str, section: bool) -> "View":
    """`show ROLE --official`: the role beside its occupations in the installed taxonomies
    (a code none of them holds is noted on stderr)."""
    from careers_cli import occupation
    from careers_cli.cli.options import note
    from careers_cli.i18n import msg
    from careers_cli.views.official import OfficialView

    if section:
        raise typer.BadParameter(msg("official_with_section"), param_hint="--official")
    run = common(ctx)
    found = index.roles.get(role)
    taxonomies = occupation.installed(run.max_size, not run.no_cache)
    comparison = occupation.official(index, found, taxonomies)
    for _, code in comparison.not_found:
        note(msg("official_code_missing", code=code.code))
    return OfficialView(index, comparison)


@app.command("rank", cls=Command)
def rank_command(
    ctx: typer.Context,
    by: Annotated[
        RankBy,
        typer.Option(
            "--by",
            case_sensitive=False,
            help="salary, demand (employment, where sourced) or skills (breadth).",
        ),
    ] = RankBy.SALARY,
    region: RegionOpt = "US",
    measure: Annotated[
        Measure,
        typer.Option("--measure", case_sensitive=False, help="Salary figure."),
    ] = Measure.MEDIAN,
    source: Annotated[
        str | None,
        typer.Option(
            "--source",
            metavar="ID",
            show_default=False,
            help="Only figures from this source (e.g. bls-oews-2025, aijobs-index).",
        ),
    ] = None,
    top: TopOpt = None,
    family: FamilyOpt = None,
    kind: KindOpt = None,
    experience: ExperienceOpt = None,
    notes: NotesOpt = False,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
    export: ExportOpt = None,
) -> None:
    """Rank roles by pay, demand or skills.

    The best-paid first, each pay range drawn on one scale; roles without a figure last.

    Example: careers rank --region FR --measure high --top 10
    """
    from careers_cli import explore
    from careers_cli.model import Experience
    from careers_cli.views.roles import RankView

    index = common(ctx).index(catalog)
    region = region_code(index, region, lang)
    level = Experience(experience.value) if experience is not None else None
    query = explore.RankQuery(by, region, measure, top, family, source, kind, level)
    emit(ctx, RankView(index, explore.rank_roles(index, query), notes), fmt, lang, export, index)


@app.command("compare", cls=Command)
def compare_command(
    ctx: typer.Context,
    roles: Annotated[
        list[str],
        typer.Argument(
            metavar="ROLE ROLE [ROLE...]", autocompletion=complete_role, help="Two or more roles."
        ),
    ],
    notes: NotesOpt = False,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
    export: ExportOpt = None,
) -> None:
    """Compare roles side by side.

    Shared and distinct skills with levels, tools, education, pay, and an overlap score.

    Example: careers compare data-scientist machine-learning-engineer
    """
    from careers_cli import explore
    from careers_cli.i18n import msg
    from careers_cli.views.roles import CompareView

    if len(roles) < 2:  # a usage error (exit 2), before any catalogue is read
        raise typer.BadParameter(msg("compare_two"), param_hint=msg("compare_roles_param"))
    index = common(ctx).index(catalog)
    emit(
        ctx,
        CompareView(index, explore.compare_roles(index, roles), notes),
        fmt,
        lang,
        export,
        index,
    )
