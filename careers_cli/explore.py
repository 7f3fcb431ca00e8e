"""Browsing the catalogue: lists and filters, rankings, comparisons, reverse look-ups, search.

Everything here takes an :class:`Index` and plain arguments and returns plain data
(dataclasses); nothing prints. Views in ``careers_cli.views`` present the results.
"""

from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from careers_cli import pay
from careers_cli.catalogue import Index, SearchColumns
from careers_cli.choices import Lang, Measure, RankBy, SortKey
from careers_cli.errors import CareersError
from careers_cli.i18n import compact, current_lang, msg, number
from careers_cli.model import (
    TOOL_CATEGORIES,
    Application,
    Degree,
    Demand,
    Experience,
    Family,
    Importance,
    Name,
    Period,
    Role,
    RoleSkill,
    Salary,
    SalaryKind,
    Skill,
    SkillCategory,
    Source,
    SourceKind,
    Text,
    salary_kind,
)
from careers_cli.text import fold

if TYPE_CHECKING:
    from careers_cli.listing import Listing

DEGREE_ORDER = [Degree.NONE, Degree.VOCATIONAL, Degree.BACHELOR, Degree.MASTER, Degree.PHD]


def figure(salary: Salary, measure: Measure) -> float | None:
    """One figure of a salary, or None when the source does not give it."""
    value: float | None = getattr(salary, measure.value)
    return value


def pick(role: Role, region: str, measure: Measure, source: str | None = None) -> Salary | None:
    """The first annual figure for a region that gives ``measure`` (and comes from ``source``)."""
    for salary in role.salaries:
        if (
            salary.region == region
            and salary.period is Period.ANNUAL
            and (source is None or salary.source == source)
            and figure(salary, measure) is not None
        ):
            return salary
    return None


def normalise_region(region: str) -> str:
    """A region code as the catalogue writes it (``us`` -> ``US``, ``UK`` -> ``GB``)."""
    code = region.strip().upper()
    return "GB" if code == "UK" else code


# --------------------------------------------------------------------------- list


#: How many of a role's tools the list's table names.
TOP_TOOLS = 2


class RoleRef(NamedTuple):
    """A role as a line of a list names it."""

    id: str
    name: Name


class RoleSummary(NamedTuple):
    """One line of `careers list`."""

    role: RoleRef
    family: Family
    essential: int
    optional: int
    tools: tuple[str, ...]  # skill ids of the role's tools
    top_tools: tuple[Name, ...]  # the names of the first TOP_TOOLS of them
    us: Salary | None  # role-level (index, surveys)
    fr: Salary | None  # role-level
    us_group: Salary | None = None  # group figure (BLS OEWS), never in the same column


def summarise(index: Index, role: Role) -> RoleSummary:
    essential = sum(1 for s in role.skills if s.importance is Importance.ESSENTIAL)
    return RoleSummary(
        role=RoleRef(role.id, role.name),
        family=index.families[role.family],
        essential=essential,
        optional=len(role.skills) - essential,
        tools=role.tools,
        top_tools=tuple(index.skills.items[t].name for t in role.tools[:TOP_TOOLS]),
        us=pay.headline(index, role, "US", SalaryKind.ROLE),
        fr=pay.headline(index, role, "FR", SalaryKind.ROLE),
        us_group=pay.headline(index, role, "US", SalaryKind.GROUP),
    )


class Filters(NamedTuple):
    """What `careers list` keeps; every filter given must hold."""

    family: str | None = None
    skill: str | None = None
    tool: str | None = None
    application: str | None = None
    min_salary: float | None = None
    region: str = "US"
    education: Degree | None = None


class ListQuery(NamedTuple):
    """The filters of `careers list` resolved to ids (what an index selects by)."""

    family: str | None = None  # family id
    skill: str | None = None  # skill id, as a skill of the role
    tool: str | None = None  # skill id, as a tool of the role
    application: str | None = None  # application id
    degree: int | None = None  # the highest degree kept, its position in DEGREE_ORDER
    min_salary: float | None = None
    region: str = "US"  # of --min-salary and --sort salary


def find_family(index: Index, name: str) -> Family:
    """A family by id, English or French name or short name (every label the tool prints
    for it), as a role is found: case, accents and separators ignored, a unique prefix."""
    from careers_cli.errors import NotFoundError

    names = index.family_names
    try:
        return index.families[names.get(name).id]
    except NotFoundError as error:
        if not error.suggestions and len(names.items) <= FEW_FAMILIES:  # nothing close
            error.hint = msg("families_are", names=", ".join(names.names_of(list(names.items))))
        raise


