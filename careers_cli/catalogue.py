"""Find, read, validate and index a catalogue."""

import contextlib
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Generic, NamedTuple, Protocol, TypeVar

from careers_cli.errors import CareersError, CatalogueError, NotFoundError, Problem
from careers_cli.model import (
    Application,
    Catalogue,
    Family,
    Importance,
    Name,
    Role,
    Skill,
    SkillCategory,
    Source,
)
from careers_cli.text import name_key

if TYPE_CHECKING:
    from careers_cli.board import BoardData
    from careers_cli.choices import SortKey
    from careers_cli.explore import ListQuery, RankQuery
    from careers_cli.listing import Listing
    from careers_cli.store import Status, Store
    from careers_cli.suggest import Trigrams


class Named(Protocol):
    """Anything with an id, a bilingual name and aliases: roles, skills, applications."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> Name: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...


T = TypeVar("T", bound=Named)
SHOWN = 8  # the items an ambiguous name lists (the message says how many it matches)

ENV_CATALOG = "CAREERS_CATALOG"
_NAME = re.compile(r"[a-z][a-z0-9-]{0,39}\Z")  # an installed catalogue's name
ENV_MAX_SIZE = "CAREERS_MAX_SIZE"


def bundled_path() -> Path:
    """The catalogue shipped with the package (wheel), or the checkout's copy (editable)."""
    here = Path(__file__).resolve().parent
    packaged = here / "data" / "roles.yaml"
    if packaged.is_file():
        return packaged
    return here.parent / "data" / "roles.yaml"


def resolve_path(path: str | os.PathLike[str] | None) -> str:
    """The catalogue to read: the argument, else ``CAREERS_CATALOG``, else the bundled one."""
    if path:
        return installed_or_path(os.fspath(path))
    env = os.environ.get(ENV_CATALOG)
    if env:
        return installed_or_path(env)
    return str(bundled_path())


#: The folder of the user directory where `careers import` installs taxonomies.
CATALOGUES_DIR = "catalogues"


def installed_or_path(text: str) -> str:
    """An installed catalogue's file when ``text`` is its name (``esco``, ``onet``) and no
    file of that name is in the way; else ``text`` itself, a path."""
    if not _NAME.match(text) or os.path.exists(text):
        return text
    from careers_cli.files import user_dir

    found = user_dir() / CATALOGUES_DIR / f"{text}.yaml"
    if found.is_file():
        return str(found)
    from careers_cli.i18n import msg

    raise CareersError(msg("no_catalogue", name=text), hint=msg("no_catalogue_hint"))


def max_size(limit: int | None) -> int:
    """The size limit for a catalogue: the option, else ``CAREERS_MAX_SIZE``, else 64 MiB."""
    from careers_cli.files import DEFAULT_MAX_BYTES
    from careers_cli.i18n import msg

    if limit is not None:
        return limit
    env = os.environ.get(ENV_MAX_SIZE)
    if env:
        try:
            value = int(env)
        except ValueError:
            raise CareersError(msg("max_size_number", var=ENV_MAX_SIZE, got=repr(env))) from None
        if value <= 0:
            raise CareersError(msg("max_size_positive", var=ENV_MAX_SIZE, got=value))
        return value
    return DEFAULT_MAX_BYTES


class Loaded(NamedTuple):
    """A valid catalogue, where it came from, and the warnings validation raised."""

    path: str
    catalogue: Catalogue
    warnings: Sequence[Problem] = ()


def read(path: str | None = None, *, limit: int | None = None) -> Loaded:
    """Read and validate a catalogue; raise :class:`CatalogueError` listing every problem."""
    from careers_cli.files import read_bytes

    filename = resolve_path(path)
    return _parse(filename, read_bytes(filename, "catalogue", max_size(limit)))


class Summary(NamedTuple):
    """What `careers validate` reports: a valid catalogue's counts and warnings, or the
    error listing every problem of an invalid one."""

    path: str
    counts: dict[str, int]
    warnings: Sequence[Problem] = ()
    error: CatalogueError | None = None

    @property
    def problems(self) -> Sequence[Problem]:
        return self.error.problems if self.error is not None else ()


