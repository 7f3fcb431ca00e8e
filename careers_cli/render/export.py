"""Save what a command printed: HTML, SVG, plain text or Markdown (by the file's suffix)."""

from __future__ import annotations

import io
from pathlib import Path

from careers_cli.errors import OutputError
from careers_cli.files import atomic_write
from careers_cli.model import Lang
from careers_cli.render import View, markdown, table

EXPORT_WIDTH = 100


def export_text(view: View, lang: Lang, suffix: str) -> str:
    """The view as the content of a file with this suffix."""
    suffix = suffix.lower()
    if suffix == ".md":
        return markdown.render(view.document(lang))
    console = table.make_console(
        file=io.StringIO(),
        width=EXPORT_WIDTH,
        record=True,
        color=suffix != ".txt",
        force_terminal=suffix != ".txt",
    )
    table.render(view.document(lang), console)
    if suffix == ".html":
        return console.export_html(inline_styles=True)
    if suffix == ".svg":
        return console.export_svg(title="careers")
    if suffix == ".txt":
        return console.export_text()
    raise OutputError(f"cannot export to '{suffix}' files; use .html, .svg, .md or .txt")


def save(view: View, lang: Lang, path: Path) -> None:
    """Write the export atomically (a failed write leaves any previous file intact)."""
    atomic_write(path, export_text(view, lang, path.suffix), what="export file")