def find_source(index: Index, name: str) -> Source:
    """A source by id, short label or the tag footers print (``BLS``, ``index``); an
    unknown or ambiguous one also says where the sources are listed."""
    from careers_cli.errors import NotFoundError

    try:
        return index.sources[index.source_names.get(name).id]
    except NotFoundError as error:
        error.hint = "\n".join(line for line in (error.hint, msg("sources_hint")) if line)
        raise


FEW_FAMILIES = 12  # an unknown family lists them all when there are no more than this


def list_query(index: Index, filters: Filters) -> ListQuery:
    """The filters with every name resolved (an unknown name: NotFoundError)."""
    return ListQuery(
        family=find_family(index, filters.family).id if filters.family else None,
        skill=index.skills.get(filters.skill).id if filters.skill else None,
        tool=index.skills.get(filters.tool).id if filters.tool else None,
        application=(
            index.applications.get(filters.application).id if filters.application else None
        ),
        degree=None if filters.education is None else DEGREE_ORDER.index(filters.education),
        min_salary=filters.min_salary,
        region=normalise_region(filters.region),
    )


def select_roles(
    index: Index,
    filters: Filters | None = None,
    sort: SortKey = SortKey.CATALOGUE,
    lang: str = "en",
) -> "Listing":
    """The roles that pass every filter, in the order asked for: the index selects them
    (the compiled one in SQL, see careers_cli/listing.py)."""
    return index.select_roles(list_query(index, filters or Filters()), sort, lang)


def list_roles(
    index: Index,
    filters: Filters | None = None,
    sort: SortKey = SortKey.CATALOGUE,
    lang: str = "en",
) -> list[RoleSummary]:
    """The lines of `careers list`: the roles that pass every filter, in order."""
    return select_roles(index, filters, sort, lang).summaries()


def kept_roles(index: Index, q: ListQuery) -> list[Role]:
    """The roles that pass every filter, in catalogue order (from the roles themselves)."""
    roles: Iterable[Role] = index.every_role()
    if q.family is not None:
        roles = [r for r in roles if r.family == q.family]
    if q.skill is not None:
        roles = [r for r in roles if any(s.skill == q.skill for s in r.skills)]
    if q.tool is not None:
        roles = [r for r in roles if q.tool in r.tools]
    if q.application is not None:
        roles = [r for r in roles if q.application in r.applications]
    if q.degree is not None:
        ceiling = q.degree
        roles = [r for r in roles if DEGREE_ORDER.index(r.education.degree) <= ceiling]
    if q.min_salary is not None:
        least = q.min_salary
        medians = ((r, pay.median_for(index, r, q.region)) for r in roles)
        roles = [r for r, median in medians if median is not None and median >= least]
    return list(roles)


#: The filters of `careers list` in the order an empty list's hint counts them: the field
#: of ListQuery and its option (--min-salary last: the hint then says the highest figure).
_FILTER_OPTIONS = (
    ("family", "--family"),
    ("skill", "--skill"),
    ("tool", "--tool"),
    ("application", "--application"),
    ("degree", "--education"),
    ("min_salary", "--min-salary"),
)


def empty_hint(index: Index, filters: Filters) -> str:
    """Why `careers list` kept no role: how many roles each filter left, in turn, and
    with --min-salary the highest median in the region among the roles still left."""
    q = list_query(index, filters)
    partial = ListQuery(region=q.region)
    left = kept_roles(index, partial)
    lines = [msg("list_empty", n=len(left), shown=number(len(left), current_lang()))]
    for field, option in _FILTER_OPTIONS:
        if getattr(q, field) is None:
            continue
        before, partial = left, partial._replace(**{field: getattr(q, field)})
        left = kept_roles(index, partial)
        shown = number(len(left), current_lang())
        lines.append(msg("list_empty_step", option=option, n=len(left), shown=shown))
    if q.min_salary is not None:
        lines.append(_highest_median(index, before, q.region))
    if q.tool is not None and not kept_roles(index, ListQuery(region=q.region, tool=q.tool)):
        # a skill no role lists among its tools ("statistics"): --skill is what was meant
        needing = kept_roles(index, ListQuery(region=q.region, skill=q.tool))
        if needing:
            shown = number(len(needing), current_lang())
            lines.append(msg("list_empty_tool", tool=q.tool, n=len(needing), shown=shown))
    return "\n".join(lines)


