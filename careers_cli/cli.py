"""The `careers` command line: parse options, call one core function, render.

Errors a user can cause are :class:`CareersError`; :class:`CareersGroup` turns them
into one line on stderr and the documented exit code. Nothing here knows how a table
is drawn or how a catalogue is checked. Heavy modules are imported inside commands, so
`careers --version` and `--help` stay fast.
"""

from __future__ import annotations

import os
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import click
import typer
from typer.core import TyperGroup

from careers_cli import __version__
from careers_cli.errors import CareersError, ExitCode
from careers_cli.model import Degree, Lang, SkillCategory
from careers_cli.render import Format

if TYPE_CHECKING:
    from collections.abc import Sequence

    from careers_cli.catalogue import Index, Named
    from careers_cli.render import View

# --------------------------------------------------------------------------- errors


@dataclass
class Settings:
    """Options of the whole program, set by the main callback."""

    debug: bool = False
    max_size: int | None = None


settings = Settings()


def _print_error(message: str) -> None:
    from careers_cli.text import safe

    lines = safe(message).splitlines() or [""]
    sys.stderr.write(f"error: {lines[0]}\n")
    for line in lines[1:]:
        sys.stderr.write(f"{line}\n")
    sys.stderr.flush()


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real stdout (tests)
        pass


def user_dir() -> Path:
    """The user's careers directory: ``CAREERS_HOME``, else Typer's app dir."""
    home = os.environ.get("CAREERS_HOME")
    return Path(home) if home else Path(typer.get_app_dir("careers"))


def _internal_error(exc: BaseException) -> NoReturn:
    details = "".join(traceback.format_exception(exc))
    if settings.debug:
        sys.stderr.write(details)
        raise typer.Exit(ExitCode.INTERNAL)
    where = "the details could not be written"
    try:
        log_dir = user_dir()
        log_dir.mkdir(parents=True, exist_ok=True)
        log = log_dir / "last-error.log"
        log.write_text(f"careers {__version__}\nargv: {sys.argv!r}\n\n{details}", "utf-8")
        where = f"details are in {log}"
    except OSError:
        pass
    _print_error(
        f"internal error ({type(exc).__name__}: {exc}); this is a bug in careers.\n"
        f"{where}; run again with --debug to see the traceback"
    )
    raise typer.Exit(ExitCode.INTERNAL)


