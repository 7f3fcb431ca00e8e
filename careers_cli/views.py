"""Views: what each command shows, as a document (table, Markdown), data (JSON) and rows (CSV).

A view holds a core result and knows how to present it; it never prints. The
renderers in ``careers_cli.render`` turn it into text.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import Enum
from typing import Any

from careers_cli.catalogue import Index
from careers_cli.errors import Problem
from careers_cli.explore import RoleSummary
from careers_cli.i18n import compact, number, t
from careers_cli.model import Lang, Pay, Period, Salary, Source
from careers_cli.render.doc import Column, Document, Fields, Heading, Paragraph, Styled, Table

# --------------------------------------------------------------------------- helpers


def to_json(value: Any) -> Any:
    """Plain JSON data from model objects: dataclasses become objects, enums strings."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    return value


def source_json(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "title": source.title,
        "publisher": source.publisher,
        "year": source.year,
        "address": source.address,
    }


def salary_json(salary: Salary | None, index: Index) -> dict[str, Any] | None:
    """A salary as JSON, with its source spelt out."""
    if salary is None:
        return None
    data: dict[str, Any] = to_json(salary)
    data["source"] = source_json(index.sources[salary.source])
    return data


def _suffix(salary: Salary, lang: Lang, short: bool = False) -> str:
    parts = []
    if salary.period is Period.MONTHLY:
        parts.append(t("per_month_short" if short else "per_month", lang))
    elif salary.period is Period.HOURLY:
        parts.append(t("per_hour_short" if short else "per_hour", lang))
    if salary.pay is Pay.NET:
        parts.append(" " + t("net", lang))
    return "".join(parts)


def salary_median(salary: Salary | None, lang: Lang) -> str:
    """The central figure of a salary, or "no data"."""
    if salary is None:
        return t("no_data", lang)
    if salary.median is not None:
        return f"{number(salary.median, lang)} {salary.currency}{_suffix(salary, lang)}"
    return salary_range(salary, lang)


def salary_range(salary: Salary | None, lang: Lang) -> str:
    """The spread of a salary (low-high, else p10-p90), or its one figure, or "no data"."""
    if salary is None:
        return t("no_data", lang)
    low = salary.low if salary.low is not None else salary.p10
    high = salary.high if salary.high is not None else salary.p90
    cur = f" {salary.currency}{_suffix(salary, lang)}"
    if low is not None and high is not None:
        return f"{number(low, lang)}-{number(high, lang)}{cur}"
    if low is not None:
        return f">= {number(low, lang)}{cur}"
    if high is not None:
        return f"<= {number(high, lang)}{cur}"
    assert salary.median is not None
    return f"~{number(salary.median, lang)}{cur}"


class Footnotes:
    """Numbered notes for figures whose basis or source a reader must see."""

    def __init__(self, index: Index, lang: Lang) -> None:
        self.index = index
        self.lang = lang
        self.notes: dict[str, int] = {}

    def mark(self, salary: Salary | None) -> str:
        """A marker like ``[1]`` for a figure's source and basis ("" for no figure)."""
        if salary is None:
            return ""
        source = self.index.sources[salary.source]
        note = source.short
        if salary.sample is not None:
            note += f", n = {number(salary.sample, self.lang)}"
        if salary.basis is not None:
            note += f"; {t('basis', self.lang).lower()}: {salary.basis.get(self.lang)}"
        number_ = self.notes.setdefault(note, len(self.notes) + 1)
        return f" [{number_}]"

    def lines(self) -> list[str]:
        return [f"[{n}] {note}" for note, n in self.notes.items()]


def salary_compact(salary: Salary | None, lang: Lang, currency: str) -> str:
    """A short figure for overview tables: the median, else the range ("50-60k").

    The currency is left out when it is the column's; the period is always shown.
    """
    if salary is None:
        return t("no_data", lang)
    cur = "" if salary.currency == currency else f" {salary.currency}"
    cur += _suffix(salary, lang, short=True)
    if salary.median is not None:
        return compact(salary.median, lang) + cur
    low = salary.low if salary.low is not None else salary.p10
    high = salary.high if salary.high is not None else salary.p90
    if low is not None and high is not None:
        lo, hi = compact(low, lang), compact(high, lang)
        if lo.endswith("k") and hi.endswith("k"):
            lo = lo[:-1]
        return f"{lo}-{hi}{cur}"
    if low is not None:
        return f">={compact(low, lang)}{cur}"
    assert high is not None
    return f"<={compact(high, lang)}{cur}"


