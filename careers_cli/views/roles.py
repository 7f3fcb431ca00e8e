"""Views of roles: the list, one role's report, rankings and comparisons."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from careers_cli.catalogue import Index
from careers_cli.choices import RankBy
from careers_cli.i18n import choice, number, pct, t
from careers_cli.model import (
    MIN_SAMPLE,
    Experience,
    Importance,
    Lang,
    Role,
    Salary,
    SalaryKind,
    SourceKind,
)
from careers_cli.pay import demand_group, demand_kind, headline, headlines, kind_of, of_kind
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
    SourceTags,
    cited,
    dim,
    labelled,
    level_bar,
    pay_bar,
    ref_json,
    salary_full,
    salary_json,
    salary_labelled,
    source_json,
    spread,
    to_json,
    us_group_cell,
    us_role_cell,
)

if TYPE_CHECKING:  # `show` needs neither the explorer nor the list's compiled rows
    from careers_cli.explore import Comparison, RankBlock, Ranked, Ranking, RoleSummary
    from careers_cli.listing import Listing, ListTexts

# --------------------------------------------------------------------------- list


def _marked(
    cell: str, source: str | None, salary: Salary | None, notes: Footnotes, on: bool
) -> Cell:
    """A salary cell of `list` (its figure from ``source``) with its footnote mark (when
    ``on``: the figure, ``salary``, is then given); dimmed when there is no figure."""
    return cell + notes.mark(salary, on) if source is not None else dim(cell)


def _tag(tags: SourceTags, source: str | None) -> None:
    """Counts a figure's source among those the notes under a table explain."""
    if source is not None:
        tags.tag(source)


def list_entry(row: RoleSummary, index: Index) -> dict[str, Any]:
    """One role of `careers list --format json`."""
    return {
        "id": row.role.id,
        "name": to_json(row.role.name),
        "family": {"id": row.family.id, "name": to_json(row.family.name)},
        "essential_skills": row.essential,
        "optional_skills": row.optional,
        "tools": list(row.tools),
        "salary_us": salary_json(row.us, index),
        "salary_us_group": salary_json(row.us_group, index),
        "salary_fr": salary_json(row.fr, index),
    }


def list_entry_text(row: RoleSummary, index: Index) -> str:
    """One role of `careers list --format json`, written (the compiled index keeps it)."""
    from careers_cli.render.json import fragment

    return fragment(list_entry(row, index))


GROUP_COLUMN = 5  # the position of the U.S. group (BLS) column of `list`


def list_texts(row: RoleSummary, index: Index, lang: Lang) -> ListTexts:
    """A row of the `list` table as text, without footnote marks, and the sources of its
    three figures (the compiled index keeps them, see careers_cli/listing.py)."""
    from careers_cli.listing import ListTexts

    tags = SourceTags(index, lang)
    cells = (
        row.role.name.get(lang),
        (row.family.short or row.family.name).get(lang),
        str(row.essential),
        ", ".join(name.get(lang) for name in row.top_tools),
        us_role_cell(row.us, lang, tags),
        us_group_cell(row.us_group, lang, tags),
        tags.cell(salary_labelled(row.fr, lang, "EUR"), row.fr),
    )
    figures = (row.fr, row.us_group, row.us)
    return ListTexts(cells, tuple(None if s is None else s.source for s in figures))


class UnshownPay(NamedTuple):
    """A region whose medians kept (``--min-salary``) or ordered (``--sort salary``) the
    rows of `list` while the table has no column for it."""

    region: str
    kept: bool
    ordered: bool


