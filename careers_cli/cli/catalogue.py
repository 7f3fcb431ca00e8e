"""The catalogue file itself: validate, schema."""

import sys
from typing import Annotated

import typer

from careers_cli.choices import Format
from careers_cli.cli.handler import Command
from careers_cli.cli.options import CatalogOpt, FormatOpt, LangOpt, commands, common, emit
from careers_cli.errors import ExitCode

app = commands()


@app.command("validate", cls=Command)
def validate_command(
    ctx: typer.Context,
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
    from careers_cli.views.validate import ValidateView

    checked = catalogue.summary(path or catalog, limit=common(ctx).max_size)
    if checked.error is not None and fmt is Format.TABLE:
        raise checked.error  # one message listing every problem, on stderr
    emit(ValidateView(checked.path, checked.counts, checked.warnings, checked.problems), fmt, lang)
    if checked.error is not None:
        raise typer.Exit(ExitCode.INPUT)


@app.command("schema", cls=Command)
def schema_command() -> None:
    """Print the catalogue's JSON Schema.

    Example: careers schema > roles.schema.json
    """
    from careers_cli.render import json as json_render
    from careers_cli.schema import json_schema

    sys.stdout.write(json_render.render(json_schema()))
