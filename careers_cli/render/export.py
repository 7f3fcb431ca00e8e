"""Save what a command printed: HTML, SVG, plain text or Markdown (by the file's suffix).

HTML, SVG and text are drawn by the terminal renderer (:mod:`careers_cli.render.table`)
on a recording console, so an export looks like the screen.
"""

from pathlib import Path

from careers_cli.errors import OutputError
from careers_cli.files import atomic_write
from careers_cli.model import Lang
from careers_cli.render import View, markdown, table, terminal

EXPORT_WIDTH = 100


def export_text(view: View, lang: Lang, suffix: str) -> str:
    """The view as the content of a file with this suffix."""
    suffix = suffix.lower()
    doc = view.document(lang)
    if suffix == ".md":
        return markdown.render(doc)
    if suffix == ".txt":
        return table.render_plain(doc, EXPORT_WIDTH)
    if suffix not in (".html", ".svg"):
        from careers_cli.i18n import msg

        raise OutputError(msg("export_kind", suffix=suffix))
    console = terminal.recorder(EXPORT_WIDTH)
    table.draw(doc, console)
    if suffix == ".html":
        return console.export_html(inline_styles=True)
    return console.export_svg(title="careers")


def save(view: View, lang: Lang, path: Path) -> None:
    """Write the export atomically (a failed write leaves any previous file intact)."""
    atomic_write(path, export_text(view, lang, path.suffix), what="export file")