class ListView:
    """`careers list`: the catalogue's roles, one line each."""

    __slots__ = ("index", "listing", "notes", "pay_region", "_texts")

    def __init__(
        self,
        index: Index,
        listing: Listing,
        notes: bool = False,
        pay_region: UnshownPay | None = None,
    ) -> None:
        self.index = index
        self.listing = listing
        self.notes = notes  # --notes: every figure's basis and citation under the table
        # the region whose medians kept or ordered the rows, when no column shows them
        self.pay_region = pay_region
        self._texts: dict[Lang, list[ListTexts]] = {}  # (read once: a narrow table is remade)

    @property
    def rows(self) -> list[RoleSummary]:
        return self.listing.summaries()

    def document(self, lang: Lang) -> Document:
        return Document([self._table(lang)])

    def _table(self, lang: Lang, hidden: frozenset[int] = frozenset()) -> Table:
        """The table; without the U.S. group column (position 5) when a narrow terminal
        leaves it out, so that no note or notice of its figures is left under the table."""
        tags, notes = SourceTags(self.index, lang), Footnotes(self.index, lang)
        summaries = self.rows if self.notes else None  # (the figures of the footnotes)
        if lang not in self._texts:
            self._texts[lang] = self.listing.texts(self.index, lang)
        table_rows: list[list[Any]] = []
        used: dict[str | None, None] = {}  # the figures' sources, in the order first met
        for n, (cells, (fr, group, us)) in enumerate(self._texts[lang]):
            row = summaries[n] if summaries is not None else None
            us_fig, group_fig, fr_fig = (row.us, row.us_group, row.fr) if row else (None,) * 3
            used[fr] = None
            group_cell: Cell = ""
            if GROUP_COLUMN not in hidden:
                used[group] = None
                group_cell = _marked(cells[5], group, group_fig, notes, self.notes)
            used[us] = None
            table_rows.append(
                [
                    Styled(cells[0], "bold"),
                    *cells[1:4],
                    _marked(cells[4], us, us_fig, notes, self.notes),
                    group_cell,
                    _marked(cells[6], fr, fr_fig, notes, self.notes),
                ]
            )
        for source in used:
            _tag(tags, source)
        table = Table(
            columns=[
                Column(t("role", lang), ratio=2, min_width=26),
                Column(t("family", lang), no_wrap=True, drop=2),
                Column(t("essential_short", lang), justify="right", no_wrap=True, drop=3),
                Column(t("top_tools", lang), ratio=2, min_width=36, drop=1),
                Column(t("us_role_short", lang), justify="right", no_wrap=True),
                Column(t("us_group", lang), justify="right", no_wrap=True, drop=4),
                Column(t("fr_range", lang), ratio=3, min_width=20),
            ],
            rows=table_rows,
            title=t("roles_count", lang, n=len(table_rows)),
            notes=self._pay_note(lang)
            + (notes.lines() if self.notes else [])
            + tags.lines(self.notes),
            rebuild=lambda hide: self._table(lang, hide) if GROUP_COLUMN in hide else table,
        )
        return table

    def _pay_note(self, lang: Lang) -> list[str]:
        """Which figures ordered or filtered the rows, when the table has no column for
        them (a reader must not take the order for one of the columns shown)."""
        if self.pay_region is None:
            return []
        region, kept, ordered = self.pay_region
        if kept and ordered:
            return [t("list_pay_unshown_both", lang, region=region)]
        return [
            t("list_pay_unshown_floor" if kept else "list_pay_unshown_sort", lang, region=region)
        ]

    def notes_said(self, lang: Lang) -> list[str]:
        """The notes the table prints that CSV has no place for (said on stderr)."""
        return self._pay_note(lang)

    def _notes_json(self) -> dict[str, Any]:
        """``notes`` for JSON, when there is one: the pay note, as data and in both
        languages (JSON holds the U.S. and French figures only, as the table does)."""
        if self.pay_region is None:
            return {}
        region, kept, ordered = self.pay_region
        text = {lang.value: self._pay_note(lang)[0] for lang in Lang}
        note = {"about": "pay_region", "region": region, "kept": kept, "ordered": ordered}
        return {"notes": [{**note, "text": text}]}

    def data(self) -> Any:
        return {"roles": [list_entry(row, self.index) for row in self.rows], **self._notes_json()}

    def json_text(self) -> str:
        """``--format json``, from the entries the compiled index keeps (or written now):
        the same text as rendering :meth:`data`."""
        from careers_cli.render.json import render_items

        entries = self.listing.json_entries()
        if entries is None:
            entries = [list_entry_text(row, self.index) for row in self.rows]
        return render_items("roles", entries, self._notes_json())

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
            "us_n",
            "us_group_median",
            "us_group",
            "us_group_source",
            "fr_low",
            "fr_median",
            "fr_mean",
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
                    ";".join(row.tools),
                    us.median if us else None,
                    us.currency if us else None,
                    us.year if us else None,
                    us.basis.get(lang) if us and us.basis else None,
                    us.source if us else None,
                    us.sample if us else None,
                    row.us_group.median if row.us_group else None,
                    row.us_group.group if row.us_group else None,
                    row.us_group.source if row.us_group else None,
                    spread(fr)[0] if fr else None,
                    fr.median if fr else None,
                    fr.mean if fr else None,
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