def summary(path: str | None = None, *, limit: int | None = None) -> Summary:
    """Check a catalogue file without the cache; a file that cannot be read still raises."""
    target = resolve_path(path)
    try:
        loaded = read(target, limit=limit)
    except CatalogueError as exc:
        return Summary(target, {}, error=exc)
    found = loaded.catalogue
    counts = {
        "roles": len(found.roles),
        "skills": len(found.skills),
        "applications": len(found.applications),
        "families": len(found.families),
        "sources": len(found.sources),
    }
    return Summary(target, counts, loaded.warnings)


def _parse(filename: str, data: bytes) -> Loaded:
    """Parse and validate a catalogue's bytes (the slow path: YAML and validation)."""
    from careers_cli import validate, yamlsafe
    from careers_cli.files import checked_utf8

    text = checked_utf8(data, filename)  # parsed as bytes: no second copy of the text
    try:
        parsed = yamlsafe.parse(text, filename)
    except yamlsafe.YamlError as exc:
        raise CatalogueError(filename, [exc.problem]) from None
    if parsed is None:
        from careers_cli.i18n import msg

        raise CatalogueError(filename, [Problem(msg("catalogue_empty"))])
    report = validate.validate(parsed)
    paths = [i.path for i in report.errors + report.warnings]
    places = yamlsafe.locate(text, paths) if paths else {}

    def problem(issue: validate.Issue) -> Problem:
        line, col = places.get(issue.path, (None, None))
        return Problem(issue.message, validate.format_path(issue.path), line, col)

    if report.errors:
        raise CatalogueError(filename, [problem(i) for i in report.errors])
    assert report.catalogue is not None
    return Loaded(filename, report.catalogue, [problem(i) for i in report.warnings])


