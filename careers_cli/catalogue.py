"""Find, read, validate and index a catalogue."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from careers_cli.errors import CareersError, CatalogueError, NotFoundError, Problem
from careers_cli.model import Application, Catalogue, Family, Name, Role, Skill, Source
from careers_cli.text import closest, fold


class Named(Protocol):
    """Anything with an id, a bilingual name and aliases: roles, skills, applications."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> Name: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...


T = TypeVar("T", bound=Named)

ENV_CATALOG = "CAREERS_CATALOG"
ENV_MAX_SIZE = "CAREERS_MAX_SIZE"


def bundled_path() -> Path:
    """The catalogue shipped with the package (wheel), or the checkout's copy (editable)."""
    here = Path(__file__).resolve().parent
    packaged = here / "data" / "roles.yaml"
    if packaged.is_file():
        return packaged
    return here.parent / "data" / "roles.yaml"


def bundled_schema_path() -> Path:
    """The JSON Schema file that sits beside the bundled catalogue."""
    return bundled_path().with_name("roles.schema.json")


def resolve_path(path: str | os.PathLike[str] | None) -> str:
    """The catalogue to read: the argument, else ``CAREERS_CATALOG``, else the bundled one."""
    if path:
        return os.fspath(path)
    env = os.environ.get(ENV_CATALOG)
    if env:
        return env
    return str(bundled_path())


def max_size(limit: int | None) -> int:
    """The size limit for a catalogue: the option, else ``CAREERS_MAX_SIZE``, else 64 MiB."""
    from careers_cli.yamlsafe import DEFAULT_MAX_BYTES

    if limit is not None:
        return limit
    env = os.environ.get(ENV_MAX_SIZE)
    if env:
        try:
            value = int(env)
        except ValueError:
            raise CareersError(f"{ENV_MAX_SIZE} must be a number of bytes, got {env!r}") from None
        if value <= 0:
            raise CareersError(f"{ENV_MAX_SIZE} must be positive, got {value}")
        return value
    return DEFAULT_MAX_BYTES


@dataclass
class Loaded:
    """A valid catalogue, where it came from, and the warnings validation raised."""

    path: str
    catalogue: Catalogue
    warnings: list[Problem] = field(default_factory=list)


def read(path: str | None = None, *, limit: int | None = None) -> Loaded:
    """Read and validate a catalogue; raise :class:`CatalogueError` listing every problem."""
    from careers_cli import validate, yamlsafe

    filename = resolve_path(path)
    try:
        text = yamlsafe.read_text(filename, "catalogue", max_size(limit))
        data = yamlsafe.parse(text, filename)
    except yamlsafe.YamlError as exc:
        raise CatalogueError(filename, [exc.problem]) from None
    except CatalogueError:
        raise
    except CareersError as exc:
        raise CareersError(exc.message, hint=exc.hint) from None
    if data is None:
        raise CatalogueError(filename, [Problem("the catalogue is empty (no YAML content)")])
    report = validate.validate(data)
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
    """

    def __init__(self, kind: str, items: Iterable[T]) -> None:
        self.kind = kind
        self.items: dict[str, T] = {}
        self.keys: dict[str, str] = {}  # folded label -> id
        self.labels: dict[str, str] = {}  # folded label -> label as written
        for item in items:
            self.items[item.id] = item
            for label in (item.id, item.name.en, item.name.fr, *item.aliases):
                key = fold(label)
                if key and key not in self.keys:
                    self.keys[key] = item.id
                    self.labels[key] = label

    def find(self, query: str) -> T | None:
        """The item a name leads to exactly, or None."""
        hit = self.items.get(query)
        if hit is not None:
            return hit
        ident = self.keys.get(fold(query))
        return self.items[ident] if ident is not None else None

    def get(self, query: str) -> T:
        """The item a name leads to: exactly, else by a unique prefix; else NotFoundError."""
        hit = self.find(query)
        if hit is not None:
            return hit
        key = fold(query)
        if key:
            by_id = [ident for ident in self.items if fold(ident).startswith(key)]
            if len(by_id) == 1 and len(key) >= 4:  # ids are the canonical names
                return self.items[by_id[0]]
            prefixed = {ident for k, ident in self.keys.items() if k.startswith(key)}
            if len(prefixed) == 1:
                return self.items[prefixed.pop()]
            if len(prefixed) > 1:
                raise NotFoundError(self.kind, query, sorted(prefixed)[:8], ambiguous=True)
        suggestions = closest(query, self.labels.values(), n=5, cutoff=0.5)
        ids = list(dict.fromkeys(self.keys[fold(s)] for s in suggestions))
        raise NotFoundError(self.kind, query, ids[:5])


class Index:
    """A loaded catalogue with the look-ups built once per load."""

    def __init__(self, loaded: Loaded) -> None:
        self.path = loaded.path
        self.warnings = loaded.warnings
        self.catalogue = loaded.catalogue

    @cached_property
    def roles(self) -> Lookup[Role]:
        return Lookup("role", self.catalogue.roles)

    @cached_property
    def skills(self) -> Lookup[Skill]:
        return Lookup("skill", self.catalogue.skills)

    @cached_property
    def applications(self) -> Lookup[Application]:
        return Lookup("application", self.catalogue.applications)

    @cached_property
    def families(self) -> dict[str, Family]:
        return {f.id: f for f in self.catalogue.families}

    @cached_property
    def sources(self) -> dict[str, Source]:
        return {s.id: s for s in self.catalogue.sources}

    @cached_property
    def roles_by_skill(self) -> dict[str, list[Role]]:
        """Skill id -> the roles that list it (as a skill or as a tool)."""
        out: dict[str, list[Role]] = {}
        for role in self.catalogue.roles:
            ids = dict.fromkeys([*(s.skill for s in role.skills), *role.tools])
            for ident in ids:
                out.setdefault(ident, []).append(role)
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


def load(path: str | None = None, *, limit: int | None = None) -> Index:
    """Read, validate and index a catalogue."""
    return Index(read(path, limit=limit))
