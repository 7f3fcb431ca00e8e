"""Catalogue files: validate, schema, and the installed ones (catalogues)."""

import sys
from typing import Annotated, Any

import typer

from careers_cli.choices import Format, Lang
from careers_cli.cli.handler import Command
from careers_cli.cli.options import CatalogOpt, FormatOpt, LangOpt, commands, common, emit, language
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

    options = common(ctx)
    checked = catalogue.summary(path or options.catalogue_path(catalog), limit=options.max_size)
    if checked.error is not None and fmt is Format.TABLE:
        raise checked.error  # one message listing every problem, on stderr
    emit(
        ctx,
        ValidateView(checked.path, checked.counts, checked.warnings, checked.problems),
        fmt,
        lang,
    )
    if checked.error is not None:
        raise typer.Exit(ExitCode.INPUT)


@app.command("schema", cls=Command)
def schema_command(lang: LangOpt = None) -> None:
    """Print the catalogue's JSON Schema, described in the chosen language.

    Example: careers schema > roles.schema.json
    """
    from careers_cli.render import json as json_render
    from careers_cli.schema import json_schema

    sys.stdout.write(json_render.render(json_schema(language(lang))))


@app.command("catalogues", cls=Command)
def catalogues_command(lang: LangOpt = None) -> None:
    """List the installed catalogues: version, counts, licence and attribution.

    Example: careers catalogues
    """
    from careers_cli.i18n import t
    from careers_cli.importers import common
    from careers_cli.render.terminal import terminal_width
    from careers_cli.text import safe

    chosen = language(lang)
    found = common.installed()
    if not found:
        sys.stderr.write(t("catalogues_none", chosen) + "\n")
        return
    width = terminal_width()
    for item in found:
        lines = [wrapped(line, width) for line in _catalogue_lines(item, chosen)]
        sys.stdout.write(safe("".join(f"{line}\n" for line in lines)))


def wrapped(line: str, width: int) -> str:
    """A line of `careers catalogues` broken at spaces to the terminal's width, its
    continuation indented under its text; a word longer than the width (a path) is kept
    whole. (Only ASCII spaces break: the no-break spaces of French numbers do not.)"""
    import textwrap

    indent = " " * (len(line) - len(line.lstrip(" ")) + 2)
    return textwrap.fill(
        line, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    )


def _in_lang(value: Any, lang: Lang) -> str:
    """A manifest's text in ``lang``: {en, fr}, or a plain string (older manifests)."""
    if isinstance(value, dict):
        return str(value.get(lang.value) or value.get("en") or "")
    return str(value or "")


def _catalogue_lines(item: dict[str, Any], lang: Lang) -> list[str]:
    """The lines that describe one installed catalogue (its manifest)."""
    from careers_cli.i18n import CHOICES, choice, number, t
    from careers_cli.importers import common

    counts = item.get("counts", {})
    shown = ", ".join(
        f"{choice('import_count', k, lang)} {number(v, lang)}"
        for k, v in counts.items()
        if k in CHOICES["import_count"]
    )
    text, licence = (_in_lang(item.get(key), lang) for key in ("attribution", "licence"))
    fields = [
        (t("catalogues_file", lang), item["path"]),
        (t("catalogues_imported", lang), item.get("imported", "?")),
        ("", shown),
        (t("catalogues_licence", lang), licence or "?"),
        (t("catalogues_attribution", lang), text),
    ]
    version = common.version_text(item, lang)
    lines = [f"{item.get('name')}  {item.get('taxonomy', '')} {version}"]
    for label, value in fields:
        lines.append("  " + (t("labelled", lang, label=label, text=value) if label else value))
    return lines
