"""What the commands share: option types, the program-wide options, and printing a view.

Every option is an ``Annotated`` type, declared once here and reused by the commands
that take it. The main callback puts a :class:`Common` in ``ctx.obj``; a command reads
it with :func:`common`. Nothing here is a module-level variable that a run changes.
"""

import io
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from careers_cli.choices import Degree, Format, Lang, SalaryKind, Seniority, SortKey
from careers_cli.cli import LangOpt as LangOpt  # defined with the root options

if TYPE_CHECKING:
    from careers_cli.catalogue import Index, Lookup
    from careers_cli.render import View


class Common:
    """Options of the whole program, set by the main callback (``careers --debug ...``)."""

    def __init__(
        self,
        debug: bool = False,
        max_size: int | None = None,
        no_cache: bool = False,
        catalog: str | None = None,
        no_pager: bool = False,
    ) -> None:
        self.debug = debug
        self.no_pager = no_pager  # `careers --no-pager COMMAND`
        self.max_size = max_size
        self.no_cache = no_cache
        self.catalog = catalog  # `careers --catalog NAME|PATH COMMAND`

    def catalogue_path(self, catalog: str | None) -> str | None:
        """The catalogue a command names: its own --catalog, else the program's."""
        return catalog or self.catalog

    def index(self, catalog: str | None) -> "Index":
        """The catalogue a command works on, read with the program's size and cache options."""
        from careers_cli import catalogue

        return catalogue.load(
            self.catalogue_path(catalog), limit=self.max_size, use_cache=not self.no_cache
        )


def region_code(index: "Index", region: str, lang: Lang | None) -> str:
    """A checked --region (careers_cli.regions): a usage error when the catalogue has none."""
    from careers_cli.regions import resolve

    return resolve(index, region, language(lang))


def common(ctx: typer.Context) -> Common:
    """The program-wide options of this run (defaults when a command runs on its own)."""
    found = ctx.find_object(Common)
    return found if found is not None else Common()


def language(lang: Lang | None) -> Lang:
    """The language asked for, else the run's (``--lang`` anywhere on the command line,
    else the locale's)."""
    from careers_cli.i18n import current_lang

    return lang if lang is not None else current_lang()


def emit(
    ctx: typer.Context,
    view: "View",
    fmt: Format,
    lang: Lang | None,
    export: Path | None = None,
    index: "Index | None" = None,
    levels: Mapping[str, int] | None = None,
) -> None:
    """Print a view on stdout in the chosen format (a table through the pager unless the
    run says ``--no-pager``), and save it to ``export`` if asked (the report says which
    catalogue, ``index``, and which skills, ``levels``, it was made from)."""
    from careers_cli.render import render_text

    if export is not None:  # a report that cannot be saved stops the run before it prints
        from careers_cli.files import check_folder

        check_folder(export, "export file")
    chosen = language(lang)
    if fmt is Format.TABLE:
        _table(view, chosen, common(ctx).no_pager)
    else:
        sys.stdout.write(render_text(view, fmt, chosen))
        sys.stdout.flush()
    if export is not None:
        from careers_cli.render import export as exporter
        from careers_cli.render.report import about

        skills = (
            tuple(
                (index.skills.items[s].name.get(chosen), level)
                for s, level in (levels or {}).items()
            )
            if index is not None
            else ()
        )
        where = str(index.path) if index is not None else ""
        exporter.save(view, chosen, export, about(view, where, skills))
        from careers_cli.i18n import msg

        note(msg("report_saved", path=export))


class _Screen(io.StringIO):
    """What a table is drawn into before it goes to the pager: it is bound for the
    terminal, so it is drawn as for the terminal (colour by the terminal's rules)."""

    def isatty(self) -> bool:
        return True


def _table(view: "View", lang: Lang, disabled: bool) -> None:
    """A table on stdout; on a terminal, through the pager unless ``disabled`` (see
    careers_cli/pager.py)."""
    from careers_cli import pager
    from careers_cli.render import table

    command = pager.pager_command() if pager.wanted(sys.stdout, disabled) else None
    if command is None:
        table.render(view.document(lang))
        return
    screen = _Screen()
    table.render(view.document(lang), screen)
    if not pager.page(screen.getvalue(), command):
        sys.stdout.write(screen.getvalue())


def warn(message: str) -> None:
    """A warning on stderr, one line per line of the message, made inert."""
    from careers_cli.i18n import msg
    from careers_cli.text import safe

    for line in safe(message).splitlines():
        sys.stderr.write(msg("warning_line", message=line) + "\n")


def note(message: str) -> None:
    """A line of information on stderr (what was saved, where)."""
    sys.stderr.write(f"{message}\n")


def read_text(source: str) -> str:
    """A CV or job ad: a file (checked like any input file) or ``-`` for stdin."""
    from careers_cli.files import DEFAULT_MAX_BYTES, read_stdin, read_text

    if source != "-":
        return read_text(source, "text file", DEFAULT_MAX_BYTES)
    return read_stdin(DEFAULT_MAX_BYTES)


def confirm(question: str) -> bool:
    """Ask on stderr, ``[y/N]`` (``[o/N]`` in French, where o, oui, y and yes are a
    yes); no answer, or the end of input, is a no; a closed stdin is an error."""
    from careers_cli.files import stdin_or_error
    from careers_cli.i18n import YES_WORDS, current_lang, msg

    stdin = stdin_or_error(msg("an_answer"), msg("an_answer_hint"))  # exit 1
    lang = current_lang()
    sys.stderr.write(f"{question} {msg('confirm_choices')} ")
    sys.stderr.flush()
    line = stdin.readline()
    if not line.endswith("\n"):
        sys.stderr.write("\n")
    return line.strip().lower() in YES_WORDS[lang]


