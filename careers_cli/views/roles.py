"""Views of roles: the list, one role's report, rankings and comparisons."""

from typing import Any, NamedTuple

from careers_cli.catalogue import Index
from careers_cli.choices import RankBy
from careers_cli.explore import (
    Comparison,
    Ranking,
    RoleSummary,
    headline,
)
from careers_cli.i18n import choice, number, pct, t
from careers_cli.model import Importance, Lang, Role
from careers_cli.render.doc import (
    Bullets,
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
    dim,
    level_bar,
    pay_bar,
    ref_json,
    salary_compact,
    salary_full,
    salary_json,
    source_json,
    spread,
    to_json,
)

# --------------------------------------------------------------------------- list


class ListView(NamedTuple):
    """`careers list`: the catalogue's roles, one line each."""

    cat: Index
    rows: list[RoleSummary]

    def document(self, lang: Lang) -> Document:
        notes = Footnotes(self.cat, lang)
        table_rows: list[list[Any]] = []
        for row in self.rows:
            tools = ", ".join(s.name.get(lang) for s in row.tools[:3])
            us = salary_compact(row.us, lang, "USD") + notes.mark(row.us)
            fr = salary_compact(row.fr, lang, "EUR") + notes.mark(row.fr)
            table_rows.append(
                [
                    Styled(row.role.name.get(lang), "bold"),
                    (row.family.short or row.family.name).get(lang),
                    str(row.essential),
                    tools,
                    us if row.us else dim(us),
                    fr if row.fr else dim(fr),
                ]
            )
        table = Table(
            columns=[
                Column(t("role", lang), ratio=3, min_width=12),
                Column(t("family", lang), ratio=2, min_width=8, drop=1),
                Column(t("essential_short", lang), justify="right", no_wrap=True),
                Column(t("top_tools", lang), ratio=2, min_width=10, drop=2),
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
                    "salary_us": salary_json(row.us, self.cat),
                    "salary_fr": salary_json(row.fr, self.cat),
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
                    spread(fr)[0] if fr else None,
                    fr.median if fr else None,
                    spread(fr)[1] if fr else None,
                    fr.currency if fr else None,
                    fr.period.value if fr else None,
                    fr.year if fr else None,
                    fr.basis.get(lang) if fr and fr.basis else None,
                    fr.source if fr else None,
                ]
            )
        return header, rows


# --------------------------------------------------------------------------- show


