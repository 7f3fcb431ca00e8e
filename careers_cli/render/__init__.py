"""Output formats. One module per format, each a pure function from a view to text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from careers_cli.choices import Format as Format

if TYPE_CHECKING:
    from careers_cli.model import Lang
    from careers_cli.render.doc import Document


class View(Protocol):
    """What a command's result offers the renderers."""

    def document(self, lang: Lang) -> Document:
        """The human view: headings, tables, text, in one language."""

    def data(self) -> Any:
        """The JSON view: stable field names, both languages where the catalogue has them."""

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        """The CSV view: a header and rows."""


def render_text(view: View, fmt: Format, lang: Lang, width: int | None = None) -> str:
    """The view as text in a format (table text is plain, without colour)."""
    from careers_cli.render import csv, json, markdown, table

    if fmt is Format.JSON:
        # a view whose JSON is (partly) written beforehand gives it whole (the same text)
        written = getattr(view, "json_text", None)
        return written() if written is not None else json.render(view.data())
    if fmt is Format.CSV:
        return csv.render(*view.records(lang))
    if fmt is Format.MARKDOWN:
        return markdown.render(view.document(lang), lang)
    if fmt is Format.TABLE:
        return table.render_plain(view.document(lang), width=width)
    raise AssertionError(f"unhandled format {fmt}")  # pragma: no cover
