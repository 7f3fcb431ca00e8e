"""Matching a person's skills to roles: scores with explanations, gaps, plans, next steps.

The score of a role, 0 to 100, is (see README "How the score works")::

    score = 100 × Σ weight(s) × credit(s) / Σ weight(s)     over the role's skills s
    weight(s) = 2 if s is essential for the role, 1 if optional
    credit(s) = max(direct(s), related(s))
    direct(s) = min(1, your level of s / level the role needs)      (0 if you lack s)
    related(s) = max over skills r listed in s's `related` of
                 weight(r → s) × min(1, your level of r / level the role needs)

A skill the role does not list adds nothing. Everything is plain arithmetic on the
catalogue: no network, no model, the same result on every run.

The **fit** of a role answers another question, "which role does this profile or text
resemble?": the same sum with each skill also weighed by how specific it is to roles::

    fit = 100 × Σ weight(s) × spec(s) × depth(s) × credit(s) / Σ weight(s) × spec(s) × depth(s)
    spec(s) = 1 + ln((N + 1) / (n(s) + 1))    N roles, n(s) of them list s
    depth(s) = the level the role needs / 3   (FIT_LEVEL)

A skill every role lists (Python) weighs 1; a skill one role in 28 lists weighs 3.7. A skill
a role needs at level 5 is more its own than one it needs at level 2 (depth 5/3 and 2/3).
"""

import contextlib
import heapq
import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import StrEnum
from typing import NamedTuple

from careers_cli.board import BoardData
from careers_cli.catalogue import Index, Need, RoleLinks
from careers_cli.choices import By, Goal
from careers_cli.errors import CareersError
from careers_cli.explore import (
    WEIGHT,
    find_family,
    normalise_region,
    overlap,
    weights_overlap,
)
from careers_cli.i18n import current_lang, msg, pct
from careers_cli.model import Importance, Role, Salary, Skill
from careers_cli.numbers import echo
from careers_cli.numbers import parse_level as _strict_level
from careers_cli.pay import headlines
from careers_cli.suggest import did_you_mean

DEFAULT_LEVEL = 3
SCORE_DECIMALS = 6  # scores are rounded so that equal sums compare equal
PREREQUISITE_LEVEL = 3  # target level of a prerequisite the role itself does not list
# In the fit, a skill also weighs by the level the role needs over this one (its depth):
# what a role needs deepest says most about which role it is; a working-level skill (3)
# weighs as its specificity says.
FIT_LEVEL = 3

Levels = Mapping[str, int]  # skill id -> the person's level, 1-5


# --------------------------------------------------------------------------- user input


class Unknown(NamedTuple):
    """A name given by the user that is no skill of the catalogue."""

    text: str
    suggestions: tuple[str, ...]  # skill ids
    shown: tuple[str, ...] = ()  # their names in the user's language, as messages say them


def merged(levels: Mapping[str, int], extra: Mapping[str, int]) -> dict[str, int]:
    """Two sets of levels; a skill in both keeps its higher level (the one "higher level
    wins" rule: skills given twice, profiles merged, skills read from a text)."""
    out = dict(levels)
    for k, v in extra.items():
        out[k] = max(v, out.get(k, 0))
    return out


class ParsedSkills:
    """Skills read from the user, with what could not be read."""

    def __init__(
        self, levels: dict[str, int] | None = None, unknown: list[Unknown] | None = None
    ) -> None:
        self.levels: dict[str, int] = levels if levels is not None else {}
        self.unknown: list[Unknown] = unknown if unknown is not None else []
        # one line per skill a file writes under two names or more (read at the higher level)
        self.twice: list[str] = []

    def merge(self, other: "ParsedSkills") -> None:
        """Add another set; a skill given twice keeps its higher level."""
        self.levels = merged(self.levels, other.levels)
        self.unknown.extend(other.unknown)
        self.twice.extend(other.twice)


SPLIT = re.compile(r"[,;\n]+")  # between the names of a list of skills


def suggest(index: Index, text: str) -> tuple[str, ...]:
    """The skill ids closest to an unknown name (by id, names and aliases)."""
    return tuple(index.skills.suggest(text))


def unknown(index: Index, text: str) -> Unknown:
    """A name that is no skill, with the closest skills (ids, and names as shown)."""
    ids = suggest(index, text)
    return Unknown(text, ids, tuple(index.skills.names_of(list(ids))))


def parse_level(text: str, where: str) -> int:
    """A level 1-5 in ASCII digits, else a usage error (see :mod:`careers_cli.numbers`)."""
    return _strict_level(text, where)


def parse_skills(index: Index, text: str) -> ParsedSkills:
    """Read ``"python, pytorch:4, sql:2, statistiques"``: ids, names or aliases in either
    language, each with an optional level after a colon (default 3)."""
    parsed = ParsedSkills()
    for raw in SPLIT.split(text):
        item = raw.strip()
        if not item:
            continue
        name, sep, level_text = item.rpartition(":")
        if not sep or not name.strip():
            name, level = item, DEFAULT_LEVEL
        else:
            level = parse_level(level_text.strip(), f"'{echo(item)}'")
        name = name.strip()
        skill = index.skills.find(name)
        if skill is None:
            parsed.unknown.append(unknown(index, name))
            continue
        parsed.levels[skill.id] = max(level, parsed.levels.get(skill.id, 0))
    return parsed


def unknown_message(unknown: Sequence[Unknown]) -> str:
    """One line per name that is no skill, with the closest ones."""
    from careers_cli.i18n import msg

    lines = []
    for u in unknown:
        names = u.shown or u.suggestions
        hint = f" ({did_you_mean(names)})" if names else ""
        lines.append(msg("not_a_skill", name=u.text) + hint)
    return "\n".join(lines)


# --------------------------------------------------------------------------- scoring


class Contribution(NamedTuple):
    """How one of the role's skills counts for a person."""

    skill: Skill
    importance: Importance
    needed: int  # level the role needs
    have: int  # the person's level of this skill (0: lacks it)
    via: Skill | None  # the related skill that gave the credit, if that was better
    via_level: int
    via_weight: float
    credit: float  # 0..1
    weight: int
    specificity: float = 1.0  # spec(s): how specific the skill is to roles

    @property
    def points(self) -> float:
        return self.weight * self.credit

    @property
    def fit_weight(self) -> float:
        """weight × spec × depth (the level needed / FIT_LEVEL)."""
        return self.weight * self.specificity * self.needed / FIT_LEVEL

    @property
    def fit_points(self) -> float:
        return self.fit_weight * self.credit

    @property
    def gap(self) -> float:
        """Points still to earn on this skill."""
        return self.weight * (1 - self.credit)


