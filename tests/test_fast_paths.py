"""The fast paths of `next` and `path` give exactly the answers of a plain full computation,
on random small catalogues (issue 10, item 9)."""

from __future__ import annotations

import heapq
from collections.abc import Sequence

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careers_cli import catalogue, matching
from careers_cli.errors import CareersError
from careers_cli.explore import Measure, overlap, pick
from careers_cli.model import Importance, Role, RoleSkill

BUNDLED = catalogue.load(None)
# skills tied by `related` links, so that partial credit plays its part
LINKED = sorted(
    {s.id for s in BUNDLED.catalogue.skills if s.related}
    | {r.skill for s in BUNDLED.catalogue.skills for r in s.related}
)[:40]
ROLES = BUNDLED.catalogue.roles
fast = settings(max_examples=60, deadline=None)

role_skills = st.lists(
    st.tuples(st.sampled_from(LINKED), st.booleans(), st.integers(1, 5)),
    min_size=1,
    max_size=8,
    unique_by=lambda t: t[0],
)


@st.composite
def small_catalogues(draw: st.DrawFn) -> catalogue.Index:
    """A few bundled roles (their pay and links kept) with random skills and levels."""
    count = draw(st.integers(2, 12))
    roles = []
    for role in ROLES[:count]:
        skills = tuple(
            RoleSkill(s, Importance.ESSENTIAL if e else Importance.OPTIONAL, n)
            for s, e, n in draw(role_skills)
        )
        roles.append(role._replace(skills=skills))
    cat = BUNDLED.catalogue._replace(roles=tuple(roles))
    return catalogue.Index(catalogue.Loaded("random", cat))


def goal_value(
    goal: matching.Goal,
    scores: Sequence[float],
    threshold: float,
    pay: Sequence[float],
    targets: Sequence[int],
) -> float:
    """The goals as the README states them, computed from all scores at once."""
    if goal is matching.Goal.ROLES:
        above = sum(1 for s in scores if s >= threshold)
        below = sum(s for s in scores if s < threshold)
        return above + below / (100 * len(scores) + 1)
    if goal is matching.Goal.PAY:
        total = sum(pay)
        return sum(s * p for s, p in zip(scores, pay, strict=True)) / total if total else 0.0
    top = sorted(scores, reverse=True)[: matching.BEST]
    value = sum(top) + matching.TARGET_WEIGHT * sum(scores[i] for i in targets)
    return value / (len(top) + matching.TARGET_WEIGHT * len(targets))


def next_by_rescoring(
    index: catalogue.Index,
    levels: dict[str, int],
    goal: matching.Goal,
    count: int,
    threshold: float,
    targets: Sequence[str],
) -> list[tuple[str, int, float]]:
    """Greedy steps, each candidate judged by rescoring every role from scratch."""
    roles: list[Role] = list(index.catalogue.roles)
    pay = []
    for role in roles:
        salary = pick(role, "US", Measure.MEDIAN)
        pay.append(salary.median if salary and salary.median is not None else 0.0)
    wanted = [i for i, r in enumerate(roles) if r.id in targets] if goal is goal.SCORE else []
    needed: dict[str, set[int]] = {}
    for role in roles:
        for need in role.skills:
            needed.setdefault(need.skill, set()).add(need.level)
    current, out = dict(levels), []
    for _ in range(count):
        scores = [matching.quick_score(index, r, current) for r in roles]
        base = goal_value(goal, scores, threshold, pay, wanted)
        best: tuple[tuple[float, str], str, int, float] | None = None
        for skill in sorted(needed):
            level = min((n for n in needed[skill] if n > current.get(skill, 0)), default=None)
            if level is None:
                continue
            trial = {**current, skill: level}
            after = goal_value(
                goal, [matching.quick_score(index, r, trial) for r in roles], threshold, pay, wanted
            )
            key = (-round(after, 9), skill)
            if after > base + 1e-9 and (best is None or key < best[0]):
                best = (key, skill, level, after)
        if best is None:
            break
        _, skill, level, after = best
        current[skill] = level
        out.append((skill, level, after))
    return out


@fast
@given(
    small_catalogues(),
    st.dictionaries(st.sampled_from(LINKED), st.integers(1, 5), max_size=6),
    st.sampled_from(list(matching.Goal)),
    st.integers(1, 5),
    st.sampled_from([0.0, 30.0, 70.0]),
    st.lists(st.sampled_from([r.id for r in ROLES[:12]]), max_size=2, unique=True),
)
def test_next_gives_the_steps_of_a_full_rescoring(
    index: catalogue.Index,
    levels: dict[str, int],
    goal: matching.Goal,
    count: int,
    threshold: float,
    targets: list[str],
) -> None:
    result = matching.next_skills(index, levels, goal, count, threshold, "US", None, targets)
    got = [(s.skill.id, s.level) for s in result.suggestions]
    expected = next_by_rescoring(index, levels, goal, count, threshold, targets)
    assert got == [(skill, level) for skill, level, _ in expected]
    for step, (_, _, after) in zip(result.suggestions, expected, strict=True):
        assert step.after == pytest.approx(after, abs=1e-6)