class Lookup(Generic[T]):
    """Find an item by id, English or French name, alias or unique prefix.

    Case, accents and separators are ignored: ``ingénieur ml``, ``Ingenieur-ML`` and
    ``machine-learning-engineer`` find the same role. An exact name or alias wins;
    then a prefix (4 characters or more) of exactly one id; then a prefix of exactly
    one item's names and aliases.

    This one holds its items in memory; :class:`StoredLookup` asks the index database.
    """

    def __init__(self, kind: str, items: Iterable[T]) -> None:
        self.kind = kind
        self.items: Mapping[str, T] = {item.id: item for item in items}

    @cached_property
    def _tables(self) -> tuple[dict[str, list[str]], dict[str, str]]:
        """(key -> the ids that own it, key -> its first label), in catalogue order."""
        owners: dict[str, list[str]] = {}
        labels: dict[str, str] = {}
        for key, ident, label in zip(*self._keys(), strict=True):
            owners.setdefault(key, []).append(ident)
            labels.setdefault(key, label)
        return owners, labels

    def _keys(self) -> "Keys":
        return lookup_keys(self.items.values())

    @cached_property
    def keys(self) -> dict[str, str]:
        """Every key (``text.name_key`` of a name or alias) -> its first owner."""
        return {key: ids[0] for key, ids in self._tables[0].items()}

    @property
    def labels(self) -> dict[str, str]:
        return self._tables[1]

    def _owners(self, key: str) -> list[str]:
        """The ids a key belongs to: one, or several when names differ only by case,
        accents or separators (an ambiguity, reported)."""
        return self._tables[0].get(key, [])

    def _ids_starting(self, key: str) -> list[str]:
        """Ids whose key starts with ``key`` (two are enough to know)."""
        return [ident for ident in self.items if name_key(ident).startswith(key)][:2]

    def _owners_starting(self, key: str) -> list[str]:
        """The ids, sorted, that own a name or alias whose key starts with ``key`` (one
        more than :data:`SHOWN` is enough to know: one is a hit, the first few are shown
        and :meth:`_count_starting` says how many there are)."""
        return sorted(self._all_starting(key))[: SHOWN + 1]

    def _count_starting(self, key: str) -> int:
        """How many items own a name or alias whose key starts with ``key``."""
        return len(self._all_starting(key))

    def _all_starting(self, key: str) -> set[str]:
        return {i for k, ids in self._tables[0].items() if k.startswith(key) for i in ids}

    def _exact(self, query: str) -> list[str]:
        """The ids a name other than an id leads to exactly: the owners of its key (several
        when names differ only by separators or case), else the items holding it as an
        official code (:meth:`_coded`)."""
        return self._owners(name_key(query)) or self._coded(query)

    @cached_property
    def _codes(self) -> dict[str, list[str]]:
        """Each official code (SOC, ISCO, ESCO URI, ROME) -> the ids of the items holding
        it, in catalogue order (roles only: no other item has codes)."""
        out: dict[str, list[str]] = {}
        for item in self.items.values():
            codes = getattr(item, "codes", None)
            if codes is None:
                return out
            for code in {c.code for kind in codes._fields for c in getattr(codes, kind)}:
                out.setdefault(code, []).append(item.id)
        return out

    def _coded(self, query: str) -> list[str]:
        """The ids of the items holding ``query`` (:func:`code_forms`) as a code."""
        found = [i for form in code_forms(query) for i in self._codes.get(form, ())]
        return list(dict.fromkeys(found))

    def find(self, query: str) -> T | None:
        """The item a name leads to exactly, or None."""
        hit = self.items.get(query)
        if hit is not None:
            return hit
        ids = self._exact(query)
        return self.items[ids[0]] if len(ids) == 1 else None

    def get(self, query: str) -> T:
        """The item a name leads to: exactly (its id, a name, an alias or a code), else by
        a unique prefix; else NotFoundError."""
        hit = self.items.get(query)
        if hit is not None:
            return hit
        exact = self._exact(query)
        if len(exact) == 1:
            return self.items[exact[0]]
        if exact:  # names that differ only by separators or case; a code several items hold
            raise self._ambiguous(query, exact, len(exact))
        key = name_key(query)
        if key:
            by_id = self._ids_starting(key)
            if len(by_id) == 1 and len(key) >= 4:  # ids are the canonical names
                return self.items[by_id[0]]
            prefixed = self._owners_starting(key)
            if len(prefixed) == 1:
                return self.items[prefixed[0]]
            if len(prefixed) > 1:
                many = len(prefixed) > SHOWN  # then only a count says how many
                raise self._ambiguous(
                    query, prefixed, self._count_starting(key) if many else len(prefixed)
                )
        ids = self.suggest(query)
        raise NotFoundError(self.kind, query, ids, shown=self.names_of(ids))

    def _ambiguous(self, query: str, ids: list[str], count: int) -> NotFoundError:
        """The error of a name that leads to ``count`` items: the first ids are listed."""
        shown = ids[:SHOWN]
        return NotFoundError(
            self.kind, query, shown, ambiguous=True, shown=self.names_of(shown), count=count
        )

    def many(self, ids: Iterable[str]) -> list[T]:
        """The items of these ids, in that order (KeyError: no such id); the index reads
        them in one query."""
        return [self.items[i] for i in ids]

    def names_of(self, ids: list[str]) -> list[str]:
        """The names of items in the user's language (suggestions are shown so)."""
        from careers_cli.i18n import current_lang

        lang = current_lang()
        return [self.items[i].name.get(lang) for i in ids]

    @cached_property
    def _owners_of_keys(self) -> dict[str, str]:
        """Each folded name or alias and its first owner (``suggest.suggestion_owners``)."""
        from careers_cli.suggest import suggestion_owners

        _, ids, labels = self._keys()
        return suggestion_owners(ids, labels)

    @cached_property
    def _suggester(self) -> "Trigrams":
        """The suggester over the folded names and aliases."""
        from careers_cli.suggest import Suggester

        return Suggester(self._owners_of_keys)

    def _suggestion_owners(self, keys: list[str]) -> dict[str, str]:
        """The first owner of each of these folded names (choices of the suggester)."""
        return {k: self._owners_of_keys[k] for k in keys}

    def suggest(self, query: str) -> list[str]:
        """The ids of the items whose names are closest to ``query`` (see ``suggest``)."""
        keys = self._suggester(query)
        owner = self._suggestion_owners(keys)
        return list(dict.fromkeys(owner[k] for k in keys))


