"""The compiled index answers exactly what the catalogue decoded in memory answers
(issue 16): on random catalogues, `list`, `show`, `rank`, `match`, `gap`, `similar`,
`skill`, `search` and name look-ups give the same results and the same JSON output."""

from __future__ import annotations

import hashlib
import os
from typing import Any
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from careers_cli import board, catalogue, cv, explore, matching, pay, store
from careers_cli import stored as stored_module
from careers_cli.choices import Format, Lang, Measure, RankBy, SortKey
from careers_cli.errors import CareersError, NotFoundError
from careers_cli.model import (
    TOOL_CATEGORIES,
    Degree,
    Experience,
    Importance,
    Name,
    Related,
    RoleSkill,
    SalaryKind,
    SkillCategory,
)
from careers_cli.render import render_text
from careers_cli.render.json import render as render_json
from careers_cli.stored import StoredIndex
from careers_cli.views.matching import GapView, MatchView, PathView, SimilarView
from careers_cli.views.roles import ListView, RankView, ShowView
from careers_cli.views.search import SearchView
from careers_cli.views.taxonomy import SkillView

BUNDLED = catalogue.load(None, use_cache=False).catalogue
POOL = [s.id for s in BUNDLED.skills[:40]]  # the skills random roles draw from
# Each example compiles a catalogue (0.2 s): 20 per property in CI, which must end in 15
# minutes (the "ci" profile's 40 is halved here); HYPOTHESIS_PROFILE=thorough runs its
# own count (2,000).
THOROUGH = os.environ.get("HYPOTHESIS_PROFILE", "ci") != "ci"
fast = settings(max_examples=settings.default.max_examples if THOROUGH else 20, deadline=None)
WORDS = ["Ingénieur", "ingenieur", "data", "Données", "modèle", "ML", "ml-ops", "Ops", "ÉCOLE"]

names = st.builds(
    lambda a, b, n: f"{a} {b} {n}".strip(),
    st.sampled_from(WORDS),
    st.sampled_from(WORDS),
    st.sampled_from(["", "1", "2"]),
)
needs = st.lists(
    st.tuples(st.sampled_from(POOL), st.booleans(), st.integers(1, 5)),
    min_size=1,
    max_size=8,
    unique_by=lambda t: t[0],
)


@st.composite
def random_catalogues(draw: st.DrawFn) -> catalogue.Loaded:
    """Bundled roles with random skills, levels, names and aliases (names may clash:
    both indexes must then agree on who owns a name), and random related skills."""
    roles = []
    chosen = BUNDLED.roles[: draw(st.integers(2, 14))]
    kept = {r.id for r in chosen}
    for role in chosen:
        skills = tuple(
            RoleSkill(s, Importance.ESSENTIAL if e else Importance.OPTIONAL, n)
            for s, e, n in draw(needs)
        )
        name = Name(draw(names), draw(names)) if draw(st.booleans()) else role.name
        aliases = tuple(draw(st.lists(names, max_size=2)))
        related = tuple(r for r in role.related if r in kept)
        others = sorted(kept - {role.id, *related})
        if others and draw(st.booleans()):  # one-way links too (`path` follows both ways)
            related += tuple(dict.fromkeys(draw(st.lists(st.sampled_from(others), max_size=2))))
        roles.append(role._replace(skills=skills, name=name, aliases=aliases, related=related))
    skills = list(BUNDLED.skills)
    for _ in range(draw(st.integers(0, 6))):
        k = draw(st.integers(0, len(POOL) - 1))
        other = draw(st.sampled_from(POOL))
        if other != skills[k].id:
            link = Related(other, draw(st.sampled_from([0.3, 0.5, 0.7])))
            skills[k] = skills[k]._replace(related=(*skills[k].related, link))
    cat = BUNDLED._replace(roles=tuple(roles), skills=tuple(skills))
    return Random("random.yaml", cat)


class Random(catalogue.Loaded):
    """A random catalogue, shown short when Hypothesis reports one."""

    def __repr__(self) -> str:
        roles = [
            (r.id, r.name.en, r.aliases, [s[:3] for s in r.skills]) for r in self.catalogue.roles
        ]
        related = [(s.id, s.related) for s in self.catalogue.skills if s.related][:12]
        return f"Random(roles={roles}, related={related})"


