"""Salary figures by kind: role-level figures (a survey or index of the job title) and
group figures (an official occupation group such as a BLS SOC group), never mixed.

Every source of salaries says which kind it gives (``salary_kind`` in the catalogue);
the functions here pick a role's figure of one kind, so that a ranking or a column
never sets a group median beside a role median as if they measured the same thing.
"""

from typing import NamedTuple

from careers_cli.catalogue import Index
from careers_cli.model import Demand, Experience, Period, Role, Salary, SalaryKind, salary_kind

#: Figures older than this year are shown by `careers show` but are never a headline
#: (a table's figure) nor ranked.
OLDEST_HEADLINE_YEAR = 2021


def recent(salary: Salary) -> bool:
    """Whether a figure may be a headline: of 2021 or later, or undated (said so in show)."""
    return salary.year is None or salary.year >= OLDEST_HEADLINE_YEAR


def kind_of(index: Index, salary: Salary) -> SalaryKind:
    """The kind of a salary figure, from its source (``salary_kind``, see the model)."""
    return salary_kind(index.sources[salary.source])


def of_kind(
    index: Index,
    role: Role,
    region: str,
    kind: SalaryKind | None = None,
    experience: Experience | None = None,
) -> list[Salary]:
    """A role's figures for a region, in catalogue order (best first), of one kind."""
    return [
        s
        for s in role.salaries
        if s.region == region
        and (kind is None or kind_of(index, s) is kind)
        and (experience is None or s.experience is experience)
    ]


def headline(
    index: Index,
    role: Role,
    region: str,
    kind: SalaryKind,
    experience: Experience | None = None,
) -> Salary | None:
    """The figure a table shows: the one whose median sorts, filters and ranks the role
    (:func:`median_figure`'s rule), so that a cell never shows one figure while its order
    or a `--min-salary` floor uses another; for a role without such a median, the first
    annual figure of the kind, else the first of any period; never one older than 2021."""
    figures = [s for s in of_kind(index, role, region, kind, experience) if recent(s)]
    annual = [s for s in figures if s.period is Period.ANNUAL]
    return _first_median(figures) or next(iter(annual or figures), None)


class Headlines(NamedTuple):
    """A role's headline figures in a region, one per kind (None: no such figure)."""

    role: Salary | None
    group: Salary | None


def headlines(index: Index, role: Role, region: str) -> Headlines:
    return Headlines(
        headline(index, role, region, SalaryKind.ROLE),
        headline(index, role, region, SalaryKind.GROUP),
    )


def _first_median(figures: list[Salary]) -> Salary | None:
    """Of figures in catalogue order, the first annual one with a median, the figures for
    all levels before those for one level (a senior median listed first is passed over
    when an all-levels one follows)."""
    with_median = [s for s in figures if s.period is Period.ANNUAL and s.median is not None]
    overall = [s for s in with_median if s.experience is Experience.ALL]
    return next(iter(overall or with_median), None)


def median_figure(index: Index, role: Role, region: str, kind: SalaryKind) -> Salary | None:
    """The figure of one kind whose median sorts, filters and weighs a role: the first
    annual figure of the kind with a median, of 2021 or later, the figures for all
    levels before those for one level (the one rule of `list --sort salary`,
    `--min-salary` and `next --goal pay`, and the figure :func:`headline` shows)."""
    return _first_median([s for s in of_kind(index, role, region, kind) if recent(s)])


def order_figure(index: Index, role: Role, region: str) -> tuple[int, Salary | None]:
    """Where `--sort salary` puts a role: its block (0: a role-level median, 1: only a
    group one, 2: none) and the figure of that median (:func:`median_figure`)."""
    for rank, kind in enumerate((SalaryKind.ROLE, SalaryKind.GROUP)):
        found = median_figure(index, role, region, kind)
        if found is not None:
            return rank, found
    return 2, None


def pay_order(index: Index, role: Role, region: str) -> tuple[int, float | None]:
    """The block of :func:`order_figure` and its median."""
    rank, found = order_figure(index, role, region)
    return rank, None if found is None else found.median


def median_for(index: Index, role: Role, region: str) -> float | None:
    """The median a filter (``--min-salary``) or a weight (``next --goal pay``) uses: the
    one `--sort salary` orders by (:func:`pay_order`): the role-level figure's, else the
    group figure's, never a group figure before a role one."""
    return pay_order(index, role, region)[1]


def regions_with_salaries(index: Index) -> list[str]:
    """The region codes of the catalogue's salary figures, sorted."""
    return index.regions(demand=False)


def demand_kind(index: Index, demand: Demand) -> SalaryKind:
    """The kind of a demand count, from its source as for salaries: BLS employment is a
    whole occupation group's (``group``), never the role's own count."""
    return salary_kind(index.sources[demand.source])


def demand_group(index: Index, role: Role, demand: Demand) -> str | None:
    """The official group a group count covers: the group of the role's wage figure from
    the same source and region (BLS publishes both for one SOC group); else its basis.
    None for a role-level count."""
    if demand_kind(index, demand) is not SalaryKind.GROUP:
        return None
    for s in role.salaries:
        if s.source == demand.source and s.region == demand.region and s.group is not None:
            return s.group
    return demand.basis.en if demand.basis is not None else index.sources[demand.source].short
