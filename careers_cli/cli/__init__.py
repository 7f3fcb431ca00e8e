"""The `careers` command line: the Typer app, its main callback and the process entry.

Each command group lives in its own module (``roles``, ``taxonomy``, ``matching``,
``profile``, ``catalogue``) and reads: parse options, call one core function, render.
Every command runs through the one error handler (:mod:`careers_cli.cli.handler`).
Core modules are imported inside the commands, so ``--version`` and ``--help`` load
none of them.
"""

import functools
import importlib
import io
import sys
from collections.abc import Sequence
from typing import Annotated, Any

import typer
import typer.main
from typer.core import TyperGroup

from careers_cli import __version__
from careers_cli.lang import Lang

# ExitCode.OK. The other exit codes are read from careers_cli.errors when they happen: its
# classes are loaded by the commands (the error handler), not by --version or --help.
OK = 0

LangOpt = Annotated[  # every command's --lang too (cli/options.py gives it with the others)
    Lang | None,
    typer.Option(
        "--lang",
        case_sensitive=False,
        show_default=False,
        help="Language of labels: en or fr (default: from LC_ALL/LC_MESSAGES/LANG).",
    ),
]

# Command name -> (the module of its group, the first line of its help), in the order of
# ``careers --help`` (Click's "lazily loading subcommands" pattern): a run imports the
# module of its command only, ``--version`` and ``--help`` none (the French first lines
# are read from cli/help_fr.py). tests/test_entry.py checks this table against the
# modules and their help.
COMMANDS: dict[str, tuple[str, str]] = {
    "list": ("roles", "List the roles, with filters and sorting."),
    "show": ("roles", "Show everything about one role."),
    "rank": ("roles", "Rank roles by pay, demand or skills."),
    "compare": ("roles", "Compare roles side by side."),
    "skills": ("taxonomy", "List the skills taxonomy."),
    "skill": ("taxonomy", "Show one skill and the roles that need it."),
    "tools": ("taxonomy", "List tools and frameworks, most used first."),
    "applications": ("taxonomy", "List the application domains."),
    "application": ("taxonomy", "Show one application domain and its roles."),
    "search": ("taxonomy", "Search roles, skills and applications."),
    "sources": ("taxonomy", "List the sources of figures and codes."),
    "validate": ("catalogue", "Check a catalogue file."),
    "schema": ("catalogue", "Print the catalogue's JSON Schema, described in the chosen language."),
    "catalogues": (
        "catalogue",
        "List the installed catalogues: version, counts, licence and attribution.",
    ),
    "match": ("matching", "Score every role against your skills, best first."),
    "gap": ("matching", "Show your skill gap for a role and a learning plan."),
    "next": ("matching", "Suggest the next skills to learn."),
    "similar": ("matching", "Show the roles closest to a role, and what differs."),
    "path": ("matching", "Find a chain of neighbouring roles from one role to another."),
    "profile": (
        "profile",
        "Your saved skills: show, add, remove, set, clear, export, import, from-text, "
        "from-occupation.",
    ),
    "import": (
        "importing",
        "Import a public occupation taxonomy (ESCO, O*NET) as an installed catalogue.",
    ),
}


@functools.cache
def group_of(name: str) -> typer.Typer | None:
    """The Typer app of the group that holds command ``name`` (None: no such command)."""
    entry = COMMANDS.get(name)
    if entry is None:
        return None
    app: typer.Typer = importlib.import_module(f"careers_cli.cli.{entry[0]}").app
    return app


def summary(name: str, lang: Lang) -> str:
    """The first line of a command's help in ``lang``, as ``careers --help`` lists it."""
    from careers_cli.cli.language import command_help

    french = command_help(name, lang)
    if french is None:
        return COMMANDS[name][1]
    return " ".join(french.split("\n\n")[0].split())