class Labelled(NamedTuple):
    """A family or a source as a :class:`Lookup` sees it: its id, the name messages show,
    and every other label the tool prints for it (each is accepted where it is named)."""

    id: str
    name: Name
    aliases: tuple[str, ...]


class IdLookup(Lookup[T]):
    """A look-up whose messages name items by id: several sources may share a short label
    (two QuestEducation pages), and only their ids tell them apart."""

    def names_of(self, ids: list[str]) -> list[str]:
        return list(ids)


def family_labels(family: Family) -> Labelled:
    """A family by its id, its English and French names, and the short names `list`
    prints (``AI architects``, ``Données & infra``)."""
    short = (family.short.en, family.short.fr) if family.short is not None else ()
    return Labelled(family.id, family.name, short)


def source_labels(source: Source) -> Labelled:
    """A source by its id, its short label (``BLS OEWS May 2025``, as notes and
    `careers sources` print it) and the tag table cells and footers print (``BLS``)."""
    tag = (source.tag,) if source.tag else ()
    return Labelled(source.id, Name(source.short, source.short), tag)


Keys = tuple[list[str], list[str], list[str]]  # keys of labels, their ids, the labels


def role_kind(path: str) -> str:
    """What messages call a catalogue's roles: "occupation" in a taxonomy `careers import`
    installed (``catalogues/NAME.yaml`` with its manifest ``NAME.json`` beside it), else
    "role" ("unknown occupation '99-9999.00'" in an O*NET import)."""
    file = Path(path)
    imported = file.parent.name == CATALOGUES_DIR and file.with_suffix(".json").is_file()
    return "occupation" if imported else "role"


SOC_CODE = re.compile(r"[0-9]{2}-[0-9]{4}")


def code_forms(query: str) -> list[str]:
    """The official codes a name may be: itself, without surrounding spaces, and a SOC
    code with and without O*NET-SOC's ``.00`` (``25-1054`` and ``25-1054.00`` name the
    same occupation)."""
    code = query.strip()
    if SOC_CODE.fullmatch(code):
        return [code, f"{code}.00"]
    if code.endswith(".00") and SOC_CODE.fullmatch(code[:-3]):
        return [code, code[:-3]]
    return [code]


def lookup_keys(items: Iterable[Named]) -> Keys:
    """The key of every name and alias (``text.name_key``), with its item's id, once per
    item: a key two items share is kept for both (a look-up of it is ambiguous)."""
    keys: list[str] = []
    ids: list[str] = []
    labels: list[str] = []
    seen: set[tuple[str, str]] = set()
    for item in items:
        for label in (item.id, item.name.en, item.name.fr, *item.aliases):
            key = name_key(label)
            if key and (key, item.id) not in seen:
                seen.add((key, item.id))
                keys.append(key)
                ids.append(item.id)
                labels.append(label)
    return keys, ids, labels


#: A role-skill link seen from one end: (the other end's id, importance, level)
Need = tuple[str, Importance, int]


class Candidates(NamedTuple):
    """What `careers search` scores: every item that may hold all the query's words."""

    roles: Sequence[Role]
    skills: Sequence[Skill]
    applications: Sequence[Application]


#: The best place a search result could take: (minus its score, kind rank, id), the
#: order of `careers search` (explore.search); None: no bound known.
Best = tuple[float, int, str] | None


class SearchColumns(NamedTuple):
    """How `careers search` scores, as the index's full-text columns see it: the most
    points a word found in each column can earn and the bonus for an item whose name,
    alias or id is the whole query."""

    points: Mapping[str, float]
    bonus: float


# ------------------------------------------------ links: roles as `next` and `match` score them

RelatedLists = Mapping[str, Sequence[tuple[str, float]]]  # skill id -> (related id, weight)


class RoleLinks(NamedTuple):
    """Some roles as `next` and `match` score them: ids and skills, no texts; in
    catalogue order, ``positions`` their places in the catalogue."""

    positions: Sequence[int]
    ids: Sequence[str]
    skills: Sequence[Sequence[Need]]


