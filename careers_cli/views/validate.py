"""The view of `careers validate`."""

from collections.abc import Sequence
from typing import Any, NamedTuple

from careers_cli.errors import Problem
from careers_cli.i18n import choice, t
from careers_cli.model import Lang
from careers_cli.render.doc import Document, Fields, Heading, Paragraph, Styled


def problem_json(problem: Problem) -> dict[str, Any]:
    return {
        "message": problem.message,
        "path": problem.path,
        "line": problem.line,
        "column": problem.column,
    }


class ValidateView(NamedTuple):
    """`careers validate`: a summary of a catalogue, its warnings or its errors."""

    path: str
    counts: dict[str, int]
    warnings: Sequence[Problem]
    errors: Sequence[Problem]

    @property
    def valid(self) -> bool:
        return not self.errors

    def document(self, lang: Lang) -> Document:
        doc = Document()
        state = t("valid", lang) if self.valid else t("errors_count", lang, n=len(self.errors))
        doc.add(Heading(t("file_state", lang, path=self.path, state=state)))
        if self.counts:
            doc.add(Fields([(choice("count", k, lang), str(v)) for k, v in self.counts.items()]))
        for p in self.errors:
            doc.add(Paragraph(Styled(p.format(self.path), "red")))
        doc.add(Paragraph(Styled(t("warnings_count", lang, n=len(self.warnings)), "bold")))
        for p in self.warnings:
            doc.add(Paragraph(Styled(p.format(self.path), "yellow")))
        return doc

    def data(self) -> Any:
        return {
            "path": self.path,
            "valid": self.valid,
            "counts": self.counts,
            "errors": [problem_json(p) for p in self.errors],
            "warnings": [problem_json(p) for p in self.warnings],
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        header = ["severity", "path", "line", "column", "message"]
        rows: list[list[Any]] = [
            ["error", p.path, p.line, p.column, p.message] for p in self.errors
        ]
        rows += [["warning", p.path, p.line, p.column, p.message] for p in self.warnings]
        return header, rows
