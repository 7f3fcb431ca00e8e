"""Validate raw catalogue data against the model and build the typed objects.

Every problem is collected, none stops the check early, so an author sees them all at
once. Problems carry a path (``roles[3].skills[2].level``); the loader turns paths into
line and column numbers only when something is wrong.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from careers_cli import model
from careers_cli.i18n import choice, current_lang, msg, number
from careers_cli.model import (
    COLLECTIONS,
    CURRENCIES,
    MIN_SAMPLE,
    TOOL_CATEGORIES,
    Catalogue,
    Role,
    Salary,
    SalaryKind,
    Skill,
    Source,
    SourceKind,
    salary_kind,
)
from careers_cli.text import fold

PathT = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Issue:
    """A problem (or a warning) at a path in the raw data."""

    path: PathT
    message: str


@dataclass
class Report:
    """What validation found."""

    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    catalogue: Catalogue | None = None


def format_path(path: PathT) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


# --------------------------------------------------------------------------- messages


def describe(value: Any) -> str:
    """Say what a value is, in the words of a YAML author (in the user's language)."""
    if value is None:
        return msg("v_null")
    if isinstance(value, bool):
        return msg("v_boolean", value=str(value).lower())
    if isinstance(value, (int, float)):
        return msg("v_number", value=repr(value))
    if isinstance(value, dt.datetime):
        return msg("v_timestamp", value=value.isoformat())
    if isinstance(value, dt.date):
        return msg("v_date", value=value.isoformat())
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return msg("v_text", value=repr(shown))
    if isinstance(value, list):
        return msg("v_list")
    if isinstance(value, dict):
        return msg("v_mapping")
    return type(value).__name__  # pragma: no cover - YAML gives only the types above


def _yaml_hint(value: Any) -> str:
    if isinstance(value, bool):
        return f" ({msg('v_hint_boolean')})"
    if isinstance(value, dt.date):
        return f" ({msg('v_hint_date')})"
    if isinstance(value, (int, float)):
        return f" ({msg('v_hint_number')})"
    return ""


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    from careers_cli.suggest import closest, did_you_mean

    close = closest(word, choices)
    return f" ({did_you_mean(close)})" if close else ""


# --------------------------------------------------------------------------- compiling

Ctx = tuple[list[Issue], dict[str, set[str]]]  # problems, ids of each collection
Checker = Callable[[Any, PathT, Ctx], Any]
_INVALID = object()
_cache: dict[Any, Checker] = {}


def checker(tp: Any, rules: dict[str, Any] | None = None) -> Checker:
    """A function that checks a raw value against a type and builds the typed value."""
    key = (tp, tuple(sorted((rules or {}).items())))
    found = _cache.get(key)
    if found is None:
        found = _cache[key] = _compile(tp, rules or {})
    return found


def _compile(tp: Any, rules: dict[str, Any]) -> Checker:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        inner = checker(args[0], rules)

        def check_optional(value: Any, path: PathT, ctx: Ctx) -> Any:
            return None if value is None else inner(value, path, ctx)

        return check_optional
    if origin is tuple:
        item_rules = {k[5:]: v for k, v in rules.items() if k.startswith("item_")} | (
            {"ref": rules["ref"]} if "ref" in rules else {}
        )
        item = checker(typing.get_args(tp)[0], item_rules)
        min_items = rules.get("min_items", 0)

        def check_list(value: Any, path: PathT, ctx: Ctx) -> Any:
            if not isinstance(value, list):
                ctx[0].append(Issue(path, msg("v_must_list", got=describe(value))))
                return _INVALID
            if len(value) < min_items:
                ctx[0].append(Issue(path, msg("v_min_items", n=min_items)))
            built = [item(v, (*path, i), ctx) for i, v in enumerate(value)]
            return tuple(built)

        return check_list
    if tp is model.Label:
        return _compile_label()
    if model.is_model(tp):
        return _compile_dataclass(tp)
    if isinstance(tp, type) and issubclass(tp, StrEnum):
        return _compile_enum(tp)
    if tp is str:
        return _compile_str(rules)
    if tp is bool:

        def check_bool(value: Any, path: PathT, ctx: Ctx) -> Any:
            if isinstance(value, bool):
                return value
            ctx[0].append(Issue(path, msg("v_must_bool", got=describe(value))))
            return _INVALID

        return check_bool
    if tp is int or tp is float:
        return _compile_number(tp, rules)
    raise TypeError(f"no checker for {tp!r}")  # pragma: no cover - a model bug


def _compile_label() -> Checker:
    """A label in both languages (``{en, fr}``), or a plain string meant for both (a
    proper name, or a catalogue written before the field was bilingual)."""
    both = _compile_dataclass(model.Label)
    plain = checker(str, model.fields_of(model.Label)[0].spec.rules)

    def check_label(value: Any, path: PathT, ctx: Ctx) -> Any:
        if isinstance(value, dict):
            return both(value, path, ctx)
        if type(value) is not str:
            ctx[0].append(Issue(path, msg("v_must_label", got=describe(value) + _yaml_hint(value))))
            return _INVALID
        before = len(ctx[0])
        plain(value, path, ctx)
        return model.Label(value, value) if len(ctx[0]) == before else _INVALID

    return check_label


def _compile_str(rules: dict[str, Any]) -> Checker:
    min_len = rules.get("min_len", 0)
    max_len = rules.get("max_len")
    pattern = re.compile(rules["pattern"]) if "pattern" in rules else None
    ref = rules.get("ref")

    def check_str(value: Any, path: PathT, ctx: Ctx) -> Any:
        if type(value) is not str:
            got = describe(value) + _yaml_hint(value)
            ctx[0].append(Issue(path, msg("v_must_text", got=got)))
            return _INVALID
        if len(value) < min_len or (min_len and not value.strip()):
            ctx[0].append(Issue(path, msg("v_empty")))
        elif max_len is not None and len(value) > max_len:
            lang = current_lang()
            length, limit = number(len(value), lang), number(max_len, lang)
            ctx[0].append(Issue(path, msg("v_too_long", length=length, limit=limit)))
        elif pattern is not None and not pattern.match(value):
            ctx[0].append(Issue(path, _pattern_words(pattern.pattern, describe(value))))
        elif ref is not None:
            known = ctx[1].get(ref)
            if known is not None and value not in known:
                kind = ref.rstrip("s") if ref != "families" else "family"
                unknown = choice("unknown_name", kind, current_lang(), name=value)
                ctx[0].append(Issue(path, unknown + _did_you_mean(value, known)))
        return value

    return check_str


def _pattern_words(pattern: str, got: str) -> str:
    """What a text that does not match ``pattern`` should be, ``got`` saying what it is."""
    if pattern == model.SLUG_PATTERN:
        return msg("v_not_slug", got=got)
    if pattern.startswith("^https?"):
        return msg("v_not_url", got=got)
    if pattern == r"^[A-Z]{2}$":
        return msg("v_not_country", got=got)
    if pattern == r"^[A-Z]{3}$":
        return msg("v_not_currency", got=got)
    if pattern.startswith("^\\d{4}"):
        return msg("v_not_date", got=got)
    if "esco" in pattern:
        return msg("v_not_esco", got=got)
    return msg("v_not_pattern", got=got, pattern=pattern)  # pragma: no cover


def _compile_number(tp: type, rules: dict[str, Any]) -> Checker:
    lo, hi = rules.get("min"), rules.get("max")
    gt, lt = rules.get("gt"), rules.get("lt")
    want_int = tp is int

    def check_number(value: Any, path: PathT, ctx: Ctx) -> Any:
        t = type(value)
        if t is bool or not (t is int or (t is float and not want_int)):
            hint = _yaml_hint(value) if isinstance(value, (bool, dt.date)) else ""
            kind = msg("v_whole_number" if want_int else "v_a_number")
            ctx[0].append(Issue(path, msg("v_must_be", kind=kind, got=describe(value) + hint)))
            return _INVALID
        if t is float and not math.isfinite(value):
            ctx[0].append(Issue(path, msg("v_finite", got=repr(value))))
            return _INVALID
        problem = _out_of_bounds(value, lo, hi, gt, lt)
        if problem is not None:
            ctx[0].append(Issue(path, problem))
        return value

    return check_number


def _out_of_bounds(value: float, lo: Any, hi: Any, gt: Any, lt: Any) -> str | None:
    """What is wrong with a number outside its bounds (None when it is within)."""
    got = repr(value)
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        if lo is not None and hi is not None:
            return msg("v_between", low=lo, high=hi, got=got)
        if lo is not None:
            return msg("v_at_least", low=lo, got=got)
        return msg("v_at_most", high=hi, got=got)
    if gt is not None and value <= gt:
        if lt is not None:
            return msg("v_above_below", low=gt, high=lt, got=got)
        return msg("v_above", low=gt, got=got)
    if lt is not None and value >= lt:
        return msg("v_below", high=lt, got=got)
    return None


def _compile_enum(tp: type[StrEnum]) -> Checker:
    values = {m.value: m for m in tp}
    listing = ", ".join(values)

    def check_enum(value: Any, path: PathT, ctx: Ctx) -> Any:
        member = values.get(value) if type(value) is str else None
        if member is None:
            hint = _did_you_mean(value, values) if type(value) is str else _yaml_hint(value)
            got = describe(value) + hint
            ctx[0].append(Issue(path, msg("v_one_of", values=listing, got=got)))
            return _INVALID
        return member

    return check_enum


def _compile_dataclass(cls: Any) -> Checker:
    fields: list[tuple[str, Checker, bool]] = []
    names = []
    for f in model.fields_of(cls):
        fields.append((f.name, checker(f.type, f.spec.rules), f.required))
        names.append(f.name)
    known = set(names)
    label = cls.__name__.lower()

    def check_object(value: Any, path: PathT, ctx: Ctx) -> Any:
        if not isinstance(value, dict):
            ctx[0].append(Issue(path, msg("v_must_mapping", kind=label, got=describe(value))))
            return _INVALID
        before = len(ctx[0])
        kwargs = {}
        for name, check, required in fields:
            if name in value:
                built = check(value[name], (*path, name), ctx)
                if built is not _INVALID:
                    kwargs[name] = built
            elif required:
                ctx[0].append(Issue(path, msg("v_missing_field", name=name)))
        for key in value:
            if key not in known:
                shown = key if isinstance(key, str) else describe(key)
                unknown = msg("v_unknown_field", name=shown) + _did_you_mean(str(key), names)
                ctx[0].append(Issue((*path, key), unknown))
        if len(ctx[0]) > before:
            return _INVALID
        return cls(**kwargs)

    return check_object


# --------------------------------------------------------------------------- the catalogue


def validate(data: Any) -> Report:
    """Check raw data (as read from YAML) and build the catalogue if it is valid."""
    report = Report()
    if not isinstance(data, dict):
        report.errors.append(
            Issue((), msg("v_catalogue_mapping", names=", ".join(COLLECTIONS), got=describe(data)))
        )
        return report
    problems: list[Issue] = []
    ids: dict[str, set[str]] = {}
    for name in COLLECTIONS:
        items = data.get(name)
        seen: dict[str, int] = {}
        for i, item in enumerate(items if isinstance(items, list) else []):
            ident = item.get("id") if isinstance(item, dict) else None
            if not isinstance(ident, str):
                continue
            if ident in seen:
                other = f"{name}[{seen[ident]}]"
                problems.append(
                    Issue((name, i, "id"), msg("v_duplicate_id", id=ident, other=other))
                )
            else:
                seen[ident] = i
        ids[name] = set(seen)
    # References are checked as they are met, against the ids collected above.
    built = checker(Catalogue)(data, (), (problems, ids))
    report.errors.extend(problems)
    if built is _INVALID or problems:
        return report
    assert isinstance(built, Catalogue)
    _check_semantics(built, report)
    if not report.errors:
        report.catalogue = built
    return report


def _check_semantics(catalogue: Catalogue, report: Report) -> None:
    """What the types cannot say: self-references, cycles, duplicates, unused items."""
    _check_skills(catalogue, report)
    _check_names(catalogue, report)
    skills = {s.id: s for s in catalogue.skills}
    sources = {s.id: s for s in catalogue.sources}
    used_skills: set[str] = set()
    used_sources: set[str] = set()
    for i, role in enumerate(catalogue.roles):
        _check_role(role, ("roles", i), skills, sources, report)
        used_skills.update(need.skill for need in role.skills)
        used_skills.update(role.tools)
        used_sources.update(salary.source for salary in role.salaries)
        used_sources.update(d.source for d in role.demand)
        used_sources.update(role.sources)
        for group in (role.codes.soc, role.codes.isco, role.codes.esco, role.codes.rome):
            used_sources.update(c.source for c in group)
    _check_unused(catalogue, used_skills, used_sources, report)


def _check_skills(catalogue: Catalogue, report: Report) -> None:
    err = report.errors.append
    for i, skill in enumerate(catalogue.skills):
        for j, rel in enumerate(skill.related):
            if rel.skill == skill.id:
                err(Issue(("skills", i, "related", j, "skill"), msg("v_skill_self")))
        if skill.id in skill.prerequisites:
            err(Issue(("skills", i, "prerequisites"), msg("v_skill_own_prerequisite")))
        if skill.id in skill.implies:
            err(Issue(("skills", i, "implies"), msg("v_skill_implies_itself")))
    for cycle in _cycles(catalogue.skills):
        i = next(k for k, s in enumerate(catalogue.skills) if s.id == cycle[0])
        shown = " -> ".join([*cycle, cycle[0]])
        err(Issue(("skills", i, "prerequisites"), msg("v_cycle", cycle=shown)))


def _check_role(
    role: Role,
    path: PathT,
    skills: dict[str, Skill],
    sources: dict[str, Source],
    report: Report,
) -> None:
    err = report.errors.append
    seen: set[str] = set()
    for j, need in enumerate(role.skills):
        if need.skill in seen:
            twice = msg("v_skill_twice", skill=need.skill, role=role.id)
            err(Issue((*path, "skills", j, "skill"), twice))
        seen.add(need.skill)
    for j, tool in enumerate(role.tools):
        if skills[tool].category not in TOOL_CATEGORIES:
            category = skills[tool].category.value
            err(Issue((*path, "tools", j), msg("v_not_a_tool", tool=tool, category=category)))
    if len(role.missions.en) != len(role.missions.fr):
        counts = {"en": len(role.missions.en), "fr": len(role.missions.fr)}
        err(Issue((*path, "missions"), msg("v_missions", **counts)))
    if role.id in role.related:
        err(Issue((*path, "related"), msg("v_role_self")))
    for j, salary in enumerate(role.salaries):
        _check_salary(salary, (*path, "salaries", j), report)
        _check_salary_kind(salary, sources.get(salary.source), (*path, "salaries", j), report)
    if not role.salaries and role.salary_note is None:
        report.warnings.append(Issue(path, msg("w_no_salary", id=role.id)))


def _check_unused(
    catalogue: Catalogue, used_skills: set[str], used_sources: set[str], report: Report
) -> None:
    warn = report.warnings.append
    for skill in catalogue.skills:
        used_skills.update(skill.prerequisites)
    for app in catalogue.applications:
        used_skills.update(app.tools)
        used_sources.update(app.sources)
    for i, skill in enumerate(catalogue.skills):
        if skill.id not in used_skills:
            warn(Issue(("skills", i), msg("w_unused_skill", id=skill.id)))
    for i, source in enumerate(catalogue.sources):
        if source.id not in used_sources:
            warn(Issue(("sources", i), msg("w_unused_source", id=source.id)))
    families_used = {r.family for r in catalogue.roles}
    for i, family in enumerate(catalogue.families):
        if family.id not in families_used:
            warn(Issue(("families", i), msg("w_empty_family", id=family.id)))
    apps_used = {a for r in catalogue.roles for a in r.applications}
    for i, app in enumerate(catalogue.applications):
        if app.id not in apps_used:
            warn(Issue(("applications", i), msg("w_unused_application", id=app.id)))


def _check_salary_kind(s: Salary, source: Source | None, path: PathT, report: Report) -> None:
    """A group figure names its group; an index figure comes from n >= 20 rows."""
    if source is None:  # an unknown source id is reported with the references
        return
    kind = salary_kind(source)
    if kind is SalaryKind.GROUP and s.group is None:
        report.warnings.append(Issue(path, msg("w_group_name")))
    elif kind is SalaryKind.ROLE and s.group is not None:
        report.errors.append(Issue((*path, "group"), msg("v_group_only")))
    if source.kind is SourceKind.INDEX and (s.sample is None or s.sample < MIN_SAMPLE):
        report.warnings.append(Issue((*path, "sample"), msg("w_index_sample", n=MIN_SAMPLE)))


def _check_salary(s: Salary, path: PathT, report: Report) -> None:
    err = report.errors.append
    if s.currency not in CURRENCIES:
        unknown = msg("v_unknown_currency", name=s.currency)
        err(Issue((*path, "currency"), unknown + _did_you_mean(s.currency, CURRENCIES)))
    figures = [s.p10, s.p25, s.median, s.p75, s.p90, s.low, s.high, s.mean]
    if all(v is None for v in figures):
        err(Issue(path, msg("v_no_figure")))
        return
    chain = [
        (n, v)
        for n, v in (
            ("p10", s.p10),
            ("p25", s.p25),
            ("median", s.median),
            ("p75", s.p75),
            ("p90", s.p90),
        )
        if v is not None
    ]
    for (n1, v1), (n2, v2) in zip(chain, chain[1:], strict=False):
        if v1 > v2:
            err(Issue((*path, n1), msg("v_above_figure", a=n1, va=f"{v1:g}", b=n2, vb=f"{v2:g}")))
    if s.low is not None and s.high is not None and s.low > s.high:
        above = msg("v_above_figure", a="low", va=f"{s.low:g}", b="high", vb=f"{s.high:g}")
        err(Issue((*path, "low"), above))
    if s.median is not None:
        median = f"{s.median:g}"
        if s.low is not None and s.low > s.median:
            err(Issue((*path, "low"), msg("v_above_median", a="low", va=f"{s.low:g}", vb=median)))
        if s.high is not None and s.high < s.median:
            below = msg("v_below_median", a="high", va=f"{s.high:g}", vb=median)
            err(Issue((*path, "high"), below))


def _cycles(skills: tuple[Skill, ...]) -> list[list[str]]:
    """Every prerequisite cycle, each reported once, found without recursion."""
    graph = {s.id: s.prerequisites for s in skills}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    cycles: list[list[str]] = []
    for start in graph:
        if state.get(start):
            continue
        path: list[str] = []
        stack: list[tuple[str, int]] = [(start, 0)]
        while stack:
            node, i = stack.pop()
            if i == 0:
                state[node] = 1
                path.append(node)
            prereqs = graph.get(node, ())
            if i < len(prereqs):
                stack.append((node, i + 1))
                nxt = prereqs[i]
                if state.get(nxt) == 1:
                    cycles.append(path[path.index(nxt) :])
                elif not state.get(nxt):
                    stack.append((nxt, 0))
            else:
                state[node] = 2
                path.pop()
    return cycles


def _check_names(catalogue: Catalogue, report: Report) -> None:
    """Names and aliases must lead to one thing: no two skills (or roles) share one."""
    groups: list[tuple[str, Iterable[Skill | Role | model.Application]]] = [
        ("skills", catalogue.skills),
        ("roles", catalogue.roles),
        ("applications", catalogue.applications),
    ]
    for collection, items in groups:
        owner: dict[str, str] = {}
        for i, item in enumerate(items):
            labels = [item.id, item.name.en, item.name.fr, *item.aliases]
            for k, label in enumerate(labels):
                key = fold(label)
                if not key:
                    continue
                other = owner.get(key)
                if other is None:
                    owner[key] = item.id
                elif other != item.id:
                    where: PathT = (collection, i) if k < 3 else (collection, i, "aliases", k - 3)
                    kind = choice("name_kind", collection.rstrip("s"), current_lang())
                    twice = msg("v_name_twice", label=label, kind=kind, other=other, id=item.id)
                    report.errors.append(Issue(where, twice))