class Index:
    """A loaded catalogue with the look-ups built once per load.

    This one holds the whole catalogue in memory (``--no-cache``, and what the tests
    compare the compiled index with); :class:`StoredIndex` answers the same questions
    from the index database, reading only what each asks for.
    """

    from_cache = False

    def __init__(self, loaded: Loaded) -> None:
        self.path = loaded.path
        self.warnings = loaded.warnings
        self.catalogue = loaded.catalogue

    @cached_property
    def roles(self) -> Lookup[Role]:
        return Lookup(role_kind(self.path), self.catalogue.roles)

    @cached_property
    def skills(self) -> Lookup[Skill]:
        return Lookup("skill", self.catalogue.skills)

    @cached_property
    def applications(self) -> Lookup[Application]:
        return Lookup("application", self.catalogue.applications)

    def all_keys(self) -> "dict[str, Keys]":
        return all_keys(self.catalogue)

    @cached_property
    def families(self) -> Mapping[str, Family]:
        return {f.id: f for f in self.catalogue.families}

    @cached_property
    def sources(self) -> Mapping[str, Source]:
        return {s.id: s for s in self.catalogue.sources}

    @cached_property
    def family_names(self) -> Lookup[Labelled]:
        """The families by every label the tool prints for them (``family_labels``)."""
        return Lookup("family", map(family_labels, self.families.values()))

    @cached_property
    def source_names(self) -> IdLookup[Labelled]:
        """The sources by every label the tool prints for them (``source_labels``)."""
        return IdLookup("source", map(source_labels, self.sources.values()))

    @property
    def role_count(self) -> int:
        return len(self.catalogue.roles)

    def head(self) -> Catalogue:
        """The catalogue's own fields (title, version, ...); the index leaves its lists
        empty."""
        return self.catalogue

    def every_skill(self) -> Sequence[Skill]:
        """Every skill, in catalogue order (the index decodes the skills, not the roles)."""
        return self.catalogue.skills

    def skills_in(self, categories: Iterable[SkillCategory]) -> Sequence[Skill]:
        """The skills of these categories, in catalogue order."""
        wanted = set(categories)
        return [s for s in self.catalogue.skills if s.category in wanted]

    def every_role(self) -> Sequence[Role]:
        """Every role, in catalogue order (the index decodes the roles, not the skills)."""
        return self.catalogue.roles

    @cached_property
    def roles_by_skill(self) -> Mapping[str, list[Role]]:
        """Skill id -> the roles that list it (as a skill or as a tool)."""
        out: dict[str, list[Role]] = {}
        for role in self.catalogue.roles:
            ids = dict.fromkeys([*(s.skill for s in role.skills), *role.tools])
            for ident in ids:
                out.setdefault(ident, []).append(role)
        return out

    @cached_property
    def reverse_related(self) -> Mapping[str, list[str]]:
        """Skill id -> the skills it earns partial credit for (the other end of `related`)."""
        out: dict[str, list[str]] = {}
        for skill in self.catalogue.skills:
            for related, _ in skill.related:
                out.setdefault(related, []).append(skill.id)
        return out

    @cached_property
    def roles_credited_by(self) -> dict[str, set[str]]:
        """Skill id -> ids of the roles where it earns credit, directly or as a related skill."""
        out: dict[str, set[str]] = {}
        items = self.skills.items
        for role in self.catalogue.roles:
            for need in role.skills:
                out.setdefault(need.skill, set()).add(role.id)
                for rel in items[need.skill].related:
                    out.setdefault(rel.skill, set()).add(role.id)
        return out

    def credit_to(self, skill: str) -> list[tuple[Skill, float]]:
        """The skills that list ``skill`` as related, with the weight, in catalogue order."""
        return [(s, r.weight) for s in self.catalogue.skills for r in s.related if r.skill == skill]

    def unlocks(self, skill: str) -> list[Skill]:
        """The skills that list ``skill`` as a prerequisite."""
        return [s for s in self.catalogue.skills if skill in s.prerequisites]

    def applications_using(self, skill: str) -> list[Application]:
        """The application domains that list ``skill`` as a tool."""
        return [a for a in self.catalogue.applications if skill in a.tools]

    def roles_in(self, application: str) -> list[Role]:
        """The roles working in an application domain."""
        return [r for r in self.catalogue.roles if application in r.applications]

    def roles_coded(self, kind: str, codes: Iterable[str]) -> dict[str, Role]:
        """Code -> the first role carrying it among its codes of ``kind`` ("esco", "soc",
        "isco", "rome"); a code no role carries is absent."""
        wanted = set(codes)
        out: dict[str, Role] = {}
        for role in self.catalogue.roles:
            for code in getattr(role.codes, kind):
                if code.code in wanted:
                    out.setdefault(code.code, role)
        return out

    def skill_uses(self) -> dict[str, tuple[int, int, int]]:
        """Skill id -> how many roles need it as essential, as optional, and list it among
        their tools (a skill no role lists is absent)."""
        out: dict[str, list[int]] = {}
        for role in self.catalogue.roles:
            for need in role.skills:
                counts = out.setdefault(need.skill, [0, 0, 0])
                counts[0 if need.importance is Importance.ESSENTIAL else 1] += 1
            for tool in set(role.tools):
                out.setdefault(tool, [0, 0, 0])[2] += 1
        return {skill: (e, o, t) for skill, (e, o, t) in out.items()}

    def medians(self, region: str) -> dict[int, float]:
        """Role position -> the median `--min-salary` and `next --goal pay` use in
        ``region`` (:func:`careers_cli.pay.median_for`), for the roles that have one."""
        from careers_cli.pay import median_for

        found = (
            (pos, median_for(self, role, region)) for pos, role in enumerate(self.catalogue.roles)
        )
        return {pos: median for pos, median in found if median is not None}

    def listed(self) -> dict[str, int]:
        """Skill id -> how many roles list it as a skill (not as a tool)."""
        out: dict[str, int] = {}
        for role in self.catalogue.roles:
            for need in role.skills:
                out[need.skill] = out.get(need.skill, 0) + 1
        return out

    def users(self, skills: Iterable[str], but: str) -> dict[str, int]:
        """Skill id -> how many roles other than ``but`` list it (as a skill or a tool)."""
        wanted = set(skills)
        out = dict.fromkeys(wanted, 0)
        for other in self.catalogue.roles:
            if other.id != but:
                for skill in wanted.intersection([*(s.skill for s in other.skills), *other.tools]):
                    out[skill] += 1
        return out

    def candidates(self, skills: Iterable[str], top: int, but: str = "") -> Sequence[Role]:
        """The roles (``but`` left out) a best-first list of ``top`` can hold when roles
        listing none of ``skills`` score 0 and ties go by id: here, all of them; the index
        gives those listing one of the skills and the ``top`` first by id."""
        return [r for r in self.catalogue.roles if r.id != but]

    def regions(self, demand: bool = True) -> list[str]:
        """The region codes of the salary figures (and of the demand ones), sorted."""
        codes = {s.region for r in self.catalogue.roles for s in r.salaries}
        if demand:
            codes |= {d.region for r in self.catalogue.roles for d in r.demand}
        return sorted(codes)

    def search_batches(
        self, words: Sequence[str], columns: SearchColumns, first: int | None = None
    ) -> Iterator[tuple[Best, Callable[[], Candidates]]]:
        """The items `careers search` scores, in batches (each read when called), each
        with the best place any of its items or of a later batch could take. Here: every
        item, in one batch of unknown bound; the index narrows them by its full-text
        table and bounds them (``first``: how many the first batch should hold)."""
        found = self.catalogue
        yield None, lambda: Candidates(found.roles, found.skills, found.applications)

    # -------------------------------------------- links: what `next` and `match` read

    def role_links(self, positions: Iterable[int] | None = None) -> RoleLinks:
        """The ids and skills of every role, or of the roles at these positions."""
        roles = self.catalogue.roles
        wanted = range(len(roles)) if positions is None else sorted(set(positions))
        chosen = [roles[i] for i in wanted]
        return RoleLinks(list(wanted), [r.id for r in chosen], [r.skills for r in chosen])

    def roles_at(self, positions: Iterable[int]) -> list[Role]:
        """The roles at these positions, read whole, in catalogue order."""
        roles = self.catalogue.roles
        return [roles[i] for i in sorted(set(positions))]

    def family_positions(self, family: str) -> list[int]:
        """The positions of the roles of one family."""
        return [i for i, r in enumerate(self.catalogue.roles) if r.family == family]

    def candidate_positions(
        self, skills: Iterable[str], top: int, named: Iterable[str]
    ) -> list[int]:
        """The positions :meth:`candidates` gives, and those of the roles named (ids):
        here, every role."""
        return list(range(len(self.catalogue.roles)))

    def names(self, kind: str) -> list[tuple[str, str, str, Sequence[str]]]:
        """(id, English name, French name, aliases) of every item of a kind ("roles",
        "skills"), in catalogue order: what the finders of ``--from-text`` read."""
        return [(i.id, i.name.en, i.name.fr, i.aliases) for i in getattr(self.catalogue, kind)]

    def board(self, positions: Iterable[int] | None = None) -> "BoardData":
        """What `next` reads of every role, or of the roles at these positions
        (:mod:`careers_cli.board`)."""
        from careers_cli.board import LinkBoard

        return LinkBoard(self.role_links(positions), self.related_lists())

    def related_lists(self, skills: Iterable[str] | None = None) -> RelatedLists:
        """Skill id -> the skills it is related to, with their weights: for every skill,
        or for these (each of them a key)."""
        if skills is None:
            return {s.id: s.related for s in self.catalogue.skills}
        items = self.skills.items
        return {s: items[s].related for s in skills}

    # ----------------------------------------------------------- the role-skill links
    # (`path`, `similar`: what the index answers from its link table, without the roles)

    def listed_of(self, skills: Iterable[str]) -> dict[str, int]:
        """:meth:`listed` for these skills only."""
        listed = self.listed()
        return {s: listed[s] for s in skills if s in listed}

    def candidate_ids(self, skills: Iterable[str], top: int, but: str = "") -> list[str]:
        """The ids of :meth:`candidates` (the index reads no role to give them)."""
        return [r.id for r in self.candidates(skills, top, but)]

    def skills_of(self, roles: Iterable[str]) -> dict[str, list[Need]]:
        """Role id -> its skills as (skill id, importance, level), in the role's order."""
        items = self.roles.items
        return {r: [(s.skill, s.importance, s.level) for s in items[r].skills] for r in roles}

    def users_of(self, skills: Iterable[str]) -> dict[str, list[Need]]:
        """Skill id -> the roles listing it as a skill, as (role id, importance, level),
        in catalogue order."""
        return {s: list(self._users.get(s, ())) for s in skills}

    @cached_property
    def _users(self) -> dict[str, list[Need]]:
        out: dict[str, list[Need]] = {}
        for role in self.catalogue.roles:
            for s in role.skills:
                out.setdefault(s.skill, []).append((role.id, s.importance, s.level))
        return out

    def related_roles(self, roles: Iterable[str]) -> dict[str, set[str]]:
        """Role id -> the roles it lists as related, and those that list it."""
        return {r: set(self._related.get(r, ())) for r in roles}

    @cached_property
    def _related(self) -> dict[str, set[str]]:
        items = self.roles.items
        out: dict[str, set[str]] = {}
        for role in self.catalogue.roles:
            for other in role.related:
                if other in items:
                    out.setdefault(role.id, set()).add(other)
                    out.setdefault(other, set()).add(role.id)
        return out

    def weight_totals(self, roles: Iterable[str]) -> dict[str, float]:
        """Role id -> the sum of its skills' weights (:func:`careers_cli.explore.weight_total`)."""
        from careers_cli.explore import weight_total

        items = self.roles.items
        return {r: weight_total(items[r]) for r in roles}

    # ------------------------------------------- `careers list` (careers_cli/listing.py)

    def select_roles(self, q: "ListQuery", sort: "SortKey", lang: str) -> "Listing":
        """The roles `careers list` shows, in order: here, worked out from the roles (the
        compiled index selects them in SQL)."""
        from careers_cli.listing import select_in_memory

        return select_in_memory(self, q, sort, lang)

    def rankable_roles(self, q: "RankQuery", family: str | None) -> list[Role]:
        """The roles `careers rank` ranks (those of ``family`` when given), in catalogue
        order: here, all of them (the compiled index reads only those the ranking can
        show, see careers_cli/ranking.py)."""
        return [r for r in self.every_role() if family is None or r.family == family]