def _highest_median(index: Index, roles: list[Role], region: str) -> str:
    """The highest median --min-salary could have kept among ``roles`` (its rule)."""
    figures = [pay.order_figure(index, r, region)[1] for r in roles]
    known = [f for f in figures if f is not None and f.median is not None]
    if not known:
        return msg("list_empty_no_median", region=region)
    best = max(known, key=lambda f: f.median or 0.0)
    amount = compact(best.median or 0.0, current_lang())
    return msg("list_empty_highest", region=region, amount=amount, currency=best.currency)


def sorted_roles(
    index: Index, roles: list[Role], sort: SortKey, region: str, lang: str
) -> list[Role]:
    """Roles in the order of `--sort` (ties by id, or catalogue order for --sort family)."""
    if sort is SortKey.NAME:
        roles.sort(key=lambda r: (fold(r.name.get(lang)), r.id))
    elif sort is SortKey.FAMILY:
        order = list(index.families)
        roles.sort(key=lambda r: (order.index(r.family), fold(r.name.get(lang))))
    elif sort is SortKey.SALARY:

        def by_pay(role: Role) -> tuple[int, float, str]:
            # role-level figures first, then roles with only a group figure: never interleaved
            rank, median = pay.pay_order(index, role, region)
            return (rank, 0.0 if median is None else -median, role.id)

        roles.sort(key=by_pay)
    elif sort is SortKey.SKILLS:
        roles.sort(key=lambda r: (-len(r.skills), r.id))
    return roles


# --------------------------------------------------------------------------- rank


class Ranked(NamedTuple):
    """One row of a ranking; ``value`` is None for "no data" rows (listed last)."""

    position: int | None
    role: Role
    value: float | None
    salary: Salary | None = None
    demand: Demand | None = None
    members: tuple[Role, ...] = ()  # --kind group: every role paid under this group figure
    group: str | None = None  # the official group a group figure (pay or employment) covers


class Section(StrEnum):
    """The blocks of a ranking; each block is ordered on its own and holds one kind."""

    ROLE = "role"  # role-level figures (index, surveys)
    GROUP_ONLY = "group-only"  # roles with no role-level figure, by their group figure
    GROUPS = "groups"  # --kind group: the official groups, roles sharing one shown together
    SOURCE = "source"  # --source: one source
    OTHER = "other"  # demand or skills
    MISSING = "missing"  # no figure to rank by


class RankBlock(NamedTuple):
    section: Section
    kind: SalaryKind | None
    rows: list[Ranked]


class Ranking(NamedTuple):
    by: RankBy
    region: str
    measure: Measure
    source: str | None
    rows: list[Ranked]
    low: float | None = None  # common scale of the pay bars
    high: float | None = None
    blocks: tuple[RankBlock, ...] = ()
    kind: SalaryKind | None = None
    experience: Experience | None = None


class RankQuery(NamedTuple):
    """What `careers rank` was asked for (besides the catalogue)."""

    by: RankBy = RankBy.SALARY
    region: str = "US"
    measure: Measure = Measure.MEDIAN
    top: int | None = None
    family: str | None = None
    source: str | None = None
    kind: SalaryKind | None = None
    experience: Experience | None = None


def pick_figure(index: Index, role: Role, q: RankQuery, kind: SalaryKind | None) -> Salary | None:
    """The first annual figure of a kind that gives the measure (all levels first), of
    2021 or later. By experience level, only the index's medians by level (n >= 20 at
    that level, the years the index pools), unless a source is named."""
    by_level = q.experience is not None and q.source is None
    figures = [
        s
        for s in pay.of_kind(index, role, q.region, kind, q.experience)
        if s.period is Period.ANNUAL
        and pay.recent(s)
        and (q.source is None or s.source == q.source)
        and (not by_level or index.sources[s.source].kind is SourceKind.INDEX)
        and figure(s, q.measure) is not None
    ]
    overall = [s for s in figures if s.experience is Experience.ALL]
    return next(iter(overall or figures), None)


