"""The index of a catalogue answered from its compiled database (:mod:`careers_cli.store`).

:class:`StoredIndex` answers every question :class:`careers_cli.catalogue.Index` answers,
reading only what each needs: an item by id is one row, a name one key, the roles of a
skill one indexed query on the link table. ``index.catalogue`` (the whole catalogue,
decoded) is built only when a command truly needs everything.
"""

from __future__ import annotations

import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cached_property, partial
from typing import TYPE_CHECKING, Any, TypeVar

from careers_cli.cache import encode
from careers_cli.catalogue import (
    SHOWN,
    Best,
    Candidates,
    Index,
    Keys,
    Lookup,
    Named,
    Need,
    RelatedLists,
    RoleLinks,
    SearchColumns,
    code_forms,
    role_kind,
)
from careers_cli.errors import Problem
from careers_cli.model import (
    Application,
    Catalogue,
    Codes,
    Family,
    Importance,
    Role,
    Skill,
    SkillCategory,
    Source,
)
from careers_cli.store import Damaged, Store
from careers_cli.suggest import Trigrams

if TYPE_CHECKING:
    from careers_cli.board import BoardData
    from careers_cli.choices import SortKey
    from careers_cli.explore import ListQuery, RankQuery
    from careers_cli.listing import Listing

T = TypeVar("T", bound=Named)
V = TypeVar("V")
RANK = {"roles": 0, "skills": 1, "applications": 2}  # the order of search results
SEARCH_BATCH = 32  # the candidates `careers search` decodes first (then twice as many...)


class Lazy(Mapping[str, V]):
    """A mapping whose values are fetched one key at a time, and kept (a value that is
    None or empty: no such key)."""

    def __init__(self, fetch: Callable[[str], V | None], keys: Callable[[], list[str]]) -> None:
        self._fetch = fetch
        self._keys = keys
        self._seen: dict[str, V] = {}

    def __getitem__(self, key: str) -> V:
        found = self._seen.get(key)
        if found is None:
            found = self._fetch(key)
            if not found:
                raise KeyError(key)
            self._seen[key] = found
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys())

    def __len__(self) -> int:
        return len(self._keys())


class Records(Lazy[V]):
    """The items of one kind by id, each decoded from its row when first asked for."""

    def __init__(self, store: Store, kind: str) -> None:
        super().__init__(lambda ident: store.record(kind, ident), lambda: store.ids(kind))
        self.store = store
        self.kind = kind

    def __len__(self) -> int:
        return self.store.count(self.kind)

    def many(self, keys: Iterable[str]) -> list[V]:
        """The items of these ids, in that order: those not read yet in one query (500 at
        a time; KeyError: no such id)."""
        wanted = list(keys)
        unseen = [k for k in dict.fromkeys(wanted) if k not in self._seen]
        sql = f"SELECT record, crc FROM {self.kind} WHERE id IN ({{0}})"
        for start in range(0, len(unseen), 500):
            chunk = unseen[start : start + 500]
            found = self.store.decoded(self.kind, sql.format(",".join("?" * len(chunk))), chunk)
            self._seen.update((item.id, item) for item in found)
        return [self[k] for k in wanted]

    def every(self) -> list[V]:
        """All the items, in catalogue order (one query; kept for later look-ups)."""
        found: list[V] = self.store.records(self.kind)
        self._seen.update((item.id, item) for item in found)  # type: ignore[attr-defined]
        return found


class StoredTrigrams(Trigrams):
    """The suggester of one kind of item, read from the index's ``suggest_grams`` and
    ``suggest_keys`` (compiled by ``store``): a name reads only its trigrams' rows and
    the few choices it compares, not the catalogue's names."""

    def __init__(self, store: Store, kind: str) -> None:
        self.store, self.kind = store, kind

    def postings(self, grams: Iterable[str]) -> dict[str, Sequence[int]]:
        wanted = sorted(set(grams))
        marks = ",".join("?" * len(wanted))
        rows = self.store.query(
            f"SELECT gram, postings FROM suggest_grams WHERE kind = ? AND gram IN ({marks})",
            [self.kind, *wanted],
        )
        return {gram: array.array("i", packed) for gram, packed in rows}

    def keys_at(self, ids: Iterable[int]) -> dict[int, str]:
        wanted = sorted(set(ids))
        marks = ",".join("?" * len(wanted))
        sql = f"SELECT n, key FROM suggest_keys WHERE kind = ? AND n IN ({marks})"
        return dict(self.store.query(sql, [self.kind, *wanted]))