@functools.cache
def _built(name: str, lang: Lang) -> Any:
    """The Click command Typer builds for command ``name``, once per language (its
    placeholders, ``FILE`` or ``[OPTIONS]``, are in that language). A command of a flat
    group (``list``) is built alone, not with the others of its module; a group of
    subcommands (``profile``) is built whole."""
    from careers_cli.cli.language import localize_placeholders

    group = group_of(name)
    assert group is not None
    if not group.info.name:  # the command alone, as a Typer app of one command
        info = next(c for c in group.registered_commands if c.name == name)
        assert info.callback is not None
        group = typer.Typer(
            rich_markup_mode=group.rich_markup_mode,
            pretty_exceptions_enable=False,
            add_completion=False,
        )
        group.command(name, cls=info.cls)(info.callback)
    built = typer.main.get_command(group)  # Typer's way to the Click command of an app
    localize_placeholders(built, lang)
    return built


def _shorten(text: str, limit: int) -> str:
    """Text cut at a word to fit ``limit`` columns, with "..." when cut."""
    if len(text) <= limit:
        return text
    kept = ""
    for word in text.split():
        if len(f"{kept} {word}".strip()) + 3 > limit:
            break
        kept = f"{kept} {word}".strip()
    return kept + "..."


class CareersGroup(TyperGroup):
    """The root group: it names every command, and builds only the group of the one
    that runs (Click's "lazily loading subcommands" pattern). Typer would otherwise
    build every command's parameters on each run, ``--version`` included."""

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        from careers_cli.usage import inert_usage_errors

        with inert_usage_errors():  # what the user typed, echoed in a usage error
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx: Any) -> Any:
        from careers_cli.usage import inert_usage_errors

        with inert_usage_errors():  # a command's options are parsed in here
            return super().invoke(ctx)

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def main(self, args: Sequence[str] | None = None, *extra: Any, **kwargs: Any) -> Any:
        """Run in the user's language: Click's own words included (see cli/language.py)."""
        from careers_cli.cli.language import localize_placeholders, run_language

        given = list(sys.argv[1:] if args is None else args)
        with run_language(given) as lang:
            localize_placeholders(self, lang)  # built for this run by Typer
            return super().main(given, *extra, **kwargs)

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        """``careers`` alone: the help, exit code 0 (Click's no_args_is_help exits 2)."""
        if not args and not ctx.resilient_parsing:
            typer.echo(ctx.get_help(), color=ctx.color)
            ctx.exit(0)
        return super().parse_args(ctx, args)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """An unknown command: one error that names the closest command, if any."""
        name = args[0] if args else ""
        if args and self.get_command(ctx, name) is None and not name.startswith("-"):
            from gettext import gettext, ngettext

            from careers_cli.suggest import closest

            message = gettext("No such command {name!r}.").format(name=name)
            close = closest(name, self.list_commands(ctx))[:1]
            if close:
                hint = ngettext("Did you mean {possibility}?", "", 1)
                message += " " + hint.format(possibility=repr(close[0]))
            ctx.fail(message)  # a usage error, exit code 2
        return super().resolve_command(ctx, args)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        from careers_cli.cli.language import localized_help

        with localized_help(self, ctx, formatter):
            super().format_help(ctx, formatter)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        from careers_cli.lang import current_lang

        return _built(cmd_name, current_lang()) if cmd_name in COMMANDS else None

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        """The list of commands in ``careers --help``, from :data:`COMMANDS` (importing
        and building every command to read its help would cost what the lazy loading
        saves)."""
        from gettext import gettext

        from careers_cli.lang import current_lang

        lang = current_lang()
        width = max(len(name) for name in COMMANDS)
        limit = formatter.width - 6 - width
        with formatter.section(gettext("Commands")):
            indent = " " * formatter.current_indent
            for name in COMMANDS:  # one line each, cut to fit: nothing for Click to wrap
                text = _shorten(summary(name, lang), limit)
                formatter.write(f"{indent}{name:<{width}}  {text}\n")