def both(loaded: catalogue.Loaded) -> tuple[catalogue.Index, catalogue.Index]:
    """The catalogue in memory, and compiled into an (in-memory) index database."""
    status = store.Status("/random.yaml", 1, 1, 1)
    compiled = store.in_memory(loaded, status, hashlib.sha256(b"random").hexdigest())
    return catalogue.Index(loaded), StoredIndex(compiled)


def json_of(view: Any) -> str:
    return render_text(view, Format.JSON, Lang.EN)


def outcome(index: catalogue.Index, kind: str, query: str) -> Any:
    """What a look-up gives: the item's id, or what its NotFoundError says."""
    try:
        return getattr(index, kind).get(query).id
    except NotFoundError as exc:
        return ("not found", exc.suggestions, exc.message, exc.hint)


@fast
@given(random_catalogues())
def test_show_answers_alike(loaded: catalogue.Loaded) -> None:
    memory, stored = both(loaded)
    for role in loaded.catalogue.roles:
        shown = [ShowView(i, i.roles.get(role.id)) for i in (memory, stored)]
        assert json_of(shown[0]) == json_of(shown[1])


@st.composite
def listed_catalogues(draw: st.DrawFn) -> catalogue.Loaded:
    """Random catalogues whose roles also trade their pay figures, education, family,
    tools and application domains (so that every filter and sort of `list` has ties,
    gaps and both kinds of figure to get right)."""
    loaded = draw(random_catalogues())
    roles = list(loaded.catalogue.roles)
    fields = ("salaries", "education", "family", "tools", "applications")
    shuffled = {f: draw(st.permutations([getattr(r, f) for r in roles])) for f in fields}
    roles = [r._replace(**{f: shuffled[f][n] for f in fields}) for n, r in enumerate(roles)]
    return Random("random.yaml", loaded.catalogue._replace(roles=tuple(roles)))


TOOLS = sorted({t for r in BUNDLED.roles for t in r.tools})


CHOICES: dict[str, list[Any]] = {
    "family": ["ai-architects", "Données", "emerging", "nope"],
    "skill": [*POOL[:12], "nope"],
    "tool": TOOLS[:12],
    "application": [a.id for a in BUNDLED.applications[:6]],
    "min_salary": [0.0, 45000.0, 90000.0, 130000.0, 155000.0],
    "education": list(Degree),
}


@st.composite
def list_filters(draw: st.DrawFn) -> explore.Filters:
    """At most two filters at once (so that some roles are left), and a region."""
    chosen = draw(st.sets(st.sampled_from(sorted(CHOICES)), max_size=2))
    values = {name: draw(st.sampled_from(CHOICES[name])) for name in sorted(chosen)}
    return explore.Filters(region=draw(st.sampled_from(["US", "FR", "GB"])), **values)


def listed(index: catalogue.Index, filters: explore.Filters, sort: SortKey, lang: Lang) -> Any:
    """What `careers list` prints in every format, or what its NotFoundError says."""
    try:
        listing = explore.select_roles(index, filters, sort, lang.value)
    except NotFoundError as exc:
        return ("not found", exc.suggestions, exc.message)
    view = ListView(index, listing)
    json_text = render_text(view, Format.JSON, lang)
    assert json_text == render_json(view.data())  # the entries written beforehand fit
    return [listing.summaries(), json_text] + [
        render_text(view, fmt, lang, width=100) for fmt in Format if fmt is not Format.JSON
    ]


@fast
@given(
    listed_catalogues(),
    st.sampled_from(list(SortKey)),
    list_filters(),
    st.sampled_from(list(Lang)),
)
def test_list_answers_alike_in_every_format(
    loaded: catalogue.Loaded, sort: SortKey, filters: explore.Filters, lang: Lang
) -> None:
    memory, stored = both(loaded)
    assert listed(stored, filters, sort, lang) == listed(memory, filters, sort, lang)


