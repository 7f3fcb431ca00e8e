"""A report as a real HTML document: headings, tables with header cells, bars drawn in
CSS and CSS, sources as links, and what the report was made from.

Self-contained (no font, script or style from elsewhere), readable on a phone (tables
turn into one card per row on a narrow screen, so the page never scrolls sideways) and
printable (``@media print``: white page, a page break between sections). Every string is
escaped; only ``https:`` addresses become links.
"""

from __future__ import annotations

import html
import re

from careers_cli.choices import Lang
from careers_cli.i18n import t
from careers_cli.render.doc import (
    Bullets,
    Cell,
    Document,
    Fields,
    Heading,
    Paragraph,
    Styled,
    Table,
)
from careers_cli.render.report import About
from careers_cli.text import safe

CSS = """
:root { color-scheme: light; --ink: #1b1f24; --soft: #59636e; --line: #d1d9e0;
  --accent: #0b6bcb; --fill: #e8eef5; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 62rem; padding: 1rem; color: var(--ink);
  background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto,
  "Helvetica Neue", Arial, sans-serif; overflow-wrap: anywhere; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 1.8rem 0 0.6rem; border-bottom: 1px solid var(--line); }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem;
  border-bottom: 1px solid var(--line); }
th { background: var(--fill); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.dim, .note { color: var(--soft); }
.note { font-size: 0.9rem; margin: 0.2rem 0; }
.bold { font-weight: 600; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
.level { display: inline-block; width: 5rem; height: 0.7rem; background: var(--fill);
  border: 1px solid var(--line); border-radius: 0.35rem; vertical-align: middle; }
.level > span { display: block; height: 100%; background: var(--accent);
  border-radius: 0.35rem; }
.range { display: inline-block; position: relative; width: 100%; max-width: 16rem;
  min-width: 8rem; height: 0.9rem; vertical-align: middle; }
.range > .span { position: absolute; top: 0.4rem; height: 0.15rem; background: var(--accent); }
.range > .median { position: absolute; top: 0.15rem; width: 0.6rem; height: 0.6rem;
  margin-left: -0.3rem; border-radius: 50%; background: var(--ink); }
footer { margin-top: 2.5rem; border-top: 1px solid var(--line); font-size: 0.95rem; }
a { color: var(--accent); }
@media (max-width: 40rem) {
  table, thead, tbody, tr, th, td { display: block; width: 100%; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden;
    clip: rect(0 0 0 0); }
  tr { border: 1px solid var(--line); border-radius: 0.4rem; margin: 0 0 0.6rem;
    padding: 0.3rem 0.5rem; }
  td { border: 0; padding: 0.15rem 0; }
  td.num { text-align: left; }
  caption { display: block; }
  td[data-label]:not([data-label=""])::before { content: attr(data-label) ": ";
    font-weight: 600; }
  dl { grid-template-columns: 1fr; }
  dd { margin-bottom: 0.4rem; }
}
@media print {
  body { max-width: none; color: #000; background: #fff; font-size: 11pt; }
  section + section { break-before: page; }
  table, tr { break-inside: avoid; }
  a { color: #000; }
  a[href]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
}
"""

_LEVEL = re.compile(r"^\s*([█░]+)(?:\s+(\S.*?))?\s*$")
_RANGE = re.compile(r"^(\s*)│([─●]*)│\s*$")


def esc(text: str) -> str:
    """Catalogue text made inert, then escaped for HTML."""
    return html.escape(safe(text), quote=True)


def _piece(part: Styled | str) -> str:
    text = str(part)
    style = part.style if isinstance(part, Styled) else ""
    level, span = _LEVEL.match(text), _RANGE.match(text)
    if level:
        full, shown = level.group(1).count("█"), len(level.group(1))
        value = f" {level.group(2)}" if level.group(2) else ""
        return (
            f'<span class="level" role="img" aria-label="{full}/{shown}">'
            f'<span style="width:{100 * full // shown}%"></span></span>{esc(value)}'
        )
    if span:
        return _range_bar(len(span.group(1)), span.group(2))
    classes = " ".join(c for c in style.split() if c in ("bold", "dim"))
    return f'<span class="{classes}">{esc(text)}</span>' if classes else esc(text)


def _range_bar(offset: int, inner: str) -> str:
    """A rank bar (p10 to p90, ● the median) drawn in CSS, on the same scale as the
    terminal's: positions are shares of the whole width."""
    width = offset + len(inner) + 2
    left, span = 100 * offset / width, 100 * (len(inner) + 2) / width
    dot = inner.find("●")
    mark = (
        f'<span class="median" style="left:{100 * (offset + 1.5 + dot) / width:.1f}%"></span>'
        if dot >= 0
        else ""
    )
    return (
        f'<span class="range" role="img" aria-hidden="true">'
        f'<span class="span" style="left:{left:.1f}%;width:{span:.1f}%"></span>{mark}</span>'
    )


