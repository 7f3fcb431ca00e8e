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
"""

import heapq
import operator
import re
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import NamedTuple

from careers_cli.catalogue import Index
from careers_cli.choices import Goal, Measure
from careers_cli.errors import CareersError
from careers_cli.explore import find_family, normalise_region, overlap, pick
from careers_cli.i18n import msg
from careers_cli.model import Importance, Role, Salary, Skill
from careers_cli.text import closest, fold

DEFAULT_LEVEL = 3
SCORE_DECIMALS = 6  # scores are rounded so that equal sums compare equal
WEIGHT = {Importance.ESSENTIAL: 2, Importance.OPTIONAL: 1}
PREREQUISITE_LEVEL = 3  # target level of a prerequisite the role itself does not list

Levels = Mapping[str, int]  # skill id -> the person's level, 1-5


# --------------------------------------------------------------------------- user input


class Unknown(NamedTuple):
    """A name given by the user that is no skill of the catalogue."""

    text: str
    suggestions: tuple[str, ...]


def higher_level_wins(levels: Levels, extra: Levels) -> dict[str, int]:
    """Two sets of skills as one: a skill in both keeps its higher level (the one rule,
    for skills given twice on a command line and for profiles merged)."""
    out = dict(levels)
    for skill, level in extra.items():
        out[skill] = max(level, out.get(skill, 0))
    return out


class ParsedSkills:
    """Skills read from the user, with what could not be read."""

    def __init__(
        self, levels: dict[str, int] | None = None, unknown: list[Unknown] | None = None
    ) -> None:
        self.levels: dict[str, int] = levels if levels is not None else {}
        self.unknown: list[Unknown] = unknown if unknown is not None else []

    def merge(self, other: "ParsedSkills") -> None:
        """Add another set; a skill given twice keeps its higher level."""
        self.levels = higher_level_wins(self.levels, other.levels)
        self.unknown.extend(other.unknown)


_SPLIT = re.compile(r"[,;\n]+")


def suggest(index: Index, text: str) -> tuple[str, ...]:
    """The skill ids closest to an unknown name (by id, names and aliases)."""
    labels = index.skills.labels
    found = closest(text, labels.values(), n=4, cutoff=0.6)
    ids = dict.fromkeys(index.skills.keys[fold(label)] for label in found)
    return tuple(list(ids)[:3])


def parse_level(text: str, where: str) -> int:
    from careers_cli.i18n import msg

    try:
        level = int(text)
    except ValueError:
        raise CareersError(msg("level_not_whole", where=where, got=f"'{text}'")) from None
    if not 1 <= level <= 5:
        raise CareersError(msg("level_range", where=where, got=level))
    return level


def parse_skills(index: Index, text: str) -> ParsedSkills:
    """Read ``"python, pytorch:4, sql:2, statistiques"``: ids, names or aliases in either
    language, each with an optional level after a colon (default 3)."""
    parsed = ParsedSkills()
    for raw in _SPLIT.split(text):
        item = raw.strip()
        if not item:
            continue
        name, sep, level_text = item.rpartition(":")
        if not sep or not name.strip():
            name, level = item, DEFAULT_LEVEL
        else:
            level = parse_level(level_text.strip(), f"'{item}'")
        name = name.strip()
        skill = index.skills.find(name)
        if skill is None:
            parsed.unknown.append(Unknown(name, suggest(index, name)))
            continue
        parsed.levels[skill.id] = max(level, parsed.levels.get(skill.id, 0))
    return parsed


def unknown_message(unknown: Sequence[Unknown]) -> str:
    """One line per name that is no skill, with the closest ones."""
    from careers_cli.i18n import msg

    lines = []
    for u in unknown:
        hint = msg("did_you_mean_inline", names=", ".join(u.suggestions)) if u.suggestions else ""
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

    @property
    def points(self) -> float:
        return self.weight * self.credit

    @property
    def gap(self) -> float:
        """Points still to earn on this skill."""
        return self.weight * (1 - self.credit)


class Match(NamedTuple):
    role: Role
    score: float  # 0..100
    contributions: tuple[Contribution, ...]
    salary: Salary | None

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
    have = levels.get(skill_id, 0)
    direct = min(1.0, have / needed) if have else 0.0
    best, via, via_level, via_weight = direct, None, 0, 0.0
    for rel in index.skills.items[skill_id].related:
        level = levels.get(rel.skill, 0)
        if level:
            value = rel.weight * min(1.0, level / needed)
            if value > best:
                best, via, via_level, via_weight = value, rel.skill, level, rel.weight
    return best, via, via_level, via_weight


def score_role(index: Index, role: Role, levels: Levels, region: str = "US") -> Match:
    """A role's score for a person, with each skill's contribution."""
    parts = []
    total = earned = 0.0
    for need in role.skills:
        credit, via, via_level, via_weight = credit_of(index, need.skill, need.level, levels)
        weight = WEIGHT[need.importance]
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
                weight=weight,
            )
        )
        total += weight
        earned += weight * credit
    score = round(100.0 * earned / total, SCORE_DECIMALS) if total else 0.0
    return Match(role, score, tuple(parts), pick(role, normalise_region(region), Measure.MEDIAN))


def quick_score(index: Index, role: Role, levels: Levels) -> float:
    """The score alone (no explanation objects), for searches over many candidates.

    The same arithmetic as :func:`score_role` (a property test checks they agree).
    """
    total = earned = 0.0
    items = index.skills.items
    essential = Importance.ESSENTIAL
    for skill, importance, needed in role.skills:
        weight = 2.0 if importance is essential else 1.0
        total += weight
        have = levels.get(skill, 0)
        best = (1.0 if have >= needed else have / needed) if have else 0.0
        if best < 1.0:
            for related, share in items[skill].related:
                level = levels.get(related, 0)
                if level:
                    credit = share if level >= needed else share * level / needed
                    if credit > best:
                        best = credit
        earned += weight * best
    return round(100.0 * earned / total, SCORE_DECIMALS) if total else 0.0


def credited_skills(index: Index, levels: Levels) -> set[str]:
    """The skills a person earns any credit for: theirs, and those they relate to."""
    found = set(levels)
    reverse = index.reverse_related
    for skill in levels:
        found.update(reverse.get(skill, ()))
    return found


class MatchOptions(NamedTuple):
    family: str | None = None
    min_salary: float | None = None
    region: str = "US"
    top: int | None = None


def match(index: Index, levels: Levels, options: MatchOptions | None = None) -> list[Match]:
    """Every role (that passes the filters) scored, best first; ties by role id."""
    options = options or MatchOptions()
    region = normalise_region(options.region)
    roles: Iterable[Role] = index.catalogue.roles
    if options.family:
        family = find_family(index, options.family)
        roles = [r for r in roles if r.family == family.id]
    if options.min_salary is not None:
        floor = options.min_salary
        kept = []
        for role in roles:
            salary = pick(role, region, Measure.MEDIAN)
            if salary is not None and salary.median is not None and salary.median >= floor:
                kept.append(role)
        roles = kept
    # Score every role cheaply (a role sharing no credited skill scores 0 without a
    # look), then explain only the roles that are shown.
    credited = credited_skills(index, levels)
    first = operator.itemgetter(0)
    scored = [
        (
            0.0
            if credited.isdisjoint(map(first, role.skills))
            else quick_score(index, role, levels),
            role,
        )
        for role in roles
    ]
    scored.sort(key=lambda pair: (-pair[0], pair[1].id))
    if options.top:
        scored = scored[: options.top]
    return [score_role(index, role, levels, region) for _, role in scored]


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


def _order(contributions: Iterable[Contribution]) -> list[Contribution]:
    return sorted(
        contributions,
        key=lambda c: (c.importance is not Importance.ESSENTIAL, -c.gap, -c.needed, c.skill.id),
    )


def gap(index: Index, role: Role, levels: Levels, region: str = "US") -> Gap:
    """What a person has, lacks and should learn first for one role."""
    result = score_role(index, role, levels, region)
    groups: dict[GapKind, list[Contribution]] = {k: [] for k in GapKind}
    for c in result.contributions:
        groups[gap_kind(c)].append(c)
    for kind in groups:
        groups[kind] = _order(groups[kind])
    return Gap(result, groups, learning_plan(index, role, levels))


def learning_plan(index: Index, role: Role, levels: Levels) -> list[Step]:
    """The skills to learn or raise for a role, prerequisites first.

    Every role skill short of its level is a step; so is any prerequisite of a step that
    the person lacks (to level 3), transitively. Among the steps whose prerequisites are
    done, the one that raises the score most comes next (ties: essential first, then id).
    """
    items = index.skills.items
    targets: dict[str, int] = {}
    importance: dict[str, Importance] = {}
    for need in role.skills:
        if levels.get(need.skill, 0) < need.level:
            targets[need.skill] = need.level
            importance[need.skill] = need.importance
    queue = list(targets)
    while queue:  # add missing prerequisites, transitively
        skill_id = queue.pop()
        for pre in items[skill_id].prerequisites:
            if pre not in targets and not levels.get(pre, 0):
                targets[pre] = PREREQUISITE_LEVEL
                queue.append(pre)
    pending = {s: {p for p in items[s].prerequisites if p in targets} for s in targets}
    users = dict.fromkeys(targets, 0)
    wanted = set(targets)
    first = operator.itemgetter(0)
    for other in index.catalogue.roles:
        if other.id != role.id:
            for skill_id in wanted.intersection(map(first, other.skills)) | wanted.intersection(
                other.tools
            ):
                users[skill_id] += 1
    current = dict(levels)
    score = quick_score(index, role, current)
    plan: list[Step] = []
    while pending:
        ready = [s for s, deps in pending.items() if not deps]
        if not ready:  # pragma: no cover - validation rejects prerequisite cycles
            raise CareersError("prerequisite cycle in the catalogue")
        best_key: tuple[float, int, str] | None = None
        best_id = ""
        best_score = score
        for skill_id in ready:
            trial = {**current, skill_id: max(targets[skill_id], current.get(skill_id, 0))}
            after = quick_score(index, role, trial)
            key = (-after, 0 if importance.get(skill_id) is Importance.ESSENTIAL else 1, skill_id)
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
        score = best_score
        del pending[best_id]
        for deps in pending.values():
            deps.discard(best_id)
    return plan


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


BEST = 5  # "your best scores": the mean of the top five


def _objective(
    goal: Goal, scores: dict[str, float], pay: dict[str, float], threshold: float
) -> float:
    if goal is Goal.ROLES:
        above = sum(1 for s in scores.values() if s >= threshold)
        # tie-break towards the roles nearest the threshold, without changing the count
        return above + sum(s for s in scores.values() if s < threshold) / (100 * len(scores) + 1)
    if goal is Goal.PAY:
        total = sum(pay.values())
        return sum(scores[r] * p for r, p in pay.items()) / total if total else 0.0
    best = sorted(scores.values(), reverse=True)[:BEST]
    return sum(best) / len(best) if best else 0.0


def next_skills(
    index: Index,
    levels: Levels,
    goal: Goal = Goal.SCORE,
    count: int = 3,
    threshold: float = 70.0,
    region: str = "US",
    family: str | None = None,
) -> NextResult:
    """The skills (one to five) that move the goal most, chosen one after another.

    Candidates are every skill some role needs above your level, raised to the highest
    level a role needs. ``pay`` weighs each role's score by its median pay in the region
    (roles without a median are left out of that goal).
    """
    if not 1 <= count <= 5:
        raise CareersError(msg("count_range", got=count))
    region = normalise_region(region)
    roles = list(index.catalogue.roles)
    if family:
        fam = find_family(index, family)
        roles = [r for r in roles if r.family == fam.id]
    pay: dict[str, float] = {}
    for role in roles:
        salary = pick(role, region, Measure.MEDIAN)
        if salary is not None and salary.median is not None:
            pay[role.id] = salary.median
    if goal is Goal.PAY and not pay:
        raise CareersError(msg("no_median_region", region=region), hint=msg("try_region_us"))
    top_level: dict[str, int] = {}
    for role in roles:
        for need in role.skills:
            top_level[need.skill] = max(need.level, top_level.get(need.skill, 0))
    current = dict(levels)
    scores = {r.id: quick_score(index, r, current) for r in roles}
    start = _objective(goal, scores, pay, threshold)
    objective = start
    out: list[Suggestion] = []
    for _ in range(count):
        best: tuple[float, str] | None = None
        best_scores: dict[str, float] = {}
        for skill_id, level in sorted(top_level.items()):
            if current.get(skill_id, 0) >= level:
                continue
            trial = {**current, skill_id: level}
            touched = index.roles_credited_by.get(skill_id, set())
            trial_scores = {
                r.id: quick_score(index, r, trial) if r.id in touched else scores[r.id]
                for r in roles
            }
            value = _objective(goal, trial_scores, pay, threshold)
            key = (-round(value, 9), skill_id)
            if value > objective + 1e-9 and (best is None or key < best):
                best, best_scores = key, trial_scores
        if best is None:
            break
        skill_id = best[1]
        gains = sorted(
            ((r, scores[r], best_scores[r]) for r in scores if best_scores[r] > scores[r] + 1e-9),
            key=lambda g: (-(g[2] - g[1]), g[0]),
        )
        value = -best[0]
        out.append(
            Suggestion(
                skill=index.skills.items[skill_id],
                level=top_level[skill_id],
                from_level=current.get(skill_id, 0),
                before=objective,
                after=value,
                roles_above=sum(1 for s in best_scores.values() if s >= threshold),
                gains=tuple(gains[:3]),
            )
        )
        current[skill_id] = top_level[skill_id]
        scores, objective = best_scores, value
    return NextResult(goal, threshold, region, start, out)


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
    """The roles closest to a role by weighted skill overlap, with what differs."""
    role = index.roles.get(name)
    others = [(overlap(role, r), r) for r in index.catalogue.roles if r.id != role.id]
    others.sort(key=lambda pair: (-round(pair[0], 9), pair[1].id))
    out = []
    for value, other in others[:top]:
        add, leave = _differences(index, role, other)
        out.append(Neighbour(other, value, add, leave))
    return role, out


NEIGHBOUR_OVERLAP = 0.25  # two roles are neighbours when they overlap this much


class PathStep(NamedTuple):
    role: Role
    overlap: float  # with the previous role (1.0 for the first)
    to_add: tuple[Skill, ...]


def path(
    index: Index, start: str, goal: str, min_overlap: float = NEIGHBOUR_OVERLAP
) -> list[PathStep]:
    """The shortest chain of neighbouring roles from one role to another.

    Neighbours are roles that overlap at least ``min_overlap``, or that the catalogue
    lists as related. Fewest moves first; among chains of equal length, the one whose
    moves overlap most (the sum of 1 - overlap is smallest), then by role ids.
    """
    a, b = index.roles.get(start), index.roles.get(goal)
    if a.id == b.id:
        raise CareersError(msg("same_roles"), hint=msg("same_roles_hint"))
    roles = {r.id: r for r in index.catalogue.roles}
    cache: dict[tuple[str, str], float] = {}

    def ov(x: str, y: str) -> float:
        key = (x, y) if x < y else (y, x)
        if key not in cache:
            cache[key] = overlap(roles[x], roles[y])
        return cache[key]

    def neighbours(x: str) -> list[str]:
        out = []
        for y, r in roles.items():
            if y != x and (ov(x, y) >= min_overlap or y in roles[x].related or x in r.related):
                out.append(y)
        return out

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
                steps.append(PathStep(roles[nxt], ov(prev, nxt), add))
            return steps
        if best.get(here, (moves, dist)) < (moves, dist):
            continue
        for y in neighbours(here):
            cost = (moves + 1, dist + (1 - ov(here, y)))
            if y not in best or cost < best[y]:
                best[y] = cost
                heapq.heappush(heap, (cost[0], cost[1], [*chain, y]))
    raise CareersError(
        msg("no_path", a=a.id, b=b.id),
        hint=msg("no_path_hint", percent=round(min_overlap * 100)),
    )