@fast
@given(
    random_catalogues(),
    st.dictionaries(st.sampled_from(POOL), st.integers(1, 5), max_size=8),
    st.sampled_from([None, 3]),
)
def test_match_gap_and_similar_answer_alike(
    loaded: catalogue.Loaded, levels: dict[str, int], top: int | None
) -> None:
    memory, stored = both(loaded)
    role = loaded.catalogue.roles[0].id
    gaps = [matching.gap(i, i.roles.get(role), levels) for i in (memory, stored)]
    assert gaps[0] == gaps[1]  # the fit and specificities too, which the JSON leaves out
    assert json_of(GapView(memory, gaps[0])) == json_of(GapView(stored, gaps[1]))
    options = matching.MatchOptions(top=top)
    found = [matching.match(i, levels, options) for i in (memory, stored)]
    assert found[0] == found[1]
    assert json_of(MatchView(memory, found[0], "US")) == json_of(MatchView(stored, found[1], "US"))
    near = [matching.similar(i, role) for i in (memory, stored)]
    assert near[0] == near[1]
    assert json_of(SimilarView(memory, *near[0])) == json_of(SimilarView(stored, *near[1]))


@fast
@given(
    random_catalogues(),
    st.sampled_from(POOL),
    st.lists(
        st.sampled_from([*WORDS, "python", "pipe", "é", "c++", "++", "an"]), min_size=1, max_size=3
    ),
    st.sampled_from([None, 1, 2, 3, 20]),
)
def test_skill_and_search_answer_alike(
    loaded: catalogue.Loaded, skill: str, words: list[str], limit: int | None
) -> None:
    memory, stored = both(loaded)
    reports = [explore.skill_report(i, skill) for i in (memory, stored)]
    assert reports[0] == reports[1]
    assert json_of(SkillView(memory, reports[0])) == json_of(SkillView(stored, reports[1]))
    query = " ".join(words)
    # the index scores only the candidates that may reach the first `limit` places
    # (one candidate a batch, so that each is a chance to stop too early)
    with mock.patch.object(stored_module, "SEARCH_BATCH", 1):
        results = [explore.search(i, query, limit=limit) for i in (memory, stored)]
    assert results[0] == results[1]
    assert json_of(SearchView(results[0])) == json_of(SearchView(results[1]))


@fast
@given(
    random_catalogues(),
    st.lists(
        st.one_of(names, st.sampled_from(WORDS), st.text("aeinml -é", max_size=6)),
        min_size=1,
        max_size=6,
    ),
)
def test_name_look_ups_answer_alike(loaded: catalogue.Loaded, queries: list[str]) -> None:
    memory, stored = both(loaded)
    cat = loaded.catalogue
    tag = next(s.tag for s in cat.sources if s.tag)  # as table cells and footers print it
    labels = [cat.families[-1].name.fr, tag, cat.sources[-1].short[:3]]
    # "d" starts more skills than an ambiguous name lists: the message counts them all
    fixed = [cat.roles[0].name.fr[:5], cat.roles[-1].id[:4], POOL[3][:3], "d", *labels]
    for query in [*queries, *fixed]:
        kinds = ("roles", "skills", "applications", "family_names", "source_names")
        for kind in kinds:
            expected = outcome(memory, kind, query)
            assert outcome(stored, kind, query) == expected, (kind, query)


@fast
@given(
    random_catalogues(),
    st.dictionaries(st.sampled_from(POOL), st.integers(1, 5), max_size=8),
    st.sampled_from(list(matching.Goal)),
    st.sampled_from([None, "data-infrastructure", "emerging-roles"]),
    st.lists(st.sampled_from([r.id for r in BUNDLED.roles[:14]]), max_size=2, unique=True),
)
def test_next_and_filtered_match_answer_alike(
    loaded: catalogue.Loaded,
    levels: dict[str, int],
    goal: matching.Goal,
    family: str | None,
    targets: list[str],
) -> None:
    """`next` and `match` read the index's link tables without decoding the roles: the
    steps, the filtered matches and the roles named by a text are those of the catalogue
    in memory."""
    memory, stored = both(loaded)
    found = []
    for index in (memory, stored):
        try:
            found.append(matching.next_skills(index, levels, goal, 3, 50.0, "US", family, targets))
        except CareersError as exc:  # goal pay without a median in view: the same error
            found.append(exc.message)
    assert found[0] == found[1]
    options = matching.MatchOptions(family=family, min_salary=90000.0, top=3)
    assert matching.match(memory, levels, options) == matching.match(stored, levels, options)
    title = f"# {loaded.catalogue.roles[-1].name.en}\n\nWe want {', '.join(POOL[:6])}."
    for index in (memory, stored):
        assert cv.find_skills(index, title) == cv.find_skills(memory, title)
        assert cv.roles_named(index, title) == cv.roles_named(memory, title)