class StoredLookup(Lookup[T]):
    """:class:`Lookup` over the index's keys table: a name is one indexed query."""

    def __init__(self, kind: str, store: Store, table: str) -> None:
        self.kind = kind
        self.store = store
        self.table = table
        self.items: Records[T] = Records(store, table)

    def many(self, ids: Iterable[str]) -> list[T]:
        return self.items.many(ids)

    def _keys(self) -> Keys:
        rows = self.store.query(
            "SELECT key, id, label FROM keys WHERE kind = ? ORDER BY position", (self.table,)
        )
        return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]

    def _owners(self, key: str) -> list[str]:
        return self.store.owners(self.table, key)

    def _coded(self, query: str) -> list[str]:
        if self.table != "roles":  # only roles have codes
            return []
        forms = code_forms(query)
        kinds = Codes._fields
        sql = (
            "SELECT r.id FROM role_codes c JOIN roles r ON r.pos = c.role "
            f"WHERE c.kind IN ({','.join('?' * len(kinds))}) "
            f"AND c.code IN ({','.join('?' * len(forms))}) GROUP BY r.id ORDER BY min(c.role)"
        )
        return self.store.column(sql, (*kinds, *forms))

    @cached_property
    def _suggester(self) -> Trigrams:
        return StoredTrigrams(self.store, self.table)

    def _suggestion_owners(self, keys: list[str]) -> dict[str, str]:
        wanted = sorted(set(keys))
        marks = ",".join("?" * len(wanted))
        sql = f"SELECT key, owner FROM suggest_keys WHERE kind = ? AND key IN ({marks})"
        return dict(self.store.query(sql, [self.table, *wanted]))

    def _ids_starting(self, key: str) -> list[str]:
        return self.store.column(
            f"SELECT id FROM {self.table} WHERE folded >= ? AND folded < ? LIMIT 2",
            (key, key + "\U0010ffff"),
        )

    def _owners_starting(self, key: str) -> list[str]:
        return self.store.column(
            f"SELECT DISTINCT k.id FROM keys k JOIN {self.table} t ON t.id = k.id "
            "WHERE k.kind = ? AND k.key >= ? AND k.key < ? ORDER BY k.id LIMIT ?",
            (self.table, key, key + "\U0010ffff", SHOWN + 1),
        )

    def _count_starting(self, key: str) -> int:
        counted = self.store.column(
            f"SELECT COUNT(DISTINCT k.id) FROM keys k JOIN {self.table} t ON t.id = k.id "
            "WHERE k.kind = ? AND k.key >= ? AND k.key < ?",
            (self.table, key, key + "\U0010ffff"),
        )
        return int(counted[0])