class ShowView:
    """`careers show ROLE`: everything the catalogue knows about one role."""

    __slots__ = ("index", "role", "region")

    def __init__(self, index: Index, role: Role, region: str | None = None) -> None:
        self.index = index
        self.role = role
        self.region = region  # --region: this region's figures first

    def salaries(self) -> list[Salary]:
        """The role's figures in catalogue order, with --region's first."""
        first = [s for s in self.role.salaries if s.region == self.region]
        return first + [s for s in self.role.salaries if s.region != self.region]

    def _pay(self, doc: Document, lang: Lang) -> None:
        """The salary table (every figure, its kind and n), the medians by level, the note."""
        role, index = self.role, self.index
        doc.add(Heading(t("salaries", lang), 2))
        if role.salaries:
            notes = Footnotes(index, lang)
            rows = []
            for s in self.salaries():
                sample = f" (n = {number(s.sample, lang)})" if s.sample is not None else ""
                rows.append(
                    [
                        s.region,
                        choice("salary_kind", kind_of(index, s).value, lang),
                        salary_full(s, lang) + sample + notes.mark(s),
                        choice("experience", s.experience.value, lang),
                        s.measure.get(lang),
                    ]
                )
            doc.add(
                Table(
                    [
                        Column(t("region", lang), no_wrap=True),
                        Column(t("kind", lang), no_wrap=True),
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
        levels = self._levels(lang)
        if levels:
            doc.add(Heading(t("by_experience", lang), 2))
            doc.add(Fields(levels))
            doc.add(Paragraph(dim(t("by_experience_rule", lang, n=MIN_SAMPLE))))
        if role.salary_note:
            doc.add(Paragraph(dim(role.salary_note.get(lang))))

    def _levels(self, lang: Lang) -> list[tuple[str, Cell]]:
        """Per region, the index's entry / mid / senior medians with their n."""
        out: list[tuple[str, Cell]] = []
        regions = dict.fromkeys(s.region for s in self.salaries())
        for region in regions:
            parts = []
            for level in (Experience.ENTRY, Experience.MID, Experience.SENIOR):
                found = [
                    s
                    for s in of_kind(self.index, self.role, region, SalaryKind.ROLE, level)
                    if self.index.sources[s.source].kind is SourceKind.INDEX and s.median
                ]
                if found:
                    s = found[0]
                    assert s.median is not None and s.sample is not None
                    parts.append(
                        f"{choice('experience', level.value, lang)} "
                        f"{number(s.median, lang)} {s.currency}"
                        f" (n = {number(s.sample, lang)})"
                    )
            if parts:
                out.append((region, " · ".join(parts)))
        return out

    def _skills(self, importance: Importance, lang: Lang) -> list[list[Any]]:
        rows: list[list[Any]] = []
        needs = [need for need in self.role.skills if need.importance is importance]
        for need, skill in zip(needs, self.index.skills.many(n.skill for n in needs), strict=True):
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
        doc = Document()
        for part in (
            self._summary,
            self._skill_tables,
            self._tools,
            self._education,
            self._pay,
            self._demand,
            self._codes,
            self._related,
        ):
            part(doc, lang)
        return doc

    def _summary(self, doc: Document, lang: Lang) -> None:
        """The name, the facts (family, id, other language, aliases), summary, missions."""
        role, index = self.role, self.index
        doc.add(Heading(role.name.get(lang)))
        other = role.name.fr if lang is Lang.EN else role.name.en
        family = index.families[role.family].name.get(lang)
        facts = [(t("family", lang), family), (t("id_label", lang), role.id)]
        if other != role.name.get(lang):
            facts.append((t("other_language", lang), other))
        if role.aliases:
            facts.append((t("aliases", lang), ", ".join(role.aliases)))
        doc.add(Fields(facts))
        doc.add(Paragraph(role.summary.get(lang)))
        doc.add(Heading(t("missions", lang), 2))
        doc.add(Bullets(list(role.missions.get(lang))))

    def _skill_tables(self, doc: Document, lang: Lang) -> None:
        """The essential, then the optional skills, each with its level."""
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

    def _tools(self, doc: Document, lang: Lang) -> None:
        """The tools (hot ones marked) and the applications."""
        role, index = self.role, self.index
        if role.tools:
            doc.add(Heading(t("tools", lang), 2))
            hot = f" ({t('hot_mark', lang)})"
            tools = index.skills.many(role.tools)
            doc.add(Paragraph(", ".join(s.name.get(lang) + (hot if s.hot else "") for s in tools)))
        if role.applications:
            doc.add(Heading(t("applications", lang), 2))
            doc.add(Bullets([a.name.get(lang) for a in index.applications.many(role.applications)]))

    def _education(self, doc: Document, lang: Lang) -> None:
        doc.add(Heading(t("education", lang), 2))
        edu = self.role.education
        edu_rows = [
            (t("degree", lang), choice("degree", edu.degree.value, lang)),
            (t("phd_common", lang), t("yes" if edu.phd_common else "no", lang)),
        ]
        if edu.fields:
            edu_rows.append((t("fields", lang), edu.fields.get(lang)))
        if edu.note:
            edu_rows.append((t("note", lang), edu.note.get(lang)))
        doc.add(Fields(edu_rows))

    def _demand(self, doc: Document, lang: Lang) -> None:
        role, index = self.role, self.index
        if role.demand:
            doc.add(Heading(t("demand", lang), 2))
            for d in role.demand:
                source = cited(index.sources[d.source], d.year, lang)
                figure = f"{number(d.value, lang)} - {d.measure.get(lang)} ({source})"
                text = labelled(d.region, figure, lang)
                group = demand_group(index, role, d)
                if group is not None:
                    text += t("then", lang) + labelled(t("group", lang).lower(), group, lang)
                if d.basis:
                    basis = labelled(t("basis", lang).lower(), d.basis.get(lang), lang)
                    text += t("then", lang) + basis
                doc.add(Paragraph(text))

    def _codes(self, doc: Document, lang: Lang) -> None:
        """The role's codes in each classification (SOC, ISCO, ESCO, ROME)."""
        role = self.role
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

    def _related(self, doc: Document, lang: Lang) -> None:
        role, index = self.role, self.index
        if role.related:
            doc.add(Heading(t("related_roles", lang), 2))
            related = index.roles.many(role.related)
            doc.add(Bullets([f"{r.name.get(lang)} ({r.id})" for r in related]))

    def data(self) -> Any:
        role, index = self.role, self.index
        skills = []
        for need, skill in zip(
            role.skills, index.skills.many(n.skill for n in role.skills), strict=True
        ):
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
            "tools": [ref_json(x) for x in index.skills.many(role.tools)],
            "applications": [ref_json(a) for a in index.applications.many(role.applications)],
            "education": to_json(role.education),
            "salaries": [salary_json(s, index) for s in self.salaries()],
            "salary_note": to_json(role.salary_note),
            "demand": [
                {
                    **to_json(d),
                    "kind": demand_kind(index, d).value,
                    "group": demand_group(index, role, d),
                }
                for d in role.demand
            ],
            "codes": to_json(role.codes),
            "related": [ref_json(r) for r in index.roles.many(role.related)],
            "sources": [source_json(index.sources[s]) for s in source_ids],
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        header = ["role", "skill", "name", "category", "importance", "level"]
        rows: list[list[Any]] = []
        needs = self.role.skills
        for need, skill in zip(needs, self.index.skills.many(n.skill for n in needs), strict=True):
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


def _without_no_data(block: RankBlock, region: str, lang: Lang) -> tuple[RankBlock, list[str]]:
    """The "not ranked" block without its roles that have no figure at all, and the line
    that counts them (3,007 rows of "no data" say less than one line; JSON lists them)."""
    from careers_cli.explore import Section

    if block.section is not Section.MISSING:
        return block, []
    kept = [row for row in block.rows if row.salary is not None]
    hidden = len(block.rows) - len(kept)
    if not hidden:
        return block, []
    line = t("rank_no_data_count", lang, n=hidden, shown=number(hidden, lang), region=region)
    return block._replace(rows=kept), [line]


class RankView:
    """`careers rank`: roles by pay, demand or breadth of skills, one kind of figure per block."""

    __slots__ = ("index", "ranking", "notes")

    def __init__(self, index: Index, ranking: Ranking, notes: bool = False) -> None:
        self.index = index
        self.ranking = ranking
        self.notes = notes  # --notes: every figure's basis and citation

    def document(self, lang: Lang) -> Document:
        from careers_cli.explore import Section

        r = self.ranking
        tags, notes = SourceTags(self.index, lang), Footnotes(self.index, lang)
        doc = Document()
        blocks = [b for b in r.blocks if b.rows or b.section is not Section.GROUP_ONLY]
        for n, block in enumerate(blocks):
            last = n == len(blocks) - 1
            block, unlisted = _without_no_data(block, self.ranking.region, lang)
            extra = self._extra(lang, tags) if last else []
            if last:
                extra = (notes.lines() if self.notes else []) + tags.lines(self.notes) + extra
            extra = unlisted + extra
            if block.rows:
                doc.add(self._table(block, lang, tags, notes, extra))
                continue
            title = self._title(block, lang)  # with only roles without a figure: their count
            # a kind the region has no figure of: say so rather than an empty table
            doc.add(Paragraph(title if unlisted else labelled(title, t("no_data", lang), lang)))
            if extra:
                doc.add(Paragraph(dim("\n".join(extra))))
        return doc

    def _table(
        self, block: RankBlock, lang: Lang, tags: SourceTags, notes: Footnotes, extra: list[str]
    ) -> Table:
        from careers_cli.explore import Section

        r = self.ranking
        sources = {f.source for row in block.rows if (f := row.salary or row.demand) is not None}
        one = self.index.sources[sources.pop()] if len(sources) == 1 else None
        header_tag = None
        if one is not None:  # demand cells carry no tag: the header's explains the source
            header_tag = tags.tag(one.id) if r.by is RankBy.DEMAND else (one.tag or one.short)
        biggest = max((row.value or 0 for row in block.rows), default=0)
        rows: list[list[Any]] = []
        for row in block.rows:
            rows.append(self._row(row, block, lang, tags, notes, header_tag, biggest))
        value_header = self._value_header(lang)
        if (
            header_tag is not None
            and r.by is not RankBy.SKILLS
            and block.section is not Section.MISSING
        ):
            value_header += f" ({header_tag})"
        # the unranked block says in words what a role has instead: it wraps
        value = (
            Column(value_header, ratio=2, min_width=12)
            if block.section is Section.MISSING
            else Column(value_header, justify="right", no_wrap=True)
        )
        # narrow terminal: the bars go first (they draw the figure beside them), then the
        # group a role's figure is read from; a group's roles stay (they are the answer)
        columns = [
            Column("#", justify="right", no_wrap=True),
            Column(t("group" if block.section is Section.GROUPS else "role", lang), ratio=3),
            value,
            Column("", no_wrap=True, drop=1, called=t("rank_bars", lang)),
        ]
        if block.section is Section.GROUP_ONLY:
            columns.append(Column(t("group", lang), ratio=3, min_width=12, drop=2))
        elif block.section is Section.GROUPS:
            columns.append(Column(t("roles", lang), ratio=3, min_width=12))
        return Table(columns, rows, title=self._title(block, lang), notes=extra)

    def _row(
        self,
        row: Ranked,
        block: RankBlock,
        lang: Lang,
        tags: SourceTags,
        notes: Footnotes,
        header_tag: str | None,
        biggest: float,
    ) -> list[Any]:
        from careers_cli.explore import Section

        r = self.ranking
        position = str(row.position) if row.position is not None else ""
        if block.section is Section.GROUPS:
            name = Styled(row.group or row.role.name.get(lang), "bold")
        else:
            name = Styled(row.role.name.get(lang), "bold")
        if row.value is None:
            shown = salary_labelled(row.salary, lang, "") if row.salary is not None else ""
            text = t("rank_unranked", lang, figure=shown) if shown else t("no_data", lang)
            return [position, name, dim(tags.cell(text, row.salary)), ""]
        if r.by is RankBy.SALARY:
            assert row.salary is not None
            value = f"{number(row.value, lang)} {row.salary.currency}"
            if row.salary.sample is not None:
                value += f" ({number(row.salary.sample, lang)})"
            value = tags.cell(value, row.salary, header_tag) + notes.mark(row.salary, self.notes)
            bar = pay_bar(row.salary, r.low or 0, r.high or 0)
        else:
            value = number(row.value, lang) if r.by is RankBy.DEMAND else str(int(row.value))
            bar = "█" * max(1, round(24 * row.value / biggest)) if biggest else ""
        cells: list[Any] = [position, name, value, Styled(bar, "cyan")]
        if block.section is Section.GROUP_ONLY:
            cells.append(dim((row.salary.group or "") if row.salary else ""))
        elif block.section is Section.GROUPS:
            cells.append(", ".join(m.name.get(lang) for m in row.members))
        return cells

    def _value_header(self, lang: Lang) -> str:
        r = self.ranking
        if r.by is RankBy.SALARY:
            return choice("measure", r.measure.value, lang)
        return t("employment" if r.by is RankBy.DEMAND else "skills", lang)

    def _title(self, block: RankBlock, lang: Lang) -> str:
        from careers_cli.explore import Section

        r = self.ranking
        if r.by is RankBy.DEMAND:
            return choice("rank_demand", block.section.value, lang, region=r.region)
        if r.by is RankBy.SKILLS:
            return t("rank_skills_title", lang)
        words: dict[str, object] = {
            "measure": choice("measure", r.measure.value, lang).lower(),
            "region": r.region,
        }
        section = block.section.value
        if r.experience is None:
            title = choice("rank_section", section, lang, **words)
        else:  # the index's medians by level only (see pick_figure), unless --source
            words |= {"level": choice("experience", r.experience.value, lang), "n": MIN_SAMPLE}
            if r.source is None or self.index.sources[r.source].kind is SourceKind.INDEX:
                title = choice("rank_section_level", section, lang, **words)
            else:
                title = choice("rank_section_level_source", section, lang, **words)
        title = title[0].upper() + title[1:]
        if r.source and block.section in (Section.SOURCE, Section.GROUPS):
            title += f" - {self.index.sources[r.source].short}"
        return title

    def _extra(self, lang: Lang, tags: SourceTags) -> list[str]:
        r = self.ranking
        extra = []
        if r.by is RankBy.SALARY and r.low is not None and r.high is not None:
            extra.append(t("rank_scale", lang, low=number(r.low, lang), high=number(r.high, lang)))
        extra.append(t("rank_rule", lang))
        if r.by is RankBy.DEMAND:
            extra += self._demand_notes(lang, tags)
        return extra

    def _demand_notes(self, lang: Lang, tags: SourceTags) -> list[str]:
        """What each source counts, once; with --notes, each role's basis."""
        said: dict[str, None] = {}
        bases = []
        for row in self.ranking.rows:
            if row.demand is None:
                continue
            tags.tag(row.demand.source)  # its tag and notice go under the table
            source = cited(self.index.sources[row.demand.source], row.demand.year, lang)
            said[labelled(row.demand.measure.get(lang), source, lang)] = None
            for member in row.members or (row.role,):
                found = next((d for d in member.demand if d.region == row.demand.region), None)
                if self.notes and found is not None and found.basis is not None:
                    bases.append(labelled(member.id, found.basis.get(lang), lang))
        return list(said) + bases

    def data(self) -> Any:
        r = self.ranking
        return {
            "by": r.by.value,
            "region": r.region,
            "measure": r.measure.value,
            "source": r.source,
            "kind": r.kind.value if r.kind is not None else None,
            "experience": r.experience.value if r.experience is not None else None,
            "scale": {"low": r.low, "high": r.high},
            "blocks": [
                {
                    "section": block.section.value,
                    "kind": block.kind.value if block.kind is not None else None,
                    "roles": [self._row_json(row, block) for row in block.rows],
                }
                for block in r.blocks
            ],
            "roles": [self._row_json(row, block) for block in r.blocks for row in block.rows],
        }

    def _row_json(self, row: Ranked, block: RankBlock) -> dict[str, Any]:
        return {
            "position": row.position,
            "block": block.section.value,
            "id": row.role.id,
            "name": to_json(row.role.name),
            "family": row.role.family,
            "value": row.value,
            "salary": salary_json(row.salary, self.index),
            "demand": to_json(row.demand),
            "members": [m.id for m in row.members],
            "group": row.group,
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        header = [
            "block",
            "position",
            "id",
            "name",
            "family",
            "value",
            "currency",
            "kind",
            "source",
            "year",
            "n",
            "experience",
            "group",
            "basis",
            "p10",
            "median",
            "p90",
            "low",
            "high",
        ]
        rows = []
        for block in self.ranking.blocks:
            rows += self._records(block, lang)
        return header, rows

    def _records(self, block: RankBlock, lang: Lang) -> list[list[Any]]:
        rows = []
        for row in block.rows:
            s = row.salary
            source = s.source if s else (row.demand.source if row.demand else None)
            year = s.year if s else (row.demand.year if row.demand else None)
            basis = s.basis if s else (row.demand.basis if row.demand else None)
            rows.append(
                [
                    block.section.value,
                    row.position,
                    row.role.id,
                    row.role.name.get(lang),
                    row.role.family,
                    row.value,
                    s.currency if s else None,
                    kind_of(self.index, s).value if s else None,
                    source,
                    year,
                    s.sample if s else None,
                    s.experience.value if s else None,
                    s.group if s else row.group,
                    basis.get(lang) if basis else None,
                    s.p10 if s else None,
                    s.median if s else None,
                    s.p90 if s else None,
                    s.low if s else None,
                    s.high if s else None,
                ]
            )
        return rows


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


class CompareView:
    """`careers compare A B ...`: roles side by side."""

    __slots__ = ("index", "comparison", "notes")

    def __init__(self, index: Index, comparison: Comparison, notes: bool = False) -> None:
        self.index = index
        self.comparison = comparison
        self.notes = notes  # --notes: every figure's basis and citation

    def _pay_rows(self, lang: Lang, tags: SourceTags, notes: Footnotes) -> list[list[Any]]:
        """U.S. role-level and group figures on separate lines, then France: never one line
        with two kinds."""
        roles, index, on = self.comparison.roles, self.index, self.notes
        us = [headlines(index, r, "US") for r in roles]
        fr = [headline(index, r, "FR", SalaryKind.ROLE) for r in roles]
        return [
            [
                t("us_role", lang),
                *(us_role_cell(h.role, lang, tags) + notes.mark(h.role, on) for h in us),
            ],
            [
                t("us_group", lang),
                *(us_group_cell(h.group, lang, tags) + notes.mark(h.group, on) for h in us),
            ],
            [
                t("fr_range", lang),
                *(tags.cell(salary_labelled(s, lang, "EUR"), s) + notes.mark(s, on) for s in fr),
            ],
        ]

    def document(self, lang: Lang) -> Document:
        c = self.comparison
        doc = Document()
        doc.add(
            Heading(t("compare_title", lang, names=" / ".join(r.name.get(lang) for r in c.roles)))
        )
        for part in (self._overview, self._overlaps, self._skill_table, self._tools):
            part(doc, lang)
        return doc

    def _overview(self, doc: Document, lang: Lang) -> None:
        """Family, degree, number of skills and pay, one column per role."""
        c, index = self.comparison, self.index
        tags = SourceTags(index, lang)
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
            *self._pay_rows(lang, tags, notes),
        ]
        doc.add(
            Table(
                head,
                overview,
                notes=(notes.lines() if self.notes else []) + tags.lines(self.notes),
            )
        )

    def _overlaps(self, doc: Document, lang: Lang) -> None:
        c, index = self.comparison, self.index
        doc.add(Heading(t("overlap", lang), 2))
        doc.add(
            Bullets(
                [
                    labelled(
                        f"{index.roles.items[a].name.get(lang)} / "
                        f"{index.roles.items[b].name.get(lang)}",
                        pct(v, lang),
                        lang,
                    )
                    for (a, b), v in c.overlaps.items()
                ]
            )
        )
        doc.add(Paragraph(dim(t("overlap_rule", lang))))

    def _skill_table(self, doc: Document, lang: Lang) -> None:
        """Every skill of the roles, with each role's level (or none)."""
        c = self.comparison
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

    def _tools(self, doc: Document, lang: Lang) -> None:
        """The tools all roles share, then those of one role only."""
        c = self.comparison
        doc.add(Heading(t("tools", lang), 2))
        tool_rows = [
            (t("shared", lang), ", ".join(s.name.get(lang) for s in c.tools_shared) or "-")
        ]
        names = {r.id: r.name.get(lang) for r in c.roles}
        for holders, tools in c.tools_some:
            label = t("only_in", lang, name=" + ".join(names[h] for h in holders))
            tool_rows.append((label, ", ".join(s.name.get(lang) for s in tools)))
        for role in c.roles:
            only = c.tools_only.get(role.id, [])
            tool_rows.append(
                (
                    t("only_in", lang, name=role.name.get(lang)),
                    ", ".join(s.name.get(lang) for s in only) or "-",
                )
            )
        doc.add(Fields(tool_rows))

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
                "some": [
                    {"roles": list(holders), "tools": [s.id for s in tools]}
                    for holders, tools in c.tools_some
                ],
            },
            "education": {r.id: to_json(r.education) for r in c.roles},
            "salary_us": {
                r.id: salary_json(headline(self.index, r, "US", SalaryKind.ROLE), self.index)
                for r in c.roles
            },
            "salary_us_group": {
                r.id: salary_json(headline(self.index, r, "US", SalaryKind.GROUP), self.index)
                for r in c.roles
            },
            "salary_fr": {
                r.id: salary_json(headline(self.index, r, "FR", SalaryKind.ROLE), self.index)
                for r in c.roles
            },
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