def _ordered(items: list[Ranked], top: int | None) -> list[Ranked]:
    items.sort(key=lambda r: (-(r.value or 0.0), r.role.id))
    items = items[:top] if top is not None else items
    return [r._replace(position=i + 1) for i, r in enumerate(items)]


def salary_plan(index: Index, q: RankQuery) -> list[tuple[Section, SalaryKind]]:
    """The pay blocks of a ranking, in order, with the kind of figure each ranks by.
    One source's group figures (BLS OEWS) are ranked as groups, as ``--kind group``
    ranks them: a group figure is never shown as if it were the role's."""
    if q.source is not None:
        kind = q.kind or salary_kind(index.sources[q.source])
        if kind is SalaryKind.GROUP:
            return [(Section.GROUPS, SalaryKind.GROUP)]
        return [(Section.SOURCE, kind)]
    if q.kind is SalaryKind.GROUP:
        return [(Section.GROUPS, SalaryKind.GROUP)]
    if q.kind is SalaryKind.ROLE or q.experience is not None:
        return [(Section.ROLE, SalaryKind.ROLE)]
    return [(Section.ROLE, SalaryKind.ROLE), (Section.GROUP_ONLY, SalaryKind.GROUP)]


def _salary_blocks(index: Index, roles: list[Role], q: RankQuery) -> list[RankBlock]:
    """Pay blocks: one kind per block, each ordered on its own; unranked roles last."""
    plan = salary_plan(index, q)
    left = list(roles)
    blocks = []
    for section, kind in plan:
        found, rest = [], []
        for role in left:
            # one source's figures of any kind it has, unless a kind is asked for
            wanted = q.kind if section is Section.SOURCE else kind
            salary = pick_figure(index, role, q, wanted)
            if salary is None:
                rest.append(role)
            else:
                group = salary.group if pay.kind_of(index, salary) is SalaryKind.GROUP else None
                found.append(Ranked(None, role, figure(salary, q.measure), salary, group=group))
        if section is Section.GROUPS:
            found = _merge_groups(found)
        blocks.append(RankBlock(section, kind, _ordered(found, q.top)))
        left = rest
    kinds = [kind for _, kind in plan]
    missing = [Ranked(None, r, None, _unranked(index, r, q, kinds)) for r in left]
    missing.sort(key=lambda r: r.role.id)
    if missing:
        blocks.append(RankBlock(Section.MISSING, None, missing))
    return blocks


def _unranked(index: Index, role: Role, q: RankQuery, kinds: list[SalaryKind]) -> Salary | None:
    """What a role without the measure has instead (a range, a monthly or hourly figure),
    if anything: its headline of the first kind the ranking's blocks rank that it has (a
    role-level range before a group's hourly wage, as the blocks order the kinds)."""
    for kind in kinds:
        found = pay.headline(index, role, q.region, kind, q.experience)
        if found is not None and q.source in (None, found.source):
            return found
    return None


def _merge_groups(rows: list[Ranked]) -> list[Ranked]:
    """One row per group figure (pay or employment), with every role it covers."""
    merged: dict[tuple[str, str | None, float | None], list[Ranked]] = {}
    for row in rows:
        figure_ = row.salary or row.demand
        assert figure_ is not None
        merged.setdefault((figure_.source, row.group, row.value), []).append(row)
    out = []
    for same in merged.values():
        same.sort(key=lambda r: r.role.id)
        out.append(same[0]._replace(members=tuple(r.role for r in same)))
    return out


def rank_roles(index: Index, query: RankQuery | None = None) -> Ranking:
    """Roles ordered by pay, demand or breadth of skills.

    Pay is ranked one kind at a time (see :func:`_salary_blocks`). Ties are broken by
    role id, so the order is the same on every run; roles without a figure come last,
    by id, as "no data".
    """
    q = query or RankQuery()
    q = q._replace(region=normalise_region(q.region))
    if q.source is not None:
        q = q._replace(source=find_source(index, q.source).id)
    family = find_family(index, q.family).id if q.family else None
    roles = index.rankable_roles(q, family)
    if q.by is RankBy.SALARY:
        blocks = _salary_blocks(index, roles, q)
    else:
        blocks = _other_blocks(index, roles, q)
    rows = [row for block in blocks for row in block.rows]
    low = high = None
    if q.by is RankBy.SALARY:
        spans = [v for r in rows if r.salary and r.value is not None for v in salary_span(r.salary)]
        if spans:
            low, high = min(spans), max(spans)
    return Ranking(
        q.by, q.region, q.measure, q.source, rows, low, high, tuple(blocks), q.kind, q.experience
    )


