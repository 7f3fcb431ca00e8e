"""What `careers rank` ranks by, compiled into the index (issue 16).

A ranking by pay picks one figure per role (:func:`careers_cli.explore.pick_figure`: by
region, kind, experience level, source and measure), orders the roles one block at a
time and shows the first ``--top`` of each block, then every role without a figure.
Picking the figures from the roles themselves decodes every role: about 1 s at 5,000
roles. So the compiled index keeps each role's salary figures as a table of plain
columns, ``rank_pay`` (one row per figure, in the role's own order, with what the pick
tests: the kind of its source, whether that source is the index, annual, recent), and
the ranking asks it which roles it shows: for each block, the first ``--top`` roles by
their picked figure (ties by id, as the ranking orders them), and every role left
without a figure. Only those roles are decoded; :func:`careers_cli.explore.rank_roles` then ranks
them as it ranks a whole catalogue, so the output is the same (a property test holds the
index and the catalogue in memory equal). A ranking by skills reads the number of skills
``list_rows`` keeps; a ranking by demand still reads every role.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from careers_cli.choices import Measure, RankBy
from careers_cli.model import Experience, Period, SalaryKind, SourceKind, salary_kind
from careers_cli.pay import recent

if TYPE_CHECKING:
    from careers_cli.catalogue import Index
    from careers_cli.explore import RankQuery
    from careers_cli.model import Catalogue
    from careers_cli.store import Store

MEASURES = [m.value for m in Measure]
TABLES = [
    "CREATE TABLE rank_pay(role INTEGER NOT NULL, seq INTEGER NOT NULL, region TEXT NOT NULL, "
    "kind TEXT NOT NULL, experience TEXT NOT NULL, source TEXT NOT NULL, "
    "by_index INTEGER NOT NULL, annual INTEGER NOT NULL, recent INTEGER NOT NULL, grp TEXT, "
    + ", ".join(f"{m} REAL" for m in MEASURES)
    + ", PRIMARY KEY(region, role, seq)) WITHOUT ROWID",
]


def compile_into(conn: sqlite3.Connection, catalogue: Catalogue) -> None:
    """Write ``rank_pay`` for a validated catalogue (inside the compile's transaction)."""
    for statement in TABLES:
        conn.execute(statement)
    sources = {source.id: source for source in catalogue.sources}
    rows = []
    for pos, role in enumerate(catalogue.roles):
        for seq, s in enumerate(role.salaries):
            source = sources[s.source]
            rows.append(
                (
                    pos,
                    seq,
                    s.region,
                    salary_kind(source).value,
                    s.experience.value,
                    s.source,
                    source.kind is SourceKind.INDEX,
                    s.period is Period.ANNUAL,
                    recent(s),
                    s.group,
                    *(getattr(s, m) for m in MEASURES),
                )
            )
    marks = ",".join("?" * (10 + len(MEASURES)))
    conn.executemany(f"INSERT INTO rank_pay VALUES ({marks})", rows)


def _picks(store: Store, q: RankQuery, kind: SalaryKind | None) -> dict[int, tuple[Any, ...]]:
    """Each role's picked figure (as :func:`careers_cli.explore.pick_figure` picks it):
    role position -> (value, role id, source, group)."""
    tests, args = ["region = ?", "annual", "recent", f"{q.measure.value} IS NOT NULL"], [q.region]
    for value, test in (
        (None if kind is None else kind.value, "kind = ?"),
        (None if q.experience is None else q.experience.value, "experience = ?"),
        (q.source, "source = ?"),
    ):
        if value is not None:
            tests.append(test)
            args.append(value)
    if q.experience is not None and q.source is None:
        tests.append("by_index")
    sql = (
        f"SELECT p.role, p.value, r.id, p.source, p.grp FROM (SELECT role, {q.measure.value} "
        "AS value, source, grp, row_number() OVER (PARTITION BY role ORDER BY experience <> ?, "
        f"seq) AS k FROM rank_pay WHERE {' AND '.join(tests)}) p "
        "JOIN list_rows r ON r.pos = p.role WHERE p.k = 1"
    )
    return {row[0]: row[1:] for row in store.query(sql, [Experience.ALL.value, *args])}


def _first(order: dict[Any, tuple[float, str]], top: int | None) -> set[Any]:
    """The keys of the ``top`` first (all when None) by value, highest first, then id,
    as :func:`careers_cli.explore.rank_roles` orders a block."""
    ranked = sorted(order, key=lambda key: (-order[key][0], order[key][1]))
    return set(ranked if top is None else ranked[:top])


def shown_positions(store: Store, index: Index, q: RankQuery, family: str | None) -> list[int]:
    """The catalogue positions of the roles a ranking shows (see above)."""
    from careers_cli.explore import Section, salary_plan

    where, args = ("WHERE family = ?", [family]) if family is not None else ("", [])
    if q.by is RankBy.SKILLS:
        rows = store.query(f"SELECT pos, skills, id FROM list_rows {where}", args)
        return sorted(_first({pos: (float(n), ident) for pos, n, ident in rows}, q.top))
    left = set(store.column(f"SELECT pos FROM list_rows {where}", args))
    if q.by is not RankBy.SALARY:
        return sorted(left)
    shown: set[int] = set()
    for section, kind in salary_plan(index, q):
        picks = _picks(store, q, q.kind if section is Section.SOURCE else kind)
        found = {pos: picks[pos] for pos in left if pos in picks}
        if section is Section.GROUPS:  # one row per group figure, named by its first role
            groups: dict[tuple[Any, ...], tuple[float, str]] = {}
            for value, ident, source, group in found.values():
                first = groups.get((source, group, value), (value, ident))
                groups[(source, group, value)] = (value, min(ident, first[1]))
            kept = _first(groups, q.top)
            shown |= {pos for pos, (v, _, s, g) in found.items() if (s, g, v) in kept}
        else:
            shown |= _first({pos: (pick[0], pick[1]) for pos, pick in found.items()}, q.top)
        left -= set(found)
    return sorted(shown | left)  # every role without a figure is shown