def all_keys(catalogue: Catalogue) -> dict[str, Keys]:
    """The look-up tables of every kind of named item."""
    return {
        "roles": lookup_keys(catalogue.roles),
        "skills": lookup_keys(catalogue.skills),
        "applications": lookup_keys(catalogue.applications),
    }


ENV_NO_CACHE = "CAREERS_NO_CACHE"


def load(
    path: str | None = None, *, limit: int | None = None, use_cache: bool | None = None
) -> Index:
    """Read and index a catalogue: from its compiled index when that is fresh, else by
    parsing and validating it (then compiling the index)."""
    filename = resolve_path(path)
    if use_cache is None:
        use_cache = not os.environ.get(ENV_NO_CACHE)
    if not use_cache:
        return Index(read(filename, limit=limit))
    from careers_cli import store

    status = store.Status.of(filename)  # taken before the read: a later edit is seen
    size_cap = max_size(limit)
    found = None
    if status is not None and status.size <= size_cap and os.path.isfile(filename):
        found = store.open_index(filename, status.size)
        if found is not None and found.fresh(status):
            return _stored(found, filename, size_cap)
    import hashlib

    from careers_cli.files import read_bytes  # (a warm index needs no file guards)

    data = read_bytes(filename, "catalogue", size_cap)  # the guards: regular file, size
    if status is None:  # a status that no later one matches
        status = store.Status(os.path.realpath(filename), len(data), -1, -1)
    sha256 = hashlib.sha256(data).hexdigest()
    if found is not None and found.same_bytes(sha256):
        with contextlib.suppress(OSError, sqlite3.Error):
            store.refresh(found, status)
        return _stored(found, filename, size_cap)
    with progress(filename, len(data)):
        loaded = _parse(filename, data)
        del data
        return _stored(_compiled(loaded, status, sha256), filename, size_cap, compiled=True)