def _other_blocks(index: Index, roles: list[Role], q: RankQuery) -> list[RankBlock]:
    """Blocks by demand (see :func:`_demand_blocks`) or by number of skills."""
    if q.by is RankBy.DEMAND:
        return _demand_blocks(index, roles, q)
    scored = [Ranked(None, role, float(len(role.skills))) for role in roles]
    return [RankBlock(Section.OTHER, None, _ordered(scored, q.top))]


def _demand_blocks(index: Index, roles: list[Role], q: RankQuery) -> list[RankBlock]:
    """Employment counts one kind at a time, as pay: the roles' own counts, then the
    official groups' (a BLS count is a whole SOC group's: roles sharing one are one row)."""
    own: list[Ranked] = []
    groups: list[Ranked] = []
    missing: list[Ranked] = []
    for role in roles:
        found = next(
            (
                d
                for d in role.demand
                if d.region == q.region and (q.source is None or d.source == q.source)
            ),
            None,
        )
        if found is None:
            missing.append(Ranked(None, role, None))
            continue
        group = pay.demand_group(index, role, found)
        item = Ranked(None, role, float(found.value), demand=found, group=group)
        (own if group is None else groups).append(item)
    blocks = [
        RankBlock(Section.OTHER, SalaryKind.ROLE, _ordered(own, q.top)),
        RankBlock(Section.GROUPS, SalaryKind.GROUP, _ordered(_merge_groups(groups), q.top)),
    ]
    missing.sort(key=lambda r: r.role.id)
    if q.top is not None:
        missing = missing[: max(0, q.top - sum(len(b.rows) for b in blocks))]
    if missing:
        blocks.append(RankBlock(Section.MISSING, None, missing))
    return blocks


def salary_span(salary: Salary) -> list[float]:
    """The lowest and highest figures a salary gives (its bar on a common scale)."""
    values = [
        v for v in (salary.p10, salary.low, salary.median, salary.p90, salary.high) if v is not None
    ]
    return [min(values), max(values)] if values else []


# --------------------------------------------------------------------------- compare

# How much a skill counts by its importance: in scores (matching) and overlaps (here).
WEIGHT = {Importance.ESSENTIAL: 2, Importance.OPTIONAL: 1}


def skill_weights(role: Role) -> dict[str, float]:
    """How much each skill counts in a role: importance weight x level / 5."""
    return {s.skill: WEIGHT[s.importance] * s.level / 5 for s in role.skills}


def weight_total(role: Role) -> float:
    """The sum of a role's skill weights (the index keeps it for `path`)."""
    return sum(skill_weights(role).values())


def overlap(a: Role, b: Role) -> float:
    """Weighted overlap of two roles' skills, 0 (nothing shared) to 1 (the same needs).

    Sum over skills of min(weight in A, weight in B) divided by the sum of the max, with
    weight = (2 if essential else 1) x level / 5 (a weighted Jaccard index).
    """
    return weights_overlap(skill_weights(a), skill_weights(b))


def weights_overlap(wa: dict[str, float], wb: dict[str, float]) -> float:
    """:func:`overlap` of two roles given by their skill weights."""
    keys = wa.keys() | wb.keys()
    top = sum(min(wa.get(k, 0.0), wb.get(k, 0.0)) for k in keys)
    bottom = sum(max(wa.get(k, 0.0), wb.get(k, 0.0)) for k in keys)
    return top / bottom if bottom else 0.0


class SkillRow(NamedTuple):
    """One skill across compared roles: what each role needs (None: not needed)."""

    skill: Skill
    needs: tuple[RoleSkill | None, ...]

    @property
    def shared_by(self) -> int:
        return sum(1 for n in self.needs if n is not None)


class Comparison(NamedTuple):
    roles: tuple[Role, ...]
    skills: list[SkillRow]  # shared by all first, then by fewer, then unique
    overlaps: dict[tuple[str, str], float]
    tools_shared: list[Skill]
    tools_only: dict[str, list[Skill]]
    # tools held by more than one role but not by all: each set of roles with its tools
    tools_some: list[tuple[tuple[str, ...], list[Skill]]]


