"""The `careers` command line: parse options, call one core function, render.

Errors a user can cause are :class:`CareersError`; :class:`CareersGroup` turns them
into one line on stderr and the documented exit code. Nothing here knows how a table
is drawn or how a catalogue is checked. Heavy modules are imported inside commands, so
`careers --version` and `--help` stay fast.
"""

import io
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, NoReturn

import click
import typer
from typer.core import TyperGroup

from careers_cli import __version__
from careers_cli.errors import CareersError, ExitCode
from careers_cli.model import Degree, Lang, SalaryKind, Seniority, SkillCategory
from careers_cli.render import Format

if TYPE_CHECKING:
    from collections.abc import Sequence

    from careers_cli.catalogue import Index, Named
    from careers_cli.cv import Found
    from careers_cli.render import View

# --------------------------------------------------------------------------- errors


class Settings:
    """Options of the whole program, set by the main callback."""

    def __init__(self) -> None:
        self.debug = False
        self.max_size: int | None = None
        self.no_cache = False
        self.catalog: str | None = None  # `careers --catalog NAME|PATH COMMAND`


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


def _internal_error(exc: BaseException) -> NoReturn:
    details = "".join(traceback.format_exception(exc))
    if settings.debug:
        sys.stderr.write(details)
        raise typer.Exit(ExitCode.INTERNAL)
    where = "the details could not be written"
    try:
        from careers_cli.files import write_log
        from careers_cli.profile import user_dir

        text = f"careers {__version__}\nargv: {sys.argv!r}\n\n{details}"
        where = f"details are in {write_log(user_dir(), 'last-error.log', text)}"
    except (OSError, CareersError):
        pass
    _print_error(
        f"internal error ({type(exc).__name__}: {exc}); this is a bug in careers.\n"
        f"{where}; run again with --debug to see the traceback"
    )
    raise typer.Exit(ExitCode.INTERNAL)


class CareersGroup(TyperGroup):
    """The command group, with the one place that turns exceptions into exit codes."""

    def make_context(self, *args: Any, **kwargs: Any) -> click.Context:
        from careers_cli.usage import inert

        try:
            return super().make_context(*args, **kwargs)
        except click.ClickException as exc:
            raise inert(exc) from None

    def invoke(self, ctx: click.Context) -> Any:
        from careers_cli.usage import inert

        try:
            return super().invoke(ctx)
        except click.ClickException as exc:
            raise inert(exc) from None
        except CareersError as exc:
            _print_error(str(exc))
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            sys.stderr.write("interrupted\n")
            raise typer.Exit(ExitCode.INTERRUPTED) from None
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(ExitCode.BROKEN_PIPE) from None
        except (click.exceptions.Exit, click.Abort):
            raise
        except OSError as exc:  # a full disk is not a bug
            from careers_cli.files import disk_error

            error = disk_error(exc)
            if error is None:
                _internal_error(exc)
            _print_error(str(error))
            raise typer.Exit(error.exit_code) from None
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


def _completion_index(ctx: typer.Context) -> "Index | None":
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


def _decimal(low: float | None = None, high: float | None = None) -> Any:
    """A finite number option (NaN and infinity refused), see careers_cli.numbers."""
    from careers_cli.optiontypes import Decimal

    return Decimal(low, high)


def _level() -> Any:
    from careers_cli.optiontypes import Level

    return Level()


KindOpt = Annotated[
    SalaryKind | None,
    typer.Option(
        "--kind",
        show_default=False,
        help="role: figures of the job title (default, then roles with only a group figure); "
        "group: official occupation groups (BLS).",
    ),
]
ExperienceOpt = Annotated[
    Seniority | None,
    typer.Option(
        "--experience",
        show_default=False,
        help="Rank the index's entry, mid or senior medians (n >= 20 each).",
    ),
]
NotesOpt = Annotated[
    bool, typer.Option("--notes", help="Under the table, every figure's basis and citation.")
]


