"""The `careers` command line: parse options, call one core function, render.

Errors a user can cause are :class:`CareersError`; :class:`CareersGroup` turns them
into one line on stderr and the documented exit code. Nothing here knows how a table
is drawn or how a catalogue is checked.
"""

from __future__ import annotations

import os
import sys
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, NoReturn

import click
import typer
from typer.core import TyperGroup

from careers_cli import __version__
from careers_cli.errors import CareersError, ExitCode
from careers_cli.model import Lang
from careers_cli.render import Format, View

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


def _log_dir() -> Path:
    home = os.environ.get("CAREERS_HOME")
    return Path(home) if home else Path(typer.get_app_dir("careers"))


def _internal_error(exc: BaseException) -> NoReturn:
    details = "".join(traceback.format_exception(exc))
    if settings.debug:
        sys.stderr.write(details)
        raise typer.Exit(ExitCode.INTERNAL)
    where = "(could not write the details)"
    try:
        log_dir = _log_dir()
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
    context_settings={"help_option_names": ["-h", "--help"]},
)


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


def _lang(lang: Lang | None) -> Lang:
    from careers_cli.i18n import default_lang

    return lang if lang is not None else default_lang()


def _emit(view: View, fmt: Format, lang: Lang) -> None:
    """Print a view on stdout in the chosen format."""
    if fmt is Format.TABLE:
        from careers_cli.render import table

        table.render(view.document(lang), table.stdout_console())
        return
    from careers_cli.render import render_text

    sys.stdout.write(render_text(view, fmt, lang))
    sys.stdout.flush()


def _index(catalog: str | None) -> Any:
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
    catalog: CatalogOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = Format.TABLE,
) -> None:
    """List the catalogue's roles with family, key skills, tools and pay.

    Example: careers list --format json
    """
    from careers_cli import explore, views

    index = _index(catalog)
    _emit(views.ListView(index, explore.list_roles(index)), fmt, _lang(lang))


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
    """Check a catalogue: every problem with its line, then a summary; exit 1 on errors.

    Example: careers validate my-roles.yaml
    """
    from careers_cli import catalogue, views
    from careers_cli.errors import CatalogueError

    target = catalogue.resolve_path(path or catalog)
    try:
        loaded = catalogue.read(target, limit=settings.max_size)
    except CatalogueError as exc:
        if fmt is Format.TABLE:
            raise
        _emit(views.ValidateView(target, {}, [], exc.problems), fmt, _lang(lang))
        raise typer.Exit(ExitCode.INPUT) from None
    cat = loaded.catalogue
    counts = {
        "roles": len(cat.roles),
        "skills": len(cat.skills),
        "applications": len(cat.applications),
        "families": len(cat.families),
        "sources": len(cat.sources),
    }
    _emit(views.ValidateView(target, counts, loaded.warnings, []), fmt, _lang(lang))


@app.command("schema")
def schema_command() -> None:
    """Print the catalogue's JSON Schema (for editors and validators).

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
