"""Browsing the catalogue: lists and filters, rankings, comparisons, reverse look-ups, search.

Everything here takes an :class:`Index` and plain arguments and returns plain data
(dataclasses); nothing prints. Views in ``careers_cli.views`` present the results.
"""

from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from careers_cli import pay
from careers_cli.catalogue import Index
from careers_cli.choices import Measure, RankBy, SortKey
from careers_cli.errors import CareersError
from careers_cli.i18n import msg
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
    salary_kind,
)
from careers_cli.suggest import closest
from careers_cli.text import fold

if TYPE_CHECKING:
    from careers_cli.listing import Listing

DEGREE_ORDER = [Degree.NONE, Degree.VOCATIONAL, Degree.BACHELOR, Degree.MASTER, Degree.PHD]


def figure(salary: Salary, measure: Measure) -> float | None:
    """One figure of a salary, or None when the source does not give it."""
    value: float | None = getattr(salary, measure.value)
    return value


def headline(role: Role, region: str) -> Salary | None:
    """The figure a table shows for a role in a region.

    The catalogue lists each region's figures best first (docs/catalogue.md); the first
    annual one is the headline, else the first of any period. None means "no data".
    """
    first: Salary | None = None
    for salary in role.salaries:
        if salary.region != region:
            continue
        if salary.period is Period.ANNUAL:
            return salary
        if first is None:
            first = salary
    return first


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
    """A family by id or by its English or French name (case and accents ignored)."""
    key = fold(name)
    families = list(index.families.values())
    for family in families:
        if key in (fold(family.id), fold(family.name.en), fold(family.name.fr)):
            return family
    matches = [f for f in families if fold(f.id).startswith(key)]
    if len(matches) == 1:
        return matches[0]
    from careers_cli.errors import NotFoundError

    labels = [f.id for f in families]
    raise NotFoundError("family", name, closest(name, labels))


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
        medians = ((r, pay_median(r, q.region)) for r in roles)
        roles = [r for r, median in medians if median is not None and median >= least]
    return list(roles)


def pay_median(role: Role, region: str) -> float | None:
    """The median `--min-salary` compares: the first annual figure of the region with one."""
    salary = pick(role, region, Measure.MEDIAN)
    return None if salary is None else salary.median