def compare_roles(index: Index, names: Sequence[str]) -> Comparison:
    """Two or more roles side by side."""
    roles: list[Role] = []
    for name in names:
        role = index.roles.get(name)
        if role in roles:
            first = names[roles.index(role)]  # "auditor" may be an alias of the accountant
            named = first != name
            words = msg(
                "role_twice_named" if named else "role_twice", role=role.id, first=first, name=name
            )
            raise CareersError(words, hint=msg("role_twice_hint"))
        roles.append(role)
    if len(roles) < 2:
        raise CareersError(msg("compare_two"), hint=msg("compare_two_hint"))
    needs = [{s.skill: s for s in r.skills} for r in roles]
    ids: dict[str, None] = {}
    for role in roles:
        ids.update(dict.fromkeys(s.skill for s in role.skills))
    rows = [SkillRow(index.skills.items[i], tuple(n.get(i) for n in needs)) for i in ids]

    def order(row: SkillRow) -> tuple[int, int, float]:
        first = next(k for k, n in enumerate(row.needs) if n is not None)
        weight = sum(WEIGHT[n.importance] * n.level for n in row.needs if n is not None)
        return (-row.shared_by, first if row.shared_by == 1 else 0, -weight)

    rows.sort(key=order)
    overlaps = {(a.id, b.id): overlap(a, b) for i, a in enumerate(roles) for b in roles[i + 1 :]}
    tool_sets = [set(r.tools) for r in roles]
    shared = set.intersection(*tool_sets)
    tools_shared = [index.skills.items[t] for t in roles[0].tools if t in shared]
    tools_only = {
        r.id: [index.skills.items[t] for t in r.tools if sum(t in s for s in tool_sets) == 1]
        for r in roles
    }
    return Comparison(
        tuple(roles), rows, overlaps, tools_shared, tools_only, _tools_of_some(index, roles)
    )


def _tools_of_some(
    index: Index, roles: Sequence[Role]
) -> list[tuple[tuple[str, ...], list[Skill]]]:
    """Tools more than one role lists but not all, grouped by the roles that list them."""
    groups: dict[tuple[str, ...], list[Skill]] = {}
    for role in roles:
        for tool in role.tools:
            holders = tuple(r.id for r in roles if tool in r.tools)
            if 1 < len(holders) < len(roles) and holders[0] == role.id:
                groups.setdefault(holders, []).append(index.skills.items[tool])
    return list(groups.items())


# --------------------------------------------------------------------------- skills


class SkillUse(NamedTuple):
    skill: Skill
    essential: int
    optional: int
    as_tool: int


def skills_list(
    index: Index, category: SkillCategory | None = None, tools_only: bool = False
) -> list[SkillUse]:
    """The taxonomy with how many roles use each skill, in catalogue order (the roles
    are counted from their links, never read)."""
    uses = index.skill_uses()
    wanted = set(SkillCategory if category is None else [category])
    if tools_only:
        wanted &= TOOL_CATEGORIES
    skills = index.every_skill() if wanted == set(SkillCategory) else index.skills_in(wanted)
    out = [SkillUse(skill, *uses.get(skill.id, (0, 0, 0))) for skill in skills]
    if tools_only:
        out.sort(key=lambda u: (-(u.as_tool + u.essential + u.optional), u.skill.id))
    return out


class RoleNeed(NamedTuple):
    role: Role
    need: RoleSkill | None  # None: only listed as a tool
    salary: Salary | None  # role-level figure
    group_salary: Salary | None = None  # group figure (BLS), never in the same column


class SkillReport(NamedTuple):
    skill: Skill
    needed_by: list[RoleNeed]  # essential first, then by level
    credit_from: list[tuple[Skill, float]]  # skills that earn partial credit for this one
    credit_to: list[tuple[Skill, float]]  # skills this one earns partial credit for
    prerequisites: list[Skill]
    unlocks: list[Skill]  # skills that list this one as a prerequisite
    applications: list[Application]
    region: str
    worth: float | None  # median of the roles' medians in the region
    worth_low: float | None
    worth_high: float | None
    worth_count: int
    currency: str | None


