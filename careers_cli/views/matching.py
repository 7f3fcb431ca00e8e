"""Views of matching: match tables, explanations, gap reports, next steps, neighbours, paths."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple

from careers_cli.catalogue import Index
from careers_cli.i18n import choice, decimal, pct, percent, t
from careers_cli.matching import (
    Contribution,
    Gap,
    GapKind,
    Match,
    Neighbour,
    NextResult,
    PathStep,
    Step,
    Suggestion,
)
from careers_cli.model import Importance, Lang, Role, Skill
from careers_cli.profile import Profile
from careers_cli.render.doc import (
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
    level_bar,
    pay_csv,
    ref_json,
    salary_json,
)

if TYPE_CHECKING:
    from careers_cli.cv import Found


def score_text(value: float, lang: Lang) -> str:
    """A score as printed: always one decimal, in the language's form (78.3, 78,3; 100.0),
    so that a column of scores lines up on the decimal mark."""
    return decimal(value, lang, 1)


def _score_columns(lang: Lang) -> list[Column]:
    """The readiness and fit columns of `match`, with their short headers for a narrow
    terminal ("prép.", "ress." in French: the table then fits 80 columns)."""
    pairs = [
        (t("readiness", lang), t("readiness_short", lang)),
        (t("fit", lang), t("fit_short", lang)),
    ]
    return [
        Column(header, justify="right", no_wrap=True, short=short if short != header else None)
        for header, short in pairs
    ]


def _score_style(value: float) -> str:
    return "bold green" if value >= 70 else "yellow" if value >= 40 else ""


def contribution_json(c: Contribution) -> dict[str, Any]:
    return {
        "skill": c.skill.id,
        "importance": c.importance.value,
        "weight": c.weight,
        "needed": c.needed,
        "have": c.have,
        "via": c.via.id if c.via else None,
        "via_level": c.via_level if c.via else None,
        "via_weight": c.via_weight if c.via else None,
        "credit": round(c.credit, 6),
        "points": round(c.points, 6),
        "specificity": round(c.specificity, 6),
        "fit_weight": round(c.fit_weight, 6),
        "fit_points": round(c.fit_points, 6),
    }


def _credit_text(c: Contribution, lang: Lang) -> str:
    if c.via is not None:
        return t(
            "via_related",
            lang,
            name=c.via.name.get(lang),
            level=c.via_level,
            weight=percent(score_text(c.via_weight * 100, lang), lang),
        )
    if not c.have:
        return t("missing_word", lang)
    if c.have >= c.needed:
        return t("full_credit", lang)
    return f"{c.have}/{c.needed}"


def _yours_text(c: Contribution, lang: Lang) -> str:
    """The person's level beside the one needed ("5/4", "2/3"), or how the skill counts
    when they lack it."""
    if c.via is not None or not c.have:
        return _credit_text(c, lang)
    return f"{c.have}/{c.needed}"


def _explain_row(c: Contribution, lang: Lang) -> list[Cell]:
    """One skill's line of the arithmetic, numbers in the language's form."""
    return [
        c.skill.name.get(lang),
        choice("importance", c.importance.value, lang),
        str(c.weight),
        str(c.needed),
        str(c.have) if c.have else "-",
        _credit_text(c, lang),
        decimal(c.credit, lang, 2),
        decimal(c.points, lang, 2),
        decimal(c.specificity, lang, 2),
        decimal(c.fit_points, lang, 2),
    ]


def explain_table(match: Match, lang: Lang) -> Table:
    """Every skill's contribution to the score and the fit, so the arithmetic can be
    checked by hand: points = weight × credit, fit points = weight × spec. × needed / 3 ×
    credit."""
    rows: list[list[Cell]] = [_explain_row(c, lang) for c in match.contributions]
    total_w = sum(c.weight for c in match.contributions)
    total_p = sum(c.points for c in match.contributions)
    fit_w = sum(c.fit_weight for c in match.contributions)
    fit_p = sum(c.fit_points for c in match.contributions)
    total: list[Cell] = [Styled(t("total", lang), "bold"), "", str(total_w), "", "", "", ""]
    total += [
        Styled(decimal(total_p, lang, 2), "bold"),
        "(" + decimal(fit_w, lang, 2) + ")",
        Styled(decimal(fit_p, lang, 2), "bold"),
    ]
    rows.append(total)
    # At 80 columns the importance goes first (the weight says it: 2 essential, 1
    # optional), then the credit (points / weight): the table stays a table.
    columns = [
        Column(t("skill", lang), ratio=3, min_width=12),
        Column(t("importance", lang), no_wrap=True, drop=1),
        Column(t("weight", lang), justify="right", no_wrap=True),
        Column(t("needed", lang), justify="right", no_wrap=True),
        Column(t("yours", lang), justify="right", no_wrap=True),
        Column(t("how", lang), ratio=2, min_width=10),
        Column(t("credit", lang), justify="right", no_wrap=True, drop=2),
        Column(t("points", lang), justify="right", no_wrap=True),
        Column(t("spec_short", lang), justify="right", no_wrap=True),
        Column(t("fit_points", lang), justify="right", no_wrap=True),
    ]
    notes = [
        t(
            "explain_total",
            lang,
            points=decimal(total_p, lang, 2),
            weights=total_w,
            score=score_text(match.score, lang),
        ),
        t(
            "explain_fit_total",
            lang,
            points=decimal(fit_p, lang, 2),
            weights=decimal(fit_w, lang, 2),
            fit=score_text(match.fit, lang),
        ),
        t("score_rule", lang),
        t("fit_rule", lang),
    ]
    return Table(columns, rows, notes=notes)


def _short_list(m: Match, lang: Lang) -> str:
    """The biggest gaps, as in JSON's ``missing`` and ``below``: "SQL (2/4)" when held
    below the level needed."""
    out = []
    for c in m.missing[:3]:
        name = c.skill.name.get(lang)
        out.append(f"{name} ({c.have}/{c.needed})" if c.have else name)
    return ", ".join(out) or "-"


def detected_json(found: Sequence[Found]) -> list[dict[str, Any]]:
    return [found_json(f) for f in found]


def detected_lines(index: Index, found: Sequence[Found], lang: Lang) -> list[str]:
    """The skills read from a text, one a line, for stderr: ``Python: 4 (“solid”) — “Python”``."""
    lines = [t("detected_title", lang)]
    for f in found:
        name = index.skills.items[f.skill_id].name.get(lang)
        level = found_level(f, None, lang)
        words = evidence(index, f, lang)
        lines.append(f"  {t('labelled', lang, label=name, text=level)} — {words}")
    return lines


def _explain_records(m: Match) -> tuple[list[str], list[list[Any]]]:
    """`match --explain` as records: one row per skill of the role."""
    header = [
        "role",
        "skill",
        "importance",
        "weight",
        "needed",
        "have",
        "via",
        "credit",
        "points",
        "specificity",
        "fit_points",
    ]
    return header, [
        [
            m.role.id,
            c.skill.id,
            c.importance.value,
            c.weight,
            c.needed,
            c.have,
            c.via.id if c.via else None,
            round(c.credit, 6),
            round(c.points, 6),
            round(c.specificity, 6),
            round(c.fit_points, 6),
        ]
        for c in m.contributions
    ]


@dataclass(frozen=True)
class MatchView:
    """`careers match`: every role scored, best first."""

    index: Index
    matches: list[Match]
    region: str
    explain: Match | None = None
    unknown: Sequence[str] = ()
    by: str = "readiness"
    detected: Sequence[Found] = ()

    def document(self, lang: Lang) -> Document:
        doc = Document()
        if self.explain is not None:
            m = self.explain
            doc.add(
                Heading(
                    t(
                        "explain_title",
                        lang,
                        name=m.role.name.get(lang),
                        score=score_text(m.score, lang),
                    )
                )
            )
            doc.add(explain_table(m, lang))
            return doc
        notes = Footnotes(self.index, lang)
        pay = PayColumns(self.region, [(m.salary, m.group_salary) for m in self.matches], lang)
        rows: list[list[Cell]] = []
        for i, m in enumerate(self.matches, 1):
            rows.append(
                [
                    str(i),
                    Styled(m.role.name.get(lang), "bold"),
                    Styled(score_text(m.score, lang), _score_style(m.score)),
                    Styled(score_text(m.fit, lang), _score_style(m.fit)),
                    f"{m.essential_covered}/{m.essential_total}",
                    _short_list(m, lang),
                    *pay.cells(m.salary, m.group_salary, notes),
                ]
            )
        columns = [
            Column("#", justify="right", no_wrap=True),
            Column(t("role", lang), ratio=3, min_width=12),
            *_score_columns(lang),
            Column(t("essential_short", lang), justify="right", no_wrap=True),
            Column(t("top_missing", lang), ratio=3, min_width=12, drop=1),
            *pay.columns(),
        ]
        doc.add(
            Table(
                columns,
                rows,
                title=t("match_title_by", lang, n=len(rows), by=choice("match_by", self.by, lang)),
                notes=[
                    *notes.lines(),
                    *pay.notes(),
                    *self._named_note(lang),
                    t("coverage_rule", lang),
                    t("score_rule", lang),
                    t("fit_rule", lang),
                ],
            )
        )
        return doc

    def _named_note(self, lang: Lang) -> list[str]:
        names = [m.role.name.get(lang) for m in self.matches if m.named]
        return [t("named_rule", lang, roles=", ".join(names))] if names else []

    def data(self) -> Any:
        def one(m: Match) -> dict[str, Any]:
            return {
                **ref_json(m.role),
                "score": round(m.score, 4),
                "fit": round(m.fit, 4),
                "named": m.named,
                "essential_covered": m.essential_covered,
                "essential_total": m.essential_total,
                "missing": [c.skill.id for c in m.missing if not c.have],
                "below": [c.skill.id for c in m.missing if c.have],
                "salary": salary_json(m.salary, self.index),
                "salary_group": salary_json(m.group_salary, self.index),
                "contributions": [contribution_json(c) for c in m.contributions],
            }

        if self.explain is not None:
            return {**one(self.explain), "detected": detected_json(self.detected)}
        return {
            "region": self.region,
            "by": self.by,
            "unknown": list(self.unknown),
            "detected": detected_json(self.detected),
            "roles": [one(m) for m in self.matches],
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        if self.explain is not None:
            return _explain_records(self.explain)
        header = [
            "rank",
            "id",
            "name",
            "score",
            "fit",
            "essential_covered",
            "essential_total",
            "missing",
            "below",
            "median",
            "currency",
            "source",
            "n",
            "group_median",
            "group",
            "group_source",
        ]
        rows = []
        for i, m in enumerate(self.matches, 1):
            rows.append(
                [
                    i,
                    m.role.id,
                    m.role.name.get(lang),
                    round(m.score, 2),
                    round(m.fit, 2),
                    m.essential_covered,
                    m.essential_total,
                    ";".join(c.skill.id for c in m.missing if not c.have),
                    ";".join(c.skill.id for c in m.missing if c.have),
                    *pay_csv(m.salary, m.group_salary, sample=True),
                ]
            )
        return header, rows


@dataclass(frozen=True)
class GapView:
    """`careers gap ROLE`: what you have, what is short, and a learning plan."""

    index: Index
    gap: Gap
    detected: Sequence[Found] = ()

    def document(self, lang: Lang) -> Document:
        m = self.gap.match
        doc = Document([Heading(t("gap_title", lang, name=m.role.name.get(lang)))])
        doc.add(
            Fields(
                [
                    (t("score", lang), score_text(m.score, lang) + " / 100"),
                    # a line of its own has room for the words a table header shortens
                    (t("essential_held", lang), f"{m.essential_covered}/{m.essential_total}"),
                ]
            )
        )
        for kind in GapKind:
            self._group(doc, kind, lang)
        self._plan(doc, lang)
        return doc

    def _group(self, doc: Document, kind: GapKind, lang: Lang) -> None:
        """One kind of gap (missing, below the level, ...): its skills and points left."""
        items = self.gap.groups[kind]
        doc.add(Heading(choice("gap_kind", kind.value, lang) + f" ({len(items)})", 2))
        if not items:
            doc.add(Paragraph(dim("-")))
            return
        rows: list[list[Cell]] = []
        total = sum(c.weight for c in self.gap.match.contributions)
        for c in items:
            essential = c.importance is Importance.ESSENTIAL
            mark = t("essential", lang) if essential else t("optional", lang)
            rows.append(
                [
                    c.skill.name.get(lang),
                    mark,
                    Styled(level_bar(c.needed), "cyan"),
                    _yours_text(c, lang),
                    # on the score's scale: the column adds up to 100 - score
                    decimal(c.gap / total * 100 if total else 0.0, lang, 1),
                ]
            )
        doc.add(
            Table(
                [
                    Column(t("skill", lang), ratio=3, min_width=12),
                    Column(t("importance", lang), no_wrap=True),
                    Column(t("needed", lang), no_wrap=True),
                    Column(t("yours", lang), ratio=2, min_width=8),
                    Column(t("points_left", lang), justify="right", no_wrap=True),
                ],
                rows,
            )
        )

    def _plan(self, doc: Document, lang: Lang) -> None:
        """The learning plan, one step a row, with the score before and after."""
        g = self.gap
        doc.add(Heading(t("plan_title", lang), 2))
        if not g.plan:
            doc.add(Paragraph(t("plan_done", lang)))
            return
        steps: list[list[Cell]] = []
        for i, s in enumerate(g.plan, 1):
            target = f"{s.from_level} → {s.level}" if s.from_level else f"→ {s.level}"
            why = "" if s.for_role else t("prerequisite_word", lang)
            steps.append(
                [
                    str(i),
                    s.skill.name.get(lang),
                    target,
                    why,
                    str(s.other_roles),
                    f"{score_text(s.score_before, lang)} → {score_text(s.score_after, lang)}",
                ]
            )
        doc.add(
            Table(
                [
                    Column("#", justify="right", no_wrap=True),
                    Column(t("skill", lang), ratio=3, min_width=12),
                    Column(t("level", lang), no_wrap=True),
                    Column("", ratio=1, min_width=8),
                    Column(t("other_roles", lang), justify="right", no_wrap=True),
                    Column(t("score", lang), justify="right", no_wrap=True),
                ],
                steps,
                notes=[t("plan_rule", lang)],
            )
        )

    def data(self) -> Any:
        g, m = self.gap, self.gap.match
        return {
            **ref_json(m.role),
            "score": round(m.score, 4),
            "essential_covered": m.essential_covered,
            "essential_total": m.essential_total,
            "groups": {k.value: [contribution_json(c) for c in g.groups[k]] for k in GapKind},
            "plan": [
                {
                    "skill": s.skill.id,
                    "from_level": s.from_level,
                    "level": s.level,
                    "for_role": s.for_role,
                    "other_roles": s.other_roles,
                    "score_before": round(s.score_before, 4),
                    "score_after": round(s.score_after, 4),
                }
                for s in g.plan
            ],
            "detected": detected_json(self.detected),
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        header = [
            *STEP_HEADER,
            "for_role",
            "other_roles",
            "score_before",
            "score_after",
        ]
        return header, [
            [
                *_step_cells(i, s, lang),
                s.for_role,
                s.other_roles,
                round(s.score_before, 2),
                round(s.score_after, 2),
            ]
            for i, s in enumerate(self.gap.plan, 1)
        ]


class GapsView(NamedTuple):
    """`careers gap` without ROLE: one report per target role of the profile."""

    reports: list[GapView]

    def document(self, lang: Lang) -> Document:
        doc = Document()
        for report in self.reports:
            for block in report.document(lang).blocks:
                doc.add(block)
        return doc

    def data(self) -> Any:
        return {"reports": [r.data() for r in self.reports]}

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        header: list[str] = []
        rows: list[list[Any]] = []
        for report in self.reports:
            head, body = report.records(lang)
            header = ["role", *head]
            rows.extend([report.gap.match.role.id, *row] for row in body)
        return header, rows


@dataclass(frozen=True)
class NextView:
    """`careers next`: the skills that would help most."""

    index: Index
    result: NextResult

    def document(self, lang: Lang) -> Document:
        r = self.result
        goal = choice(
            "goal_targets" if r.targets else "goal",
            r.goal.value,
            lang,
            threshold=score_text(r.threshold, lang),
            region=r.region,
            targets=", ".join(self.index.roles.items[x].name.get(lang) for x in r.targets),
        )
        doc = Document([Heading(t("next_title", lang)), Paragraph(goal)])
        if not r.suggestions:
            doc.add(Paragraph(t("next_none", lang)))
            return doc
        rows: list[list[Cell]] = []
        for i, s in enumerate(r.suggestions, 1):
            target = f"{s.from_level} → {s.level}" if s.from_level else f"→ {s.level}"
            gains = ", ".join(
                f"{self.index.roles.items[role].name.get(lang)} "
                f"{score_text(a, lang)} → {score_text(b, lang)}"
                for role, a, b in s.gains
            )
            rows.append(
                [
                    str(i),
                    Styled(s.skill.name.get(lang), "bold"),
                    target,
                    f"{_objective(r.goal, s.before, lang)} → {_objective(r.goal, s.after, lang)}",
                    str(s.roles_above),
                    gains,
                ]
            )
        doc.add(
            Table(
                [
                    Column("#", justify="right", no_wrap=True),
                    Column(t("skill", lang), ratio=2, min_width=12),
                    Column(t("level", lang), no_wrap=True),
                    Column(t("objective", lang), no_wrap=True),
                    Column(
                        t("above", lang, threshold=score_text(r.threshold, lang)),
                        justify="right",
                        no_wrap=True,
                    ),
                    Column(t("rises_most", lang), ratio=3, min_width=12),
                ],
                rows,
                notes=[choice("next_rule", r.goal.value, lang)],
            )
        )
        return doc

    def data(self) -> Any:
        r = self.result
        return {
            "goal": r.goal.value,
            "threshold": r.threshold,
            "region": r.region,
            "targets": list(r.targets),
            "objective_before": round(r.objective_before, 4),
            "suggestions": [
                {
                    "skill": s.skill.id,
                    "from_level": s.from_level,
                    "level": s.level,
                    "objective_before": round(s.before, 4),
                    "objective_after": round(s.after, 4),
                    "roles_above_threshold": s.roles_above,
                    "gains": [
                        {"role": role, "before": round(a, 4), "after": round(b, 4)}
                        for role, a, b in s.gains
                    ],
                }
                for s in r.suggestions
            ],
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        header = [
            *STEP_HEADER,
            "objective_before",
            "objective_after",
            "roles_above_threshold",
        ]
        return header, [
            [
                *_step_cells(i, s, lang),
                round(s.before, 4),
                round(s.after, 4),
                s.roles_above,
            ]
            for i, s in enumerate(self.result.suggestions, 1)
        ]


#: The first CSV columns of a plan step (`gap`) and of a suggestion (`next`).
STEP_HEADER = ["step", "skill", "name", "from_level", "level"]


def _step_cells(i: int, step: Step | Suggestion, lang: Lang) -> list[Any]:
    """A step's number, skill id and name, and the levels from and to."""
    return [i, step.skill.id, step.skill.name.get(lang), step.from_level, step.level]