class Match(NamedTuple):
    role: Role
    score: float  # 0..100: readiness
    contributions: tuple[Contribution, ...]
    salary: Salary | None  # the role-level headline figure in the region (pay.headline)
    fit: float = 0.0  # 0..100: resemblance, each skill weighed by its specificity
    named: bool = False  # the text the skills came from names this role in its title
    group_salary: Salary | None = None  # the group figure (BLS), never in the same field

    @property
    def essential_total(self) -> int:
        return sum(1 for c in self.contributions if c.importance is Importance.ESSENTIAL)

    @property
    def essential_covered(self) -> int:
        """Essential skills held at the level needed or above."""
        return sum(
            1
            for c in self.contributions
            if c.importance is Importance.ESSENTIAL and c.via is None and c.credit >= 1
        )

    @property
    def missing(self) -> list[Contribution]:
        """Skills still short of full credit, the biggest gap first (essential first)."""
        short = [c for c in self.contributions if c.credit < 1]
        return sorted(
            short, key=lambda c: (-c.gap, c.importance is not Importance.ESSENTIAL, c.skill.id)
        )


def credit_of(
    index: Index, skill_id: str, needed: int, levels: Levels
) -> tuple[float, str | None, int, float]:
    """(credit, related skill used or None, its level, its weight) for one role skill."""
    return _credit(index.skills.items[skill_id].related, skill_id, needed, levels)


def _credit(
    related: Sequence[tuple[str, float]], skill_id: str, needed: int, levels: Levels
) -> tuple[float, str | None, int, float]:
    """:func:`credit_of`, given the skill's related skills (``related``)."""
    have = levels.get(skill_id, 0)
    direct = min(1.0, have / needed) if have else 0.0
    best, via, via_level, via_weight = direct, None, 0, 0.0
    for rel_skill, rel_weight in related:
        level = levels.get(rel_skill, 0)
        if level:
            value = rel_weight * min(1.0, level / needed)
            if value > best:
                best, via, via_level, via_weight = value, rel_skill, level, rel_weight
    return best, via, via_level, via_weight


def specificity(index: Index) -> dict[str, float]:
    """spec(s) = 1 + ln((N + 1) / (n(s) + 1)) for every skill some role lists, where N is
    the number of roles and n(s) the number that list s (built once per index)."""
    cached = getattr(index, "_specificity", None)
    if isinstance(cached, dict):
        return cached
    import math

    listed = index.listed()
    n = index.role_count
    spec = {skill: 1.0 + math.log((n + 1) / (k + 1)) for skill, k in listed.items()}
    with contextlib.suppress(AttributeError):
        index._specificity = spec  # type: ignore[attr-defined]
    return spec


def score_role(
    index: Index,
    role: Role,
    levels: Levels,
    region: str = "US",
    spec: Mapping[str, float] | None = None,
) -> Match:
    """A role's score (readiness) and fit for a person, with each skill's contribution
    (``spec``: :func:`specificity`, or the part of it for the role's skills)."""
    parts = []
    spec = specificity(index) if spec is None else spec
    for need in role.skills:
        credit, via, via_level, via_weight = credit_of(index, need.skill, need.level, levels)
        parts.append(
            Contribution(
                skill=index.skills.items[need.skill],
                importance=need.importance,
                needed=need.level,
                have=levels.get(need.skill, 0),
                via=index.skills.items[via] if via else None,
                via_level=via_level,
                via_weight=via_weight,
                credit=credit,
                weight=WEIGHT[need.importance],
                specificity=spec.get(need.skill, 1.0),
            )
        )
    total = sum(c.weight for c in parts)
    earned = sum(c.points for c in parts)
    fit_total = sum(c.fit_weight for c in parts)
    fit_earned = sum(c.fit_points for c in parts)
    score = round(100.0 * earned / total, SCORE_DECIMALS) if total else 0.0
    fit = round(100.0 * fit_earned / fit_total, SCORE_DECIMALS) if fit_total else 0.0
    figures = headlines(index, role, normalise_region(region))
    return Match(role, score, tuple(parts), figures.role, fit, group_salary=figures.group)


def quick_score(
    index: Index, role: Role, levels: Levels, spec: Mapping[str, float] | None = None
) -> float:
    """The score alone (no explanation objects), for searches over many candidates; with
    ``spec`` (:func:`specificity`), the fit.

    The same arithmetic as :func:`score_role` (a property test checks they agree).
    """
    items = index.skills.items
    return links_score(role.skills, levels, lambda skill: items[skill].related, spec)


def links_score(
    needs: Iterable[Need],
    levels: Levels,
    related: Callable[[str], Sequence[tuple[str, float]]],
    spec: Mapping[str, float] | None = None,
) -> float:
    """:func:`quick_score` of a role's skills (id, importance, level), given each skill's
    related skills (``related``)."""
    total = earned = 0.0
    essential = Importance.ESSENTIAL
    for skill, importance, needed in needs:
        weight = 2.0 if importance is essential else 1.0
        if spec is not None:
            weight = weight * spec.get(skill, 1.0) * needed / FIT_LEVEL  # as fit_weight
        total += weight
        have = levels.get(skill, 0)
        best = (1.0 if have >= needed else have / needed) if have else 0.0
        if best < 1.0:
            for other, share in related(skill):
                level = levels.get(other, 0)
                if level:
                    credit = share if level >= needed else share * level / needed
                    if credit > best:
                        best = credit
        earned += weight * best
    return round(100.0 * earned / total, SCORE_DECIMALS) if total else 0.0


def quick_fit(index: Index, role: Role, levels: Levels) -> float:
    """The fit alone (see :func:`quick_score`)."""
    return quick_score(index, role, levels, specificity(index))


def credited_skills(index: Index, levels: Levels) -> set[str]:
    """The skills a person earns any credit for: theirs, and those they relate to."""
    found = set(levels)
    reverse = index.reverse_related
    for skill in levels:
        found.update(reverse.get(skill, ()))
    return found


MATCH_SHOWN = 50  # `match` without --top on a larger catalogue shows this many roles


class MatchOptions(NamedTuple):
    family: str | None = None
    min_salary: float | None = None
    region: str = "US"
    top: int | None = None
    by: By = By.READINESS
    # roles a job ad names in its title, in order (cv.named_groups): a role id, or the
    # roles it names side by side ("AI/MLOps Engineer"), which their scores order
    named: tuple[str | tuple[str, ...], ...] = ()