@fast
@given(random_catalogues())
def test_the_tables_of_next_answer_as_its_links_do(loaded: catalogue.Loaded) -> None:
    """The compiled tables of `next` (careers_cli/board.py) give, for every role and
    every skill (listed, related only, or unknown), what the links in memory give."""
    memory, stored = (index.board() for index in both(loaded))
    assert isinstance(stored, board.StoredBoard) and isinstance(memory, board.LinkBoard)
    for field in ("positions", "ids", "total", "peak"):
        assert list(getattr(stored, field)) == list(getattr(memory, field)), field
    assert {i: list(s) for i, s in stored.sharers.items()} == memory.sharers
    for i in range(len(memory.ids)):
        assert list(stored.needs(i)) == list(memory.needs(i))
    for skill in [s.id for s in loaded.catalogue.skills] + ["no-such-skill"]:
        listed = bool(memory.roles(skill))
        for what in ("levels", "roles", "credits", *(("related",) if listed else ())):
            expected = getattr(memory, what)(skill)
            assert getattr(stored, what)(skill) == (
                list(expected) if what != "levels" else expected
            )


SALARY_SOURCES = sorted({s.source for r in BUNDLED.roles for s in r.salaries})
rank_queries = st.builds(
    explore.RankQuery,
    by=st.sampled_from(list(RankBy)),
    region=st.sampled_from(["US", "FR", "GB", "NL", "JP"]),
    measure=st.sampled_from(list(Measure)),
    top=st.sampled_from([None, 1, 2, 3, 5]),
    family=st.sampled_from([None, "ai-architects", "emerging-roles", "nope"]),
    source=st.sampled_from([None, None, *SALARY_SOURCES, "nope"]),
    kind=st.sampled_from([None, None, SalaryKind.ROLE, SalaryKind.GROUP]),
    experience=st.sampled_from([None, None, *Experience]),
)


@st.composite
def paid_catalogues(draw: st.DrawFn) -> catalogue.Loaded:
    """Random catalogues whose roles draw their pay figures (and families) with
    repeats: equal figures (ties broken by id) and group figures shared by several roles;
    each role's figures in a random order (a level's figure before the overall one)."""
    loaded = draw(random_catalogues())
    pool = [(r.salaries, r.family) for r in BUNDLED.roles]
    count = len(loaded.catalogue.roles)
    drawn = draw(st.lists(st.sampled_from(pool), min_size=count, max_size=count))
    roles = [
        role._replace(salaries=tuple(draw(st.permutations(salaries))), family=family)
        for role, (salaries, family) in zip(loaded.catalogue.roles, drawn, strict=True)
    ]
    return Random("random.yaml", loaded.catalogue._replace(roles=tuple(roles)))


def ranked(index: catalogue.Index, query: explore.RankQuery) -> Any:
    """What `careers rank` prints as JSON and as a table, or what its error says."""
    try:
        view = RankView(index, explore.rank_roles(index, query), notes=True)
    except NotFoundError as exc:
        return ("not found", exc.suggestions, exc.message)
    return json_of(view), render_text(view, Format.TABLE, Lang.FR, width=100)


@fast
@given(paid_catalogues(), st.lists(rank_queries, min_size=1, max_size=4))
def test_rank_answers_alike(loaded: catalogue.Loaded, queries: list[explore.RankQuery]) -> None:
    """The index decodes only the roles a ranking can show (careers_cli/ranking.py): the
    ranking is the one of every role decoded."""
    memory, stored = both(loaded)
    for query in queries:
        assert ranked(stored, query) == ranked(memory, query), query
        if query.by is RankBy.DEMAND or query.family == "nope" or query.source == "nope":
            continue  # (demand reads every role; an unknown name is an error)
        ranking = explore.rank_roles(stored, query)
        shown = {r.id for row in ranking.rows for r in (row.role, *row.members)}
        read = {r.id for r in stored.rankable_roles(query, query.family)}  # (families by id)
        assert read == shown, query  # the roles read are those shown, no more


