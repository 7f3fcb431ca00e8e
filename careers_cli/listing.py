"""What `careers list` shows, compiled into the index (issue 16).

`list` shows every role's name, family, skill counts, tools and three pay figures (the
U.S. role-level and group headlines and the French one, by the rules of
:mod:`careers_cli.pay`). Working them out decodes every role: about 1 s at 5,000 roles.
So the compiled index keeps them ready, in three tables written when the catalogue is
compiled:

* ``list_rows``, one row per role: its row of the table as text in each language
  (``views.roles.list_texts``: the cells and their figures' sources, so that a table of
  5,000 roles decodes no summary), each with a CRC-32, and the columns the filters and
  sorts use (family, the degree's rank, the number of skills, the folded names);
* ``list_data``, one row per role (apart: reading the texts of 5,000 rows through
  them took 21 ms, 9 ms without): its summary as a record (:func:`encode_summary`) and its entry of
  ``--format json`` already written (``views.roles.list_entry_text``), each with a CRC-32;
* ``list_pay``, one row per role and region it has figures for: the median
  ``--min-salary`` compares (:func:`careers_cli.pay.median_for`) and the two that
  ``--sort salary`` orders by (:func:`careers_cli.pay.pay_order`).

A stored listing (:class:`StoredListing`) selects and orders the roles in one SQL query
(skill, tool and application filters through the link tables) and reads only the rows
it shows, and only the column the format needs. The in-memory
:class:`~careers_cli.catalogue.Index` (``--no-cache``) computes the same from the roles
(:func:`select_in_memory`); a property test holds the two equal in every format.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from careers_cli.cache import decoder, encode
from careers_cli.choices import SortKey
from careers_cli.explore import (
    DEGREE_ORDER,
    ListQuery,
    RoleRef,
    RoleSummary,
    kept_roles,
    sorted_roles,
    summarise,
)
from careers_cli.model import Family, Lang, Name, Salary
from careers_cli.pay import median_for, pay_order
from careers_cli.text import fold

if TYPE_CHECKING:
    from careers_cli.catalogue import Index, Loaded
    from careers_cli.store import Store

TABLES = [
    "CREATE TABLE list_rows(pos INTEGER PRIMARY KEY, id TEXT NOT NULL, family TEXT NOT NULL, "
    "family_pos INTEGER NOT NULL, degree INTEGER NOT NULL, skills INTEGER NOT NULL, "
    "name_en TEXT NOT NULL, name_fr TEXT NOT NULL, "
    "texts_en TEXT NOT NULL, texts_en_crc INTEGER NOT NULL, "
    "texts_fr TEXT NOT NULL, texts_fr_crc INTEGER NOT NULL)",
    # the long columns apart, so that a table or a selection does not read through them
    "CREATE TABLE list_data(pos INTEGER PRIMARY KEY, record TEXT NOT NULL, "
    "record_crc INTEGER NOT NULL, json TEXT NOT NULL, json_crc INTEGER NOT NULL)",
    "CREATE TABLE list_pay(region TEXT NOT NULL, role INTEGER NOT NULL, median REAL, "
    "rank INTEGER NOT NULL, sort_median REAL, PRIMARY KEY(region, role)) WITHOUT ROWID",
]


class ListTexts(NamedTuple):
    """A row of the `list` table as text (``views.roles.list_texts``): its seven cells
    without footnote marks, and the sources of its French, U.S. group and U.S. role
    figures (None: no figure)."""

    cells: tuple[str, ...]
    sources: tuple[str | None, ...]


class Listing:
    """The roles `careers list` shows, in order: their summaries, and (from a compiled
    index) their JSON entries and table rows as already written."""

    def __init__(self, rows: list[RoleSummary]) -> None:
        self._rows = rows

    def summaries(self) -> list[RoleSummary]:
        return self._rows

    def empty(self) -> bool:
        """Whether no role is listed (without reading the rows)."""
        return not self._rows

    def texts(self, index: Index, lang: Lang) -> list[ListTexts]:
        """Each role's row of the table as text (see :class:`ListTexts`)."""
        from careers_cli.views.roles import list_texts

        return [list_texts(row, index, lang) for row in self.summaries()]

    def json_entries(self) -> list[str] | None:
        """Each role's entry of ``--format json``, written at compile time (None: not
        compiled, the view writes them)."""
        return None


