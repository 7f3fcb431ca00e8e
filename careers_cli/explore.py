"""Browsing the catalogue: lists, filters and the headline salary of a role."""

from __future__ import annotations

from dataclasses import dataclass

from careers_cli.catalogue import Index
from careers_cli.model import Family, Importance, Period, Role, Salary, Skill


def headline(role: Role, region: str) -> Salary | None:
    """The figure a table shows for a role in a region.

    The catalogue lists each region's figures best first (the choice rule is in
    docs/catalogue.md); the first annual one is the headline, else the first of any
    period. None means "no data".
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


@dataclass(frozen=True, slots=True)
class RoleSummary:
    """One line of `careers list`."""

    role: Role
    family: Family
    essential: int
    optional: int
    tools: tuple[Skill, ...]
    us: Salary | None
    fr: Salary | None


def summarise(index: Index, role: Role) -> RoleSummary:
    essential = sum(1 for s in role.skills if s.importance is Importance.ESSENTIAL)
    return RoleSummary(
        role=role,
        family=index.families[role.family],
        essential=essential,
        optional=len(role.skills) - essential,
        tools=tuple(index.skills.items[t] for t in role.tools),
        us=headline(role, "US"),
        fr=headline(role, "FR"),
    )


def list_roles(index: Index) -> list[RoleSummary]:
    """Every role of the catalogue, in catalogue order."""
    return [summarise(index, role) for role in index.catalogue.roles]