def _stored(found: "Store", filename: str, size_cap: int, compiled: bool = False) -> Index:
    """The index over an open store, which compiles the catalogue again if it turns out
    damaged part way through a command."""
    from careers_cli import store
    from careers_cli.stored import StoredIndex

    def recompile() -> "Store":
        import hashlib

        from careers_cli.files import read_bytes

        status = store.Status.of(filename)
        data = read_bytes(filename, "catalogue", size_cap)
        status = status or store.Status(os.path.realpath(filename), len(data), -1, -1)
        return _compiled(_parse(filename, data), status, hashlib.sha256(data).hexdigest())

    found.recompile = recompile
    return StoredIndex(found, compiled=compiled)


def _compiled(loaded: Loaded, status: "Status", sha256: str) -> "Store":
    """The catalogue compiled into its index file; in memory when that cannot be written."""
    from careers_cli import store
    from careers_cli.cache import note

    try:
        return store.build(loaded, status, sha256)
    except (OSError, sqlite3.Error) as exc:
        note(f"cannot write the index ({exc}); using one in memory for this run")
        return store.in_memory(loaded, status, sha256)


@contextlib.contextmanager
def progress(filename: str, size: int, delay: float = 0.5) -> Iterator[None]:
    """On a terminal, say what is happening when a first load takes more than ``delay``
    seconds; print nothing otherwise (and nothing at all when stderr is not a terminal)."""
    stream = sys.stderr
    if not getattr(stream, "isatty", lambda: False)():
        yield
        return
    import threading

    done = threading.Event()
    from careers_cli.i18n import current_lang, decimal, msg

    mb = decimal(size / 1e6, current_lang(), 1)
    message = msg("first_read", name=os.path.basename(filename), size=mb)

    def tick() -> None:
        if done.wait(delay):
            return
        frames = "|/-\\"
        i = 0
        while not done.wait(0.2):
            stream.write(f"\r{message}{frames[i % 4]}")
            stream.flush()
            i += 1
        stream.write("\r" + " " * (len(message) + 1) + "\r")
        stream.flush()

    thread = threading.Thread(target=tick, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join(timeout=1)
