"""The taxonomy: skills, skill, tools, applications, application, search, sources."""

from typing import Annotated

import typer

from careers_cli.choices import Format, SkillCategory
from careers_cli.cli.handler import Command
from careers_cli.cli.options import (
    CatalogOpt,
    FormatOpt,
    LangOpt,
    RegionOpt,
    commands,
    common,
    complete_application,
    complete_skill,
    emit,
    region_code,
)

app = commands()


@app.command("skills", cls=Command)
def skills_command(
    ctx: typer.Context,
    category: Annotated[
        SkillCategory | None,
        typer.Option(
            "--category", case_sensitive=False, show_default=False, help="Only this category."
        ),
    ] = None,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """List the skills taxonomy.

    Each skill with its category, aliases and how many roles need it.

    Example: careers skills --category ai-methods
    """
    from careers_cli import explore
    from careers_cli.views.taxonomy import SkillsView

    index = common(ctx).index(catalog)
    emit(ctx, SkillsView(index, explore.skills_list(index, category)), fmt, lang)


@app.command("skill", cls=Command)
def skill_command(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(
            metavar="SKILL",
            autocompletion=complete_skill,
            help="Skill id, name or alias, in either language.",
        ),
    ],
    region: RegionOpt = "US",
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """Show one skill and the roles that need it.

    Roles that need it (importance, level, pay), related skills, prerequisites and
    what it is worth.

    Example: careers skill sklearn
    """
    from careers_cli import explore
    from careers_cli.views.taxonomy import SkillView

    index = common(ctx).index(catalog)
    where = region_code(index, region, lang)
    emit(ctx, SkillView(index, explore.skill_report(index, name, where)), fmt, lang)


@app.command("tools", cls=Command)
def tools_command(
    ctx: typer.Context,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """List tools and frameworks, most used first.

    Example: careers tools --format csv
    """
    from careers_cli import explore
    from careers_cli.views.taxonomy import SkillsView

    index = common(ctx).index(catalog)
    emit(ctx, SkillsView(index, explore.skills_list(index, tools_only=True), tools=True), fmt, lang)


@app.command("applications", cls=Command)
def applications_command(
    ctx: typer.Context,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """List the application domains.

    Example: careers applications --lang fr
    """
    from careers_cli import explore
    from careers_cli.views.taxonomy import ApplicationsView

    index = common(ctx).index(catalog)
    emit(ctx, ApplicationsView(index, explore.applications_list(index)), fmt, lang)


@app.command("application", cls=Command)
def application_command(
    ctx: typer.Context,
    name: Annotated[
        str,
        typer.Argument(
            metavar="APPLICATION",
            autocompletion=complete_application,
            help="Application id, name or alias.",
        ),
    ],
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """Show one application domain and its roles.

    Example: careers application "diagnostic médical"
    """
    from careers_cli import explore
    from careers_cli.views.taxonomy import ApplicationView

    index = common(ctx).index(catalog)
    emit(ctx, ApplicationView(index, explore.application_report(index, name)), fmt, lang)


@app.command("search", cls=Command)
def search_command(
    ctx: typer.Context,
    text: Annotated[list[str], typer.Argument(metavar="TEXT...", help="Words to look for.")],
    limit: Annotated[
        int, typer.Option("--limit", min=1, metavar="N", help="Show at most N results.")
    ] = 20,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """Search roles, skills and applications.

    Names, aliases, summaries, missions, skills and applications, in English and
    French; case and accents do not matter.

    Example: careers search vision par ordinateur
    """
    from careers_cli import explore
    from careers_cli.lang import current_lang
    from careers_cli.views.search import SearchView

    index = common(ctx).index(catalog)
    found = explore.search(index, " ".join(text), limit, current_lang())
    emit(ctx, SearchView(found), fmt, lang)


@app.command("sources", cls=Command)
def sources_command(
    ctx: typer.Context,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """List the sources of figures and codes.

    Example: careers sources --format json
    """
    from careers_cli.views.taxonomy import SourcesView

    index = common(ctx).index(catalog)
    emit(ctx, SourcesView(index, list(index.sources.values())), fmt, lang)