def _match_links(index: Index, options: MatchOptions, credited: set[str]) -> RoleLinks:
    """The roles `match` must score, as links: those that pass the filters; or, for a
    --top without filters, those that can be shown (only a role listing a credited skill
    scores above 0, and the others tie by id), and the roles the ad names."""
    if options.family or options.min_salary is not None:
        family = find_family(index, options.family).id if options.family else None
        positions = None if family is None else index.family_positions(family)
        if options.min_salary is not None:
            positions = _paid(index, positions, options.region, options.min_salary)
        return index.role_links(positions)
    if not options.top:
        return index.role_links()
    named = named_ranks(options.named)
    return index.role_links(index.candidate_positions(credited, options.top + len(named), named))


def named_ranks(named: Sequence[str | tuple[str, ...]]) -> dict[str, int]:
    """Role id -> its place among the roles a text names (roles named side by side share
    one place)."""
    ranks: dict[str, int] = {}
    for k, group in enumerate((g,) if isinstance(g, str) else g for g in named):
        for role_id in group:
            ranks.setdefault(role_id, k)
    return ranks


def _paid(index: Index, positions: Sequence[int] | None, region: str, floor: float) -> list[int]:
    """The positions (of these, or of every role) whose median pay is at least ``floor``,
    read from the index's medians (no role is decoded)."""
    medians = index.medians(normalise_region(region))
    paid = {pos for pos, median in medians.items() if median >= floor}
    return sorted(paid) if positions is None else [pos for pos in positions if pos in paid]


def match(index: Index, levels: Levels, options: MatchOptions | None = None) -> list[Match]:
    """Every role (that passes the filters) scored, best first by ``options.by`` (then
    by the other measure, then by role id). Roles in ``options.named`` (the roles an ad
    names in its title) come first, in that order (the roles of one group, named side
    by side, by score among themselves): the title says which role an ad is for better
    than any count of skills; their scores are not changed.

    Every role is scored cheaply from its links (a role sharing no credited skill scores
    0 without a look); only the roles shown are read whole and explained."""
    return match_counted(index, levels, options)[0]


def match_counted(
    index: Index, levels: Levels, options: MatchOptions | None = None
) -> tuple[list[Match], int]:
    """:func:`match`, and how many roles passed the filters (the roles shown are the
    first ``options.top`` of them)."""
    options = options or MatchOptions()
    credited = credited_skills(index, levels)
    links = _match_links(index, options, credited)
    listed = {s for needs in links.skills for s, _, _ in needs}
    # a skill outside ``credited`` has no related skill the person holds: nothing to read
    found = index.related_lists(listed & credited)

    def related(skill: str) -> Sequence[tuple[str, float]]:
        return found.get(skill, ())

    first = operator.itemgetter(0)
    spec = specificity_of(index, listed)
    by_fit = By(options.by) is By.FIT  # also accepts "fit" as a plain string
    scored = []
    for pos, needs in zip(links.positions, links.skills, strict=True):
        if credited.isdisjoint(map(first, needs)):
            scored.append((0.0, 0.0, pos))
            continue
        readiness = links_score(needs, levels, related)
        fit = links_score(needs, levels, related, spec)
        scored.append((fit, readiness, pos) if by_fit else (readiness, fit, pos))
    ids = dict(zip(links.positions, links.ids, strict=True))
    named = named_ranks(options.named)
    last = len(options.named)
    scored.sort(key=lambda item: (named.get(ids[item[2]], last), -item[0], -item[1], ids[item[2]]))
    shown = [pos for _, _, pos in scored[: options.top or None]]
    region = normalise_region(options.region)
    filtered = options.family or options.min_salary is not None
    passed = len(links.positions) if filtered or not options.top else index.role_count
    roles = _in_order(index.roles_at(shown), shown)
    index.skills.many({need.skill: None for role in roles for need in role.skills})  # one read
    results = [
        score_role(index, role, levels, region, spec)._replace(named=role.id in named)
        for role in roles
    ]
    return results, passed


def match_top(top: int | None, roles: int) -> int | None:
    """The roles `match` shows: ``top`` when given; else every role of a catalogue of at
    most MATCH_SHOWN roles (the bundled one), the first MATCH_SHOWN of a larger one (a
    taxonomy of thousands would print tens of thousands of lines)."""
    if top is not None or roles <= MATCH_SHOWN:
        return top
    return MATCH_SHOWN


def _in_order(roles: Sequence[Role], positions: Sequence[int]) -> list[Role]:
    """Roles read in catalogue order, put back in the order of ``positions``."""
    at = dict(zip(sorted(positions), roles, strict=True))
    return [at[p] for p in positions]


# --------------------------------------------------------------------------- gap and plan


class GapKind(StrEnum):
    HAVE = "have"  # at the level needed or above
    BELOW = "below"  # held, below the level needed
    RELATED = "related"  # only through a related skill
    MISSING = "missing"


def gap_kind(c: Contribution) -> GapKind:
    if c.have and c.have >= c.needed and c.via is None:
        return GapKind.HAVE
    if c.via is not None:
        return GapKind.RELATED
    if c.have:
        return GapKind.BELOW
    return GapKind.MISSING


class Step(NamedTuple):
    """One step of a learning plan."""

    skill: Skill
    level: int  # the level to reach
    from_level: int
    for_role: bool  # False: a prerequisite the role itself does not list
    other_roles: int  # how many other roles list the skill
    score_before: float
    score_after: float


class Gap(NamedTuple):
    match: Match
    groups: dict[GapKind, list[Contribution]]
    plan: list[Step]


def specificity_of(index: Index, skills: Iterable[str]) -> Mapping[str, float]:
    """:func:`specificity` of these skills only (those a command shows or scores): the
    index reads how many roles list them, not every skill's count."""
    cached = getattr(index, "_specificity", None)
    if isinstance(cached, dict):
        return cached
    import math

    n = index.role_count
    listed = index.listed_of(skills)
    return {skill: 1.0 + math.log((n + 1) / (k + 1)) for skill, k in listed.items()}


def _role_specificity(index: Index, role: Role) -> Mapping[str, float]:
    """:func:`specificity_of` a role's skills (what `gap` shows)."""
    return specificity_of(index, [need.skill for need in role.skills])


def _order(contributions: Iterable[Contribution]) -> list[Contribution]:
    return sorted(
        contributions,
        key=lambda c: (c.importance is not Importance.ESSENTIAL, -c.gap, -c.needed, c.skill.id),
    )


