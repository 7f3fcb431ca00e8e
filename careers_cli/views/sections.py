"""``careers show ROLE --section ...``: only the parts of a role a user asks for.

The parts, in the order ``show`` prints them: ``summary`` (facts, summary, missions,
education), ``skills`` (essential and optional skills, tools, applications), ``pay``
(salaries and demand), ``codes`` and ``related``. A part is known in the printed
document by its second-level headings, and in the JSON by its fields; the role's name
(and, in JSON, its id and its sources) is always there.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from careers_cli.choices import Lang
from careers_cli.i18n import t
from careers_cli.render.doc import Document, Heading

SECTIONS = ("summary", "skills", "pay", "codes", "related")

_FIELDS = {
    "summary": ("aliases", "family", "summary", "missions", "education"),
    "skills": ("skills", "tools", "applications"),
    "pay": ("salaries", "salary_note", "demand"),
    "codes": ("codes",),
    "related": ("related",),
}
_ALWAYS = ("id", "name", "sources")


def _headings(lang: Lang) -> dict[str, str]:
    """Each second-level heading of `show`, and the part it opens."""
    return {
        t("missions", lang): "summary",
        t("education", lang): "summary",
        t("essential_skills", lang): "skills",
        t("optional_skills", lang): "skills",
        t("tools", lang): "skills",
        t("applications", lang): "skills",
        t("salaries", lang): "pay",
        t("demand", lang): "pay",
        t("by_experience", lang): "pay",
        t("codes", lang): "codes",
        t("related_roles", lang): "related",
    }


def part_of(heading: str, lang: Lang) -> str | None:
    """The part a second-level heading of `show` opens (headings may end in a count)."""
    for label, part in _headings(lang).items():
        if heading == label or heading.startswith(f"{label} ("):
            return part
    return None


class SectionView(NamedTuple):
    """A `show` view cut down to some of its parts."""

    view: Any  # a ShowView
    sections: tuple[str, ...]

    def document(self, lang: Lang) -> Document:
        kept = Document()
        part = "summary"  # what comes before the first second-level heading
        for i, block in enumerate(self.view.document(lang).blocks):
            if isinstance(block, Heading) and block.level == 2:
                part = part_of(block.text, lang) or part
            if i == 0 or part in self.sections:  # the role's name always leads
                kept.add(block)
        return kept

    def data(self) -> Any:
        full = self.view.data()
        wanted = {*_ALWAYS, *(f for s in self.sections for f in _FIELDS[s])}
        return {k: v for k, v in full.items() if k in wanted}

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        """The CSV of `show` is its skills, whatever the parts asked for."""
        result: tuple[list[str], list[list[Any]]] = self.view.records(lang)
        return result