def _lang(lang: Lang | None) -> Lang:
    from careers_cli.i18n import default_lang

    return lang if lang is not None else default_lang()


def _region_code(index: "Index", region: str, lang: Lang | None) -> str:
    """A checked --region (careers_cli.regions): a usage error when the catalogue has none."""
    from careers_cli.regions import resolve

    return resolve(index, region, _lang(lang))


EXPORT_SUFFIXES = (".html", ".svg", ".md", ".txt")


def _check_export(export: Path | None) -> None:
    """Refuse a bad export name before doing any work."""
    if export is not None and export.suffix.lower() not in EXPORT_SUFFIXES:
        raise typer.BadParameter(
            f"{export}: the file name must end in {', '.join(EXPORT_SUFFIXES)}",
            param_hint="--export",
        )


def _emit(view: "View", fmt: Format, lang: Lang, export: Path | None = None) -> None:
    """Print a view on stdout in the chosen format, and save it if asked."""
    if fmt is Format.TABLE:
        from careers_cli.render import table

        table.render(view.document(lang))
    else:
        from careers_cli.render import render_text

        sys.stdout.write(render_text(view, fmt, lang))
        sys.stdout.flush()
    if export is not None:
        from careers_cli.render import export as exporter

        exporter.save(view, lang, export)


def _index(catalog: str | None) -> "Index":
    from careers_cli import catalogue

    catalog = catalog or settings.catalog
    return catalogue.load(catalog, limit=settings.max_size, use_cache=not settings.no_cache)


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
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            envvar="CAREERS_NO_CACHE",
            help="Read the catalogue afresh, without the cache (nothing is written).",
        ),
    ] = False,
    catalog: Annotated[
        str | None,
        typer.Option(
            "--catalog",
            metavar="NAME|PATH",
            show_default=False,
            help="Catalogue for the command: a file or an installed name (esco, onet).",
        ),
    ] = None,
) -> None:
    """Explore careers in artificial intelligence.

    Example: careers list --lang fr
    """
    from careers_cli import cache

    settings.debug = debug
    cache.DEBUG = debug  # a note on stderr when a cache file is not used, and why
    settings.max_size = max_size
    settings.no_cache = no_cache
    settings.catalog = catalog


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
            click_type=_decimal(0),
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
    region = _region_code(index, region, language)
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
    _emit(ListView(index, rows, notes), fmt, language)


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
    region: Annotated[
        str | None,
        typer.Option(
            "--region", metavar="CODE", show_default=False, help="Put this region's figures first."
        ),
    ] = None,
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
    first = _region_code(index, region, lang) if region is not None else None
    _emit(ShowView(index, index.roles.get(role), first), fmt, _lang(lang), export)


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
    region = _region_code(index, region, lang)
    level = Experience(experience.value) if experience is not None else None
    query = explore.RankQuery(rank_by, region, rank_measure, top, family, source, kind, level)
    ranking = explore.rank_roles(index, query)
    _emit(RankView(index, ranking, notes), fmt, _lang(lang), export)


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
    from careers_cli.views.roles import CompareView

    _check_export(export)
    index = _index(catalog)
    comparison = explore.compare_roles(index, roles)
    _emit(CompareView(index, comparison, notes), fmt, _lang(lang), export)


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
    where = _region_code(index, region, lang)
    _emit(SkillView(index, explore.skill_report(index, name, where)), fmt, _lang(lang))


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

    target = catalogue.resolve_path(path or catalog or settings.catalog)
    try:
        loaded = catalogue.read(target, limit=settings.max_size)
    except CatalogueError as exc:
        if fmt is Format.TABLE:
            raise
        _emit(ValidateView(target, {}, [], list(exc.problems)), fmt, _lang(lang))
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


# --------------------------------------------------------------------------- your skills