def gap(index: Index, role: Role, levels: Levels, region: str = "US") -> Gap:
    """What a person has, lacks and should learn first for one role."""
    result = score_role(index, role, levels, region, _role_specificity(index, role))
    groups: dict[GapKind, list[Contribution]] = {k: [] for k in GapKind}
    for c in result.contributions:
        groups[gap_kind(c)].append(c)
    for kind in groups:
        groups[kind] = _order(groups[kind])
    return Gap(result, groups, learning_plan(index, role, levels))


def _plan_targets(
    index: Index, role: Role, levels: Levels
) -> tuple[dict[str, int], dict[str, Importance]]:
    """The levels to reach: role skills short of their level, and the prerequisites the
    person lacks (to level 3), transitively; with the importance of the role's own."""
    items = index.skills.items
    targets: dict[str, int] = {}
    importance: dict[str, Importance] = {}
    for need in role.skills:
        if levels.get(need.skill, 0) < need.level:
            targets[need.skill] = need.level
            importance[need.skill] = need.importance
    queue = list(targets)
    while queue:
        skill_id = queue.pop()
        for pre in items[skill_id].prerequisites:
            if pre not in targets and not levels.get(pre, 0):
                targets[pre] = PREREQUISITE_LEVEL
                queue.append(pre)
    return targets, importance


def _foundations(
    index: Index, targets: Mapping[str, int], importance: Mapping[str, Importance]
) -> tuple[dict[str, int], dict[str, int]]:
    """For each step: 0 if it is, or leads to, an essential skill of the role (else 1);
    and how many other steps build on it (have it as a prerequisite, transitively)."""
    items = index.skills.items
    rank = {s: 0 if importance.get(s) is Importance.ESSENTIAL else 1 for s in targets}
    builds = dict.fromkeys(targets, 0)
    for skill_id in targets:
        seen: set[str] = set()
        stack = [p for p in items[skill_id].prerequisites if p in targets]
        while stack:
            pre = stack.pop()
            if pre in seen:
                continue
            seen.add(pre)
            builds[pre] += 1
            rank[pre] = min(rank[pre], rank[skill_id])
            stack.extend(p for p in items[pre].prerequisites if p in targets)
    for skill_id in targets:  # a prerequisite of an essential skill's prerequisite, too
        if rank[skill_id] == 0:
            stack = [p for p in items[skill_id].prerequisites if p in targets]
            while stack:
                pre = stack.pop()
                if rank[pre]:
                    rank[pre] = 0
                stack.extend(p for p in items[pre].prerequisites if p in targets)
    return rank, builds


def learning_plan(index: Index, role: Role, levels: Levels) -> list[Step]:
    """The skills to learn or raise for a role, foundations first.

    Every role skill short of its level is a step; so is any prerequisite of a step that
    the person lacks (to level 3), transitively. A step is ready when its prerequisites
    are done; among the ready steps comes first: the one that is (or leads to) an
    essential skill, then the one most other steps build on, then the one that raises
    the score most, then by id.
    """
    items = index.skills.items
    targets, importance = _plan_targets(index, role, levels)
    rank, builds = _foundations(index, targets, importance)
    pending = {s: {p for p in items[s].prerequisites if p in targets} for s in targets}
    users = index.users(targets, but=role.id)
    current = dict(levels)
    scorer = _Rescorer(index, role, current)
    score = scorer.score
    plan: list[Step] = []
    while pending:
        ready = [s for s, deps in pending.items() if not deps]
        if not ready:  # pragma: no cover - validation rejects prerequisite cycles
            raise CareersError(msg("prerequisite_cycle"))
        best_key: tuple[int, int, float, str] | None = None
        best_id = ""
        best_score = score
        for skill_id in ready:
            after = scorer.trial(skill_id, max(targets[skill_id], current.get(skill_id, 0)))
            key = (rank[skill_id], -builds[skill_id], -after, skill_id)
            if best_key is None or key < best_key:
                best_key, best_id, best_score = key, skill_id, after
        plan.append(
            Step(
                skill=items[best_id],
                level=targets[best_id],
                from_level=current.get(best_id, 0),
                for_role=best_id in importance,
                other_roles=users[best_id],
                score_before=score,
                score_after=best_score,
            )
        )
        current[best_id] = max(targets[best_id], current.get(best_id, 0))
        scorer.take(best_id, current[best_id])
        score = best_score
        del pending[best_id]
        for deps in pending.values():
            deps.discard(best_id)
    return plan


class _Rescorer:
    """:func:`quick_score` of one role as one skill's level changes at a time: each role
    skill's term (weight x credit) is kept, and a change recomputes only the terms of the
    skills it touches (the skill itself, the skills it is related to), then adds the terms
    up in the role's order, as quick_score does: the same figure, to the last bit."""

    def __init__(self, index: Index, role: Role, levels: Levels) -> None:
        items = index.skills.items
        self.levels = dict(levels)
        self.needs = [
            (
                skill,
                2.0 if importance is Importance.ESSENTIAL else 1.0,
                needed,
                items[skill].related,
            )
            for skill, importance, needed in role.skills
        ]
        self.touching: dict[str, list[int]] = {}
        for i, (skill, _, _, related) in enumerate(self.needs):
            for ident in dict.fromkeys([skill, *(r for r, _ in related)]):
                self.touching.setdefault(ident, []).append(i)
        self.terms = [self._term(i, self.levels) for i in range(len(self.needs))]
        self.total = 0.0
        for _, weight, _, _ in self.needs:
            self.total += weight
        self.score = self._sum(self.terms)

    def _term(self, i: int, levels: Levels) -> float:
        skill, weight, needed, related = self.needs[i]
        have = levels.get(skill, 0)
        best = (1.0 if have >= needed else have / needed) if have else 0.0
        if best < 1.0:
            for other, share in related:
                level = levels.get(other, 0)
                if level:
                    credit = share if level >= needed else share * level / needed
                    if credit > best:
                        best = credit
        return weight * best

    def _sum(self, terms: list[float]) -> float:
        earned = 0.0
        for term in terms:
            earned += term
        return round(100.0 * earned / self.total, SCORE_DECIMALS) if self.total else 0.0

    def _terms_with(self, skill: str, level: int) -> list[float]:
        trial = {**self.levels, skill: level}
        terms = list(self.terms)
        for i in self.touching.get(skill, ()):
            terms[i] = self._term(i, trial)
        return terms

    def trial(self, skill: str, level: int) -> float:
        """The score with ``skill`` at ``level`` (nothing kept)."""
        return self._sum(self._terms_with(skill, level))

    def take(self, skill: str, level: int) -> None:
        """Keep ``skill`` at ``level``."""
        self.terms = self._terms_with(skill, level)
        self.levels[skill] = level
        self.score = self._sum(self.terms)


