"""Views of the taxonomy: skills, one skill, tools, applications, one application, sources."""

from dataclasses import dataclass
from typing import Any

from careers_cli.catalogue import Index
from careers_cli.explore import ApplicationReport, ApplicationUse, SkillReport, SkillUse
from careers_cli.i18n import choice, number, pct, t
from careers_cli.model import Importance, Lang, Salary, Source
from careers_cli.render.doc import (
    Bullets,
    Cell,
    Column,
    Document,
    Fields,
    Heading,
    Paragraph,
    Styled,
    Table,
)
from careers_cli.views.common import (
    Footnotes,
    PayColumns,
    dim,
    group_code,
    labelled,
    level_bar,
    pay_csv,
    ref_json,
    salary_compact,
    salary_json,
    salary_labelled,
    to_json,
    year_text,
)


@dataclass(frozen=True)
class SkillsView:
    """`careers skills` and `careers tools`: the taxonomy, with how many roles use each."""

    index: Index
    uses: list[SkillUse]
    tools: bool = False

    def document(self, lang: Lang) -> Document:
        rows: list[list[Cell]] = []
        for u in self.uses:
            rows.append(
                [
                    Styled(u.skill.name.get(lang), "bold"),
                    u.skill.id,
                    choice("category", u.skill.category.value, lang),
                    str(u.as_tool) if self.tools else str(u.essential),
                    str(u.essential + u.optional) if self.tools else str(u.optional),
                    ", ".join(u.skill.aliases[:3]),
                ]
            )
        # On a narrow terminal the aliases go first (``search`` finds a skill by them),
        # then the id (``skill`` takes the name too); the name, category and counts
        # are what the list is for, and only when even they do not fit are the skills
        # shown as records.
        columns = [
            Column(t("skill", lang), ratio=2, min_width=12),
            Column(t("id_label", lang), no_wrap=True, drop=2),
            Column(t("category", lang), ratio=2, min_width=10),
            Column(
                t("as_tool", lang) if self.tools else t("essential_short", lang),
                justify="right",
                no_wrap=True,
            ),
            Column(
                t("as_skill", lang) if self.tools else t("optional_short", lang),
                justify="right",
                no_wrap=True,
            ),
            Column(t("aliases", lang), ratio=2, min_width=10, drop=1),
        ]
        return Document(
            [
                Table(
                    columns,
                    rows,
                    title=t(
                        "tools_count" if self.tools else "skills_count", lang, n=len(self.uses)
                    ),
                    notes=[t("skills_legend" if not self.tools else "tools_legend", lang)],
                )
            ]
        )

    def data(self) -> Any:
        key = "tools" if self.tools else "skills"
        return {
            key: [
                {
                    **ref_json(u.skill),
                    "category": u.skill.category.value,
                    "aliases": list(u.skill.aliases),
                    "esco": u.skill.esco,
                    "roles_essential": u.essential,
                    "roles_optional": u.optional,
                    "roles_as_tool": u.as_tool,
                }
                for u in self.uses
            ]
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        header = [
            "id",
            "name",
            "category",
            "roles_essential",
            "roles_optional",
            "roles_as_tool",
            "aliases",
            "esco",
        ]
        rows: list[list[Any]] = [
            [
                u.skill.id,
                u.skill.name.get(lang),
                u.skill.category.value,
                u.essential,
                u.optional,
                u.as_tool,
                ";".join(u.skill.aliases),
                u.skill.esco,
            ]
            for u in self.uses
        ]
        return header, rows


@dataclass(frozen=True)
class SkillView:
    """`careers skill NAME`: who needs a skill, its neighbours, what it is worth."""

    index: Index
    report: SkillReport

    def document(self, lang: Lang) -> Document:
        doc = Document()
        for part in (self._summary, self._worth, self._needed_by, self._neighbours):
            part(doc, lang)
        return doc

    def _summary(self, doc: Document, lang: Lang) -> None:
        """The name, the facts (id, category, aliases, ESCO) and the description."""
        skill = self.report.skill
        doc.add(Heading(skill.name.get(lang)))
        facts = [
            (t("id_label", lang), skill.id),
            (t("category", lang), choice("category", skill.category.value, lang)),
        ]
        if skill.aliases:
            facts.append((t("aliases", lang), ", ".join(skill.aliases)))
        if skill.esco:
            facts.append(("ESCO", skill.esco))
        doc.add(Fields(facts))
        if skill.description:
            doc.add(Paragraph(skill.description.get(lang)))

    def _worth(self, doc: Document, lang: Lang) -> None:
        """The median of the medians of the roles that need the skill."""
        r = self.report
        doc.add(Heading(t("worth", lang), 2))
        if r.worth is not None and r.currency:
            doc.add(
                Paragraph(
                    t(
                        "worth_line",
                        lang,
                        n=r.worth_count,
                        total=len(r.needed_by),
                        region=r.region,
                        median=number(r.worth, lang),
                        currency=r.currency,
                        low=number(r.worth_low or 0, lang),
                        high=number(r.worth_high or 0, lang),
                    )
                )
            )
            doc.add(Paragraph(dim(t("worth_rule", lang))))
        else:
            doc.add(Paragraph(dim(t("no_data", lang))))

    def _needed_by(self, doc: Document, lang: Lang) -> None:
        """The roles that need the skill (or list it as a tool), with level and pay."""
        r = self.report
        doc.add(Heading(t("needed_by", lang, n=len(r.needed_by)), 2))
        notes = Footnotes(self.index, lang)
        pay = PayColumns(r.region, [(n.salary, n.group_salary) for n in r.needed_by], lang)
        rows: list[list[Any]] = []
        for n in r.needed_by:
            if n.need is None:
                importance: Any = dim(t("tool_only", lang))
                level: Any = ""
            else:
                importance = choice("importance", n.need.importance.value, lang)
                if n.need.importance is Importance.ESSENTIAL:
                    importance = Styled(importance, "bold")
                level = Styled(f"{level_bar(n.need.level)} {n.need.level}", "cyan")
            pays = pay.cells(n.salary, n.group_salary, notes)
            rows.append([n.role.name.get(lang), importance, level, *pays])
        columns = [
            Column(t("role", lang), ratio=3, min_width=12),
            Column(t("importance", lang), no_wrap=True),
            Column(t("level", lang), no_wrap=True),
            *pay.columns(),
        ]
        if rows:
            doc.add(Table(columns, rows, notes=[*notes.lines(), *pay.notes()]))

    def _neighbours(self, doc: Document, lang: Lang) -> None:
        """Related skills (credit both ways), prerequisites, what it unlocks, applications."""
        r = self.report
        for title, pairs in (
            (t("credit_from", lang), r.credit_from),
            (t("credit_to", lang), r.credit_to),
        ):
            if pairs:
                doc.add(Heading(title, 2))
                doc.add(Bullets([f"{s.name.get(lang)} ({s.id}): {pct(w, lang)}" for s, w in pairs]))
        for title, skills in (
            (t("prerequisites", lang), r.prerequisites),
            (t("unlocks", lang), r.unlocks),
        ):
            if skills:
                doc.add(Heading(title, 2))
                doc.add(Paragraph(", ".join(f"{s.name.get(lang)} ({s.id})" for s in skills)))
        if r.applications:
            doc.add(Heading(t("applications", lang), 2))
            doc.add(Bullets([a.name.get(lang) for a in r.applications]))

    def data(self) -> Any:
        r, skill = self.report, self.report.skill
        return {
            **ref_json(skill),
            "category": skill.category.value,
            "aliases": list(skill.aliases),
            "esco": skill.esco,
            "description": to_json(skill.description),
            "needed_by": [
                {
                    **ref_json(n.role),
                    "importance": n.need.importance.value if n.need else None,
                    "level": n.need.level if n.need else None,
                    "as_tool": skill.id in n.role.tools,
                    "salary": salary_json(n.salary, self.index),
                    "salary_group": salary_json(n.group_salary, self.index),
                }
                for n in r.needed_by
            ],
            "worth": {
                "region": r.region,
                "median_of_role_medians": r.worth,
                "lowest": r.worth_low,
                "highest": r.worth_high,
                "roles": r.worth_count,
                "currency": r.currency,
            },
            "related_credit_from": [{"id": s.id, "weight": w} for s, w in r.credit_from],
            "related_credit_to": [{"id": s.id, "weight": w} for s, w in r.credit_to],
            "prerequisites": [s.id for s in r.prerequisites],
            "unlocks": [s.id for s in r.unlocks],
            "applications": [a.id for a in r.applications],
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        header = [
            "skill",
            "role",
            "name",
            "importance",
            "level",
            "as_tool",
            "median",
            "currency",
            "source",
            "group_median",
            "group",
            "group_source",
        ]
        rows: list[list[Any]] = []
        for n in self.report.needed_by:
            rows.append(
                [
                    self.report.skill.id,
                    n.role.id,
                    n.role.name.get(lang),
                    n.need.importance.value if n.need else None,
                    n.need.level if n.need else None,
                    self.report.skill.id in n.role.tools,
                    *pay_csv(n.salary, n.group_salary),
                ]
            )
        return header, rows


@dataclass(frozen=True)
class ApplicationsView:
    """`careers applications`: the application domains and who works on them."""

    index: Index
    uses: list[ApplicationUse]

    def document(self, lang: Lang) -> Document:
        rows: list[list[Cell]] = [
            [
                [
                    Styled(u.application.name.get(lang), "bold"),
                    Styled(f"\n{u.application.id}", "dim"),
                ],
                str(len(u.roles)),
                ", ".join(r.name.get(lang) for r in u.roles[:3])
                + (", ..." if len(u.roles) > 3 else ""),
            ]
            for u in self.uses
        ]
        return Document(
            [
                Table(
                    [
                        Column(t("application", lang), ratio=3, min_width=14),
                        Column(t("roles", lang), justify="right", no_wrap=True),
                        Column(t("for_example", lang), ratio=3, min_width=12),
                    ],
                    rows,
                    title=t("applications_count", lang, n=len(rows)),
                )
            ]
        )

    def data(self) -> Any:
        return {
            "applications": [
                {
                    **ref_json(u.application),
                    "description": to_json(u.application.description),
                    "roles": [r.id for r in u.roles],
                    "tools": list(u.application.tools),
                }
                for u in self.uses
            ]
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        return (
            ["id", "name", "roles", "tools"],
            [
                [
                    u.application.id,
                    u.application.name.get(lang),
                    ";".join(r.id for r in u.roles),
                    ";".join(u.application.tools),
                ]
                for u in self.uses
            ],
        )


@dataclass(frozen=True)
class ApplicationView:
    """`careers application NAME`: a domain, the roles that work there, its tools."""

    index: Index
    report: ApplicationReport

    def document(self, lang: Lang) -> Document:
        app = self.report.application
        doc = Document([Heading(app.name.get(lang)), Paragraph(app.description.get(lang))])
        notes = Footnotes(self.index, lang)
        rows: list[list[Cell]] = [
            [
                Styled(s.role.name.get(lang), "bold"),
                s.family.name.get(lang),
                salary_compact(s.us, lang, "USD") + notes.mark(s.us),
                _group_cell(s.us_group, lang) + notes.mark(s.us_group),
                salary_labelled(s.fr, lang, "EUR") + notes.mark(s.fr),
            ]
            for s in self.report.roles
        ]
        doc.add(Heading(t("roles_working", lang, n=len(rows)), 2))
        doc.add(
            Table(
                [
                    Column(t("role", lang), ratio=3, min_width=12),
                    Column(t("family", lang), ratio=2, min_width=10),
                    Column(t("us_role_short", lang), justify="right", no_wrap=True),
                    Column(t("us_group", lang), justify="right", no_wrap=True),
                    Column(t("fr_range", lang), justify="right", no_wrap=True),
                ],
                rows,
                notes=[*notes.lines(), t("pay_kinds_rule", lang)],
            )
        )
        if self.report.tools:
            doc.add(Heading(t("typical_tools", lang), 2))
            doc.add(Paragraph(", ".join(s.name.get(lang) for s in self.report.tools)))
        if app.sources:
            doc.add(
                Paragraph(
                    dim(
                        labelled(
                            t("sources", lang),
                            ", ".join(self.index.sources[s].short for s in app.sources),
                            lang,
                        )
                    )
                )
            )
        return doc

    def data(self) -> Any:
        app = self.report.application
        return {
            **ref_json(app),
            "description": to_json(app.description),
            "aliases": list(app.aliases),
            "roles": [
                {
                    **ref_json(s.role),
                    "family": s.family.id,
                    "salary_us": salary_json(s.us, self.index),
                    "salary_us_group": salary_json(s.us_group, self.index),
                    "salary_fr": salary_json(s.fr, self.index),
                }
                for s in self.report.roles
            ],
            "tools": [ref_json(s) for s in self.report.tools],
            "sources": list(app.sources),
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        return (
            ["application", "role", "name", "family", "us_median", "us_group_median", "us_group"],
            [
                [
                    self.report.application.id,
                    s.role.id,
                    s.role.name.get(lang),
                    s.family.id,
                    s.us.median if s.us else None,
                    s.us_group.median if s.us_group else None,
                    s.us_group.group if s.us_group else None,
                ]
                for s in self.report.roles
            ],
        )


@dataclass(frozen=True)
class SourcesView:
    """`careers sources`: every source the catalogue cites, with its notice."""

    index: Index
    sources: list[Source]

    def document(self, lang: Lang) -> Document:
        doc = Document([Heading(t("sources_title", lang, n=len(self.sources)))])
        for s in self.sources:
            doc.add(Heading(f"{s.short} ({s.id})", 2))
            rows: list[tuple[str, Any]] = [
                (t("title", lang), s.title),
                (t("publisher", lang), s.publisher.get(lang)),
                (t("kind", lang), choice("source_kind", s.kind.value, lang)),
                (t("year", lang), year_text(s.year, lang)),
                (t("address", lang), s.address or t("unknown", lang)),
            ]
            if s.licence:
                rows.append((t("licence", lang), s.licence.get(lang)))
            if s.note:
                rows.append((t("note", lang), s.note.get(lang)))
            if s.notice:
                rows.append((t("notice", lang), Styled(s.notice.get(lang), "bold")))
            doc.add(Fields(rows))
        return doc

    def data(self) -> Any:
        return {"sources": [to_json(s) for s in self.sources]}

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        return (
            ["id", "short", "title", "publisher", "kind", "year", "address", "licence", "notice"],
            [
                [
                    s.id,
                    s.short,
                    s.title,
                    s.publisher.get(lang),
                    s.kind.value,
                    s.year,
                    s.address,
                    s.licence.get(lang) if s.licence else None,
                    s.notice.get(lang) if s.notice else None,
                ]
                for s in self.sources
            ],
        )


def _group_cell(salary: Salary | None, lang: Lang) -> str:
    """A U.S. group figure under a "U.S. group (BLS)" header: "120k 15-2051"."""
    text = salary_compact(salary, lang, "USD")
    return text + " " + group_code(salary.group) if salary and salary.group else text