def select_in_memory(index: Index, q: ListQuery, sort: SortKey, lang: str) -> Listing:
    """The listing worked out from the roles themselves."""
    roles = sorted_roles(index, kept_roles(index, q), sort, q.region, lang)
    return Listing([summarise(index, role) for role in roles])


# --------------------------------------------------------------------------- compiling


def encode_summary(row: RoleSummary) -> Any:
    """A summary as a record (the family by id; salaries as model records)."""
    return encode(
        (
            row.role.id,
            row.role.name,
            row.family.id,
            row.essential,
            row.optional,
            row.tools,
            row.top_tools,
            row.us,
            row.fr,
            row.us_group,
        )
    )


def _texts_record(texts: ListTexts) -> str:
    return json.dumps([*texts.cells, *texts.sources], ensure_ascii=False, separators=(",", ":"))


_SOURCE_TYPES = {str, type(None)}  # a source id, or None: no figure


def _texts(values: Any) -> ListTexts:
    """A row's texts from their decoded record (TypeError: it does not fit)."""
    if type(values) is not list or len(values) != 10:
        raise TypeError("a row of the list is not seven texts and three sources")
    cells, sources = tuple(values[:7]), tuple(values[7:])
    if set(map(type, cells)) != {str}:
        raise TypeError("a row of the list is not seven texts")
    if not set(map(type, sources)) <= _SOURCE_TYPES:
        raise TypeError("a source id that is not text")
    return ListTexts(cells, sources)


def _all_texts(records: list[str]) -> list[ListTexts]:
    """The rows' texts from their records (each checked against its CRC-32 already),
    decoded as one JSON list: a third of the time of a decoding each (Damaged: a
    record does not fit)."""
    from careers_cli.store import Damaged

    try:
        values = json.loads(f"[{','.join(records)}]")
        if len(values) != len(records):
            raise ValueError("a record holds more than one row")
        return [_texts(v) for v in values]
    except (ValueError, TypeError):
        raise Damaged("a list record does not fit the model") from None


def _checked(text: str) -> tuple[str, int]:
    return text, zlib.crc32(text.encode("utf-8"))


def compile_into(conn: sqlite3.Connection, loaded: Loaded) -> None:
    """Write the list's tables for a validated catalogue (inside the compile's transaction)."""
    from careers_cli.catalogue import Index
    from careers_cli.views.roles import list_entry_text, list_texts

    for statement in TABLES:
        conn.execute(statement)
    index = Index(loaded)
    families = {family: n for n, family in enumerate(index.families)}
    rows, data, pay = [], [], []
    for pos, role in enumerate(index.every_role()):
        summary = summarise(index, role)
        record = json.dumps(encode_summary(summary), ensure_ascii=False, separators=(",", ":"))
        rows.append(
            (
                pos,
                role.id,
                role.family,
                families[role.family],
                DEGREE_ORDER.index(role.education.degree),
                len(role.skills),
                fold(role.name.en),
                fold(role.name.fr),
                *_checked(_texts_record(list_texts(summary, index, Lang.EN))),
                *_checked(_texts_record(list_texts(summary, index, Lang.FR))),
            )
        )
        data.append((pos, *_checked(record), *_checked(list_entry_text(summary, index))))
        for region in dict.fromkeys(s.region for s in role.salaries):
            rank, median = pay_order(index, role, region)
            pay.append((region, pos, median_for(index, role, region), rank, median))
    conn.executemany(f"INSERT INTO list_rows VALUES ({','.join('?' * 12)})", rows)
    conn.executemany("INSERT INTO list_data VALUES (?, ?, ?, ?, ?)", data)
    conn.executemany("INSERT INTO list_pay VALUES (?, ?, ?, ?, ?)", pay)