# --------------------------------------------------------------------------- next


class Suggestion(NamedTuple):
    skill: Skill
    level: int
    from_level: int
    before: float
    after: float
    roles_above: int  # roles at or above the threshold after this step
    gains: tuple[tuple[str, float, float], ...]  # (role id, before, after) that rise most


class NextResult(NamedTuple):
    goal: Goal
    threshold: float
    region: str
    objective_before: float
    suggestions: list[Suggestion]
    targets: tuple[str, ...] = ()  # target roles the goal weighs (goal score only)


BEST = 5  # "your best scores": the mean of the top five
TARGET_WEIGHT = 2  # with targets, goal score counts each target role twice, beside the best


REACH_MARGIN = 1e-9  # points: a cold role is left out only if it stays this far under the floor


class _Term:
    """A skill that roles in view list, as `next` sees it (its lists read when first
    needed, from :class:`careers_cli.board.BoardData`)."""

    __slots__ = ("id", "needs", "level")

    def __init__(self, skill_id: str, needs: int, have: int) -> None:
        self.id = skill_id
        self.needs = needs  # the levels the roles in view need in it, as bits
        self.level: int | None = None  # as a candidate: the next level worth reaching
        self.set_level(have)

    def set_level(self, have: int) -> None:
        """The lowest level above ``have`` that a role in view needs, if any."""
        above = self.needs >> (have + 1)
        self.level = have + (above & -above).bit_length() if above else None


class _Board:
    """Every role's score, and what each candidate step would make of it, kept up to date
    one raised skill at a time.

    A candidate is a skill at the next level worth reaching (``_Term.level``). A level in s
    earns credit on each skill t a role lists where t = s (share 1) or s is one of t's
    related skills (its share): t's *creditors*, and ``data.credits(s)`` the other way
    round. ``rows[i]`` holds each candidate's new score for role i, for the candidates
    that raise it (above the floor, or at all for a kept role); ``trials[s]`` holds the
    same by candidate. A step changes the roles listing a skill it credits: only their rows
    are computed again.

    A role is *warm* once it lists a skill you earn credit on (``held``: that credit); the
    others are *cold*: they score 0. A cold role gets a row only if one candidate could lift
    it above the floor: if one skill is worth more points in it than the floor, or if one
    candidate credits two of its skills (``shared``); or if it is kept (a target role).
    With 20 skills among 20,000, nearly every role is cold, and one skill seldom gives a
    cold role more points than the fifth best score: most rows are never computed, and
    the skills of those roles are never read (``data`` decodes what it is asked for).
    """

    def __init__(self, data: BoardData, levels: Levels, keep: Iterable[int] = ()) -> None:
        self.data, self.levels = data, levels  # ``levels``: updated by the caller each step
        self.ids, self.total, self.peak = data.ids, data.total, data.peak
        self.keep = set(keep)
        self.terms: dict[str, _Term] = {}
        self.creditors: dict[str, list[tuple[_Term, float]]] = {}  # skill -> who earns on it
        self.credited = {t for s in levels for t in data.credits(s)}
        self.shared = {
            i
            for i, skills in data.sharers.items()
            if any(self._term(s).level is not None for s in skills)
        }
        self.held: dict[int, dict[str, float]] = {}
        self.earned = [0.0] * len(self.ids)
        self.scores = [0.0] * len(self.ids)
        self.rows: dict[int, dict[_Term, float]] = {}
        self.trials: dict[_Term, dict[int, float]] = {}
        self._update(self._listing(self.credited), levels)

    def _term(self, skill: str) -> _Term:
        term = self.terms.get(skill)
        if term is None:
            term = self.terms[skill] = _Term(
                skill, self.data.levels(skill), self.levels.get(skill, 0)
            )
        return term

    def _creditors(self, skill: str) -> list[tuple[_Term, float]]:
        """The terms earning credit on a skill roles list: itself, and its related skills."""
        found = self.creditors.get(skill)
        if found is None:
            related = self.data.related(skill)
            found = [(self._term(skill), 1.0), *((self._term(o), w) for o, w in related)]
            self.creditors[skill] = found
        return found

    def _listing(self, skills: Iterable[str]) -> set[int]:
        """The positions of the roles listing one of these skills."""
        roles = self.data.roles
        return set().union(*(roles(s) for s in skills))

    def _update(self, touched: Iterable[int], levels: Levels) -> None:
        """Recompute exactly the credits and scores of these roles (now warm) and drop
        their rows."""
        credited, related = self.credited, self.data.related
        for i in touched:
            needs = self.data.needs(i)
            held = self.held[i] = {
                skill: _credit(related(skill), skill, needed, levels)[0]
                for skill, _, needed in needs
                if skill in credited
            }
            self.earned[i] = sum(  # in the role's order, as links_score sums
                WEIGHT[importance] * held.get(skill, 0.0) for skill, importance, _ in needs
            )
            self.scores[i] = links_score(needs, levels, related)
            for term in self.rows.pop(i, {}):
                trial = self.trials[term]
                del trial[i]
                if not trial:
                    del self.trials[term]

    def candidates(self, floor: float = -1.0) -> dict[_Term, dict[int, float]]:
        """Candidate -> (role position -> its new score), for the roles it raises above
        ``floor`` (a score whose exact value is at most the floor rounds to at most the
        floor: it is left out) and the kept roles it raises. The floor may only rise from
        one call to the next: rows computed under a lower floor stay valid."""
        keep, held, shared, line = self.keep, self.held, self.shared, floor - REACH_MARGIN
        for i, peak in enumerate(self.peak):
            if i in self.rows:
                continue
            if i in held or i in keep or i in shared or peak > line:
                row = self.rows[i] = self._row(i, None, floor)
                for term, new in row.items():
                    self.trials.setdefault(term, {})[i] = new
        return self.trials

    def _sharing(self, i: int, floor: float) -> tuple[set[str], set[str]] | None:
        """For a cold role no single skill can lift above ``floor`` (its peak is below,
        and a candidate crediting one of its skills earns at most the peak): the skills
        crediting two of its skills or more, and the skills they credit; None otherwise."""
        if i in self.held or i in self.keep or self.peak[i] > floor - REACH_MARGIN:
            return None
        sharers = set(self.data.sharers.get(i, ()))
        return sharers, {t for s in sharers for t in self.data.credits(s)}

    def _row(self, i: int, only: "_Term | None", floor: float) -> dict[_Term, float]:
        """Candidate -> role i's new score if that skill alone reaches its level, for the
        candidates (or only ``only``) that raise it (above ``floor`` unless kept). For a
        cold role that only a sharer can lift, only the sharers are tried (the others
        stay under the floor: the same row)."""
        held, known, creditors = self.held.get(i, {}), self.creditors.get, self._creditors
        gained: dict[_Term, float] = {}
        get = gained.get
        essential = Importance.ESSENTIAL
        sharing = None if only is not None else self._sharing(i, floor)
        sharers, credited = sharing or ((), ())
        for t, importance, needed in self.data.needs(i):
            if sharing and t not in credited:
                continue
            weight = 2.0 if importance is essential else 1.0
            have = held.get(t, 0.0)
            for source, share in known(t) or creditors(t):
                at = source.level
                if sharing and source.id not in sharers:
                    continue
                if at is not None and (only is None or source is only):
                    value = share if at >= needed else share * at / needed
                    if value > have:
                        gained[source] = get(source, 0.0) + weight * (value - have)
        earned, total, old = self.earned[i], self.total[i], self.scores[i]
        floor = -1.0 if i in self.keep else floor
        row = {}
        for source, extra in gained.items():
            exact = 100.0 * (earned + extra) / total
            if exact > floor:
                new = round(exact, SCORE_DECIMALS)
                if new > old:
                    row[source] = new
        return row

    def trial(self, skill: str, level: int) -> dict[int, float]:
        """Role position -> its new score, for every role that rises if ``skill`` alone
        is at ``level``."""
        credits = self.data.credits(skill)
        if not credits:  # no role lists it or a skill it is related to
            return {}
        term = self._term(skill)
        kept, term.level = term.level, level
        try:
            rows = {i: self._row(i, term, -1.0) for i in self._listing(credits)}
        finally:
            term.level = kept
        return {i: row[term] for i, row in rows.items() if term in row}

    def apply(self, skill: str, level: int, levels: Levels) -> None:
        """Take the step (``levels`` already holds it): the credits and scores of the
        roles it touches are recomputed exactly, and their rows dropped."""
        self._term(skill).set_level(level)
        credits = set(self.data.credits(skill))
        self.credited |= credits
        self._update(self._listing(credits), levels)