SkillsOpt = Annotated[
    str | None,
    typer.Option(
        "--skills",
        "-s",
        metavar="LIST",
        show_default=False,
        help='Your skills: "python, pytorch:4, sql:2, statistiques" (ids, names or '
        "aliases in English or French; level 1-5 after a colon, default 3).",
    ),
]
ProfileOpt = Annotated[
    Path | None,
    typer.Option(
        "--profile",
        metavar="FILE",
        show_default=False,
        dir_okay=False,
        help="Read your skills from a profile file (YAML).",
    ),
]
FromTextOpt = Annotated[
    str | None,
    typer.Option(
        "--from-text",
        metavar="FILE",
        show_default=False,
        help="Find your skills in a CV or job ad (plain text or Markdown; - for "
        "stdin), each at the level its words give (notions 2, solid 4, expert 5; else 3).",
    ),
]
StrictOpt = Annotated[
    bool,
    typer.Option("--strict", help="Make an unknown skill name an error instead of a warning."),
]
OptionalRegionOpt = Annotated[
    str | None,
    typer.Option(
        "--region",
        metavar="CODE",
        show_default=False,
        help="Country code for salaries (default: the profile's region, else US).",
    ),
]


class You(NamedTuple):
    """The person's skills, from the options or the saved profile."""

    levels: dict[str, int]
    region: str | None
    targets: list[str]
    unknown: list[str]
    detected: list["Found"]  # skills read from --from-text, with level and evidence


def _warn(message: str) -> None:
    from careers_cli.text import safe

    for line in safe(message).splitlines():
        sys.stderr.write(f"warning: {line}\n")


def _read_text_input(source: str) -> str:
    """A CV or job ad: a file (checked like any input file) or ``-`` for stdin."""
    from careers_cli.files import DEFAULT_MAX_BYTES, read_stdin, read_text

    if source != "-":
        return read_text(source, "text file", DEFAULT_MAX_BYTES)
    return read_stdin(DEFAULT_MAX_BYTES)


def _you(
    index: "Index",
    skills: str | None,
    profile_file: Path | None,
    from_text: str | None,
    strict: bool,
    allow_empty: bool = False,
) -> You:
    """The person's skills; with ``allow_empty``, none at all is a start from zero."""
    from careers_cli import matching, profile

    parsed = matching.ParsedSkills()
    region: str | None = None
    targets: list[str] = []
    given = skills is not None or profile_file is not None or from_text is not None
    found: list[Found] = []
    if profile_file is not None:
        prof, read = profile.read_profile(profile_file, index)
        parsed.merge(read)
        region, targets = prof.region, prof.targets
    if skills is not None:
        parsed.merge(matching.parse_skills(index, skills))
    if from_text is not None:
        found = profile.find_skills(index, _read_text_input(from_text))
        parsed.merge(matching.ParsedSkills(profile.levels_from_text(found)))
    if not given:
        saved = profile.load_saved(index)
        if saved is None and allow_empty:
            _warn("no skills given and no saved profile: a plan from zero")
            return You({}, None, [], [], [])
        if saved is None:
            raise CareersError(
                "no skills given and no saved profile",
                hint='use --skills "python, sql:2", --profile FILE or --from-text CV.txt, '
                "or save them: careers profile add python:4 sql",
            )
        prof, read = saved
        parsed.merge(read)
        region, targets = prof.region, prof.targets
        if not prof.skills and allow_empty:
            _warn("your saved profile has no skills yet: a plan from zero")
            return You({}, prof.region, prof.targets, [], [])
        if not prof.skills:
            raise CareersError(
                "your saved profile has no skills yet",
                hint="careers profile add python:4 sql, or use --skills",
            )
    if parsed.unknown:
        message = matching.unknown_message(parsed.unknown)
        if strict:
            raise CareersError(message)
        _warn(message + "\n(ignored; --strict makes this an error)")
    if not parsed.levels:
        raise CareersError(
            "none of the skills given is in the catalogue",
            hint="careers skills lists them; names and aliases work in English and French",
        )
    return You(dict(parsed.levels), region, targets, [u.text for u in parsed.unknown], found)