def pay_order(index: Index, role: Role, region: str) -> tuple[int, float | None]:
    """Where `--sort salary` puts a role: its block (0: a role-level median, 1: only a
    group one, 2: none) and that median."""
    q = RankQuery(region=region)
    for rank, kind in enumerate((SalaryKind.ROLE, SalaryKind.GROUP)):
        salary = pick_figure(index, role, q, kind)
        if salary is not None and salary.median is not None:
            return rank, salary.median
    return 2, None


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
            rank, median = pay_order(index, role, region)
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
    2021 or later."""
    figures = [
        s
        for s in pay.of_kind(index, role, q.region, kind, q.experience)
        if s.period is Period.ANNUAL
        and pay.recent(s)
        and (q.source is None or s.source == q.source)
        and figure(s, q.measure) is not None
    ]
    overall = [s for s in figures if s.experience is Experience.ALL]
    return next(iter(overall or figures), None)


def _ordered(items: list[Ranked], top: int | None) -> list[Ranked]:
    items.sort(key=lambda r: (-(r.value or 0.0), r.role.id))
    items = items[:top] if top is not None else items
    return [r._replace(position=i + 1) for i, r in enumerate(items)]


def _salary_blocks(index: Index, roles: list[Role], q: RankQuery) -> list[RankBlock]:
    """Pay blocks: one kind per block, each ordered on its own; unranked roles last."""
    if q.source is not None:
        plan = [(Section.SOURCE, salary_kind(index.sources[q.source]))]
    elif q.kind is SalaryKind.GROUP:
        plan = [(Section.GROUPS, SalaryKind.GROUP)]
    elif q.kind is SalaryKind.ROLE or q.experience is not None:
        plan = [(Section.ROLE, SalaryKind.ROLE)]
    else:
        plan = [(Section.ROLE, SalaryKind.ROLE), (Section.GROUP_ONLY, SalaryKind.GROUP)]
    left = list(roles)
    blocks = []
    for section, kind in plan:
        found, rest = [], []
        for role in left:
            salary = pick_figure(index, role, q, kind if section is not Section.SOURCE else None)
            if salary is None:
                rest.append(role)
            else:
                found.append(Ranked(None, role, figure(salary, q.measure), salary))
        if section is Section.GROUPS:
            found = _merge_groups(found)
        blocks.append(RankBlock(section, kind, _ordered(found, q.top)))
        left = rest
    missing = [Ranked(None, r, None, _unranked(index, r, q, plan[0][1])) for r in left]
    missing.sort(key=lambda r: r.role.id)
    if missing:
        blocks.append(RankBlock(Section.MISSING, None, missing))
    return blocks


def _unranked(index: Index, role: Role, q: RankQuery, kind: SalaryKind | None) -> Salary | None:
    """What a role without the measure has instead (a range, a monthly figure), if anything."""
    found = pay.headline(index, role, q.region, kind or SalaryKind.ROLE, q.experience)
    return found if found is not None and q.source in (None, found.source) else None


def _merge_groups(rows: list[Ranked]) -> list[Ranked]:
    """One row per group figure, with every role that is paid under it."""
    merged: dict[tuple[str, str | None, float | None], list[Ranked]] = {}
    for row in rows:
        assert row.salary is not None
        key = (row.salary.source, row.salary.group, row.value)
        merged.setdefault(key, []).append(row)
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
    if q.source is not None and q.source not in index.sources:
        from careers_cli.errors import NotFoundError

        raise NotFoundError("source", q.source, closest(q.source, index.sources))
    roles = list(index.every_role())
    if q.family:
        fam = find_family(index, q.family)
        roles = [r for r in roles if r.family == fam.id]
    if q.by is RankBy.SALARY:
        blocks = _salary_blocks(index, roles, q)
    else:
        blocks = _other_blocks(roles, q)
    rows = [row for block in blocks for row in block.rows]
    low = high = None
    if q.by is RankBy.SALARY:
        spans = [v for r in rows if r.salary and r.value is not None for v in salary_span(r.salary)]
        if spans:
            low, high = min(spans), max(spans)
    return Ranking(
        q.by, q.region, q.measure, q.source, rows, low, high, tuple(blocks), q.kind, q.experience
    )


def _other_blocks(roles: list[Role], q: RankQuery) -> list[RankBlock]:
    scored: list[Ranked] = []
    missing: list[Ranked] = []
    for role in roles:
        if q.by is RankBy.DEMAND:
            found = next(
                (
                    d
                    for d in role.demand
                    if d.region == q.region and (q.source is None or d.source == q.source)
                ),
                None,
            )
            item = Ranked(None, role, float(found.value) if found else None, demand=found)
        else:
            item = Ranked(None, role, float(len(role.skills)))
        (missing if item.value is None else scored).append(item)
    missing.sort(key=lambda r: r.role.id)
    ordered = _ordered(scored, q.top)
    if q.top is not None:
        missing = missing[: max(0, q.top - len(ordered))]
    blocks = [RankBlock(Section.OTHER, None, ordered)]
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


def overlap(a: Role, b: Role) -> float:
    """Weighted overlap of two roles' skills, 0 (nothing shared) to 1 (the same needs).

    Sum over skills of min(weight in A, weight in B) divided by the sum of the max, with
    weight = (2 if essential else 1) x level / 5 (a weighted Jaccard index).
    """
    wa, wb = skill_weights(a), skill_weights(b)
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


def compare_roles(index: Index, names: Sequence[str]) -> Comparison:
    """Two or more roles side by side."""
    roles: list[Role] = []
    for name in names:
        role = index.roles.get(name)
        if role in roles:
            raise CareersError(msg("role_twice", role=role.id), hint=msg("role_twice_hint"))
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
    return Comparison(tuple(roles), rows, overlaps, tools_shared, tools_only)


# --------------------------------------------------------------------------- skills


class SkillUse(NamedTuple):
    skill: Skill
    essential: int
    optional: int
    as_tool: int


def skills_list(
    index: Index, category: SkillCategory | None = None, tools_only: bool = False
) -> list[SkillUse]:
    """The taxonomy with how many roles use each skill, in catalogue order."""
    out = []
    for skill in index.catalogue.skills:
        if category is not None and skill.category is not category:
            continue
        if tools_only and skill.category not in TOOL_CATEGORIES:
            continue
        essential = optional = as_tool = 0
        for role in index.roles_by_skill.get(skill.id, []):
            need = next((s for s in role.skills if s.skill == skill.id), None)
            if need is not None:
                if need.importance is Importance.ESSENTIAL:
                    essential += 1
                else:
                    optional += 1
            if skill.id in role.tools:
                as_tool += 1
        out.append(SkillUse(skill, essential, optional, as_tool))
    if tools_only:
        out.sort(key=lambda u: (-(u.as_tool + u.essential + u.optional), u.skill.id))
    return out


class RoleNeed(NamedTuple):
    role: Role
    need: RoleSkill | None  # None: only listed as a tool
    salary: Salary | None


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
        # role-level figures only: a group median never sits in the same column
        salary = pick_figure(index, role, RankQuery(region=region), SalaryKind.ROLE)
        needed.append(RoleNeed(role, need, salary))

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
    return [
        ApplicationUse(app, [r for r in index.catalogue.roles if app.id in r.applications])
        for app in index.catalogue.applications
    ]


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


def _fields(index: Index, kind: Kind, item: Role | Skill | Application) -> list[tuple[str, str]]:
    out = [("id", item.id), ("name", item.name.en), ("name", item.name.fr)]
    out += [("alias", a) for a in item.aliases]
    if isinstance(item, Role):
        out += [("summary", item.summary.en), ("summary", item.summary.fr)]
        out += [("mission", m) for m in (*item.missions.en, *item.missions.fr)]
        for need in item.skills:
            sk = index.skills.items[need.skill]
            out += [("skill", sk.name.en), ("skill", sk.name.fr)]
        for app_id in item.applications:
            app = index.applications.items[app_id]
            out += [("application", app.name.en), ("application", app.name.fr)]
    elif isinstance(item, Skill):
        out.append(("category", item.category.value))
        if item.description:
            out += [("description", item.description.en), ("description", item.description.fr)]
    else:
        out += [("description", item.description.en), ("description", item.description.fr)]
    return out


def _words(text: str) -> list[str]:
    return fold(text).split()


def search(index: Index, query: str, limit: int | None = 20) -> SearchResult:
    """Full-text search over roles, skills and applications, in both languages.

    Each query word scores the points of the best field it appears in (a whole word
    beats a word prefix, which earns half); an item must contain every query word.
    Ties go to roles, then skills, then applications, then by id. A word given twice
    counts once: the cost of a search grows with its distinct words, not its length.
    """
    given = _words(query)
    if not given:
        raise CareersError(msg("search_empty"), hint=msg("search_empty_hint"))
    words = list(dict.fromkeys(given))
    phrase = " ".join(words)
    found = index.search_candidates(words)
    items: list[tuple[Kind, Role | Skill | Application]] = [
        *((Kind.ROLE, r) for r in found.roles),
        *((Kind.SKILL, s) for s in found.skills),
        *((Kind.APPLICATION, a) for a in found.applications),
    ]
    hits: list[Hit] = []
    for kind, item in items:
        fields = _fields(index, kind, item)
        folded = [(name, _words(text), text) for name, text in fields]
        total = 0.0
        where: list[str] = []
        snippet = ""
        for word in words:
            best = 0.0
            best_field = ""
            best_text = ""
            for name, tokens, text in folded:
                if word in tokens:
                    points = FIELD_POINTS[name]
                elif any(t.startswith(word) for t in tokens) and len(word) >= 3:
                    points = FIELD_POINTS[name] / 2
                else:
                    continue
                if points > best:
                    best, best_field, best_text = points, name, text
            if best == 0:
                total = 0
                break
            total += best
            if best_field not in where:
                where.append(best_field)
            if not snippet or best_field in ("summary", "mission", "description"):
                snippet = best_text if best_field not in ("id",) else snippet
        if total == 0:
            continue
        if any(
            phrase == " ".join(tokens)
            for name, tokens, _ in folded
            if name in ("name", "alias", "id")
        ):
            total += 10  # the whole query is this item's name or alias
        hits.append(Hit(kind, item.id, item.name.en, item.name.fr, total, tuple(where), snippet))
    order = {Kind.ROLE: 0, Kind.SKILL: 1, Kind.APPLICATION: 2}
    hits.sort(key=lambda h: (-h.score, order[h.kind], h.id))
    return SearchResult(query, hits[:limit] if limit else hits)
