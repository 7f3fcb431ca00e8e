"""Save a report: HTML, SVG, plain text or Markdown (by the file's suffix).

HTML is a document of its own (:mod:`careers_cli.render.html`); Markdown is the
GitHub-flavoured rendering with what the report was made from at the end; SVG and text
are drawn by the terminal renderer on a recording console, so they look like the screen.
The SVG has its size and uses the reader's local monospace fonts (nothing is fetched).
"""

import re
from pathlib import Path

from careers_cli.errors import OutputError
from careers_cli.files import atomic_write
from careers_cli.i18n import t
from careers_cli.model import Lang
from careers_cli.render import View, html, markdown, table, terminal
from careers_cli.render.report import About
from careers_cli.text import safe

EXPORT_WIDTH = 100

# Rich's SVG export, laid out by our own template: a width and a height (so the picture
# shows at its size, 100 % readable) in whole pixels (Rich's are floats such as
# 2026.3999999999999), local fonts only.
SVG_TEMPLATE = """\
<svg class="rich-terminal" width="{width:.0f}" height="{height:.0f}" \
viewBox="0 0 {width:.0f} {height:.0f}" \
xmlns="http://www.w3.org/2000/svg">
<title>careers</title>
<style>
.{unique_id}-matrix {{
    font-family: "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace;
    font-size: {char_height}px;
    line-height: {line_height}px;
    font-variant-east-asian: full-width;
}}
.{unique_id}-title {{ font-size: 18px; font-weight: bold; font-family: sans-serif; }}
{styles}
</style>
<defs>
<clipPath id="{unique_id}-clip-terminal">
<rect x="0" y="0" width="{terminal_width}" height="{terminal_height}" />
</clipPath>
{lines}
</defs>
{chrome}
<g transform="translate({terminal_x}, {terminal_y})" \
clip-path="url(#{unique_id}-clip-terminal)">
{backgrounds}
<g class="{unique_id}-matrix">
{matrix}
</g>
</g>
</svg>
"""


def _markdown_about(about: About, lang: Lang) -> str:
    """What a Markdown report was made from, as a last section."""
    esc = markdown.escape
    lines = [
        f"## {esc(t('report_about', lang))}",
        "",
        f"- {markdown.label(t('report_date', lang), lang)} {esc(about.date)}",
        f"- {markdown.label(t('report_tool', lang), lang)} careers {esc(about.version)}",
        f"- {markdown.label(t('catalogue', lang), lang)} {esc(about.catalogue)}",
    ]
    if about.skills:
        lines += ["", f"| {esc(t('skill', lang))} | {esc(t('level', lang))} |", "|---|---:|"]
        lines += [f"| {esc(name)} | {level} |" for name, level in about.skills]
    if about.sources:
        lines += ["", f"**{esc(t('sources', lang))}**", ""]
        for i, s in enumerate(about.sources, 1):
            text = esc(s.text(lang))
            ok = re.fullmatch(r"https://[^\s<>()\\]+", s.address) is not None
            lines.append(f"{i}. [{text}](<{s.address}>)" if ok else f"{i}. {text}")
    return "\n".join(lines) + "\n"


def export_text(view: View, lang: Lang, suffix: str, about: About) -> str:
    """The view as the content of a file with this suffix."""
    suffix = suffix.lower()
    doc = view.document(lang)
    if suffix == ".html":
        return html.render(doc, about, lang)
    if suffix == ".md":
        return markdown.render(doc, lang) + "\n" + _markdown_about(about, lang)
    if suffix == ".txt":
        return table.render_plain(doc, EXPORT_WIDTH)
    if suffix != ".svg":
        from careers_cli.i18n import msg

        raise OutputError(msg("export_kind", suffix=suffix))
    console = terminal.recorder(EXPORT_WIDTH)
    table.draw(doc, console)
    svg = console.export_svg(title=safe(html.title_of(doc)), code_format=SVG_TEMPLATE)
    return table.unglued(svg)


def save(view: View, lang: Lang, path: Path, about: About) -> None:
    """Write the export atomically (a failed write leaves any previous file intact)."""
    atomic_write(path, export_text(view, lang, path.suffix, about), what="export file")