def _show_detected(index: "Index", you: You, fmt: Format, lang: Lang | None) -> None:
    """Table format: the skills read from the text go to stderr (JSON has ``detected``)."""
    if you.detected and fmt is Format.TABLE:
        from careers_cli.text import safe
        from careers_cli.views.matching import detected_lines

        for line in detected_lines(index, you.detected, _lang(lang)):
            sys.stderr.write(safe(line) + "\n")


@app.command("match")
def match_command(
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
            autocompletion=_complete("role"),
            help="Show every skill's contribution to ROLE's score.",
        ),
    ] = None,
    family: Annotated[
        str | None,
        typer.Option("--family", metavar="FAMILY", show_default=False, help="Only this family."),
    ] = None,
    min_salary: Annotated[
        float | None,
        typer.Option(
            "--min-salary",
            metavar="AMOUNT",
            click_type=_decimal(0),
            show_default=False,
            help="Only roles whose median pay in the region is at least AMOUNT.",
        ),
    ] = None,
    region: OptionalRegionOpt = None,
    top: Annotated[
        int | None,
        typer.Option(
            "--top", min=1, metavar="N", show_default=False, help="Show the best N roles."
        ),
    ] = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            metavar="fit|readiness",
            show_default=False,
            help="Order by readiness (your score) or by fit (which role your skills "
            "resemble; skills few roles list weigh more). Default: fit with --from-text, "
            "else readiness.",
        ),
    ] = None,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """Score every role against your skills, best first.

    Scores run from 0 to 100 (see the README for the formula); --explain ROLE shows
    the arithmetic. Without --skills, --profile or --from-text, uses your saved profile.

    Example: careers match --skills "python:4, sql:3, statistiques" --top 5
    """
    from careers_cli import matching
    from careers_cli.views.matching import MatchView

    order = matching.By.FIT if from_text is not None else matching.By.READINESS
    if by is not None:
        try:
            order = matching.By(by.lower())
        except ValueError:
            raise typer.BadParameter("must be fit or readiness", param_hint="--by") from None
    index = _index(catalog)
    you = _you(index, skills, profile_file, from_text, strict)
    where = _region_code(index, region, lang) if region else you.region or "US"
    _show_detected(index, you, fmt, lang)
    if explain is not None:
        role = index.roles.get(explain)
        result = matching.score_role(index, role, you.levels, where)
        view = MatchView(index, [result], where, result, you.unknown, order, you.detected)
    else:
        options = matching.MatchOptions(family, min_salary, where, top, order)
        found = matching.match(index, you.levels, options)
        view = MatchView(index, found, where, None, you.unknown, order, you.detected)
    _emit(view, fmt, _lang(lang))