# --------------------------------------------------------------------------- list


@dataclass
class ListView:
    """`careers list`: the catalogue's roles, one line each."""

    index: Index
    rows: list[RoleSummary]

    def document(self, lang: Lang) -> Document:
        notes = Footnotes(self.index, lang)
        table_rows: list[list[Any]] = []
        for row in self.rows:
            tools = ", ".join(s.name.get(lang) for s in row.tools[:3])
            us = salary_compact(row.us, lang, "USD") + notes.mark(row.us)
            fr = salary_compact(row.fr, lang, "EUR") + notes.mark(row.fr)
            table_rows.append(
                [
                    Styled(row.role.name.get(lang), "bold"),
                    row.family.name.get(lang),
                    str(row.essential),
                    tools,
                    us if row.us else Styled(us, "dim"),
                    fr if row.fr else Styled(fr, "dim"),
                ]
            )
        table = Table(
            columns=[
                Column(t("role", lang), ratio=3, min_width=12),
                Column(t("family", lang), ratio=2, min_width=10),
                Column(t("essential_short", lang), justify="right", no_wrap=True),
                Column(t("top_tools", lang), ratio=2, min_width=10),
                Column(t("us_median", lang), justify="right", no_wrap=True),
                Column(t("fr_range", lang), justify="right", no_wrap=True),
            ],
            rows=table_rows,
            title=t("roles_count", lang, n=len(self.rows)),
            notes=notes.lines(),
        )
        return Document([table])

    def data(self) -> Any:
        return {
            "roles": [
                {
                    "id": row.role.id,
                    "name": to_json(row.role.name),
                    "family": {"id": row.family.id, "name": to_json(row.family.name)},
                    "essential_skills": row.essential,
                    "optional_skills": row.optional,
                    "tools": [s.id for s in row.tools],
                    "salary_us": salary_json(row.us, self.index),
                    "salary_fr": salary_json(row.fr, self.index),
                }
                for row in self.rows
            ]
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        header = [
            "id",
            "name",
            "family",
            "essential_skills",
            "optional_skills",
            "tools",
            "us_median",
            "us_currency",
            "us_year",
            "us_basis",
            "us_source",
            "fr_low",
            "fr_median",
            "fr_high",
            "fr_currency",
            "fr_period",
            "fr_year",
            "fr_basis",
            "fr_source",
        ]
        rows = []
        for row in self.rows:
            us, fr = row.us, row.fr
            rows.append(
                [
                    row.role.id,
                    row.role.name.get(lang),
                    row.family.id,
                    row.essential,
                    row.optional,
                    ";".join(s.id for s in row.tools),
                    us.median if us else None,
                    us.currency if us else None,
                    us.year if us else None,
                    us.basis.get(lang) if us and us.basis else None,
                    us.source if us else None,
                    (fr.low if fr.low is not None else fr.p10) if fr else None,
                    fr.median if fr else None,
                    (fr.high if fr.high is not None else fr.p90) if fr else None,
                    fr.currency if fr else None,
                    fr.period.value if fr else None,
                    fr.year if fr else None,
                    fr.basis.get(lang) if fr and fr.basis else None,
                    fr.source if fr else None,
                ]
            )
        return header, rows


# --------------------------------------------------------------------------- validate


def problem_json(problem: Problem) -> dict[str, Any]:
    return {
        "message": problem.message,
        "path": problem.path,
        "line": problem.line,
        "column": problem.column,
    }


@dataclass
class ValidateView:
    """`careers validate`: a summary of a catalogue, its warnings or its errors."""

    path: str
    counts: dict[str, int]
    warnings: list[Problem]
    errors: list[Problem]

    @property
    def valid(self) -> bool:
        return not self.errors

    def document(self, lang: Lang) -> Document:
        doc = Document()
        state = t("valid", lang) if self.valid else f"{len(self.errors)} error(s)"
        doc.add(Heading(f"{self.path}: {state}"))
        if self.counts:
            doc.add(Fields([(k, str(v)) for k, v in self.counts.items()]))
        if self.errors:
            doc.add(Paragraph(Styled("Errors", "bold red")))
            for p in self.errors:
                doc.add(Paragraph(p.format(self.path)))
        doc.add(Paragraph(Styled(f"{t('warnings', lang)}: {len(self.warnings)}", "bold")))
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