app = typer.Typer(
    name="careers",
    cls=CareersGroup,
    help="Explore careers in artificial intelligence: roles, skills, salaries with "
    "their sources, and what you need to learn. Offline, in English and French.",
    epilog="Examples:\n\n\b\n"
    "  careers list --sort salary --region FR\n"
    '  careers show "ml engineer" --section pay\n'
    "  careers rank --region FR --top 10\n"
    '  careers match --skills "python:4, sql:3, statistics" --top 5\n'
    "  careers gap data-scientist --export plan.html",
    no_args_is_help=False,  # `careers` alone prints the help and exits 0 (parse_args)
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def byte_count(value: Any) -> int:
    """A size in bytes (``--max-size``, ``CAREERS_MAX_SIZE``): ASCII digits, 1 or more;
    else a usage error (exit 2)."""
    if isinstance(value, int):  # a default
        return value
    from careers_cli.i18n import msg
    from careers_cli.numbers import echo

    text = str(value).strip()
    if not (text.isascii() and text.isdigit() and int(text) >= 1):
        raise typer.BadParameter(msg("n_not_bytes", got=echo(text)))
    return int(text)


MaxSizeOpt = Annotated[
    int | None,
    typer.Option(
        "--max-size",
        parser=byte_count,
        metavar="BYTES",
        envvar="CAREERS_MAX_SIZE",
        show_default=False,
        help="Refuse catalogue files larger than this (default 64 MiB).",
    ),
]
RootCatalogOpt = Annotated[  # `careers --catalog NAME|PATH COMMAND`
    str | None,
    typer.Option(
        "--catalog",
        metavar="NAME|PATH",
        show_default=False,
        help="Catalogue for the command: a file or an installed name (esco, onet).",
    ),
]


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"careers {__version__}\n")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def main_callback(
    ctx: typer.Context,
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
    max_size: MaxSizeOpt = None,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache",
            envvar="CAREERS_NO_CACHE",
            help="Read the catalogue afresh, without the cache (nothing is written).",
        ),
    ] = False,
    no_pager: Annotated[
        bool,
        typer.Option(
            "--no-pager",
            help="Print long output straight to the terminal, without a pager.",
        ),
    ] = False,
    catalog: RootCatalogOpt = None,
    lang: LangOpt = None,  # read before parsing, for the whole run (cli/language.py)
) -> None:
    """Explore careers in artificial intelligence.

    Example: careers list --lang fr
    """
    from careers_cli import cache
    from careers_cli.cli.options import Common

    cache.DEBUG = debug  # a note on stderr when a cache file is not used, and why
    ctx.obj = Common(
        debug=debug, max_size=max_size, no_cache=no_cache, catalog=catalog, no_pager=no_pager
    )
    if ctx.invoked_subcommand is None:  # options alone (`careers --no-pager`), as `careers`
        typer.echo(ctx.get_help(), color=ctx.color)
        raise typer.Exit()


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


def _exit_code(exc: SystemExit) -> int:
    if exc.code is None:
        return OK
    if isinstance(exc.code, int):
        return exc.code
    from careers_cli.errors import ExitCode

    sys.stderr.write(f"{exc.code}\n")
    return ExitCode.INPUT


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line once and return its exit code (it can run again: nothing a
    run changes outlives it)."""
    closed_stdout = _prepare_streams()
    try:
        app(args=list(sys.argv[1:] if argv is None else argv), prog_name="careers")
        code = OK
    except SystemExit as exc:
        code = _exit_code(exc)
    except OSError as exc:  # a full disk while writing the version or a usage message
        code = _disk_full(exc)
    if closed_stdout is not None and closed_stdout.written and code == OK:
        code = _broken_pipe()  # the command ran (and saved what it had to); nobody read it
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BrokenPipeError:
            from careers_cli.cli.handler import silence_stdout

            silence_stdout()
            code = _broken_pipe()
        except OSError as exc:
            if stream is sys.stdout:
                code = _disk_full(exc)
        except ValueError:
            pass
    return code


def _broken_pipe() -> int:
    from careers_cli.errors import ExitCode

    return ExitCode.BROKEN_PIPE


def _disk_full(exc: OSError) -> int:
    """A full disk under stdout: one message and exit 1 (any other OSError is a bug)."""
    from careers_cli.cli.handler import print_error
    from careers_cli.files import disk_error

    error = disk_error(exc)
    if error is None:
        raise exc
    print_error(str(error))
    return int(error.exit_code)