class ShowView(NamedTuple):
    """`careers show ROLE`: everything the catalogue knows about one role."""

    cat: Index
    role: Role

    def _skills(self, importance: Importance, lang: Lang) -> list[list[Any]]:
        rows: list[list[Any]] = []
        for need in self.role.skills:
            if need.importance is not importance:
                continue
            skill = self.cat.skills.items[need.skill]
            rows.append(
                [
                    skill.name.get(lang),
                    Styled(level_bar(need.level), "cyan"),
                    f"{need.level}/5",
                    choice("category", skill.category.value, lang),
                ]
            )
        return rows

    def document(self, lang: Lang) -> Document:
        role, index = self.role, self.cat
        doc = Document()
        doc.add(Heading(role.name.get(lang)))
        other = role.name.fr if lang is Lang.EN else role.name.en
        facts = [(t("family", lang), index.families[role.family].name.get(lang)), ("id", role.id)]
        if other != role.name.get(lang):
            facts.append((t("other_language", lang), other))
        if role.aliases:
            facts.append((t("aliases", lang), ", ".join(role.aliases)))
        doc.add(Fields(facts))
        doc.add(Paragraph(role.summary.get(lang)))
        doc.add(Heading(t("missions", lang), 2))
        doc.add(Bullets(list(role.missions.get(lang))))
        skill_columns = [
            Column(t("skill", lang), ratio=3, min_width=12),
            Column(t("level", lang), no_wrap=True),
            Column("", justify="right", no_wrap=True),
            Column(t("category", lang), ratio=2, min_width=10),
        ]
        for importance, title in (
            (Importance.ESSENTIAL, t("essential_skills", lang)),
            (Importance.OPTIONAL, t("optional_skills", lang)),
        ):
            rows = self._skills(importance, lang)
            if rows:
                doc.add(Heading(title + f" ({len(rows)})", 2))
                doc.add(Table(skill_columns, rows))
        if role.tools:
            doc.add(Heading(t("tools", lang), 2))
            hot = f" ({t('hot_mark', lang)})"
            tools = [index.skills.items[x] for x in role.tools]
            doc.add(Paragraph(", ".join(s.name.get(lang) + (hot if s.hot else "") for s in tools)))
        if role.applications:
            doc.add(Heading(t("applications", lang), 2))
            doc.add(
                Bullets([index.applications.items[a].name.get(lang) for a in role.applications])
            )
        doc.add(Heading(t("education", lang), 2))
        edu = role.education
        edu_rows = [
            (t("degree", lang), choice("degree", edu.degree.value, lang)),
            (t("phd_common", lang), t("yes" if edu.phd_common else "no", lang)),
        ]
        if edu.fields:
            edu_rows.append((t("fields", lang), edu.fields.get(lang)))
        if edu.note:
            edu_rows.append((t("note", lang), edu.note.get(lang)))
        doc.add(Fields(edu_rows))
        doc.add(Heading(t("salaries", lang), 2))
        if role.salaries:
            notes = Footnotes(index, lang)
            rows = []
            for s in role.salaries:
                rows.append(
                    [
                        s.region,
                        salary_full(s, lang) + notes.mark(s),
                        choice("experience", s.experience.value, lang),
                        s.measure.get(lang),
                    ]
                )
            doc.add(
                Table(
                    [
                        Column(t("region", lang), no_wrap=True),
                        Column(t("figures", lang), ratio=3, min_width=16),
                        Column(t("experience", lang), ratio=1, min_width=8),
                        Column(t("measure", lang), ratio=3, min_width=12),
                    ],
                    rows,
                    notes=notes.lines(),
                )
            )
        else:
            doc.add(Paragraph(dim(t("no_data", lang))))
        if role.salary_note:
            doc.add(Paragraph(dim(role.salary_note.get(lang))))
        if role.demand:
            doc.add(Heading(t("demand", lang), 2))
            for d in role.demand:
                source = index.sources[d.source].short
                text = (
                    f"{d.region}: {number(d.value, lang)} - {d.measure.get(lang)} "
                    f"({source}, {d.year})"
                )
                if d.basis:
                    text += f"; {t('basis', lang).lower()}: {d.basis.get(lang)}"
                doc.add(Paragraph(text))
        code_rows = []
        for key, label in (
            ("soc", "SOC / O*NET-SOC"),
            ("isco", "ISCO-08"),
            ("esco", "ESCO"),
            ("rome", "ROME 4.0"),
        ):
            for code in getattr(role.codes, key):
                closest = f" ({t('closest', lang)})" if code.closest else ""
                code_rows.append([label, code.code, code.label + closest])
        doc.add(Heading(t("codes", lang), 2))
        if code_rows:
            doc.add(
                Table(
                    [
                        Column(t("classification", lang), no_wrap=True),
                        Column(t("code", lang), ratio=2, min_width=10),
                        Column(t("title", lang), ratio=3, min_width=12),
                    ],
                    code_rows,
                )
            )
        else:
            doc.add(Paragraph(dim(t("no_code", lang))))
        if role.related:
            doc.add(Heading(t("related_roles", lang), 2))
            doc.add(Bullets([f"{index.roles.items[r].name.get(lang)} ({r})" for r in role.related]))
        return doc

    def data(self) -> Any:
        role, index = self.role, self.cat
        skills = []
        for need in role.skills:
            skill = index.skills.items[need.skill]
            skills.append(
                {
                    **ref_json(skill),
                    "category": skill.category.value,
                    "importance": need.importance.value,
                    "level": need.level,
                }
            )
        source_ids = dict.fromkeys(
            [*role.sources, *(s.source for s in role.salaries), *(d.source for d in role.demand)]
        )
        for group in (role.codes.soc, role.codes.isco, role.codes.esco, role.codes.rome):
            source_ids.update(dict.fromkeys(c.source for c in group))
        return {
            "id": role.id,
            "name": to_json(role.name),
            "aliases": list(role.aliases),
            "family": ref_json(index.families[role.family]),
            "summary": to_json(role.summary),
            "missions": to_json(role.missions),
            "skills": skills,
            "tools": [ref_json(index.skills.items[x]) for x in role.tools],
            "applications": [ref_json(index.applications.items[a]) for a in role.applications],
            "education": to_json(role.education),
            "salaries": [salary_json(s, index) for s in role.salaries],
            "salary_note": to_json(role.salary_note),
            "demand": to_json(role.demand),
            "codes": to_json(role.codes),
            "related": [ref_json(index.roles.items[r]) for r in role.related],
            "sources": [source_json(index.sources[s]) for s in source_ids],
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        header = ["role", "skill", "name", "category", "importance", "level"]
        rows: list[list[Any]] = []
        for need in self.role.skills:
            skill = self.cat.skills.items[need.skill]
            rows.append(
                [
                    self.role.id,
                    skill.id,
                    skill.name.get(lang),
                    skill.category.value,
                    need.importance.value,
                    need.level,
                ]
            )
        return header, rows


# --------------------------------------------------------------------------- rank


class RankView(NamedTuple):
    """`careers rank`: roles by pay, demand or breadth of skills."""

    cat: Index
    ranking: Ranking

    def document(self, lang: Lang) -> Document:
        r = self.ranking
        notes = Footnotes(self.cat, lang)
        rows: list[list[Any]] = []
        biggest = max((row.value or 0 for row in r.rows), default=0)
        for row in r.rows:
            name = Styled(row.role.name.get(lang), "bold")
            position = str(row.position) if row.position is not None else ""
            if row.value is None:
                rows.append([position, name, dim(t("no_data", lang)), ""])
                continue
            if r.by is RankBy.SALARY:
                assert row.salary is not None
                value = f"{number(row.value, lang)} {row.salary.currency}" + notes.mark(row.salary)
                bar = pay_bar(row.salary, r.low or 0, r.high or 0)
            elif r.by is RankBy.DEMAND:
                assert row.demand is not None
                value = number(row.value, lang)
                bar = "█" * max(1, round(24 * row.value / biggest)) if biggest else ""
            else:
                value = str(int(row.value))
                bar = "█" * max(1, round(24 * row.value / biggest)) if biggest else ""
            rows.append([position, name, value, Styled(bar, "cyan")])
        if r.by is RankBy.SALARY:
            title = t(
                "rank_salary_title",
                lang,
                measure=choice("measure", r.measure.value, lang),
                region=r.region,
            )
            value_header = choice("measure", r.measure.value, lang)
            scale = ""
            if r.low is not None and r.high is not None:
                scale = t("rank_scale", lang, low=number(r.low, lang), high=number(r.high, lang))
            extra = [scale, t("rank_rule", lang)] if scale else [t("rank_rule", lang)]
            if len({row.salary.source for row in r.rows if row.salary is not None}) > 1:
                extra.append(t("rank_mixed", lang))
        elif r.by is RankBy.DEMAND:
            title = t("rank_demand_title", lang, region=r.region)
            value_header = t("employment", lang)
            extra = [t("rank_rule", lang)]
            for row in r.rows:
                if row.demand is not None:
                    source = self.cat.sources[row.demand.source]
                    notes.sources.add(source.id)
                    basis = f" ({row.demand.basis.get(lang)})" if row.demand.basis else ""
                    extra.append(
                        f"{row.role.id}: {row.demand.measure.get(lang)}, "
                        f"{source.short} {row.demand.year}{basis}"
                    )
        else:
            title = t("rank_skills_title", lang)
            value_header = t("skills", lang)
            extra = [t("rank_rule", lang)]
        columns = [
            Column("#", justify="right", no_wrap=True),
            Column(t("role", lang), ratio=3, min_width=12),
            Column(value_header, justify="right", no_wrap=True),
            Column("", no_wrap=True),
        ]
        if r.source:
            title += f" - {self.cat.sources[r.source].short}"
        return Document([Table(columns, rows, title=title, notes=notes.lines() + extra)])

    def data(self) -> Any:
        r = self.ranking
        return {
            "by": r.by.value,
            "region": r.region,
            "measure": r.measure.value,
            "source": r.source,
            "scale": {"low": r.low, "high": r.high},
            "roles": [
                {
                    "position": row.position,
                    "id": row.role.id,
                    "name": to_json(row.role.name),
                    "family": row.role.family,
                    "value": row.value,
                    "salary": salary_json(row.salary, self.cat),
                    "demand": to_json(row.demand),
                }
                for row in r.rows
            ],
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        header = [
            "position",
            "id",
            "name",
            "family",
            "value",
            "currency",
            "source",
            "year",
            "basis",
            "p10",
            "median",
            "p90",
            "low",
            "high",
        ]
        rows = []
        for row in self.ranking.rows:
            s = row.salary
            source = s.source if s else (row.demand.source if row.demand else None)
            year = s.year if s else (row.demand.year if row.demand else None)
            basis = s.basis if s else (row.demand.basis if row.demand else None)
            rows.append(
                [
                    row.position,
                    row.role.id,
                    row.role.name.get(lang),
                    row.role.family,
                    row.value,
                    s.currency if s else None,
                    source,
                    year,
                    basis.get(lang) if basis else None,
                    s.p10 if s else None,
                    s.median if s else None,
                    s.p90 if s else None,
                    s.low if s else None,
                    s.high if s else None,
                ]
            )
        return header, rows


# --------------------------------------------------------------------------- compare


def _need_text(need: Any, lang: Lang) -> Any:
    if need is None:
        return dim("-")
    mark = (
        t("essential_mark", lang)
        if need.importance is Importance.ESSENTIAL
        else t("optional_mark", lang)
    )
    style = "bold" if need.importance is Importance.ESSENTIAL else ""
    return Styled(f"{level_bar(need.level)} {need.level}{mark}", style)


class CompareView(NamedTuple):
    """`careers compare A B ...`: roles side by side."""

    cat: Index
    comparison: Comparison

    def document(self, lang: Lang) -> Document:
        c, index = self.comparison, self.cat
        doc = Document()
        doc.add(
            Heading(t("compare_title", lang, names=" / ".join(r.name.get(lang) for r in c.roles)))
        )
        head = [Column("", no_wrap=True)] + [
            Column(r.name.get(lang), ratio=1, min_width=10) for r in c.roles
        ]
        notes = Footnotes(index, lang)
        overview: list[list[Any]] = [
            [t("family", lang), *(index.families[r.family].name.get(lang) for r in c.roles)],
            [
                t("degree", lang),
                *(
                    choice("degree", r.education.degree.value, lang)
                    + (" (" + t("phd_common_short", lang) + ")" if r.education.phd_common else "")
                    for r in c.roles
                ),
            ],
            [t("skills", lang), *(str(len(r.skills)) for r in c.roles)],
            [
                t("us_median", lang),
                *(
                    salary_compact(headline(r, "US"), lang, "USD") + notes.mark(headline(r, "US"))
                    for r in c.roles
                ),
            ],
            [
                t("fr_range", lang),
                *(
                    salary_compact(headline(r, "FR"), lang, "EUR") + notes.mark(headline(r, "FR"))
                    for r in c.roles
                ),
            ],
        ]
        doc.add(Table(head, overview, notes=notes.lines()))
        doc.add(Heading(t("overlap", lang), 2))
        doc.add(
            Bullets(
                [
                    f"{index.roles.items[a].name.get(lang)} / "
                    f"{index.roles.items[b].name.get(lang)}: {pct(v, lang)}"
                    for (a, b), v in c.overlaps.items()
                ]
            )
        )
        doc.add(Paragraph(dim(t("overlap_rule", lang))))
        doc.add(Heading(t("skills", lang), 2))
        rows: list[list[Any]] = []
        for row in c.skills:
            rows.append([row.skill.name.get(lang), *(_need_text(n, lang) for n in row.needs)])
        doc.add(
            Table(
                [Column(t("skill", lang), ratio=2, min_width=12)]
                + [Column(r.name.get(lang), no_wrap=True) for r in c.roles],
                rows,
                notes=[t("compare_legend", lang)],
            )
        )
        doc.add(Heading(t("tools", lang), 2))
        tool_rows = [
            (t("shared", lang), ", ".join(s.name.get(lang) for s in c.tools_shared) or "-")
        ]
        for role in c.roles:
            only = c.tools_only.get(role.id, [])
            tool_rows.append(
                (
                    t("only_in", lang, name=role.name.get(lang)),
                    ", ".join(s.name.get(lang) for s in only) or "-",
                )
            )
        doc.add(Fields(tool_rows))
        return doc

    def data(self) -> Any:
        c = self.comparison
        return {
            "roles": [ref_json(r) for r in c.roles],
            "overlap": [{"a": a, "b": b, "score": round(v, 4)} for (a, b), v in c.overlaps.items()],
            "skills": [
                {
                    **ref_json(row.skill),
                    "needs": {
                        r.id: (
                            None
                            if n is None
                            else {"importance": n.importance.value, "level": n.level}
                        )
                        for r, n in zip(c.roles, row.needs, strict=True)
                    },
                }
                for row in c.skills
            ],
            "tools": {
                "shared": [s.id for s in c.tools_shared],
                "only": {k: [s.id for s in v] for k, v in c.tools_only.items()},
            },
            "education": {r.id: to_json(r.education) for r in c.roles},
            "salary_us": {r.id: salary_json(headline(r, "US"), self.cat) for r in c.roles},
            "salary_fr": {r.id: salary_json(headline(r, "FR"), self.cat) for r in c.roles},
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        c = self.comparison
        header = ["skill", "name"]
        for r in c.roles:
            header += [f"{r.id}_importance", f"{r.id}_level"]
        rows = []
        for row in c.skills:
            line: list[Any] = [row.skill.id, row.skill.name.get(lang)]
            for n in row.needs:
                line += [n.importance.value, n.level] if n else [None, None]
            rows.append(line)
        return header, rows
