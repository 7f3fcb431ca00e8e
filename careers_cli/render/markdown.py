"""Markdown output (GitHub-flavoured tables), with catalogue text escaped."""

from __future__ import annotations

import re

from careers_cli.i18n import t
from careers_cli.lang import Lang
from careers_cli.render.doc import (
    Bullets,
    Cell,
    Document,
    Fields,
    Heading,
    Paragraph,
    Table,
    plain,
)
from careers_cli.text import safe

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def escape(text: str) -> str:
    """Text that Markdown shows literally: no emphasis, links, HTML or table breaks."""
    text = safe(text).replace("\r", " ").replace("\n", " ")
    text = _SPECIAL.sub(r"\\\1", text)
    return text.replace("&", "&amp;")


def _cell(cell: Cell) -> str:
    return escape(plain(cell))


def label(text: str, lang: Lang) -> str:
    """A bold label before its value, ``**Title:**``, ``**Intitulé :**`` in French."""
    return "**" + t("labelled", lang, label=escape(text), text="").rstrip() + "**"


def render(doc: Document, lang: Lang) -> str:
    out: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Heading):
            out.append("#" * min(block.level, 6) + " " + escape(block.text))
        elif isinstance(block, Paragraph):
            out.append(_cell(block.text))
        elif isinstance(block, Bullets):
            lines = [f"**{escape(block.title)}**", ""] if block.title else []
            lines += [f"- {_cell(item)}" for item in block.items]
            out.append("\n".join(lines))
        elif isinstance(block, Fields):
            lines = [f"**{escape(block.title)}**", ""] if block.title else []
            lines += [f"- {label(k, lang)} {_cell(v)}" for k, v in block.rows]
            out.append("\n".join(lines))
        elif isinstance(block, Table):
            lines = [f"**{escape(block.title)}**", ""] if block.title else []
            lines.append("| " + " | ".join(escape(c.header) for c in block.columns) + " |")
            lines.append(
                "|"
                + "|".join(
                    "---:" if c.justify == "right" else ":---:" if c.justify == "center" else "---"
                    for c in block.columns
                )
                + "|"
            )
            for row in block.rows:
                lines.append("| " + " | ".join(_cell(c) for c in row) + " |")
            if block.notes:
                lines.append("")
                lines += [f"{escape(n)}  " for n in block.notes]
            out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"