def skill_report(index: Index, name: str, region: str = "US") -> SkillReport:
    """Everything about one skill: who needs it, its neighbours and what it is worth."""
    import statistics  # slow to import, and only this report needs it

    skill = index.skills.get(name)
    region = normalise_region(region)
    needed: list[RoleNeed] = []
    for role in index.roles_by_skill.get(skill.id, []):
        need = next((s for s in role.skills if s.skill == skill.id), None)
        # each kind in its own column; the worth is of role-level figures only
        q = RankQuery(region=region)
        salary = pick_figure(index, role, q, SalaryKind.ROLE)
        needed.append(RoleNeed(role, need, salary, pick_figure(index, role, q, SalaryKind.GROUP)))

    def order(n: RoleNeed) -> tuple[int, int, str]:
        if n.need is None:
            return (2, 0, n.role.id)
        return (0 if n.need.importance is Importance.ESSENTIAL else 1, -n.need.level, n.role.id)

    needed.sort(key=order)
    medians = [n.salary.median for n in needed if n.salary and n.salary.median is not None]
    currencies = {n.salary.currency for n in needed if n.salary and n.salary.median is not None}
    items = index.skills.items
    return SkillReport(
        skill=skill,
        needed_by=needed,
        credit_from=[(items[r.skill], r.weight) for r in skill.related],
        credit_to=index.credit_to(skill.id),
        prerequisites=[items[p] for p in skill.prerequisites],
        unlocks=index.unlocks(skill.id),
        applications=index.applications_using(skill.id),
        region=region,
        worth=statistics.median(medians) if medians and len(currencies) == 1 else None,
        worth_low=min(medians) if medians and len(currencies) == 1 else None,
        worth_high=max(medians) if medians and len(currencies) == 1 else None,
        worth_count=len(medians),
        currency=currencies.pop() if len(currencies) == 1 else None,
    )


# --------------------------------------------------------------------------- applications


class ApplicationUse(NamedTuple):
    application: Application
    roles: list[Role]


def applications_list(index: Index) -> list[ApplicationUse]:
    """Every application domain with the roles working in it, in catalogue order (only
    those roles are read)."""
    apps = index.applications.many(list(index.applications.items))
    return [ApplicationUse(app, index.roles_in(app.id)) for app in apps]


class ApplicationReport(NamedTuple):
    application: Application
    roles: list[RoleSummary]
    tools: list[Skill]


def application_report(index: Index, name: str) -> ApplicationReport:
    app = index.applications.get(name)
    roles = [summarise(index, r) for r in index.roles_in(app.id)]
    return ApplicationReport(app, roles, [index.skills.items[t] for t in app.tools])


# --------------------------------------------------------------------------- search


class Kind(StrEnum):
    ROLE = "role"
    SKILL = "skill"
    APPLICATION = "application"


# Points for a query word found in a field; a word counts once, in its best field.
FIELD_POINTS = {
    "name": 10.0,
    "alias": 8.0,
    "id": 8.0,
    "skill": 4.0,
    "application": 3.0,
    "summary": 2.0,
    "mission": 2.0,
    "description": 2.0,
    "category": 1.0,
}


class Hit(NamedTuple):
    kind: Kind
    id: str
    name_en: str
    name_fr: str
    score: float
    fields: tuple[str, ...]  # where the words were found
    snippet: str


class SearchResult(NamedTuple):
    query: str
    hits: Sequence[Hit] = ()


def _fields(
    index: Index, kind: Kind, item: Role | Skill | Application, lang: Lang
) -> list[tuple[str, str]]:
    """The texts a search reads, the user's language first in each pair: a word both
    languages hold scores the same, and the context shown is then in that language."""

    def pair(field: str, text: Name | Text) -> list[tuple[str, str]]:
        first, second = (text.fr, text.en) if lang is Lang.FR else (text.en, text.fr)
        return [(field, first), (field, second)]

    out = [("id", item.id), *pair("name", item.name)]
    out += [("alias", a) for a in item.aliases]
    if isinstance(item, Role):
        out += pair("summary", item.summary)
        first, second = (
            (item.missions.fr, item.missions.en)
            if lang is Lang.FR
            else (item.missions.en, item.missions.fr)
        )
        out += [("mission", m) for m in (*first, *second)]
        for need in item.skills:
            out += pair("skill", index.skills.items[need.skill].name)
        for app_id in item.applications:
            out += pair("application", index.applications.items[app_id].name)
    elif isinstance(item, Skill):
        out.append(("category", item.category.value))
        if item.description:
            out += pair("description", item.description)
    else:
        out += pair("description", item.description)
    return out


def _words(text: str) -> list[str]:
    return fold(text).split()