class _Goal:
    """A goal's value over all scores, and its value after a few scores change."""

    def __init__(
        self,
        goal: Goal,
        board: _Board,
        pay: Mapping[str, float],
        threshold: float,
        targets: Sequence[str],
    ) -> None:
        self.goal, self.threshold = goal, threshold
        ids = board.ids
        self.pay = [pay.get(r, 0.0) for r in ids]
        self.pay_total = sum(self.pay)
        wanted = set(targets)
        self.targets = [i for i, r in enumerate(ids) if r in wanted]
        self.reset(board.scores)

    def reset(self, scores: list[float]) -> None:
        """Start from these scores (after a step is taken)."""
        self.scores = scores
        self.order = sorted(range(len(scores)), key=lambda i: -scores[i])
        self.above = sum(1 for s in scores if s >= self.threshold)
        self.below = sum(s for s in scores if s < self.threshold)
        self.paid = sum(s * p for s, p in zip(scores, self.pay, strict=True))
        self.top = set(self.order[:BEST])
        self.floor = scores[self.order[BEST - 1]] if len(scores) >= BEST else -1.0
        # goal score: a rise to at most the floor of the five best, on a role not a target,
        # leaves the value as it is, so trials may leave it out (see _Board.trial)
        self.cut = self.floor if self.goal is Goal.SCORE else -1.0
        self.value = self.of({})

    def of(self, changed: Mapping[int, float]) -> float:
        """The goal's value if the scores in ``changed`` (role position -> new score) rise."""
        scores, threshold = self.scores, self.threshold
        if self.goal is Goal.ROLES:
            above, below = float(self.above), self.below
            for i, new in changed.items():
                old = scores[i]
                above += (new >= threshold) - (old >= threshold)
                below += (new if new < threshold else 0.0) - (old if old < threshold else 0.0)
            # tie-break towards the roles nearest the threshold, without changing the count
            return above + below / (100 * len(scores) + 1)
        if self.goal is Goal.PAY:
            if not self.pay_total:
                return 0.0
            extra = sum((new - scores[i]) * self.pay[i] for i, new in changed.items())
            return (self.paid + extra) / self.pay_total
        if changed and not self.targets and self.top.isdisjoint(changed):
            if max(changed.values()) <= self.floor:  # no change reaches the five best
                return self.value
        best: list[float] = sorted(changed.values(), reverse=True)[:BEST]
        for i in self.order:  # the best unchanged scores, enough to fill the top five
            if len(best) >= BEST + len(changed):
                break
            if i not in changed:
                best.append(scores[i])
        top = sorted(best, reverse=True)[:BEST]
        value = sum(top)
        count = len(top)
        for i in self.targets:
            value += TARGET_WEIGHT * changed.get(i, scores[i])
            count += TARGET_WEIGHT
        return value / count if count else 0.0


def _roles_in_view(
    index: Index, family: str | None, region: str, goal: Goal
) -> tuple[BoardData, dict[str, float]]:
    """The roles `next` considers (one family or all), as its board reads them, and for
    the goal pay their median pay in the region (the only goal that reads the roles whole)."""
    positions = index.family_positions(find_family(index, family).id) if family else None
    links = index.board(positions)
    pay: dict[str, float] = {}
    if goal is Goal.PAY:
        medians = index.medians(region)
        pay = {
            i: medians[p] for i, p in zip(links.ids, links.positions, strict=True) if p in medians
        }
        if not pay:
            raise CareersError(msg("no_median_region", region=region), hint=msg("try_region_us"))
    return links, pay