class CareersGroup(TyperGroup):
    """The command group, with the one place that turns exceptions into exit codes."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CareersError as exc:
            _print_error(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            sys.stderr.write("interrupted\n")
            raise typer.Exit(ExitCode.INTERRUPTED) from None
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(ExitCode.BROKEN_PIPE) from None
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as exc:  # anything else is a bug: one line, details in a log
            _internal_error(exc)


app = typer.Typer(
    name="careers",
    cls=CareersGroup,
    help="Explore careers in artificial intelligence: roles, skills, salaries with "
    "their sources, and what you need to learn. Offline, in English and French.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# --------------------------------------------------------------------------- completion


def _completion_index(ctx: typer.Context) -> Index | None:
    from careers_cli import catalogue

    path = None
    if ctx is not None:
        path = ctx.params.get("catalog")
    try:
        return catalogue.load(path)
    except Exception:  # completion must never fail loudly
        return None


def _complete(kind: str) -> Any:
    def complete(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
        """Ids that start with what was typed, each with its English name as help."""
        index = _completion_index(ctx)
        if index is None:
            return []
        items: Sequence[Named]
        if kind == "role":
            items = index.catalogue.roles
        elif kind == "skill":
            items = index.catalogue.skills
        else:
            items = index.catalogue.applications
        typed = incomplete.lower()
        return [(item.id, item.name.en) for item in items if item.id.startswith(typed)]

    return complete


# --------------------------------------------------------------------------- options


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"careers {__version__}\n")
        raise typer.Exit()


CatalogOpt = Annotated[
    str | None,
    typer.Option(
        "--catalog",
        envvar="CAREERS_CATALOG",
        metavar="PATH",
        show_default=False,
        help="Catalogue file to read instead of the bundled one (env: CAREERS_CATALOG).",
    ),
]
LangOpt = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        case_sensitive=False,
        show_default=False,
        help="Language of labels: en or fr (default: from LC_ALL/LANG).",
    ),
]
FormatOpt = Annotated[
    Format,
    typer.Option("--format", "-f", case_sensitive=False, help="Output format."),
]
ExportOpt = Annotated[
    Path | None,
    typer.Option(
        "--export",
        metavar="FILE",
        show_default=False,
        dir_okay=False,
        help="Also save what is printed to FILE (.html, .svg, .md or .txt).",
    ),
]
RegionOpt = Annotated[
    str,
    typer.Option("--region", metavar="CODE", help="Country code for salaries: US, FR, GB, DE..."),
]


def _lang(lang: Lang | None) -> Lang:
    from careers_cli.i18n import default_lang

    return lang if lang is not None else default_lang()


EXPORT_SUFFIXES = (".html", ".svg", ".md", ".txt")


def _check_export(export: Path | None) -> None:
    """Refuse a bad export name before doing any work."""
    if export is not None and export.suffix.lower() not in EXPORT_SUFFIXES:
        raise typer.BadParameter(
            f"{export}: the file name must end in {', '.join(EXPORT_SUFFIXES)}",
            param_hint="--export",
        )


def _emit(view: View, fmt: Format, lang: Lang, export: Path | None = None) -> None:
    """Print a view on stdout in the chosen format, and save it if asked."""
    if fmt is Format.TABLE:
        from careers_cli.render import table

        table.render(view.document(lang), table.stdout_console())
    else:
        from careers_cli.render import render_text

        sys.stdout.write(render_text(view, fmt, lang))
        sys.stdout.flush()
    if export is not None:
        from careers_cli.render import export as exporter

        exporter.save(view, lang, export)


def _index(catalog: str | None) -> Index:
    from careers_cli import catalogue

    return catalogue.load(catalog, limit=settings.max_size)


# --------------------------------------------------------------------------- commands


@app.callback()
def main_callback(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug", envvar="CAREERS_DEBUG", help="Show the traceback of an internal error."
        ),
    ] = False,
    max_size: Annotated[
        int | None,
        typer.Option(
            "--max-size",
            min=1,
            metavar="BYTES",
            envvar="CAREERS_MAX_SIZE",
            show_default=False,
            help="Refuse catalogue files larger than this (default 64 MiB).",
        ),
    ] = None,
) -> None:
    """Explore careers in artificial intelligence.

    Example: careers list --lang fr
    """
    settings.debug = debug
    settings.max_size = max_size


@app.command("list")
def list_command(
    family: Annotated[
        str | None,
        typer.Option(
            "--family", metavar="FAMILY", show_default=False, help="Only this family (id or name)."
        ),
    ] = None,
    skill: Annotated[
        str | None,
        typer.Option(
            "--skill",
            metavar="SKILL",
            show_default=False,
            autocompletion=_complete("skill"),
            help="Only roles that need this skill.",
        ),
    ] = None,
    tool: Annotated[
        str | None,
        typer.Option(
            "--tool",
            metavar="TOOL",
            show_default=False,
            autocompletion=_complete("skill"),
            help="Only roles that list this tool.",
        ),
    ] = None,
    application: Annotated[
        str | None,
        typer.Option(
            "--application",
            metavar="APP",
            show_default=False,
            autocompletion=_complete("application"),
            help="Only roles that work in this application domain.",
        ),
    ] = None,
    min_salary: Annotated[
        float | None,
        typer.Option(
            "--min-salary",
            metavar="AMOUNT",
            min=0,
            show_default=False,
            help="Only roles whose median annual pay in --region is at least AMOUNT.",
        ),
    ] = None,
    region: RegionOpt = "US",
    education: Annotated[
        Degree | None,
        typer.Option(
            "--education",
            case_sensitive=False,
            show_default=False,
            help="Only roles whose typical degree is at most this one.",
        ),
    ] = None,
    sort: Annotated[
        str,
        typer.Option(
            "--sort",
            metavar="KEY",
            help="Order: catalogue, name, family, salary (median in --region) or skills.",
        ),
    ] = "catalogue",
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """List the roles, with filters and sorting.

    Each role with its family, essential skills, top tools and pay (U.S. median and
    French figure, each with its source).

    Example: careers list --skill pytorch --min-salary 150000 --sort salary
    """
    from careers_cli import explore, views  # noqa: F401
    from careers_cli.views.roles import ListView

    try:
        sort_key = explore.SortKey(sort.lower())
    except ValueError:
        raise typer.BadParameter(
            f"'{sort}' is not one of {', '.join(k.value for k in explore.SortKey)}",
            param_hint="--sort",
        ) from None
    language = _lang(lang)
    index = _index(catalog)
    filters = explore.Filters(
        family=family,
        skill=skill,
        tool=tool,
        application=application,
        min_salary=min_salary,
        region=region,
        education=education,
    )
    rows = explore.list_roles(index, filters, sort_key, language.value)
    _emit(ListView(index, rows), fmt, language)


@app.command("show")
def show_command(
    role: Annotated[
        str,
        typer.Argument(
            metavar="ROLE",
            autocompletion=_complete("role"),
            help="Role id, English or French name, alias or unique prefix.",
        ),
    ],
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
    export: ExportOpt = None,
) -> None:
    """Show everything about one role.

    Summary, missions, essential and optional skills with levels, tools, applications,
    education, every salary with its source and basis, codes and related roles.

    Example: careers show "ingénieur ml"
    """
    from careers_cli.views.roles import ShowView

    _check_export(export)
    index = _index(catalog)
    _emit(ShowView(index, index.roles.get(role)), fmt, _lang(lang), export)


@app.command("rank")
def rank_command(
    by: Annotated[
        str,
        typer.Option(
            "--by",
            metavar="KEY",
            help="salary, demand (employment, where sourced) or skills (breadth).",
        ),
    ] = "salary",
    region: RegionOpt = "US",
    measure: Annotated[
        str,
        typer.Option(
            "--measure", metavar="M", help="Salary figure: median, p90, high, p10 or low."
        ),
    ] = "median",
    source: Annotated[
        str | None,
        typer.Option(
            "--source",
            metavar="ID",
            show_default=False,
            help="Only figures from this source (e.g. bls-oews-2025, aijobs-index).",
        ),
    ] = None,
    top: Annotated[
        int | None,
        typer.Option(
            "--top", min=1, metavar="N", show_default=False, help="Show the first N roles."
        ),
    ] = None,
    family: Annotated[
        str | None,
        typer.Option("--family", metavar="FAMILY", show_default=False, help="Only this family."),
    ] = None,
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
    from careers_cli.views.roles import RankView

    try:
        rank_by = explore.RankBy(by.lower())
    except ValueError:
        raise typer.BadParameter(
            f"'{by}' is not one of salary, demand, skills", param_hint="--by"
        ) from None
    try:
        rank_measure = explore.Measure(measure.lower())
    except ValueError:
        raise typer.BadParameter(
            f"'{measure}' is not one of median, p90, high, p10, low", param_hint="--measure"
        ) from None
    _check_export(export)
    index = _index(catalog)
    ranking = explore.rank_roles(index, rank_by, region, rank_measure, top, family, source)
    _emit(RankView(index, ranking), fmt, _lang(lang), export)


@app.command("compare")
def compare_command(
    roles: Annotated[
        list[str],
        typer.Argument(
            metavar="ROLE ROLE [ROLE...]",
            autocompletion=_complete("role"),
            help="Two or more roles.",
        ),
    ],
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
    from careers_cli.views.roles import CompareView

    _check_export(export)
    index = _index(catalog)
    _emit(CompareView(index, explore.compare_roles(index, roles)), fmt, _lang(lang), export)


@app.command("skills")
def skills_command(
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

    index = _index(catalog)
    _emit(SkillsView(index, explore.skills_list(index, category)), fmt, _lang(lang))


@app.command("skill")
def skill_command(
    name: Annotated[
        str,
        typer.Argument(
            metavar="SKILL",
            autocompletion=_complete("skill"),
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

    index = _index(catalog)
    _emit(SkillView(index, explore.skill_report(index, name, region)), fmt, _lang(lang))


@app.command("tools")
def tools_command(
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """List tools and frameworks, most used first.

    Example: careers tools --format csv
    """
    from careers_cli import explore
    from careers_cli.views.taxonomy import SkillsView

    index = _index(catalog)
    _emit(
        SkillsView(index, explore.skills_list(index, tools_only=True), tools=True), fmt, _lang(lang)
    )


@app.command("applications")
def applications_command(
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """List the application domains.

    Example: careers applications --lang fr
    """
    from careers_cli import explore
    from careers_cli.views.taxonomy import ApplicationsView

    index = _index(catalog)
    _emit(ApplicationsView(index, explore.applications_list(index)), fmt, _lang(lang))


@app.command("application")
def application_command(
    name: Annotated[
        str,
        typer.Argument(
            metavar="APPLICATION",
            autocompletion=_complete("application"),
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

    index = _index(catalog)
    _emit(ApplicationView(index, explore.application_report(index, name)), fmt, _lang(lang))


@app.command("search")
def search_command(
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
    from careers_cli.views.search import SearchView

    index = _index(catalog)
    _emit(SearchView(explore.search(index, " ".join(text), limit)), fmt, _lang(lang))


@app.command("sources")
def sources_command(
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """List the sources of figures and codes.

    Example: careers sources --format json
    """
    from careers_cli.views.taxonomy import SourcesView

    index = _index(catalog)
    _emit(SourcesView(index, list(index.catalogue.sources)), fmt, _lang(lang))


@app.command("validate")
def validate_command(
    path: Annotated[
        str | None,
        typer.Argument(
            metavar="[PATH]",
            show_default=False,
            help="Catalogue to check (default: --catalog, else the bundled one).",
        ),
    ] = None,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """Check a catalogue file.

    Every problem with its line, then a summary and warnings; exit 1 on errors.

    Example: careers validate my-roles.yaml
    """
    from careers_cli import catalogue
    from careers_cli.errors import CatalogueError
    from careers_cli.views.validate import ValidateView

    target = catalogue.resolve_path(path or catalog)
    try:
        loaded = catalogue.read(target, limit=settings.max_size)
    except CatalogueError as exc:
        if fmt is Format.TABLE:
            raise
        _emit(ValidateView(target, {}, [], exc.problems), fmt, _lang(lang))
        raise typer.Exit(ExitCode.INPUT) from None
    cat = loaded.catalogue
    counts = {
        "roles": len(cat.roles),
        "skills": len(cat.skills),
        "applications": len(cat.applications),
        "families": len(cat.families),
        "sources": len(cat.sources),
    }
    _emit(ValidateView(target, counts, loaded.warnings, []), fmt, _lang(lang))


@app.command("schema")
def schema_command() -> None:
    """Print the catalogue's JSON Schema.

    Example: careers schema > roles.schema.json
    """
    from careers_cli.render import json as json_render
    from careers_cli.schema import json_schema

    sys.stdout.write(json_render.render(json_schema()))


# --------------------------------------------------------------------------- entry point


def _prepare_streams() -> None:
    """Never crash on a terminal that cannot show a character (LANG=C, latin-1)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if reconfigure is not None and encoding != "utf8":
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):  # pragma: no cover - exotic streams
                pass


def main() -> int:
    """Console-script entry point."""
    _prepare_streams()
    try:
        app(prog_name="careers")
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return ExitCode.INTERRUPTED
    return ExitCode.OK