class StoredIndex(Index):
    """An :class:`Index` answered from a compiled index database."""

    def __init__(self, store: Store, compiled: bool = False) -> None:
        self.store = store
        self.from_cache = not compiled  # False: compiled by this run
        self.path = store.path
        self.warnings: Sequence[Problem] = [Problem(*w) for w in store.warnings()]

    @cached_property
    def catalogue(self) -> Catalogue:  # type: ignore[override]
        """The whole catalogue, decoded (only for the commands that need everything)."""
        return self.store.head()._replace(
            sources=tuple(self.sources.values()),
            families=tuple(self.families.values()),
            skills=tuple(self.skills.items.every()),
            roles=tuple(self.roles.items.every()),
            applications=tuple(self.applications.items.every()),
        )

    @cached_property
    def roles(self) -> StoredLookup[Role]:
        return StoredLookup(role_kind(self.path), self.store, "roles")

    @cached_property
    def skills(self) -> StoredLookup[Skill]:
        return StoredLookup("skill", self.store, "skills")

    @cached_property
    def applications(self) -> StoredLookup[Application]:
        return StoredLookup("application", self.store, "applications")

    @cached_property
    def families(self) -> Mapping[str, Family]:
        return {f.id: f for f in self.store.records("families")}

    @cached_property
    def sources(self) -> Mapping[str, Source]:
        return {s.id: s for s in self.store.records("sources")}

    @property
    def role_count(self) -> int:
        return self.store.count("roles")

    def head(self) -> Catalogue:
        return self.store.head()

    def every_skill(self) -> Sequence[Skill]:
        return self.skills.items.every()

    def skills_in(self, categories: Iterable[SkillCategory]) -> Sequence[Skill]:
        wanted = sorted(c.value for c in set(categories))
        marks = ",".join("?" * len(wanted))
        where = f"WHERE pos IN (SELECT pos FROM skill_category WHERE category IN ({marks}))"
        return self._cached("skills", self.store.records("skills", where, wanted))

    def every_role(self) -> Sequence[Role]:
        return self.roles.items.every()

    def _roles_at(self, sql: str, args: Sequence[Any]) -> list[Role]:
        roles: list[Role] = self.store.records_at("roles", self.store.column(sql, args))
        return [self.roles.items._seen.setdefault(r.id, r) for r in roles]

    @cached_property
    def roles_by_skill(self) -> Mapping[str, list[Role]]:
        def fetch(skill: str) -> list[Role]:
            return self._roles_at("SELECT DISTINCT role FROM links WHERE skill = ?", (skill,))

        return Lazy(fetch, lambda: self.store.column("SELECT DISTINCT skill FROM links"))

    @cached_property
    def reverse_related(self) -> Mapping[str, list[str]]:
        def fetch(skill: str) -> list[str]:
            return [s.id for s, _ in self.credit_to(skill)]

        return Lazy(fetch, lambda: self.store.column("SELECT DISTINCT related FROM related"))

    def credit_to(self, skill: str) -> list[tuple[Skill, float]]:
        rows = self.store.query(
            "SELECT s.id, r.weight FROM related r JOIN skills s ON s.pos = r.skill "
            "WHERE r.related = ? ORDER BY r.skill, r.rowid",
            (skill,),
        )
        items = self.skills.items
        return [(items[ident], weight) for ident, weight in rows]

    def unlocks(self, skill: str) -> list[Skill]:
        where = "WHERE pos IN (SELECT skill FROM prerequisites WHERE prerequisite = ?)"
        return self.store.records("skills", where, (skill,))

    def applications_using(self, skill: str) -> list[Application]:
        where = "WHERE pos IN (SELECT application FROM app_tools WHERE skill = ?)"
        return self.store.records("applications", where, (skill,))

    def roles_in(self, application: str) -> list[Role]:
        sql = "SELECT role FROM role_apps WHERE application = ?"
        return self._roles_at(sql, (application,))

    def roles_coded(self, kind: str, codes: Iterable[str]) -> dict[str, Role]:
        wanted = sorted(set(codes))
        marks = ",".join("?" * len(wanted))
        sql = f"SELECT code, min(role) FROM role_codes WHERE kind = ? AND code IN ({marks})"
        first = dict(self.store.query(f"{sql} GROUP BY code", (kind, *wanted)))
        positions = sorted(set(first.values()))
        at = dict(zip(positions, self.roles_at(positions), strict=True))
        return {code: at[pos] for code, pos in first.items()}

    def skill_uses(self) -> dict[str, tuple[int, int, int]]:
        essential = encode(Importance.ESSENTIAL)
        rows = self.store.query(
            "SELECT skill, count(CASE WHEN tool = 0 AND importance = ? THEN 1 END), "
            "count(CASE WHEN tool = 0 AND importance != ? THEN 1 END), "
            "count(DISTINCT CASE WHEN tool = 1 THEN role END) FROM links GROUP BY skill",
            (essential, essential),
        )
        return {skill: (e, o, t) for skill, e, o, t in rows}

    def medians(self, region: str) -> dict[int, float]:
        sql = "SELECT role, median FROM list_pay WHERE region = ? AND median IS NOT NULL"
        return dict(self.store.query(sql, (region,)))

    def listed(self) -> dict[str, int]:
        rows = self.store.query("SELECT skill, roles FROM listed")
        return dict(rows)

    def users(self, skills: Iterable[str], but: str) -> dict[str, int]:
        wanted = sorted(set(skills))
        out = dict.fromkeys(wanted, 0)
        marks = ",".join("?" * len(wanted))
        # ``but`` by its position: a role's id would be read from its (long) row per link
        sql = (
            f"SELECT skill, count(DISTINCT role) FROM links WHERE skill IN ({marks}) "
            "AND role != coalesce((SELECT pos FROM roles WHERE id = ?), -1) GROUP BY skill"
        )
        out.update(self.store.query(sql, [*wanted, but]) if wanted else [])
        return out

    def candidates(self, skills: Iterable[str], top: int, but: str = "") -> Sequence[Role]:
        wanted = sorted(set(skills))
        marks = ",".join("?" * len(wanted))
        sharing = self.store.column(
            f"SELECT DISTINCT role FROM links WHERE tool = 0 AND skill IN ({marks})", wanted
        )
        first = self.store.column(
            "SELECT pos FROM roles WHERE id != ? ORDER BY id LIMIT ?", (but, top)
        )
        roles = self._cached("roles", self.store.records_at("roles", [*sharing, *first]))
        return [r for r in roles if r.id != but]

    def regions(self, demand: bool = True) -> list[str]:
        codes = set(self.store.meta["salary_regions"])
        if demand:
            codes |= set(self.store.meta["demand_regions"])
        return sorted(codes)

    def search_batches(
        self, words: Sequence[str], columns: SearchColumns, first: int | None = None
    ) -> Iterator[tuple[Best, Callable[[], Candidates]]]:
        """The items whose full-text columns hold each word (a superset of the hits),
        best bound first (store.search_bounds), a batch at a time, each decoded only when
        asked for: the first batch holds ``first`` items (at most SEARCH_BATCH), each next
        one twice as many, so a search whose first hits settle the top reads few rows and
        one that must read many does it in few queries."""
        from careers_cli.store import search_bounds

        rows = search_bounds(self.store, words, columns)
        if rows is None:  # a word without letters or digits: no full-text help
            yield from super().search_batches(words, columns, first)
            return
        size, start = min(first or SEARCH_BATCH, SEARCH_BATCH), 0
        while start < len(rows):
            chunk = rows[start : start + size]
            kind, _, ident, bound = chunk[0]
            yield (-bound, RANK[kind], ident), partial(self._decoded_batch, chunk)
            start += size
            size = min(2 * size, 2048)

    def _decoded_batch(self, rows: Sequence[tuple[str, int, str, float]]) -> Candidates:
        found: dict[str, list[int]] = {"roles": [], "skills": [], "applications": []}
        for kind, pos, _, _ in rows:
            found[kind].append(pos)
        roles = found["roles"]
        if roles:  # their skills' names are searched too: read them in one go
            marks = ",".join("?" * len(roles))
            sql = (
                "SELECT DISTINCT s.pos FROM links l JOIN skills s ON s.id = l.skill "
                f"WHERE l.tool = 0 AND l.role IN ({marks})"
            )
            wanted = self.store.column(sql, roles)
            self._cached("skills", self.store.records_at("skills", wanted))
        return Candidates(
            *(self._cached(kind, self.store.records_at(kind, pos)) for kind, pos in found.items())
        )

    # -------------------------------------------- links: what `next` and `match` read

    def role_links(self, positions: Iterable[int] | None = None) -> RoleLinks:
        wanted = None if positions is None else list(positions)
        return RoleLinks(*self.store.role_links(wanted))

    def roles_at(self, positions: Iterable[int]) -> list[Role]:
        return self._cached("roles", self.store.records_at("roles", positions))

    def family_positions(self, family: str) -> list[int]:
        return self.store.family_positions(family)

    def candidate_positions(
        self, skills: Iterable[str], top: int, named: Iterable[str]
    ) -> list[int]:
        """The roles listing one of ``skills``, the ``top`` first by id, and the roles
        named (ids), as positions."""
        store = self.store
        sharing = "SELECT DISTINCT role FROM links WHERE tool = 0 AND skill IN ({marks})"
        found = set(store.column_in(sharing, skills))
        found.update(store.column("SELECT pos FROM roles ORDER BY id LIMIT ?", (top,)))
        found.update(store.column_in("SELECT pos FROM roles WHERE id IN ({marks})", named))
        return sorted(found)

    def names(self, kind: str) -> list[tuple[str, str, str, Sequence[str]]]:
        return self.store.names(kind)

    def related_lists(self, skills: Iterable[str] | None = None) -> RelatedLists:
        return self.store.related_lists(skills)

    def board(self, positions: Iterable[int] | None = None) -> BoardData:
        """Every role: the tables compiled for `next`; some roles: from their links."""
        return self.store.board() if positions is None else super().board(positions)

    def _cached(self, kind: str, items: list[Any]) -> list[Any]:
        seen = getattr(self, kind).items._seen
        return [seen.setdefault(item.id, item) for item in items]

    # ------------------------------------------- `careers list` (careers_cli/listing.py)

    def select_roles(self, q: ListQuery, sort: SortKey, lang: str) -> Listing:
        """The roles `careers list` shows, selected and ordered in SQL from the rows
        compiled for it (only the rows shown are read)."""
        from careers_cli.listing import StoredListing, selection

        return StoredListing(self.store, self.families, selection(q, sort, lang))

    def rankable_roles(self, q: RankQuery, family: str | None) -> list[Role]:
        """Only the roles the ranking can show (careers_cli/ranking.py), in catalogue order."""
        from careers_cli.ranking import shown_positions

        roles: list[Role] = self.store.records_at(
            "roles", shown_positions(self.store, self, q, family)
        )
        return [self.roles.items._seen.setdefault(r.id, r) for r in roles]

    # ----------------------------------------------------------- the role-skill links
    # (`path`, `similar`: from the link table; the roles are not decoded)

    def listed_of(self, skills: Iterable[str]) -> dict[str, int]:
        sql = "SELECT skill, roles FROM listed WHERE skill IN ({0})"
        return dict(self.store.guarded(lambda: _chunked(self.store, sql, sorted(set(skills)))))

    def candidate_ids(self, skills: Iterable[str], top: int, but: str = "") -> list[str]:
        wanted = sorted(set(skills))
        marks = ",".join("?" * len(wanted))
        sql = (
            "SELECT role FROM role_weight WHERE role != ? AND pos IN "
            f"(SELECT role FROM links WHERE tool = 0 AND skill IN ({marks})) "
            "UNION SELECT * FROM (SELECT role FROM role_weight WHERE role != ? "
            "ORDER BY role LIMIT ?)"
        )
        return self.store.column(sql, [but, *wanted, but, top])

    def skills_of(self, roles: Iterable[str]) -> dict[str, list[Need]]:
        sql = (
            "SELECT r.role, l.skill, l.importance, l.level FROM links l JOIN role_weight r "
            "ON r.pos = l.role WHERE l.tool = 0 AND r.role IN ({0}) ORDER BY l.role, l.position"
        )
        return self._links(sql, roles)

    def users_of(self, skills: Iterable[str]) -> dict[str, list[Need]]:
        sql = (
            "SELECT l.skill, r.role, l.importance, l.level FROM links l JOIN role_weight r "
            "ON r.pos = l.role WHERE l.tool = 0 AND l.skill IN ({0}) ORDER BY l.role"
        )
        return self._links(sql, skills)

    def related_roles(self, roles: Iterable[str]) -> dict[str, set[str]]:
        wanted = list(dict.fromkeys(roles))
        out: dict[str, set[str]] = {r: set() for r in wanted}
        sql = (
            "SELECT l.role, l.related FROM role_related l JOIN role_weight r "
            "ON r.role = l.related WHERE l.role IN ({0}) "
            "UNION SELECT related, role FROM role_related WHERE related IN ({0})"
        )
        rows = self.store.guarded(lambda: _chunked(self.store, sql, wanted, twice=True))
        for role, other in rows:
            out[role].add(other)
        return out

    def weight_totals(self, roles: Iterable[str]) -> dict[str, float]:
        wanted = list(dict.fromkeys(roles))

        def work() -> dict[str, float]:
            sql = "SELECT role, total FROM role_weight WHERE role IN ({0})"
            found = dict(_chunked(self.store, sql, wanted))
            if len(found) != len(wanted) or not all(isinstance(v, float) for v in found.values()):
                raise Damaged("a role's weight is missing from the index")
            return found

        return self.store.guarded(work)  # type: ignore[no-any-return]

    def _links(self, sql: str, keys: Iterable[str]) -> dict[str, list[Need]]:
        """Key -> its links, (id, importance, level), from rows (key, id, importance, level)."""
        wanted = list(dict.fromkeys(keys))

        def work() -> dict[str, list[Need]]:
            out: dict[str, list[Need]] = {k: [] for k in wanted}
            for key, ident, importance, level in _chunked(self.store, sql, wanted):
                if not isinstance(importance, int) or not 0 <= importance < len(_IMPORTANCE):
                    raise Damaged("a role-skill link does not fit the model")
                if not isinstance(level, int):
                    raise Damaged("a role-skill link does not fit the model")
                out[key].append((ident, _IMPORTANCE[importance], level))
            return out

        return self.store.guarded(work)  # type: ignore[no-any-return]


_IMPORTANCE = tuple(Importance)


def _chunked(store: Store, sql: str, values: list[str], twice: bool = False) -> list[Any]:
    """The rows of ``sql`` with its ``IN ({0})`` filled, 500 values at a time (``twice``:
    it holds two of them)."""
    rows: list[Any] = []
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        marks = ",".join("?" * len(chunk))
        args = chunk * 2 if twice else chunk
        rows += store.conn.execute(sql.format(marks), args).fetchall()
    return rows