def next_skills(
    index: Index,
    levels: Levels,
    goal: Goal = Goal.SCORE,
    count: int = 3,
    threshold: float = 70.0,
    region: str = "US",
    family: str | None = None,
    targets: Sequence[str] = (),
) -> NextResult:
    """The skills (one to five) that move the goal most, chosen one after another.

    Each candidate is a skill raised to the next level worth reaching: the lowest level
    above yours that a role in view needs. ``pay`` weighs each role's score by its median
    pay in the region (roles without a median are left out of that goal); with target
    roles, ``score`` counts each target twice beside the five best scores.
    """
    if not 1 <= count <= 5:
        raise CareersError(msg("count_range", got=count))
    region = normalise_region(region)
    current = dict(levels)
    links, pay = _roles_in_view(index, family, region, goal)
    in_view = set(links.ids)
    weighed = tuple(r for r in targets if r in in_view) if goal is Goal.SCORE else ()
    kept = [i for i, r in enumerate(links.ids) if r in weighed]
    board = _Board(links, current, kept)
    value = _Goal(goal, board, pay, threshold, weighed)
    start = value.value
    out: list[Suggestion] = []
    for _ in range(count):
        step = _best_step(board, value)
        if step is None:
            break
        out.append(_take_step(index, board, value, current, *step))
    return NextResult(goal, threshold, region, start, out, weighed)


def _take_step(
    index: Index, board: _Board, value: _Goal, current: dict[str, int], skill_id: str, level: int
) -> Suggestion:
    """Raise one skill to ``level`` (in ``current``, the board and the goal), with the
    roles that rise most."""
    changed = board.trial(skill_id, level)  # every role that rises, for the gains
    ids = board.ids
    gains = sorted(
        ((ids[i], board.scores[i], new) for i, new in changed.items()),
        key=lambda g: (-(g[2] - g[1]), g[0]),
    )
    before = value.value
    from_level = current.get(skill_id, 0)
    current[skill_id] = level
    board.apply(skill_id, level, current)
    value.reset(board.scores)
    return Suggestion(
        skill=index.skills.items[skill_id],
        level=level,
        from_level=from_level,
        before=before,
        after=value.value,
        roles_above=sum(1 for s in board.scores if s >= value.threshold),
        gains=tuple(gains[:3]),
    )


def _best_step(board: _Board, value: _Goal) -> tuple[str, int] | None:
    """The (skill, level) that raises the goal most (ties: by skill id), if any does."""
    best: tuple[float, str] | None = None
    found: tuple[str, int] | None = None
    for term, changed in board.candidates(value.cut).items():
        after = value.of(changed)
        key = (-round(after, 9), term.id)
        if after > value.value + 1e-9 and (best is None or key < best):
            assert term.level is not None  # a candidate has a level
            best, found = key, (term.id, term.level)
    return found


# --------------------------------------------------------------------------- similar and path


class Neighbour(NamedTuple):
    role: Role
    overlap: float
    to_add: tuple[Skill, ...]  # skills the neighbour needs that the first role does not
    to_leave: tuple[Skill, ...]  # skills of the first role the neighbour does not need


def _differences(index: Index, a: Role, b: Role) -> tuple[tuple[Skill, ...], tuple[Skill, ...]]:
    have = {s.skill: s for s in a.skills}
    wanted = {s.skill: s for s in b.skills}
    add = sorted(
        (s for s in b.skills if s.skill not in have or have[s.skill].level < s.level),
        key=lambda s: (s.importance is not Importance.ESSENTIAL, -s.level, s.skill),
    )
    leave = sorted(
        (s for s in a.skills if s.skill not in wanted),
        key=lambda s: (s.importance is not Importance.ESSENTIAL, -s.level, s.skill),
    )
    items = index.skills.items
    return tuple(items[s.skill] for s in add), tuple(items[s.skill] for s in leave)


def similar(index: Index, name: str, top: int = 5) -> tuple[Role, list[Neighbour]]:
    """The roles closest to a role by weighted skill overlap, with what differs.

    A role sharing no skill with it overlaps 0: only the roles sharing one are measured;
    the others (in id order, after them) are needed only when fewer than ``top`` share."""
    role = index.roles.get(name)
    mine = _need_weights(role.skills)
    ids = _closest(index, role.id, mine, index.candidate_ids(list(mine), top, but=role.id), top)
    others = [
        (weights_overlap(mine, _need_weights(needs)), other)
        for other, needs in index.skills_of(ids).items()
    ]
    others.sort(key=lambda pair: (-round(pair[0], 9), pair[1]))
    out = []
    for value, other in others[:top]:
        found = index.roles.items[other]
        add, leave = _differences(index, role, found)
        out.append(Neighbour(found, value, add, leave))
    return role, out


def _closest(
    index: Index, role: str, mine: dict[str, float], ids: list[str], top: int
) -> list[str]:
    """The candidates that can be among the ``top`` closest to a role: their overlaps
    estimated from the links of the role's own skills and the roles' weight totals
    (the sum of the max is total A + total B - the sum of the min), then every role
    within 1e-6 of the ``top``-th estimate kept, for :func:`similar` to measure exactly.
    The estimate differs from the overlap by rounding alone (about 1e-15), so no role of
    the exact top is left out."""
    if len(ids) <= top:
        return ids
    shared = dict.fromkeys(ids, 0.0)
    for skill, users in index.users_of(mine).items():
        wx = mine[skill]
        for y, importance, level in users:
            if y in shared:
                wy = WEIGHT[importance] * level / 5
                shared[y] += wx if wx < wy else wy
    totals = index.weight_totals([role, *ids])
    estimate = {}
    for y, v in shared.items():
        bottom = totals[role] + totals[y] - v
        estimate[y] = v / bottom if bottom > 0 else 0.0
    floor = sorted(estimate.values(), reverse=True)[top - 1] - 1e-6
    return [y for y in ids if estimate[y] >= floor]


def _need_weights(needs: Iterable[tuple[str, Importance, int]]) -> dict[str, float]:
    """explore.skill_weights from a role's (skill, importance, level) links."""
    return {skill: WEIGHT[importance] * level / 5 for skill, importance, level in needs}


NEIGHBOUR_OVERLAP = 0.25  # two roles are neighbours when they overlap this much
PATH_NEIGHBOURS = 30  # each role keeps its closest neighbours in the graph of `path`
MAX_MOVES = 8  # `path` looks no further by default: a longer chain is no career advice


class PathStep(NamedTuple):
    role: Role
    overlap: float  # with the previous role (1.0 for the first)
    to_add: tuple[Skill, ...]