def commands(name: str | None = None, help: str | None = None) -> typer.Typer:
    """The Typer app of one command group (plain help, no pretty tracebacks)."""
    from careers_cli.cli.handler import Group

    return typer.Typer(
        name=name,
        cls=Group,
        help=help,
        no_args_is_help=name is not None,
        rich_markup_mode=None,
        pretty_exceptions_enable=False,
        add_completion=False,  # the root app offers it
    )


# --------------------------------------------------------------------------- completion


def _complete(kind: str) -> Callable[[typer.Context, str], list[tuple[str, str]]]:
    def complete(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
        """Ids that start with what was typed, each with its English name as help."""
        from careers_cli import catalogue

        try:
            index = catalogue.load(ctx.params.get("catalog") if ctx is not None else None)
        except Exception:  # completion must never fail loudly
            return []
        lookup: Lookup[Any] = index.applications
        if kind == "role":
            lookup = index.roles
        elif kind == "skill":
            lookup = index.skills
        typed = incomplete.lower()
        items = lookup.items  # the ids first: only those that match are read whole
        return [(ident, items[ident].name.en) for ident in items if ident.startswith(typed)]

    return complete


complete_role = _complete("role")
complete_skill = _complete("skill")
complete_application = _complete("application")


# --------------------------------------------------------------------------- options

EXPORT_SUFFIXES = (".html", ".svg", ".md", ".txt")


def _export_name(export: Path | None) -> Path | None:
    """Refuse a bad export name while parsing, before any work is done."""
    if export is not None and export.suffix.lower() not in EXPORT_SUFFIXES:
        from careers_cli.i18n import msg

        raise typer.BadParameter(
            msg("export_suffix", path=export, suffixes=", ".join(EXPORT_SUFFIXES))
        )
    return export


CatalogOpt = Annotated[
    str | None,
    typer.Option(
        "--catalog",
        envvar="CAREERS_CATALOG",
        metavar="PATH",
        show_default=False,
        help="Catalogue file to read instead of the bundled one.",
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
        callback=_export_name,
        help="Also save what is printed to FILE (.html, .svg, .md or .txt).",
    ),
]
RegionOpt = Annotated[
    str,
    typer.Option("--region", metavar="CODE", help="Country code for salaries: US, FR, GB, DE..."),
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
FamilyOpt = Annotated[
    str | None,
    typer.Option("--family", metavar="FAMILY", show_default=False, help="Only this family."),
]
TopOpt = Annotated[
    int | None,
    typer.Option("--top", min=1, metavar="N", show_default=False, help="Show the first N roles."),
]


def decimal(
    low: float | None = None, high: float | None = None, thousands: bool = False
) -> Callable[[Any], float]:
    """A finite number within bounds (NaN and infinity refused; see careers_cli.numbers;
    ``thousands``: ``150k`` accepted); a bad one is a usage error (exit 2)."""

    def number(value: Any) -> float:
        from careers_cli import numbers
        from careers_cli.errors import CareersError

        if isinstance(value, float):  # a default
            return value
        try:
            return numbers.parse_decimal(str(value), None, low, high, thousands)
        except CareersError as exc:
            raise typer.BadParameter(exc.message) from None

    return number


def level(value: Any) -> int:
    """A skill level 1-5 in ASCII digits; a bad one is a usage error (exit 2)."""
    from careers_cli import numbers
    from careers_cli.errors import CareersError

    if isinstance(value, int):  # a default
        return value
    try:
        return numbers.parse_level(str(value), None)
    except CareersError as exc:
        raise typer.BadParameter(exc.message) from None


MinSalaryOpt = Annotated[
    float | None,
    typer.Option(
        "--min-salary",
        metavar="AMOUNT",
        parser=decimal(0, thousands=True),
        show_default=False,
        help="Only roles whose median annual pay in the region is at least AMOUNT (150000 "
        "or 150k).",
    ),
]
RoleArg = Annotated[
    str,
    typer.Argument(
        metavar="ROLE",
        autocompletion=complete_role,
        help="Role id, English or French name, alias, official code (15-2051.00) or unique prefix.",
    ),
]
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
        "stdin), each at the level its words give (basic 2, solid 4, expert 5; else 3).",
    ),
]
StrictOpt = Annotated[
    bool,
    typer.Option("--strict", help="Make an unknown skill name an error instead of a warning."),
]

# --------------------------------------------------------------------------- filters of list

SkillFilterOpt = Annotated[
    str | None,
    typer.Option(
        "--skill",
        metavar="SKILL",
        show_default=False,
        autocompletion=complete_skill,
        help="Only roles that need this skill.",
    ),
]
ToolFilterOpt = Annotated[
    str | None,
    typer.Option(
        "--tool",
        metavar="TOOL",
        show_default=False,
        autocompletion=complete_skill,
        help="Only roles that list this tool.",
    ),
]
ApplicationFilterOpt = Annotated[
    str | None,
    typer.Option(
        "--application",
        metavar="APP",
        show_default=False,
        autocompletion=complete_application,
        help="Only roles that work in this application domain.",
    ),
]
EducationOpt = Annotated[
    Degree | None,
    typer.Option(
        "--education",
        case_sensitive=False,
        show_default=False,
        help="Only roles whose typical degree is at most this one.",
    ),
]
SortOpt = Annotated[
    SortKey,
    typer.Option(
        "--sort",
        case_sensitive=False,
        help="Order: catalogue, name, family, salary (median in --region) or skills.",
    ),
]

# --------------------------------------------------------------------------- pay

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