def path_outcome(index: catalogue.Index, start: str, goal: str, floor: float) -> Any:
    """What `path` gives: its JSON output, or the message of its error."""
    try:
        return json_of(PathView(index, matching.path(index, start, goal, floor)))
    except CareersError as exc:
        return ("error", exc.message)


FLOORS = st.sampled_from([0.01, 0.1, 0.25, 0.5])


@fast
@given(random_catalogues(), st.tuples(st.integers(0, 13), st.integers(0, 13)), FLOORS)
def test_path_answers_alike(loaded: catalogue.Loaded, ends: tuple[int, int], floor: float) -> None:
    """The neighbour graph read from the link table gives the chain the decoded roles give."""
    memory, stored = both(loaded)
    ids = [r.id for r in loaded.catalogue.roles]
    start, goal = (ids[k % len(ids)] for k in ends)
    assert path_outcome(stored, start, goal, floor) == path_outcome(memory, start, goal, floor)


@fast
@given(listed_catalogues(), st.booleans())
def test_skills_and_applications_lists_count_what_the_roles_list(
    loaded: catalogue.Loaded, tools_only: bool
) -> None:
    """`skills`, `tools` and `applications` count each skill's uses and each domain's roles
    from the links; the counts are those of the roles themselves (computed here from the
    catalogue), in memory and in the index alike, and the index reads no role for them."""
    roles = loaded.catalogue.roles
    expected = {
        s.id: (
            sum(
                any(n.skill == s.id and n.importance is Importance.ESSENTIAL for n in r.skills)
                for r in roles
            ),
            sum(
                any(n.skill == s.id and n.importance is Importance.OPTIONAL for n in r.skills)
                for r in roles
            ),
            sum(s.id in r.tools for r in roles),
        )
        for s in loaded.catalogue.skills
    }
    memory, stored = both(loaded)
    for index in (memory, stored):
        found = explore.skills_list(index, tools_only=tools_only)
        assert {u.skill.id: (u.essential, u.optional, u.as_tool) for u in found} == {
            s: counts for s, counts in expected.items() if s in {u.skill.id for u in found}
        }
        assert len(found) == len(loaded.catalogue.skills) or tools_only
        tools = [s.id for s in loaded.catalogue.skills if s.category in TOOL_CATEGORIES]
        assert sorted(u.skill.id for u in found) == sorted(tools if tools_only else expected)
        for category in SkillCategory:
            assert [u.skill.id for u in explore.skills_list(index, category)] == [
                s.id for s in loaded.catalogue.skills if s.category is category
            ]
    assert isinstance(stored, StoredIndex) and not stored.roles.items._seen
    domains = [
        (a.id, [r.id for r in roles if a.id in r.applications])
        for a in loaded.catalogue.applications
    ]
    for index in (memory, stored):
        assert [
            (u.application.id, [r.id for r in u.roles]) for u in explore.applications_list(index)
        ] == domains


@fast
@given(
    listed_catalogues(),
    st.sampled_from(["US", "FR", "GB", "DE"]),
    st.integers(0, 4),
    st.sampled_from([None, "data-infrastructure", "emerging-roles"]),
)
def test_pay_floors_read_the_medians_of_the_roles(
    loaded: catalogue.Loaded, region: str, step: int, family: str | None
) -> None:
    """`match --min-salary` and `next --goal pay` read each role's median from the
    index, without decoding a role: the medians are those `pay.median_for` picks from
    the roles themselves, and the roles kept by a floor are the same in memory."""
    roles = loaded.catalogue.roles
    memory, stored = both(loaded)
    expected = {
        pos: m
        for pos, role in enumerate(roles)
        if (m := pay.median_for(memory, role, region)) is not None
    }
    assert memory.medians(region) == expected
    assert stored.medians(region) == expected
    assert isinstance(stored, StoredIndex) and not stored.roles.items._seen
    floor = 40000.0 * step
    levels = {POOL[0]: 3, POOL[1]: 2}
    options = matching.MatchOptions(region=region, min_salary=floor, family=family)
    kept = {
        roles[pos].id
        for pos, m in expected.items()
        if m >= floor and family in (None, roles[pos].family)
    }
    for index in (memory, stored):
        assert {m.role.id for m in matching.match(index, levels, options)} == kept