def cell(value: Cell) -> str:
    if isinstance(value, (str, Styled)):
        return _piece(value).replace("\n", "<br>")
    return "".join(_piece(p) for p in value).replace("\n", "<br>")


def _table(block: Table, first: bool = False) -> str:
    """A table with header cells; each cell carries its column's name for the narrow
    layout. The title is the caption (not when the table is the report's first block:
    its title is then the page's heading)."""
    nums = [' class="num"' if c.justify == "right" else "" for c in block.columns]
    head = "".join(
        f'<th scope="col"{n}>{esc(c.header)}</th>' for c, n in zip(block.columns, nums, strict=True)
    )
    rows = []
    for row in block.rows:
        tds = "".join(
            f'<td data-label="{esc(c.header)}"{n}>{cell(v)}</td>'
            for c, n, v in zip(block.columns, nums, row, strict=False)
        )
        rows.append(f"<tr>{tds}</tr>")
    caption = f"<caption>{esc(block.title)}</caption>" if block.title and not first else ""
    notes = "".join(f'<p class="note">{esc(n)}</p>' for n in block.notes)
    return (
        f"<table>{caption}<thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>{notes}"
    )


def _block(block: object, first: bool = False) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level, 1), 6)
        return f"<h{level}>{esc(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        return f"<p>{cell(block.text)}</p>"
    if isinstance(block, Bullets):
        title = f'<p class="bold">{esc(block.title)}</p>' if block.title else ""
        return title + "<ul>" + "".join(f"<li>{cell(i)}</li>" for i in block.items) + "</ul>"
    if isinstance(block, Fields):
        title = f'<p class="bold">{esc(block.title)}</p>' if block.title else ""
        rows = "".join(f"<dt>{esc(k)}</dt><dd>{cell(v)}</dd>" for k, v in block.rows)
        return f"{title}<dl>{rows}</dl>"
    if isinstance(block, Table):
        return _table(block, first)
    return ""  # pragma: no cover - every block kind is handled above


def title_of(doc: Document) -> str:
    """The report's title: its first heading, else its first table's title."""
    for block in doc.blocks:
        if isinstance(block, Heading):
            return block.text
        if isinstance(block, Table) and block.title:
            return block.title
    return "careers"


def _sections(doc: Document, title: str) -> list[str]:
    """The blocks, a ``<section>`` from each second-level heading to the next."""
    parts: list[list[str]] = [[f"<h1>{esc(title)}</h1>"]]
    blocks = doc.blocks
    if blocks and isinstance(blocks[0], Heading) and blocks[0].level == 1:
        blocks = blocks[1:]
    for i, block in enumerate(blocks):
        if isinstance(block, Heading) and block.level == 2:
            parts.append([])
        parts[-1].append(_block(block, first=i == 0 and block is doc.blocks[0]))
    return [f"<section>{''.join(p)}</section>" for p in parts if p]


def link(address: str, text: str) -> str:
    """A link when the address is https:, else the text and the address, inert."""
    if address.lower().startswith("https://"):
        return f'<a href="{esc(address)}">{esc(text)}</a>'
    return esc(f"{text} ({address})" if address else text)


def _footer(about: About, lang: Lang) -> str:
    lines = [
        f"<h2>{esc(t('report_about', lang))}</h2>",
        "<dl>",
        f"<dt>{esc(t('report_date', lang))}</dt><dd><time>{esc(about.date)}</time></dd>",
        f"<dt>{esc(t('report_tool', lang))}</dt><dd>careers {esc(about.version)}</dd>",
        f"<dt>{esc(t('catalogue', lang))}</dt><dd>{esc(about.catalogue)}</dd>",
        "</dl>",
    ]
    if about.skills:
        rows = "".join(
            f'<tr><td data-label="{esc(t("skill", lang))}">{esc(name)}</td>'
            f'<td data-label="{esc(t("level", lang))}" class="num">{level}</td></tr>'
            for name, level in about.skills
        )
        lines.append(
            f"<table><caption>{esc(t('report_skills', lang))}</caption><thead><tr>"
            f'<th scope="col">{esc(t("skill", lang))}</th>'
            f'<th scope="col" class="num">{esc(t("level", lang))}</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>"
        )
    if about.sources:
        lines.append(f"<h3>{esc(t('sources', lang))}</h3><ol>")
        for s in about.sources:
            text = s.text(lang)
            lines.append(f'<li id="source-{esc(s.id)}">{link(s.address, text)}</li>')
        lines.append("</ol>")
    return f"<footer>{''.join(lines)}</footer>"


def render(doc: Document, about: About, lang: Lang) -> str:
    """The report as one self-contained HTML document."""
    title = title_of(doc)
    body = "\n".join(_sections(doc, title))
    return (
        f'<!doctype html>\n<html lang="{lang.value}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="careers {esc(about.version)}">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<main>\n{body}\n</main>\n{_footer(about, lang)}\n</body>\n</html>\n"
    )
