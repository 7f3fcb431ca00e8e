"""Save what a command printed: HTML, SVG, plain text or Markdown (by the file's suffix).

HTML and SVG are drawn by Rich from the same layout the terminal shows
(:func:`careers_cli.render.table.layout`), so an export looks like the screen.
"""

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
    lines = table.layout(view.document(lang), EXPORT_WIDTH)
    if suffix == ".txt":
        return table.to_text(lines)
    if suffix not in (".html", ".svg"):
        raise OutputError(f"cannot export to '{suffix}' files; use .html, .svg, .md or .txt")
    from rich.console import Console
    from rich.text import Text

    console = Console(
        file=io.StringIO(),
        width=EXPORT_WIDTH,
        record=True,
        force_terminal=True,
        color_system="truecolor",
        markup=False,
        highlight=False,
        emoji=False,
    )
    for line in lines:
        text = Text(no_wrap=True, end="\n")
        for span in line:
            text.append(span.text, style=span.style or None)
        text.rstrip()
        console.print(text, crop=False, soft_wrap=True)
    if suffix == ".html":
        return console.export_html(inline_styles=True)
    return console.export_svg(title="careers")


def save(view: View, lang: Lang, path: Path) -> None:
    """Write the export atomically (a failed write leaves any previous file intact)."""
    atomic_write(path, export_text(view, lang, path.suffix), what="export file")
