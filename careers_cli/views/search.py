"""The view of `careers search`."""

from typing import Any, NamedTuple

from careers_cli.explore import SearchResult
from careers_cli.i18n import choice, decimal, t
from careers_cli.model import Lang
from careers_cli.render.doc import Cell, Column, Document, Paragraph, Styled, Table
from careers_cli.views.common import dim

SCORE = 2  # the position of the score column


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


class SearchView(NamedTuple):
    result: SearchResult

    def document(self, lang: Lang) -> Document:
        hits = self.result.hits
        if not hits:
            return Document([Paragraph(t("no_match", lang, query=self.result.query))])
        rows: list[list[Cell]] = []
        for h in hits:
            name = h.name_fr if lang is Lang.FR else h.name_en
            field = choice("field", h.fields[-1], lang) if h.fields else ""
            rows.append(
                [
                    choice("hit_kind", h.kind.value, lang),
                    [Styled(name, "bold"), Styled(f"\n{h.id}", "dim")],
                    decimal(h.score, lang, 1),
                    dim(t("labelled", lang, label=field, text=_short(h.snippet))),
                ]
            )
        # a narrow terminal leaves out the score first (the rows are in its order), then
        # the context; the kind and the name with its id (what other commands take) stay
        columns = [
            Column(t("kind", lang), no_wrap=True),
            Column(t("name", lang), ratio=2, min_width=14),
            Column(t("score", lang), justify="right", no_wrap=True, drop=1),
            Column(t("context", lang), ratio=3, min_width=14, drop=2),
        ]
        title = t("search_title", lang, query=self.result.query, n=len(hits))
        table = Table(columns, rows, title, notes=[t("search_rule", lang)])
        unscored = table._replace(notes=[])  # the rule says how the score is counted
        return Document([table._replace(rebuild=lambda hide: unscored if SCORE in hide else table)])

    def data(self) -> Any:
        return {
            "query": self.result.query,
            "results": [
                {
                    "kind": h.kind.value,
                    "id": h.id,
                    "name": {"en": h.name_en, "fr": h.name_fr},
                    "score": h.score,
                    "fields": list(h.fields),
                    "context": h.snippet,
                }
                for h in self.result.hits
            ],
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        return (
            ["kind", "id", "name", "score", "fields", "context"],
            [
                [
                    h.kind.value,
                    h.id,
                    h.name_fr if lang is Lang.FR else h.name_en,
                    h.score,
                    ";".join(h.fields),
                    h.snippet,
                ]
                for h in self.result.hits
            ],
        )