#: The columns of the index's full-text table, and the fields each holds (store.py).
COLUMN_FIELDS = {
    "name": ("name",),
    "alias": ("alias", "id"),
    "skill": ("skill",),
    "application": ("application",),
    "prose": ("summary", "mission", "description"),
    "category": ("category",),
}
NAME_BONUS = 10.0  # the whole query is the item's name or alias
COLUMNS = SearchColumns(
    points={c: max(FIELD_POINTS[f] for f in fields) for c, fields in COLUMN_FIELDS.items()},
    bonus=NAME_BONUS,
)
KIND_RANK = {Kind.ROLE: 0, Kind.SKILL: 1, Kind.APPLICATION: 2}


class _Fields:
    """An item's fields, each folded into words only when first looked at."""

    def __init__(self, fields: list[tuple[str, str]]) -> None:
        self.fields = fields
        self.tokens: dict[int, list[str]] = {}
        # best possible points first, then in the item's order (what breaks ties)
        self.order = sorted(range(len(fields)), key=lambda i: (-FIELD_POINTS[fields[i][0]], i))

    def words(self, i: int) -> list[str]:
        found = self.tokens.get(i)
        if found is None:
            found = self.tokens[i] = _words(self.fields[i][1])
        return found

    def best(self, word: str) -> tuple[float, int]:
        """The most points a word earns in one field, and the first field that gives
        them (0, -1: in none). Fields that cannot beat the best found are not read."""
        best, where = 0.0, -1
        for i in self.order:
            top = FIELD_POINTS[self.fields[i][0]]
            if top < best:
                break
            tokens = self.words(i)
            if word in tokens:
                points = top
            elif len(word) >= 3 and any(t.startswith(word) for t in tokens):
                points = top / 2
            else:
                continue
            if points > best or (points == best and i < where):
                best, where = points, i
        return best, where


def _score(
    index: Index, kind: Kind, item: Role | Skill | Application, words: list[str], lang: Lang
) -> Hit:
    """An item's hit (score 0: it lacks a word)."""
    fields = _Fields(_fields(index, kind, item, lang))
    total = 0.0
    where: list[str] = []
    snippet = ""
    for word in words:
        best, at = fields.best(word)
        if best == 0:
            return Hit(kind, item.id, item.name.en, item.name.fr, 0.0, (), "")
        total += best
        best_field, best_text = fields.fields[at]
        if best_field not in where:
            where.append(best_field)
        if not snippet or best_field in ("summary", "mission", "description"):
            snippet = best_text if best_field not in ("id",) else snippet
    phrase = " ".join(words)
    named = [i for i, (name, _) in enumerate(fields.fields) if name in ("name", "alias", "id")]
    if any(phrase == " ".join(fields.words(i)) for i in named):
        total += NAME_BONUS
    return Hit(kind, item.id, item.name.en, item.name.fr, total, tuple(where), snippet)


def _place(hit: Hit) -> tuple[float, int, str]:
    return (-hit.score, KIND_RANK[hit.kind], hit.id)


def search(index: Index, query: str, limit: int | None = 20, lang: Lang = Lang.EN) -> SearchResult:
    """Full-text search over roles, skills and applications, in both languages.

    Each query word scores the points of the best field it appears in (a whole word
    beats a word prefix, which earns half); an item must contain every query word.
    Ties go to roles, then skills, then applications, then by id. A word given twice
    counts once: the cost of a search grows with its distinct words, not its length.
    The index gives the candidates best bound first: once ``limit`` hits are found and
    no later candidate could place before the last of them, the rest are not scored.
    """
    given = _words(query)
    if not given:
        raise CareersError(msg("search_empty"), hint=msg("search_empty_hint"))
    words = list(dict.fromkeys(given))
    hits: list[Hit] = []
    for best, batch in index.search_batches(words, COLUMNS, limit):
        if limit and len(hits) >= limit and best is not None and best > _place(hits[-1]):
            break
        found = batch()
        items: list[tuple[Kind, Role | Skill | Application]] = [
            *((Kind.ROLE, r) for r in found.roles),
            *((Kind.SKILL, s) for s in found.skills),
            *((Kind.APPLICATION, a) for a in found.applications),
        ]
        hits += [h for kind, item in items if (h := _score(index, kind, item, words, lang)).score]
        hits.sort(key=_place)
        if limit:
            del hits[limit:]
    return SearchResult(query, hits)