def _objective(goal: Any, value: float, lang: Lang) -> str:
    if goal.value == "roles":
        return str(int(value))
    return score_text(value, lang)


def _skill_names(skills: Sequence[Skill], lang: Lang) -> str:
    return ", ".join(s.name.get(lang) for s in skills) or "-"


def _first_names(skills: Sequence[Skill], shown: int, lang: Lang) -> str:
    """The first ``shown`` skills' names, and how many more there are (JSON lists all)."""
    names = _skill_names(skills[:shown], lang)
    rest = len(skills) - shown
    return names + t("and_more", lang, n=rest) if rest > 0 else names


def _move_cells(step: Neighbour | PathStep, lang: Lang, first: bool = False) -> list[Cell]:
    """The role and its overlap, as `similar` and `path` show them (none for a first step)."""
    return [Styled(step.role.name.get(lang), "bold"), "" if first else pct(step.overlap, lang)]


def _move_columns(lang: Lang) -> list[Column]:
    return [
        Column(t("role", lang), ratio=2, min_width=12),
        Column(t("overlap_short", lang), justify="right", no_wrap=True),
    ]


def _move_json(step: Neighbour | PathStep) -> dict[str, Any]:
    return {
        **ref_json(step.role),
        "overlap": round(step.overlap, 4),
        "to_add": [s.id for s in step.to_add],
    }