class _Neighbours:
    """The bounded neighbour graph of `path`, built lazily one role at a time.

    A role's neighbours are the roles listed as related (either way) and its
    PATH_NEIGHBOURS closest roles overlapping at least ``min_overlap``. Overlaps are
    summed through the skills a role has (an inverted index), so a role's neighbours cost
    the roles it shares skills with, not every role of the catalogue. Everything is read
    from the index as it is needed (a role's skills, a skill's roles, the weight totals,
    the related roles): no role is decoded.
    """

    # the weights of explore.skill_weights: importance weight x level / 5
    TABLE = {(imp, lvl): WEIGHT[imp] * lvl / 5 for imp in Importance for lvl in range(6)}

    def __init__(self, index: Index, min_overlap: float) -> None:
        self.index = index
        self.min_overlap = min_overlap
        self._weights: dict[str, dict[str, float]] = {}
        self.totals: dict[str, float] = {}
        self.by_skill: dict[str, list[tuple[str, float]]] = {}
        self._related: dict[str, set[str]] = {}
        self._sharing: dict[str, set[str]] = {}
        self._cache: dict[str, list[tuple[str, float]]] = {}

    def _weight(self, importance: Importance, level: int) -> float:
        found = self.TABLE.get((importance, level))
        return WEIGHT[importance] * level / 5 if found is None else found

    def weights(self, x: str) -> dict[str, float]:
        """Skill id -> its weight in role x."""
        if x not in self._weights:
            needs = self.index.skills_of([x])[x]
            self._weights[x] = {skill: self._weight(imp, lvl) for skill, imp, lvl in needs}
        return self._weights[x]

    def related_to(self, x: str) -> set[str]:
        if x not in self._related:
            self._related.update(self.index.related_roles([x]))
        return self._related[x]

    def sharing(self, goal: str) -> set[str]:
        """The roles sharing a skill with the goal (the goal among them if it has one)."""
        if goal not in self._sharing:
            self._users(self.weights(goal))
            self._sharing[goal] = {y for s in self.weights(goal) for y, _ in self.by_skill[s]}
        return self._sharing[goal]

    def _users(self, skills: Iterable[str]) -> None:
        """Read the roles of these skills, with their weights, into ``by_skill``."""
        by_skill = self.by_skill
        wanted = [skill for skill in skills if skill not in by_skill]
        for skill, users in self.index.users_of(wanted).items():
            by_skill[skill] = [(y, self._weight(imp, lvl)) for y, imp, lvl in users]

    def overlaps(self, x: str) -> dict[str, float]:
        """Every role sharing a skill with x -> its weighted overlap with x."""
        weights, by_skill = self.weights(x), self.by_skill
        self._users(weights)
        shared: dict[str, float] = {}
        for skill, wx in weights.items():
            for y, wy in by_skill[skill]:
                if y != x:
                    shared[y] = shared.get(y, 0.0) + (wx if wx < wy else wy)
        totals = self.totals
        totals.update(self.index.weight_totals(y for y in [x, *shared] if y not in totals))
        tx = totals[x]
        return {y: v / (tx + totals[y] - v) for y, v in shared.items()}

    def may_reach(self, x: str, moves: int, goal: str, goal_moves: int) -> bool:
        """Whether expanding x (reached in ``moves``) can still give a chain to the goal
        in at most ``goal_moves``: only from one move before, and only if the goal can be a
        neighbour of x (related to it, or sharing a skill with it)."""
        if moves + 1 < goal_moves:
            return True
        if moves + 1 > goal_moves:
            return False
        return x in self.sharing(goal) or goal in self.related_to(x)

    def of(self, x: str) -> list[tuple[str, float]]:
        """(neighbour id, overlap) of role x."""
        if x not in self._cache:
            found = self.overlaps(x)
            close = sorted(
                ((y, v) for y, v in found.items() if v >= self.min_overlap),
                key=lambda pair: (-round(pair[1], 9), pair[0]),
            )[:PATH_NEIGHBOURS]
            kept = dict(close)
            for y in self.related_to(x):
                kept.setdefault(y, found.get(y, 0.0))
            self._cache[x] = sorted(kept.items())
            # what `path` asks of them next, read in one go
            self._related.update(
                self.index.related_roles(y for y in kept if y not in self._related)
            )
        return self._cache[x]


def path(
    index: Index,
    start: str,
    goal: str,
    min_overlap: float = NEIGHBOUR_OVERLAP,
    max_moves: int = MAX_MOVES,
) -> list[PathStep]:
    """The shortest chain of neighbouring roles from one role to another, of at most
    ``max_moves`` moves.

    Neighbours (see :class:`_Neighbours`): the roles listed as related, and each role's
    PATH_NEIGHBOURS closest roles overlapping at least ``min_overlap``. Fewest moves
    first; among chains of equal length, the one whose moves overlap most (the sum of
    1 - overlap is smallest), then by role ids. Roles more than ``max_moves`` away are
    never expanded, so the search costs what that many moves reach.
    """
    a, b = index.roles.get(start), index.roles.get(goal)
    if a.id == b.id:
        raise CareersError(msg("same_roles"), hint=msg("same_roles_hint"))
    graph = _Neighbours(index, min_overlap)
    roles = index.roles.items
    # Dijkstra on (moves, distance, ids): fewer moves always win.
    best: dict[str, tuple[int, float]] = {a.id: (0, 0.0)}
    heap: list[tuple[int, float, list[str]]] = [(0, 0.0, [a.id])]
    while heap:
        moves, dist, chain = heapq.heappop(heap)
        here = chain[-1]
        if here == b.id:
            steps = [PathStep(roles[chain[0]], 1.0, ())]
            for prev, nxt in zip(chain, chain[1:], strict=False):
                add, _ = _differences(index, roles[prev], roles[nxt])
                steps.append(PathStep(roles[nxt], overlap(roles[prev], roles[nxt]), add))
            return steps
        if best.get(here, (moves, dist)) < (moves, dist):
            continue
        if b.id in best and not graph.may_reach(here, moves, b.id, best[b.id][0]):
            continue  # its neighbours cannot improve the best chain found to the goal
        if moves >= max_moves:
            continue
        for y, value in graph.of(here):
            cost = (moves + 1, dist + (1 - value))
            if y not in best or cost < best[y]:
                best[y] = cost
                heapq.heappush(heap, (cost[0], cost[1], [*chain, y]))
    raise CareersError(
        msg("no_path", a=a.id, b=b.id, n=max_moves), hint=_no_path_hint(min_overlap, max_moves)
    )


def _no_path_hint(min_overlap: float, max_moves: int) -> str:
    """What may find a chain: a lower floor than the one given (0.15 below the default,
    half of a lower one, in whole percent; none under 1 %), or more moves."""
    lower = 0.15 if min_overlap > 0.15 else int(min_overlap * 50) / 100
    percent, more = pct(min_overlap, current_lang()), min(2 * max_moves, 50)
    if lower < 0.01:
        return msg("no_path_hint_moves", percent=percent, more=more)
    return msg("no_path_hint", percent=percent, lower=f"{lower:g}", more=more)