# --------------------------------------------------------------------------- reading

_ORDER = {
    SortKey.CATALOGUE: "r.pos",
    SortKey.NAME: "r.name_{lang}, r.id",
    SortKey.FAMILY: "r.family_pos, r.name_{lang}, r.pos",
    # role-level medians first, then roles with only a group one, then the others
    SortKey.SALARY: "coalesce(p.rank, 2), -coalesce(p.sort_median, 0.0), r.id",
    SortKey.SKILLS: "r.skills DESC, r.id",
}


_FROM = "FROM list_rows r"


def selection(q: ListQuery, sort: SortKey, lang: str) -> tuple[str, list[Any]]:
    """The FROM, WHERE and ORDER BY of the roles a listing shows, with its arguments."""
    sql, args = _FROM, list[Any]()
    if sort is SortKey.SALARY:
        sql += " LEFT JOIN list_pay p ON p.region = ? AND p.role = r.pos"
        args.append(q.region)
    where = []
    for value, test in (
        (q.family, "r.family = ?"),
        (q.skill, "r.pos IN (SELECT role FROM links WHERE skill = ? AND tool = 0)"),
        (q.tool, "r.pos IN (SELECT role FROM links WHERE skill = ? AND tool = 1)"),
        (q.application, "r.pos IN (SELECT role FROM role_apps WHERE application = ?)"),
        (q.degree, "r.degree <= ?"),
    ):
        if value is not None:
            where.append(test)
            args.append(value)
    if q.min_salary is not None:
        where.append("r.pos IN (SELECT role FROM list_pay WHERE region = ? AND median >= ?)")
        args += [q.region, q.min_salary]
    if where:
        sql += " WHERE " + " AND ".join(where)
    column = "fr" if lang == "fr" else "en"
    return f"{sql} ORDER BY {_ORDER[sort].format(lang=column)}", args


_name = decoder(Name)
_salary = decoder(Salary)


def decode_summary(record: list[Any], families: Mapping[str, Family]) -> RoleSummary:
    """A summary from its record (ValueError, TypeError, KeyError...: it does not fit)."""
    ident, name, family, essential, optional, tools, top, us, fr, group = record
    if not all(isinstance(v, str) for v in (ident, family, *tools)):
        raise TypeError("an id that is not text")
    return RoleSummary(
        RoleRef(ident, _name(name)),
        families[family],
        int(essential),
        int(optional),
        tuple(tools),
        tuple(_name(n) for n in top),
        None if us is None else _salary(us),
        None if fr is None else _salary(fr),
        None if group is None else _salary(group),
    )


class StoredListing(Listing):
    """A listing read from the index's ``list_rows``: one query, the rows shown only."""

    def __init__(
        self, store: Store, families: Mapping[str, Family], where: tuple[str, list[Any]]
    ) -> None:
        self.store = store
        self.families = families
        self.where = where
        self._summaries: list[RoleSummary] | None = None

    def _column(self, name: str, build: Callable[[str], Any]) -> list[Any]:
        sql, args = self.where
        if name in ("record", "json"):  # (in list_data: joined on the role's position)
            sql = sql.replace(_FROM, f"{_FROM} JOIN list_data d ON d.pos = r.pos", 1)
            return self.store.checked(f"SELECT d.{name}, d.{name}_crc {sql}", args, build)
        return self.store.checked(f"SELECT r.{name}, r.{name}_crc {sql}", args, build)

    def summaries(self) -> list[RoleSummary]:
        if self._summaries is None:
            families = self.families
            self._summaries = self._column(
                "record", lambda text: decode_summary(json.loads(text), families)
            )
        return self._summaries

    def json_entries(self) -> list[str]:
        return self._column("json", str)

    def empty(self) -> bool:
        sql, args = self.where
        return not self.store.column(f"SELECT r.pos {sql}", args)

    def texts(self, index: Index, lang: Lang) -> list[ListTexts]:
        column = f"texts_{lang.value}"
        return self.store.guarded(lambda: _all_texts(self._column(column, str)))  # type: ignore[no-any-return]