def _move_record(step: Neighbour | PathStep, lang: Lang) -> list[Any]:
    return [
        step.role.id,
        step.role.name.get(lang),
        round(step.overlap, 4),
        ";".join(s.id for s in step.to_add),
    ]


@dataclass(frozen=True)
class SimilarView:
    """`careers similar ROLE`: the nearest roles and what differs."""

    index: Index
    role: Role
    neighbours: list[Neighbour]

    def document(self, lang: Lang) -> Document:
        doc = Document([Heading(t("similar_title", lang, name=self.role.name.get(lang)))])
        rows: list[list[Cell]] = [
            [
                *_move_cells(n, lang),
                _first_names(n.to_add, 5, lang),
                _first_names(n.to_leave, 3, lang),
            ]
            for n in self.neighbours
        ]
        columns = [
            *_move_columns(lang),
            Column(t("to_add", lang), ratio=3, min_width=12),
            Column(t("to_leave", lang), ratio=2, min_width=10),
        ]
        doc.add(Table(columns, rows, notes=[t("overlap_rule", lang)]))
        return doc

    def data(self) -> Any:
        return {
            **ref_json(self.role),
            "similar": [
                {**_move_json(n), "to_leave": [s.id for s in n.to_leave]} for n in self.neighbours
            ],
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        return (
            ["role", "similar", "name", "overlap", "to_add", "to_leave"],
            [
                [self.role.id, *_move_record(n, lang), ";".join(s.id for s in n.to_leave)]
                for n in self.neighbours
            ],
        )


@dataclass(frozen=True)
class PathView:
    """`careers path FROM TO`: a chain of neighbouring roles."""

    index: Index
    steps: list[PathStep]

    def document(self, lang: Lang) -> Document:
        first, last = self.steps[0].role, self.steps[-1].role
        names = {"a": first.name.get(lang), "b": last.name.get(lang)}
        doc = Document([Heading(t("path_title", lang, **names, n=len(self.steps) - 1))])
        rows: list[list[Cell]] = [
            [str(i), *_move_cells(s, lang, first=i == 0), _skill_names(s.to_add, lang)]
            for i, s in enumerate(self.steps)
        ]
        columns = [
            Column("#", justify="right", no_wrap=True),
            *_move_columns(lang),
            Column(t("skills_to_add", lang), ratio=4, min_width=14),
        ]
        doc.add(Table(columns, rows, notes=[t("path_rule", lang)]))
        return doc

    def data(self) -> Any:
        return {"steps": [_move_json(s) for s in self.steps]}

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        return (
            ["step", "role", "name", "overlap", "to_add"],
            [[i, *_move_record(s, lang)] for i, s in enumerate(self.steps)],
        )


@dataclass(frozen=True)
class ProfileView:
    """`careers profile show`: the saved skills."""

    index: Index
    profile: Profile
    path: str

    def document(self, lang: Lang) -> Document:
        p = self.profile
        doc = Document([Heading(t("profile_title", lang))])
        facts: list[tuple[str, Cell]] = [(t("file", lang), self.path)]
        if p.region:
            facts.append((t("region", lang), p.region))
        if p.targets:
            facts.append(
                (
                    t("targets", lang),
                    ", ".join(self.index.roles.items[r].name.get(lang) for r in p.targets),
                )
            )
        doc.add(Fields(facts))
        kept: list[tuple[str, Cell]] = [
            (label, ", ".join(names))
            for label, names in (
                (t("skills", lang), p.unknown_skills),
                (t("targets", lang), p.unknown_targets),
                (t("profile_keys", lang), p.other_keys),
            )
            if names
        ]
        if kept:
            doc.add(Fields(kept, title=t("profile_unknown", lang)))
        if not p.skills:
            doc.add(Paragraph(t("profile_empty", lang)))
            return doc
        rows: list[list[Cell]] = []
        for skill_id, level in sorted(p.skills.items()):
            skill = self.index.skills.items[skill_id]
            rows.append(
                [skill.name.get(lang), skill_id, Styled(level_bar(level), "cyan"), str(level)]
            )
        doc.add(
            Table(
                [
                    Column(t("skill", lang), ratio=2, min_width=12),
                    Column(t("id_label", lang), no_wrap=True),
                    Column(t("level", lang), no_wrap=True),
                    Column("", justify="right", no_wrap=True),
                ],
                rows,
                title=t("skills_count", lang, n=len(rows)),
            )
        )
        return doc

    def data(self) -> Any:
        return {
            "path": self.path,
            "skills": dict(sorted(self.profile.skills.items())),
            "targets": self.profile.targets,
            "region": self.profile.region,
            "not_used": {
                "skills": self.profile.unknown_skills,
                "targets": self.profile.unknown_targets,
                "keys": self.profile.other_keys,
            },
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        return (
            ["skill", "name", "level"],
            [
                [k, self.index.skills.items[k].name.get(lang), v]
                for k, v in sorted(self.profile.skills.items())
            ],
        )


def found_level(f: Found, level: int | None, lang: Lang) -> str:
    """``4 (“solid”)``, ``4 (« solid »)`` in French: the level recorded for a skill found
    in a text, and its cue."""
    if level is not None:
        return str(level)
    return f"{f.level} ({quoted([f.cue], lang)})" if f.cue else str(f.level)


def quoted(words: Sequence[str], lang: Lang) -> str:
    """Words quoted from a text, as each language quotes: “SQL”, « SQL »."""
    return ", ".join(t("quoted", lang, text=w) for w in words)


def evidence(index: Index, f: Found, lang: Lang) -> str:
    """The words that named a skill found, quoted, and the skill that implied it, if one
    did: « Spark » (déduite de la compétence Apache Spark)."""
    words = quoted(f.words, lang)
    if not f.implied_by:
        return words
    return f"{words} {t('implied_by', lang, name=index.skills.items[f.implied_by].name.get(lang))}"


def found_json(f: Found, level: int | None = None) -> dict[str, Any]:
    return {
        "skill": f.skill_id,
        "words": list(f.words),
        "count": f.occurrences,
        "level": f.level if level is None else level,
        "cue": f.cue,
        "implied_by": f.implied_by or None,
    }


@dataclass(frozen=True)
class FoundView:
    """`careers profile from-text`: the skills found in a text, with the words."""

    index: Index
    found: list[Found]
    level: int | None  # None: each skill at the level read from the text

    def document(self, lang: Lang) -> Document:
        if not self.found:
            return Document([Paragraph(t("found_none", lang))])
        rows: list[list[Cell]] = [
            [
                Styled(self.index.skills.items[f.skill_id].name.get(lang), "bold"),
                f.skill_id,
                evidence(self.index, f, lang),
                str(f.occurrences),
                found_level(f, self.level, lang),
            ]
            for f in self.found
        ]
        title = (
            t("found_title_cues", lang, n=len(rows))
            if self.level is None
            else t("found_title", lang, n=len(rows), level=self.level)
        )
        return Document(
            [
                Table(
                    [
                        Column(t("skill", lang), ratio=2, min_width=12),
                        Column(t("id_label", lang), no_wrap=True),
                        Column(t("matched_words", lang), ratio=3, min_width=12),
                        Column(t("count_label", lang), justify="right", no_wrap=True),
                        Column(t("level_cue", lang), ratio=1, min_width=5),
                    ],
                    rows,
                    title=title,
                )
            ]
        )

    def data(self) -> Any:
        return {
            "level": self.level,
            "found": [found_json(f, self.level) for f in self.found],
        }

    def records(self, lang: Lang) -> tuple[list[str], list[list[Any]]]:
        return (
            ["skill", "name", "words", "count", "level", "cue", "implied_by"],
            [
                [
                    f.skill_id,
                    self.index.skills.items[f.skill_id].name.get(lang),
                    ";".join(f.words),
                    f.occurrences,
                    f.level if self.level is None else self.level,
                    f.cue,
                    f.implied_by,
                ]
                for f in self.found
            ],
        )