@app.command("gap")
def gap_command(
    role: Annotated[
        str | None,
        typer.Argument(
            metavar="[ROLE]",
            show_default=False,
            autocompletion=_complete("role"),
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
    from careers_cli.views.matching import GapsView, GapView

    _check_export(export)
    index = _index(catalog)
    chosen = [index.roles.get(role)] if role is not None else []
    you = _you(index, skills, profile_file, from_text, strict, allow_empty=True)
    if role is None:
        chosen = [index.roles.get(r) for r in you.targets]
        if not chosen:
            raise CareersError(
                "no ROLE given and no target role in your profile",
                hint="careers gap data-scientist, or save targets: "
                "careers profile set --target data-scientist",
            )
    _show_detected(index, you, fmt, lang)
    where = _region_code(index, region, lang) if region else you.region or "US"
    views = [
        GapView(index, matching.gap(index, r, you.levels, where), you.detected) for r in chosen
    ]
    _emit(views[0] if role is not None else GapsView(views), fmt, _lang(lang), export)


@app.command("next")
def next_command(
    skills: SkillsOpt = None,
    profile_file: ProfileOpt = None,
    from_text: FromTextOpt = None,
    strict: StrictOpt = False,
    goal: Annotated[
        str,
        typer.Option(
            "--goal",
            metavar="GOAL",
            help="score (raise your best scores), roles (unlock "
            "the most roles above --threshold) or pay (scores on "
            "the best-paid roles).",
        ),
    ] = "score",
    count: Annotated[
        int, typer.Option("--count", "-n", min=1, max=5, metavar="N", help="How many skills (1-5).")
    ] = 3,
    threshold: Annotated[
        float,
        typer.Option(
            "--threshold",
            click_type=_decimal(0, 100),
            metavar="SCORE",
            help="Score that counts as a fit (0-100).",
        ),
    ] = 70.0,
    family: Annotated[
        str | None,
        typer.Option(
            "--family", metavar="FAMILY", show_default=False, help="Only roles of this family."
        ),
    ] = None,
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

    try:
        chosen = matching.Goal(goal.lower())
    except ValueError:
        raise typer.BadParameter(
            f"'{goal}' is not one of score, roles, pay", param_hint="--goal"
        ) from None
    index = _index(catalog)
    you = _you(index, skills, profile_file, from_text, strict)
    where = _region_code(index, region, lang) if region else you.region or "US"
    result = matching.next_skills(
        index, you.levels, chosen, count, threshold, where, family, you.targets
    )
    _emit(NextView(index, result), fmt, _lang(lang))


@app.command("similar")
def similar_command(
    role: Annotated[
        str | None,
        typer.Argument(
            metavar="[ROLE]",
            show_default=False,
            autocompletion=_complete("role"),
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
    from careers_cli.views.matching import SimilarView

    index = _index(catalog)
    if role is None:  # roles near me: the saved profile's best fits
        from careers_cli.views.matching import MatchView

        you = _you(index, None, None, None, False)
        where = you.region or "US"
        options = matching.MatchOptions(region=where, top=top, by=matching.By.FIT)
        found = matching.match(index, you.levels, options)
        _emit(MatchView(index, found, where, None, you.unknown, options.by), fmt, _lang(lang))
        return
    base, neighbours = matching.similar(index, role, top)
    _emit(SimilarView(index, base, neighbours), fmt, _lang(lang))


@app.command("path")
def path_command(
    start: Annotated[
        str,
        typer.Argument(metavar="FROM", autocompletion=_complete("role"), help="The role you hold."),
    ],
    goal: Annotated[
        str,
        typer.Argument(metavar="TO", autocompletion=_complete("role"), help="The role you aim at."),
    ],
    min_overlap: Annotated[
        float,
        typer.Option(
            "--min-overlap",
            click_type=_decimal(0.01, 1.0),
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

    index = _index(catalog)
    _emit(PathView(index, matching.path(index, start, goal, min_overlap)), fmt, _lang(lang))


# --------------------------------------------------------------------------- profile

profile_app = typer.Typer(
    name="profile",
    help="Your saved skills: show, add, remove, set, clear, export, import, from-text.\n\n"
    "Example: careers profile add python:4 sql",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(profile_app, name="profile")

from careers_cli.cli_import import register as _register_import  # noqa: E402

_register_import(app)


def _parse_or_warn(index: "Index", items: list[str], strict: bool) -> dict[str, int]:
    from careers_cli import matching

    parsed = matching.parse_skills(index, ",".join(items))
    if parsed.unknown:
        message = matching.unknown_message(parsed.unknown)
        if strict:
            raise CareersError(message)
        _warn(message + "\n(not saved; --strict makes this an error)")
    return parsed.levels


def _saved_note(count: int, what: str) -> None:
    from careers_cli import profile

    sys.stderr.write(f"{what} ({count} skills in {profile.saved_path()})\n")


@profile_app.command("show")
def profile_show(
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """Show your saved profile.

    Example: careers profile show --format json
    """
    from careers_cli import profile
    from careers_cli.views.matching import ProfileView

    index = _index(catalog)
    saved = profile.load_saved(index)
    prof = saved[0] if saved else profile.Profile()
    if saved and saved[1].unknown:
        from careers_cli.matching import unknown_message

        _warn(unknown_message(saved[1].unknown) + "\n(kept in the file, not used)")
    _emit(ProfileView(index, prof, str(profile.saved_path())), fmt, _lang(lang))


@profile_app.command("add")
def profile_add(
    items: Annotated[
        list[str],
        typer.Argument(
            metavar="SKILL[:LEVEL]...", help="Skills to add or update (level 1-5, default 3)."
        ),
    ],
    strict: StrictOpt = False,
    catalog: CatalogOpt = None,
) -> None:
    """Add skills to your profile (or change their level).

    Example: careers profile add python:4 "apprentissage automatique:2" sql
    """
    from careers_cli import profile

    index = _index(catalog)
    levels = _parse_or_warn(index, items, strict)
    if not levels:
        raise CareersError("nothing to add: none of the names is a known skill")
    result = profile.update(index, lambda p: p.skills.update(levels))
    _saved_note(len(result.skills), f"added {len(levels)}")


@profile_app.command("remove")
def profile_remove(
    items: Annotated[list[str], typer.Argument(metavar="SKILL...", help="Skills to remove.")],
    catalog: CatalogOpt = None,
) -> None:
    """Remove skills from your profile.

    Example: careers profile remove tableau
    """
    from careers_cli import profile

    index = _index(catalog)
    levels = _parse_or_warn(index, [i.split(":")[0] for i in items], strict=True)
    missing: list[str] = []

    def change(p: profile.Profile) -> None:
        for skill in levels:
            if p.skills.pop(skill, None) is None:
                missing.append(skill)

    result = profile.update(index, change)
    if missing:
        _warn("not in your profile: " + ", ".join(missing))
    _saved_note(len(result.skills), f"removed {len(levels) - len(missing)}")


@profile_app.command("set")
def profile_set(
    items: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[SKILL[:LEVEL]...]",
            show_default=False,
            help="Replace all your skills with these.",
        ),
    ] = None,
    region: Annotated[
        str | None,
        typer.Option(
            "--region", metavar="CODE", show_default=False, help="Your region (US, FR...)."
        ),
    ] = None,
    targets: Annotated[
        list[str] | None,
        typer.Option(
            "--target",
            metavar="ROLE",
            show_default=False,
            autocompletion=_complete("role"),
            help="A role you aim at (repeat for several).",
        ),
    ] = None,
    strict: StrictOpt = False,
    catalog: CatalogOpt = None,
) -> None:
    """Replace your skills, or set your region and target roles.

    Example: careers profile set "python:4, sql:3" --region FR --target data-scientist
    """
    from careers_cli import profile

    if not items and region is None and not targets:
        raise typer.BadParameter("give skills, --region or --target", param_hint="SKILL")
    index = _index(catalog)
    code = _region_code(index, region, None) if region is not None else None
    levels = _parse_or_warn(index, items, strict) if items else None
    role_ids = [index.roles.get(t).id for t in targets] if targets else None

    def change(p: profile.Profile) -> None:
        if levels is not None:
            p.skills = dict(levels)
        if code is not None:
            p.region = code
        if role_ids is not None:
            p.targets = role_ids

    result = profile.update(index, change)
    _saved_note(len(result.skills), "profile updated")


@profile_app.command("clear")
def profile_clear(
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    catalog: CatalogOpt = None,
) -> None:
    """Remove every skill from your profile (asks first).

    Example: careers profile clear --yes
    """
    from careers_cli import profile

    if not yes and not _confirm("Remove every skill from your profile?"):
        raise CareersError("nothing changed", hint="add --yes to clear without asking")
    index = _index(catalog)
    profile.update(index, lambda p: p.skills.clear())
    _saved_note(0, "profile cleared")


@profile_app.command("export")
def profile_export(
    target: Annotated[
        Path | None,
        typer.Argument(
            metavar="[FILE]",
            show_default=False,
            dir_okay=False,
            help="Where to write (default: stdout).",
        ),
    ] = None,
    catalog: CatalogOpt = None,
) -> None:
    """Write your profile as YAML, to share or to keep.

    Example: careers profile export my-skills.yaml
    """
    from careers_cli import profile
    from careers_cli.files import atomic_write

    index = _index(catalog)
    text = profile.export_text(index)
    if target is None:
        sys.stdout.write(text)
    else:
        atomic_write(target, text, what="profile export")
        sys.stderr.write(f"written to {target}\n")


@profile_app.command("import")
def profile_import(
    source: Annotated[
        Path, typer.Argument(metavar="FILE", dir_okay=False, help="A profile file (YAML).")
    ],
    merge: Annotated[
        bool,
        typer.Option(
            "--merge", help="Keep your current skills and add these (the higher level wins)."
        ),
    ] = False,
    strict: StrictOpt = False,
    catalog: CatalogOpt = None,
) -> None:
    """Replace your profile with a profile file (or merge it in).

    Example: careers profile import my-skills.yaml --merge
    """
    from careers_cli import matching, profile

    index = _index(catalog)
    incoming, parsed = profile.read_profile(source, index)
    if parsed.unknown:
        message = matching.unknown_message(parsed.unknown)
        if strict:
            raise CareersError(message)
        _warn(message + "\n(not imported; --strict makes this an error)")

    def change(p: profile.Profile) -> None:
        if merge:
            p.skills = profile.merged(p.skills, incoming.skills)
            p.targets = list(dict.fromkeys([*p.targets, *incoming.targets]))
            p.region = incoming.region or p.region
        else:
            p.skills, p.targets, p.region = incoming.skills, incoming.targets, incoming.region

    result = profile.update(index, change)
    _saved_note(len(result.skills), "profile imported")


def _confirm(question: str) -> bool:
    from careers_cli.files import stdin_or_error

    stdin_or_error("an answer", "add --yes to go ahead without being asked")  # exit 1
    try:
        return typer.confirm(question, default=False, err=True)
    except click.Abort:  # no answer (end of input)
        return False


@profile_app.command("from-text")
def profile_from_text(
    source: Annotated[
        str,
        typer.Argument(
            metavar="FILE|-", help="A CV or job ad in plain text or Markdown (- reads stdin)."
        ),
    ],
    level: Annotated[
        int | None,
        typer.Option(
            "--level",
            click_type=_level(),
            show_default=False,
            help="Level to record for every skill found (default: the level the text's "
            "words give, else 3).",
        ),
    ] = None,
    yes: Annotated[
        bool, typer.Option("--yes", "-y", help="Add the skills found without asking.")
    ] = False,
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """Find the catalogue's skills in a CV or job ad, and add them.

    Shows each skill found with the words that named it; adds them after you confirm
    (or at once with --yes). Skills already in your profile keep their higher level.

    Example: careers profile from-text cv.md --yes
    """
    from careers_cli import profile
    from careers_cli.views.matching import FoundView

    index = _index(catalog)
    found = profile.find_skills(index, _read_text_input(source))
    _emit(FoundView(index, found, level), fmt, _lang(lang))
    if not found:
        return
    if not yes:
        if source == "-":
            sys.stderr.write("not saved: add --yes to save skills read from stdin\n")
            return
        if not _confirm(f"Add these {len(found)} skills to your profile?"):
            sys.stderr.write("not saved\n")
            return
    levels = profile.levels_from_text(found, level)
    result = profile.update(index, lambda p: p.skills.update(profile.merged(p.skills, levels)))
    _saved_note(len(result.skills), f"added {len(found)}")


# --------------------------------------------------------------------------- entry point


class _Discard(io.StringIO):
    """Stands in for a closed stdout; remembers whether anything was meant for it."""

    written = False

    def write(self, text: str) -> int:
        self.written = self.written or bool(text)
        return len(text)


def _prepare_streams() -> "_Discard | None":
    """Never crash on a terminal that cannot show a character (LANG=C, latin-1), nor on
    closed output streams. Returns the stand-in when stdout was closed."""
    closed = None
    if sys.stdout is None:  # started with stdout closed (careers list >&-)
        closed = _Discard()
        sys.stdout = closed
    if sys.stderr is None:
        sys.stderr = _Discard()
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if reconfigure is not None and encoding != "utf8":
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):  # pragma: no cover - exotic streams
                pass
    return closed


GLOBAL_OPTIONS_WITH_VALUE = frozenset({"--max-size"})


def _prune(argv: list[str]) -> None:
    """Keep only the command asked for, so Typer builds one command's parameters, not all.

    Typer turns every registered command into a Click command at start-up (about 9 ms
    for all of ours); a command line names one. Help, completion and typos keep them all.
    """
    if any(k.endswith("_COMPLETE") for k in os.environ):
        return
    skip = False
    token = None
    for arg in argv:
        if skip:
            skip = False
        elif arg in GLOBAL_OPTIONS_WITH_VALUE:
            skip = True
        elif not arg.startswith("-"):
            token = arg
            break
    if token is None:
        return
    commands = [c for c in app.registered_commands if c.name == token]
    groups = [g for g in app.registered_groups if g.name == token]
    if commands or groups:
        app.registered_commands = commands
        app.registered_groups = groups


def _run(argv: list[str]) -> int:
    """Run the command line and return its exit code."""
    if argv[:1] in (["--version"], ["-V"]):
        sys.stdout.write(f"careers {__version__}\n")
        return ExitCode.OK
    _prune(argv)
    try:
        app(prog_name="careers")
    except SystemExit as exc:
        if exc.code is None:
            return ExitCode.OK
        if isinstance(exc.code, int):
            return exc.code
        sys.stderr.write(f"{exc.code}\n")
        return ExitCode.INPUT
    except KeyboardInterrupt:
        sys.stderr.write("interrupted\n")
        return ExitCode.INTERRUPTED
    return ExitCode.OK


def main() -> int:
    """Console-script entry point.

    A short-lived process: the garbage collector is switched off (it only costs time
    here, see ``cache.no_gc``), and the process ends with ``os._exit`` once its output
    is flushed, skipping the teardown that would free every object of a large catalogue
    one by one (tens of milliseconds for nothing). Files are all written and closed by
    then: every write in careers is atomic and complete before a command returns.
    """
    import gc

    from careers_cli import cache

    gc.disable()
    cache.KEEP_UNTIL_EXIT = True
    closed_stdout = _prepare_streams()
    try:
        code = _run(sys.argv[1:])
    except OSError as exc:  # a full disk while writing the version or a usage message
        from careers_cli.files import disk_error

        error = disk_error(exc)
        if error is None:
            raise
        _print_error(str(error))
        code = error.exit_code
    if closed_stdout is not None and closed_stdout.written and code == ExitCode.OK:
        code = ExitCode.BROKEN_PIPE  # the command ran (and saved what it had to); nobody read it
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BrokenPipeError:
            _silence_stdout()
            code = ExitCode.BROKEN_PIPE
        except OSError as exc:
            from careers_cli.files import disk_error

            error = disk_error(exc)
            if error is not None and stream is sys.stdout:
                _print_error(str(error))
                code = error.exit_code
        except ValueError:
            pass
    os._exit(int(code))