@fast
@given(
    small_catalogues(),
    st.dictionaries(st.sampled_from(LINKED), st.integers(1, 5), max_size=6),
    st.lists(st.integers(0, 11), max_size=2),
    st.data(),
)
def test_next_leaves_out_only_roles_no_candidate_lifts_above_the_floor(
    index: catalogue.Index, levels: dict[str, int], kept: list[int], data: st.DataObject
) -> None:
    """The roles `next` gives no row (cold roles whose peak is under the floor and where no
    candidate credits two skills) hold no candidate score above the floor: the pruned
    candidates are those of rows computed for every role. Floors are drawn just under the
    scores candidates reach, where a wrong bound would show."""
    roles = list(index.catalogue.roles)
    keep = [k for k in kept if k < len(roles)]
    board = matching._Board(index.board(), levels, keep)
    reached = {new for i in range(len(roles)) for new in board._row(i, None, -1.0).values()}
    marks = sorted({*board.scores, *board.peak, *(x - d for x in reached for d in (1e-6, 1.0))})
    floor = data.draw(st.one_of(st.sampled_from(marks), st.floats(0.0, 60.0)), label="floor")
    full: dict[str, dict[int, float]] = {}
    for i in range(len(roles)):
        for term, new in board._row(i, None, floor).items():
            full.setdefault(term.id, {})[i] = new
    pruned = {term.id: dict(changed) for term, changed in board.candidates(floor).items()}
    assert pruned == full


@fast
@given(small_catalogues(), st.integers(0, 11), st.integers(1, 12))
def test_similar_ranks_as_the_overlap_with_every_role(
    index: catalogue.Index, a: int, top: int
) -> None:
    """`similar` measures only the roles sharing a skill: the same neighbours, in the same
    order, as the overlap measured with every role (those sharing none score 0)."""
    roles = index.catalogue.roles
    role = roles[a % len(roles)]
    scored = [(overlap(role, r), r.id) for r in roles if r.id != role.id]
    scored.sort(key=lambda pair: (-round(pair[0], 9), pair[1]))
    _, got = matching.similar(index, role.id, top)
    assert [(n.role.id, n.overlap) for n in got] == [(i, v) for v, i in scored[:top]]


@fast
@given(
    small_catalogues(),
    st.dictionaries(st.sampled_from(LINKED), st.integers(1, 5), min_size=1, max_size=6),
    st.sampled_from([None, 1, 3]),
    st.sampled_from(list(matching.By)),
)
def test_match_ranks_as_a_full_scoring_of_every_role(
    index: catalogue.Index, levels: dict[str, int], top: int | None, by: matching.By
) -> None:
    """`match` ranks from the links, reads the related skills of the credited skills only
    and the specificity of the skills listed only: the same roles, in the same order,
    with the same figures, as every role scored and explained in full."""
    got = matching.match(index, levels, matching.MatchOptions(top=top, by=by))
    spec = matching.specificity(index)  # (every skill's, computed after the match)
    full = [matching.score_role(index, r, levels, "US", spec) for r in index.catalogue.roles]
    if by is matching.By.FIT:
        full.sort(key=lambda m: (-m.fit, -m.score, m.role.id))
    else:
        full.sort(key=lambda m: (-m.score, -m.fit, m.role.id))
    assert got == full[:top]


def chain_by_full_search(
    index: catalogue.Index, start: str, goal: str, floor: float, max_moves: int
) -> list[str]:
    """The chain of `path`, by a search that expands every role it reaches within
    ``max_moves`` moves."""
    graph = matching._Neighbours(index, floor)
    best = {start: (0, 0.0)}
    heap: list[tuple[int, float, list[str]]] = [(0, 0.0, [start])]
    found: list[str] = []
    while heap:
        moves, dist, chain = heapq.heappop(heap)
        if chain[-1] == goal and not found:
            found = chain
        if best.get(chain[-1], (moves, dist)) < (moves, dist) or moves == max_moves:
            continue
        for y, value in graph.of(chain[-1]):
            cost = (moves + 1, dist + (1 - value))
            if y not in best or cost < best[y]:
                best[y] = cost
                heapq.heappush(heap, (cost[0], cost[1], [*chain, y]))
    return found


@fast
@given(
    small_catalogues(),
    st.integers(0, 11),
    st.integers(0, 11),
    st.sampled_from([0.01, 0.1, 0.25, 0.5]),
    st.integers(1, 12),
)
def test_path_gives_the_chain_of_a_full_search(
    index: catalogue.Index, a: int, b: int, floor: float, max_moves: int
) -> None:
    ids = [r.id for r in index.catalogue.roles]
    start, goal = ids[a % len(ids)], ids[b % len(ids)]
    if start == goal:
        return
    expected = chain_by_full_search(index, start, goal, floor, max_moves)
    try:
        got = [s.role.id for s in matching.path(index, start, goal, floor, max_moves)]
    except CareersError:
        got = []
    assert got == expected


class FullRescoring:
    """The learning plan's scorer done plainly: every trial scores the role from scratch."""

    def __init__(self, index: catalogue.Index, role: Role, levels: dict[str, int]) -> None:
        self.index, self.role, self.levels = index, role, dict(levels)
        self.score = matching.quick_score(index, role, self.levels)

    def trial(self, skill: str, level: int) -> float:
        return matching.quick_score(self.index, self.role, {**self.levels, skill: level})

    def take(self, skill: str, level: int) -> None:
        self.levels[skill] = level
        self.score = matching.quick_score(self.index, self.role, self.levels)


@fast
@given(
    small_catalogues(),
    st.integers(0, 11),
    st.dictionaries(st.sampled_from(LINKED), st.integers(1, 5), max_size=10),
)
def test_learning_plan_gives_the_steps_of_a_full_rescoring(
    index: catalogue.Index, a: int, levels: dict[str, int]
) -> None:
    """`gap` rescoring only the skills a step touches gives the plan of full rescorings."""
    roles = index.catalogue.roles
    role = roles[a % len(roles)]
    fast_plan = matching.learning_plan(index, role, levels)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(matching, "_Rescorer", FullRescoring)
        assert matching.learning_plan(index, role, levels) == fast_plan
