"""The compiled index: one SQLite database per catalogue, in the user's cache directory.

A validated catalogue is compiled once into a database (the standard library's
``sqlite3``) that commands query for what they print: ``show`` reads one role and the
skills it names, ``match`` the role–skill links, ``search`` an FTS5 table. Each item is
kept whole as its encoded record (:func:`careers_cli.cache.encode`: JSON lists, fields in
model order), beside the columns and link tables the queries need.

What is trusted, and when (see the README, "Reliability and security"):

* the database is opened read-only and immutable (``mode=ro&immutable=1``): reading it
  never writes, never creates a journal, never follows a link (the file is checked with
  ``O_NOFOLLOW``, must be a regular file and under :func:`size_limit`);
* its ``application_id``, ``user_version``, schema number and careers version must be
  ours, and its meta table must name the catalogue's real path;
* when the catalogue's size, modification time (ns) and inode match the ones recorded,
  the index is trusted without reading the catalogue; otherwise the catalogue is read and
  hashed, and the index is kept (with the new file status recorded in a copy) when the
  SHA-256 matches; else the catalogue is validated and compiled again.

A database is only ever written while it is a new temporary file (``mkstemp`` in the
cache directory, no journal); it is fsynced and renamed into place, so two processes
compiling at once leave one whole index and a killed one leaves a ``.catalogue-*.tmp``
file that the next compile removes.
"""

from __future__ import annotations

import array
import contextlib
import json
import os
import sqlite3
import stat
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import quote

from careers_cli import __version__
from careers_cli.cache import cache_dir, decoder, encode, note
from careers_cli.model import Application, Catalogue, Family, Importance, Role, Skill, Source
from careers_cli.text import fold, name_key

if TYPE_CHECKING:
    from careers_cli.board import StoredBoard
    from careers_cli.catalogue import Loaded, SearchColumns

#: Bumped whenever the tables change: an index of another schema is rebuilt.
#: 14: the list's compiled cells show the figure whose median sorts and filters
#: (``pay.headline``), not the first annual one;
#: 13: the index of "did you mean" (``suggest_keys``, ``suggest_grams``);
#: 12: each skill's category (``skill_category``);
#: 11: the full-text table's items (kind, position, id) in ``search_items``, not in the
#: full-text table (reading them there read each item's whole text), and the roles in the
#: index of the links by skill;
#: 10: the list rows' texts (``list_rows.texts_en``, ``texts_fr``) and ``rank_pay`` (ranking.py);
#: 9: the tables of `next` (board_roles, board_skills: careers_cli/board.py);
#: 8: a source's publisher and licence in both languages (``model.Label``);
#: 7: the tables of `careers list` (listing.py);
#: 6: keys without separators (``text.name_key``), a key shared by several items kept;
#: 5: the search columns and names, the neighbour tables of `path`.
SCHEMA = 15
APPLICATION_ID = 0x43415245  # "CARE": what says a database file is one of ours

KINDS: dict[str, type] = {
    "roles": Role,
    "skills": Skill,
    "applications": Application,
    "families": Family,
    "sources": Source,
}
NAMED = ("roles", "skills", "applications")

_TABLES = [
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    *(
        f"CREATE TABLE {kind}(pos INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
        "folded TEXT NOT NULL, record TEXT NOT NULL, crc INTEGER NOT NULL)"
        for kind in KINDS
    ),
    *(f"CREATE INDEX {kind}_folded ON {kind}(folded)" for kind in NAMED),
    # a role's skills (tool = 0, in the order of the role) and tools (tool = 1)
    "CREATE TABLE links(role INTEGER NOT NULL, skill TEXT NOT NULL, importance INTEGER, "
    "level INTEGER, position INTEGER NOT NULL, tool INTEGER NOT NULL)",
    # by skill, with the role: a skill's roles are counted from the index alone
    "CREATE INDEX links_skill ON links(skill, role)",
    "CREATE INDEX links_role ON links(role)",
    # skill -> how many roles list it as a skill (the specificity of `match --by fit`)
    "CREATE TABLE listed(skill TEXT PRIMARY KEY, roles INTEGER NOT NULL) WITHOUT ROWID",
    # skill -> the skill it earns partial credit for (Skill.related), and prerequisites
    "CREATE TABLE related(skill INTEGER NOT NULL, related TEXT NOT NULL, weight REAL NOT NULL)",
    "CREATE INDEX related_related ON related(related)",
    "CREATE TABLE prerequisites(skill INTEGER NOT NULL, prerequisite TEXT NOT NULL)",
    "CREATE INDEX prerequisites_prerequisite ON prerequisites(prerequisite)",
    "CREATE TABLE app_tools(application INTEGER NOT NULL, skill TEXT NOT NULL)",
    "CREATE INDEX app_tools_skill ON app_tools(skill)",
    "CREATE TABLE role_apps(role INTEGER NOT NULL, application TEXT NOT NULL)",
    # each skill's category (`skills --category`, `tools` read only the skills listed)
    "CREATE TABLE skill_category(pos INTEGER PRIMARY KEY, category TEXT NOT NULL)",
    "CREATE INDEX skill_category_category ON skill_category(category)",
    "CREATE INDEX role_apps_application ON role_apps(application)",
    # each role's official codes (`show --official` finds an occupation by its code)
    "CREATE TABLE role_codes(kind TEXT NOT NULL, code TEXT NOT NULL, role INTEGER NOT NULL)",
    "CREATE INDEX role_codes_code ON role_codes(kind, code)",
    # name look-ups: the key of every name and alias, for each item owning it
    # (catalogue.lookup_keys; a key of several items is an ambiguity, reported)
    "CREATE TABLE keys(kind TEXT NOT NULL, key TEXT NOT NULL, id TEXT NOT NULL, "
    "label TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY(kind, key, id)) WITHOUT ROWID",
    # each item's folded texts, one column per score of explore.FIELD_POINTS (SEARCH_COLUMNS)
    "CREATE VIRTUAL TABLE search USING fts5(name, alias, skill, application, prose, category, "
    "tokenize='unicode61 remove_diacritics 2')",
    # the item of each row of the full-text table (the same rowid)
    "CREATE TABLE search_items(rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
    "pos INTEGER NOT NULL, id TEXT NOT NULL)",
    # every folded name, alias and id of every item (the name bonus of `careers search`)
    "CREATE TABLE search_names(key TEXT NOT NULL, kind TEXT NOT NULL, pos INTEGER NOT NULL)",
    "CREATE INDEX search_names_key ON search_names(key, kind, pos)",
    # "did you mean": each kind's folded names (choice n of suggest.Suggester, its first
    # owner) and the index of their trigrams (the choices holding each, packed)
    "CREATE TABLE suggest_keys(kind TEXT NOT NULL, n INTEGER NOT NULL, key TEXT NOT NULL, "
    "owner TEXT NOT NULL, PRIMARY KEY(kind, n)) WITHOUT ROWID",
    "CREATE INDEX suggest_keys_key ON suggest_keys(kind, key)",
    "CREATE TABLE suggest_grams(kind TEXT NOT NULL, gram TEXT NOT NULL, postings BLOB NOT NULL, "
    "PRIMARY KEY(kind, gram)) WITHOUT ROWID",
]


def database_file(path: str) -> Path:
    """Where the index of one catalogue file lives: named after its real path, as
    ``catalogue-<file stem>-<CRC-32 of the path, 8 hex digits>.sqlite``.

    The name only spreads catalogues over files; what keeps two catalogues from sharing
    an index is the real path recorded in it (:func:`open_index` uses no index that names
    another). A CRC needs no cryptographic hash, so a warm run does not load OpenSSL."""
    real = os.path.realpath(path)
    stem = "".join(
        c if c.isascii() and (c.isalnum() or c in "-_") else "_" for c in Path(real).stem
    )
    key = zlib.crc32(real.encode("utf-8", "surrogatepass"))
    return cache_dir() / f"catalogue-{stem[:40]}-{key:08x}.sqlite"


def size_limit(catalogue_size: int) -> int:
    """The largest index file opened for a catalogue of this size: an index holds the
    catalogue re-encoded, its links, keys and full-text index (measured: 2.5 to 3.4 times
    the YAML); one much larger is not ours and is not read."""
    return 8 * catalogue_size + (16 << 20)


class Status(NamedTuple):
    """What is recorded of the catalogue file an index was compiled from."""

    path: str  # the real path
    size: int
    mtime_ns: int
    inode: int

    @classmethod
    def of(cls, filename: str) -> Status | None:
        try:
            info = os.stat(filename)
        except OSError:
            return None
        return cls(os.path.realpath(filename), info.st_size, info.st_mtime_ns, info.st_ino)


# --------------------------------------------------------------------------- compiling


def _dump(value: Any) -> str:
    return json.dumps(encode(value), ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _search_text(
    kind: str, item: Any, skills: dict[str, Skill], apps: dict[str, Any]
) -> tuple[str, ...]:
    """Every text `careers search` looks in for an item (explore._fields), folded, in
    the columns of SEARCH_COLUMNS: name, alias (and id), skill, application, prose
    (summary, missions, description), category."""
    prose: list[str] = []
    named: list[str] = []
    apps_named: list[str] = []
    category = ""
    if kind == "roles":
        prose += [item.summary.en, item.summary.fr, *item.missions.en, *item.missions.fr]
        for need in item.skills:
            named += [skills[need.skill].name.en, skills[need.skill].name.fr]
        for app in item.applications:
            apps_named += [apps[app].name.en, apps[app].name.fr]
    elif kind == "skills":
        category = item.category.value
        if item.description:
            prose += [item.description.en, item.description.fr]
    else:
        prose += [item.description.en, item.description.fr]
    columns = [[item.name.en, item.name.fr], [item.id, *item.aliases], named, apps_named, prose]
    return (*(" \n ".join(map(fold, texts)) for texts in columns), fold(category))


def _items(conn: sqlite3.Connection, catalogue: Catalogue) -> None:
    for kind in KINDS:
        rows = (
            (pos, item.id, name_key(item.id), text, zlib.crc32(text.encode("utf-8")))
            for pos, item in enumerate(getattr(catalogue, kind))
            for text in [_dump(item)]
        )
        conn.executemany(f"INSERT INTO {kind} VALUES (?, ?, ?, ?, ?)", rows)
    categories = ((pos, s.category.value) for pos, s in enumerate(catalogue.skills))
    conn.executemany("INSERT INTO skill_category VALUES (?, ?)", categories)


def _links(conn: sqlite3.Connection, catalogue: Catalogue) -> None:
    importance = {v: encode(v) for v in {s.importance for r in catalogue.roles for s in r.skills}}
    conn.executemany(
        "INSERT INTO links VALUES (?, ?, ?, ?, ?, ?)",
        (
            row
            for pos, role in enumerate(catalogue.roles)
            for row in [
                *(
                    (pos, s.skill, importance[s.importance], s.level, k, 0)
                    for k, s in enumerate(role.skills)
                ),
                *((pos, t, None, None, k, 1) for k, t in enumerate(role.tools)),
            ]
        ),
    )
    conn.execute(
        "INSERT INTO listed SELECT skill, count(*) FROM links WHERE tool = 0 GROUP BY skill"
    )
    conn.executemany(
        "INSERT INTO related VALUES (?, ?, ?)",
        ((pos, r.skill, r.weight) for pos, s in enumerate(catalogue.skills) for r in s.related),
    )
    conn.executemany(
        "INSERT INTO prerequisites VALUES (?, ?)",
        ((pos, p) for pos, s in enumerate(catalogue.skills) for p in s.prerequisites),
    )
    conn.executemany(
        "INSERT INTO app_tools VALUES (?, ?)",
        ((pos, t) for pos, a in enumerate(catalogue.applications) for t in a.tools),
    )
    conn.executemany(
        "INSERT INTO role_apps VALUES (?, ?)",
        ((pos, a) for pos, r in enumerate(catalogue.roles) for a in r.applications),
    )
    conn.executemany(
        "INSERT INTO role_codes VALUES (?, ?, ?)",
        (
            (kind, code.code, pos)
            for pos, r in enumerate(catalogue.roles)
            for kind in r.codes._fields
            for code in getattr(r.codes, kind)
        ),
    )


def _suggestions(
    conn: sqlite3.Connection, kind: str, ids: Sequence[str], labels: Sequence[str]
) -> None:
    from careers_cli.suggest import Suggester, suggestion_owners

    owner = suggestion_owners(ids, labels)
    suggester = Suggester(owner)
    conn.executemany(
        "INSERT INTO suggest_keys VALUES (?, ?, ?, ?)",
        ((kind, n, key, owner[key]) for n, key in enumerate(suggester.keys)),
    )
    conn.executemany(
        "INSERT INTO suggest_grams VALUES (?, ?, ?)",
        (
            (kind, gram, array.array("i", found).tobytes())
            for gram, found in suggester.index.items()
        ),
    )


def _keys_and_search(conn: sqlite3.Connection, catalogue: Catalogue) -> None:
    from careers_cli.catalogue import lookup_keys

    for kind in NAMED:
        keys, ids, labels = lookup_keys(getattr(catalogue, kind))
        conn.executemany(
            "INSERT INTO keys VALUES (?, ?, ?, ?, ?)",
            (
                (kind, k, i, label, n)
                for n, (k, i, label) in enumerate(zip(keys, ids, labels, strict=True))
            ),
        )
        _suggestions(conn, kind, ids, labels)
    skills = {s.id: s for s in catalogue.skills}
    apps = {a.id: a for a in catalogue.applications}
    items = [
        (kind, pos, item) for kind in NAMED for pos, item in enumerate(getattr(catalogue, kind))
    ]
    conn.executemany(
        f"INSERT INTO search(rowid, {', '.join(SEARCH_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            (row, *_search_text(kind, item, skills, apps))
            for row, (kind, pos, item) in enumerate(items, 1)
        ),
    )
    conn.executemany(
        "INSERT INTO search_items VALUES (?, ?, ?, ?)",
        ((row, kind, pos, item.id) for row, (kind, pos, item) in enumerate(items, 1)),
    )
    conn.executemany(
        "INSERT INTO search_names VALUES (?, ?, ?)",
        (
            (key, kind, pos)
            for kind in NAMED
            for pos, item in enumerate(getattr(catalogue, kind))
            for key in {
                " ".join(fold(t).split())
                for t in (item.id, item.name.en, item.name.fr, *item.aliases)
            }
        ),
    )


# ---------------------------------------------- the neighbours of `path` and `similar`
# (issue 16: a role's neighbours from the link table, without decoding the roles)

_GRAPH_TABLES = [
    # a role's position and id (a small table: the roles table holds whole records) and
    # the sum of its skill weights (explore.weight_total), the overlap's denominator
    "CREATE TABLE role_weight(pos INTEGER PRIMARY KEY, role TEXT NOT NULL UNIQUE, "
    "total REAL NOT NULL)",
    # role id -> a role it lists as related
    "CREATE TABLE role_related(role TEXT NOT NULL, related TEXT NOT NULL)",
    "CREATE INDEX role_related_role ON role_related(role)",
    "CREATE INDEX role_related_related ON role_related(related)",
]


def _graph(conn: sqlite3.Connection, catalogue: Catalogue) -> None:
    from careers_cli.explore import weight_total

    for statement in _GRAPH_TABLES:
        conn.execute(statement)
    rows = ((pos, r.id, weight_total(r)) for pos, r in enumerate(catalogue.roles))
    conn.executemany("INSERT INTO role_weight VALUES (?, ?, ?)", rows)
    pairs = ((r.id, other) for r in catalogue.roles for other in r.related)
    conn.executemany("INSERT INTO role_related VALUES (?, ?)", pairs)


# ------------------------------------------------ what `next` reads (careers_cli/board.py)

_BOARD_TABLES = [
    "CREATE TABLE board_roles(pos INTEGER PRIMARY KEY, id TEXT NOT NULL, total REAL NOT NULL, "
    "peak REAL NOT NULL, skills TEXT NOT NULL, sharers TEXT NOT NULL)",
    "CREATE TABLE board_skills(skill TEXT PRIMARY KEY, levels INTEGER NOT NULL, "
    "roles TEXT NOT NULL, credits TEXT NOT NULL, related TEXT NOT NULL) WITHOUT ROWID",
]
_BOARD_SQL = (
    "SELECT pos, id, total, peak, skills, sharers FROM board_roles ORDER BY pos",
    "SELECT skill, levels, roles, credits, related FROM board_skills ORDER BY skill",
)


def _board_crc(roles: Sequence[tuple[Any, ...]], skills: Sequence[tuple[Any, ...]]) -> int:
    """The CRC-32 of the board tables' rows, as read: their texts, then their numbers."""
    r = list(zip(*roles, strict=True)) or [()] * 6
    s = list(zip(*skills, strict=True)) or [()] * 5
    texts = "\n".join([*r[1], *r[4], *r[5], *s[0], *s[2], *s[3], *s[4]])
    numbers = repr([r[0], r[2], r[3], s[1]])
    return zlib.crc32((texts + numbers).encode("utf-8", "surrogatepass"))


def _board(conn: sqlite3.Connection, catalogue: Catalogue) -> int:
    """Fill the tables `next` reads (whole catalogue); returns their checksum."""
    from careers_cli.board import LinkBoard
    from careers_cli.catalogue import RoleLinks

    roles = catalogue.roles
    links = RoleLinks(range(len(roles)), [r.id for r in roles], [r.skills for r in roles])
    board = LinkBoard(links, {s.id: s.related for s in catalogue.skills})
    for statement in _BOARD_TABLES:
        conn.execute(statement)
    conn.executemany("INSERT INTO board_roles VALUES (?, ?, ?, ?, ?, ?)", board.role_rows())
    conn.executemany("INSERT INTO board_skills VALUES (?, ?, ?, ?, ?)", board.skill_rows())
    return _board_crc(*(conn.execute(sql).fetchall() for sql in _BOARD_SQL))


def _meta(loaded: Loaded, status: Status, sha256: str) -> dict[str, Any]:
    catalogue = loaded.catalogue
    regions = sorted({s.region for r in catalogue.roles for s in r.salaries})
    demand = sorted({d.region for r in catalogue.roles for d in r.demand})
    head = catalogue._replace(sources=(), families=(), skills=(), roles=(), applications=())
    return {
        "schema": SCHEMA,
        "careers": __version__,
        "path": status.path,
        "size": status.size,
        "mtime_ns": status.mtime_ns,
        "inode": status.inode,
        "sha256": sha256,
        "warnings": [[w.message, w.path, w.line, w.column] for w in loaded.warnings],
        "head": encode(head),
        "salary_regions": regions,
        "demand_regions": demand,
    }


def _write_meta(conn: sqlite3.Connection, meta: dict[str, Any]) -> None:
    conn.execute("DELETE FROM meta")
    conn.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        ((k, json.dumps(v, ensure_ascii=False)) for k, v in meta.items()),
    )


def compile_into(conn: sqlite3.Connection, loaded: Loaded, status: Status, sha256: str) -> None:
    """Fill an empty database with a validated catalogue (one transaction)."""
    conn.execute("PRAGMA journal_mode=OFF")  # a new temporary file: nothing to roll back to
    conn.execute("PRAGMA synchronous=OFF")  # fsynced once, before the rename
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version={SCHEMA}")
    from careers_cli import listing, ranking

    with conn:
        for statement in _TABLES:
            conn.execute(statement)
        _items(conn, loaded.catalogue)
        _links(conn, loaded.catalogue)
        _keys_and_search(conn, loaded.catalogue)
        _graph(conn, loaded.catalogue)
        listing.compile_into(conn, loaded)  # what `careers list` shows (careers_cli/listing.py)
        ranking.compile_into(conn, loaded.catalogue)  # what `rank` ranks by (ranking.py)
        crc = _board(conn, loaded.catalogue)
        _write_meta(conn, {**_meta(loaded, status, sha256), "board_crc": crc})


def in_memory(loaded: Loaded, status: Status, sha256: str) -> Store:
    """An index that lives only for this run (the cache directory cannot be written)."""
    conn = sqlite3.connect(":memory:")
    compile_into(conn, loaded, status, sha256)
    return Store(conn, loaded.path, _read_meta(conn), in_memory=True)


@contextlib.contextmanager
def _new_file(target: Path) -> Iterator[Path]:
    """A new empty temporary file beside ``target``, renamed over it when the block ends
    without error (fsynced first), removed otherwise."""
    import tempfile  # only a compile writes: a warm run does not import it

    from careers_cli.files import sync_directory, umask

    fd, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, 0o666 & ~umask())  # mkstemp makes it 0600: the umask decides, as for any file
    finally:
        os.close(fd)
    try:
        yield Path(name)
        fd = os.open(name, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(name, target)  # replaces a link or a FIFO there, never writes through it
        name = ""
        sync_directory(target.parent)
    finally:
        if name:
            with contextlib.suppress(OSError):
                os.unlink(name)


def build(loaded: Loaded, status: Status, sha256: str) -> Store:
    """Compile a catalogue into its index file (atomically), and open it. OSError when the
    cache directory cannot be written."""
    from careers_cli.files import remove_orphans

    target = database_file(loaded.path)
    target.parent.mkdir(parents=True, exist_ok=True)
    removed = remove_orphans(target.parent, ".catalogue-*.tmp")
    if removed:
        note(f"removed {removed} temporary file(s) left by an interrupted writer")
    stale = remove_old_caches(target.parent)
    if stale:
        note(f"removed {stale} cache file(s) of an earlier version of careers")
    with _new_file(target) as tmp:
        conn = sqlite3.connect(tmp)
        try:
            compile_into(conn, loaded, status, sha256)
        finally:
            conn.close()
    found = open_index(loaded.path, status.size)
    if found is None:
        raise OSError(f"the index just written in {target.parent} cannot be read back")
    return found


def refresh(store: Store, status: Status) -> None:
    """Record a new file status for an index whose catalogue's bytes did not change (a
    copy of it, renamed into place: the open file is never written)."""
    target = database_file(store.path)
    with _new_file(target) as tmp:
        copy = sqlite3.connect(tmp)
        try:
            store.conn.backup(copy)
            copy.execute(f"PRAGMA application_id={APPLICATION_ID}")
            with copy:
                meta = {**store.meta, **status._asdict()}
                _write_meta(copy, meta)
        finally:
            copy.close()


# --------------------------------------------------------------------------- opening


def _open_checked(target: Path, limit: int) -> sqlite3.Connection | None:
    """The index file opened read-only, or None (with a note) when it is missing or not
    a regular file of a sane size. The file is checked without following a link and
    without blocking (a FIFO), then opened by SQLite read-only and immutable."""
    try:
        fd = os.open(target, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:
        note(f"ignored {target.name}: not a regular file ({exc.strerror or exc})")
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            note(f"ignored {target.name}: not a regular file")
            return None
        if info.st_size > limit:
            note(f"ignored {target.name}: {info.st_size:,} bytes, more than an index of it")
            return None
        uri = f"file:{quote(str(target))}?mode=ro&immutable=1"
        conn = sqlite3.connect(uri, uri=True)
        again = os.lstat(target)
        if (again.st_dev, again.st_ino) != (info.st_dev, info.st_ino):
            conn.close()
            note(f"ignored {target.name}: replaced while it was opened")
            return None
        return conn
    finally:
        os.close(fd)


_META_TYPES: dict[str, type | tuple[type, ...]] = {
    "schema": int,
    "careers": str,
    "path": str,
    "size": int,
    "mtime_ns": int,
    "inode": int,
    "sha256": str,
    "warnings": list,
    "head": list,
    "salary_regions": list,
    "demand_regions": list,
}


def _read_meta(conn: sqlite3.Connection) -> dict[str, Any]:
    return {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM meta")}


def _checked_meta(conn: sqlite3.Connection, name: str) -> dict[str, Any] | None:
    """The meta table of one of our indexes of this schema and version, or None."""
    try:
        ours = conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        if not ours or conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA:
            note(f"ignored {name}: not an index of this version")
            return None
        meta = _read_meta(conn)
    except (sqlite3.Error, ValueError):
        note(f"ignored {name}: not a readable index (damaged?)")
        return None
    if any(not isinstance(meta.get(k), t) for k, t in _META_TYPES.items()):
        note(f"ignored {name}: its meta table is incomplete")
        return None
    if meta["schema"] != SCHEMA or meta["careers"] != __version__:
        note(f"ignored {name}: made by another version of careers")
        return None
    warnings = meta["warnings"]
    if not all(isinstance(w, list) and len(w) == 4 for w in warnings):
        note(f"ignored {name}: malformed warnings")
        return None
    return meta


def open_index(path: str, catalogue_size: int) -> Store | None:
    """The index of a catalogue file when one of ours is there, else None (with a note
    under ``--debug`` saying why it was not used). Whether it is fresh is the caller's
    question (:meth:`Store.fresh`)."""
    target = database_file(path)
    conn = _open_checked(target, size_limit(catalogue_size))
    if conn is None:
        return None
    conn.execute("PRAGMA trusted_schema=OFF")
    meta = _checked_meta(conn, target.name)
    if meta is None or meta["path"] != os.path.realpath(path):
        if meta is not None:
            note(f"ignored {target.name}: made for another catalogue")
        conn.close()
        return None
    return Store(conn, path, meta)


# --------------------------------------------------------------------------- querying


class Damaged(Exception):
    """An index that opened well but holds something that does not fit (a record that
    is not a model object, a dangling id, a missing table, a damaged page)."""


class Store:
    """An open index: the queries :class:`careers_cli.stored.StoredIndex` makes.

    Every query goes through :meth:`query`: when the index turns out damaged part way
    through a command, ``recompile`` (given by the loader) compiles the catalogue again,
    the store switches to the new database and the query runs again, once.
    """

    recompile: Callable[[], Store] | None = None

    def __init__(
        self, conn: sqlite3.Connection, path: str, meta: dict[str, Any], in_memory: bool = False
    ) -> None:
        self.conn = conn
        self.path = path
        self.meta = meta
        self.in_memory = in_memory
        self.recovered = False

    def fresh(self, status: Status) -> bool:
        """Whether the catalogue file is, by its status, the one compiled."""
        return all(self.meta.get(k) == v for k, v in status._asdict().items())

    def same_bytes(self, sha256: str) -> bool:
        return bool(self.meta.get("sha256") == sha256)

    def head(self) -> Catalogue:
        """The catalogue's own fields (version, title, date), its lists empty."""

        def work() -> Catalogue:
            try:
                found: Catalogue = decoder(Catalogue)(self.meta["head"])
            except (ValueError, IndexError, TypeError, KeyError, AttributeError):
                raise Damaged("the catalogue's own fields do not fit the model") from None
            return found

        return self.guarded(work)  # type: ignore[no-any-return]

    def warnings(self) -> list[tuple[str, str, int | None, int | None]]:
        return [tuple(w) for w in self.meta["warnings"]]

    def guarded(self, work: Callable[[], Any]) -> Any:
        """``work()``; when it finds the index damaged, compile again and retry once."""
        try:
            return work()
        except (Damaged, sqlite3.DatabaseError) as exc:
            if self.recovered or self.recompile is None:
                raise
            self.recovered = True
            note(f"ignored {database_file(self.path).name}: {exc}; compiled again")
            fresh = self.recompile()
            self.conn.close()
            self.conn, self.meta, self.in_memory = fresh.conn, fresh.meta, fresh.in_memory
            return work()

    def query(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        return self.guarded(lambda: self.conn.execute(sql, args).fetchall())  # type: ignore[no-any-return]

    def column(self, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        return [row[0] for row in self.query(sql, args)]

    def decoded(self, kind: str, sql: str, args: Sequence[Any] = ()) -> list[Any]:
        """The items a query of ``(record, crc)`` rows gives, each checked and decoded."""
        build = decoder(KINDS[kind])
        return self.checked(sql, args, lambda text: build(json.loads(text)), kind)

    def checked(
        self, sql: str, args: Sequence[Any], build: Callable[[str], Any], what: str = "list"
    ) -> list[Any]:
        """``build(text)`` for each row of a query of ``(text, crc)`` rows, the text checked
        against its CRC-32 first (Damaged when it does not match or does not fit)."""

        def work() -> list[Any]:
            out = []
            for text, crc in self.conn.execute(sql, args):
                if not isinstance(text, str) or zlib.crc32(text.encode("utf-8")) != crc:
                    raise Damaged(f"a {what} record does not match its checksum")
                try:
                    out.append(build(text))
                except (ValueError, IndexError, TypeError, KeyError, AttributeError):
                    raise Damaged(f"a {what} record does not fit the model") from None
            return out

        return self.guarded(work)  # type: ignore[no-any-return]

    def record(self, kind: str, ident: str) -> Any | None:
        found = self.decoded(kind, f"SELECT record, crc FROM {kind} WHERE id = ?", (ident,))
        return found[0] if found else None

    def records(self, kind: str, where: str = "", args: Sequence[Any] = ()) -> list[Any]:
        """Decoded items of a kind, in catalogue order (``where`` narrows them)."""
        return self.decoded(kind, f"SELECT record, crc FROM {kind} {where} ORDER BY pos", args)

    def records_at(self, kind: str, positions: Iterable[int]) -> list[Any]:
        """Decoded items at these catalogue positions, in catalogue order."""
        wanted = sorted(set(positions))
        out: list[Any] = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT record, crc FROM {kind} WHERE pos IN ({marks}) ORDER BY pos"
            out += self.decoded(kind, sql, chunk)
        return out

    def count(self, kind: str) -> int:
        return int(self.column(f"SELECT count(*) FROM {kind}")[0])

    def ids(self, kind: str) -> list[str]:
        return self.column(f"SELECT id FROM {kind} ORDER BY pos")

    def owners(self, table: str, key: str) -> list[str]:
        """The ids the key of a name or alias of a kind belongs to, in catalogue order
        (Damaged: a dangling id)."""
        sql = (
            f"SELECT k.id, t.id FROM keys k LEFT JOIN {table} t ON t.id = k.id "
            "WHERE k.kind = ? AND k.key = ? ORDER BY k.position"
        )

        def work() -> list[str]:
            rows = self.conn.execute(sql, (table, key)).fetchall()
            if any(row[1] is None for row in rows):
                raise Damaged(f"a name of the {table} table leads to no item")
            return [str(row[0]) for row in rows]

        return self.guarded(work)  # type: ignore[no-any-return]

    def has(self, kind: str, ident: str) -> bool:
        return bool(self.query(f"SELECT 1 FROM {kind} WHERE id = ?", (ident,)))

    # ------------------------------- links read without the records (`next`, `match`)

    def role_links(
        self, positions: Sequence[int] | None = None
    ) -> tuple[list[int], list[str], list[list[tuple[str, Importance, int]]]]:
        """The positions, ids and skills (id, importance, level needed; in the role's
        order) of every role, or of the roles at these positions; in catalogue order.
        Read from each role's skills as `next`'s table keeps them, one text a role (about
        four times faster than a row a link); a text that does not fit is damage."""
        chunks = [None] if positions is None else _chunks(sorted(set(positions)))

        def work() -> tuple[list[int], list[str], list[list[tuple[str, Importance, int]]]]:
            order: list[int] = []
            ids: list[str] = []
            needs: list[list[tuple[str, Importance, int]]] = []
            for chunk in chunks:
                at = "" if chunk is None else f"WHERE pos IN ({','.join('?' * len(chunk))})"
                sql = f"SELECT pos, id, skills FROM board_roles {at} ORDER BY pos"
                for pos, ident, text in self.conn.execute(sql, chunk or ()):
                    order.append(pos)
                    ids.append(ident)
                    needs.append(_needs(text))
            return order, ids, needs

        return self.guarded(work)  # type: ignore[no-any-return]

    def related_lists(
        self, skills: Iterable[str] | None = None
    ) -> dict[str, list[tuple[str, float]]]:
        """Skill id -> (related skill, weight) in the skill's order: for every skill, or
        for these (a skill without related skills maps to an empty list)."""
        chunks = [None] if skills is None else _chunks(sorted(set(skills)))

        def work() -> dict[str, list[tuple[str, float]]]:
            out: dict[str, list[tuple[str, float]]] = {}
            for chunk in chunks:
                at = "" if chunk is None else f"WHERE s.id IN ({','.join('?' * len(chunk))})"
                args = chunk or ()
                for (ident,) in self.conn.execute(f"SELECT s.id FROM skills s {at}", args):
                    out[ident] = []
                rows = self.conn.execute(
                    "SELECT s.id, r.related, r.weight FROM related r "
                    f"JOIN skills s ON s.pos = r.skill {at} ORDER BY r.skill, r.rowid",
                    args,
                )
                for ident, related, weight in rows:
                    out[ident].append((related, weight))
            return out

        return self.guarded(work)  # type: ignore[no-any-return]

    def board(self) -> StoredBoard:
        """What `next` reads of the whole catalogue (careers_cli/board.py), checked."""
        from careers_cli.board import StoredBoard

        def work() -> StoredBoard:
            roles, skills = (self.conn.execute(sql).fetchall() for sql in _BOARD_SQL)
            if _board_crc(roles, skills) != self.meta.get("board_crc"):
                raise Damaged("the tables of `next` do not match their checksum")
            return StoredBoard(roles, skills)

        return self.guarded(work)  # type: ignore[no-any-return]

    def column_in(self, sql: str, values: Iterable[Any]) -> list[Any]:
        """The first column of ``sql`` for these values: its ``{marks}`` is their list of
        parameters (the values sorted, in chunks SQLite takes; rows in chunk order)."""
        out: list[Any] = []
        for chunk in _chunks(sorted(set(values))):
            out += self.column(sql.format(marks=",".join("?" * len(chunk))), chunk)
        return out

    def names(self, kind: str) -> list[tuple[str, str, str, Sequence[str]]]:
        """(id, English name, French name, aliases) of every item of a kind, in catalogue
        order, read from the records without decoding them (a record that does not hold
        them as texts is damage)."""
        fields = Role._fields if kind == "roles" else Skill._fields
        at = f"'$[{fields.index('name')}]', '$[{fields.index('aliases')}]'"
        sql = f"SELECT id, json_extract(record, {at}) FROM {kind} ORDER BY pos"

        def work() -> list[tuple[str, str, str, Sequence[str]]]:
            out = []
            for ident, text in self.conn.execute(sql):
                try:
                    (en, fr), aliases = json.loads(text)
                except (TypeError, ValueError):
                    raise Damaged(f"a {kind} record holds no names") from None
                if not all(isinstance(x, str) for x in (ident, en, fr, *aliases)):
                    raise Damaged(f"a {kind} record holds names that are not texts")
                out.append((ident, en, fr, aliases))
            return out

        return self.guarded(work)  # type: ignore[no-any-return]

    def family_positions(self, family: str) -> list[int]:
        """The positions of the roles of one family (read from their records)."""
        at = _ROLE_FAMILY
        return self.column(
            f"SELECT pos FROM roles WHERE json_extract(record, '$[{at}]') = ?", (family,)
        )


# links read without the records (Store.role_links)
_RANKED = dict(enumerate(Importance))  # an importance in `next`'s table (board.IMPORTANCE)
_LEVEL = {n: n for n in range(1, 6)}


def _needs(text: str) -> list[tuple[str, Importance, int]]:
    """A role's skills from their text in ``board_roles`` (Damaged: it does not fit)."""
    try:
        needs = [(s, _RANKED[c], _LEVEL[n]) for s, c, n in json.loads(text)]
    except (KeyError, TypeError, ValueError):
        raise Damaged("a role's skills do not fit") from None
    if not all(isinstance(s, str) for s, _, _ in needs):
        raise Damaged("a role's skills do not fit")
    return needs


_ROLE_FAMILY = Role._fields.index("family")  # a role's family in its record (a JSON list)


def _chunks(values: list[Any], size: int = 500) -> list[list[Any]]:
    """Values in chunks SQLite takes as parameters."""
    return [values[k : k + size] for k in range(0, len(values), size)]


# --------------------------------------------------------------------------- search
# (issue 16: `careers search` bounded by the full-text columns; explore.search scores)

#: The full-text table's columns (the fields of explore.COLUMN_FIELDS each holds).
SEARCH_COLUMNS = ("name", "alias", "skill", "application", "prose", "category")
#: Above this many distinct words a search is not bounded (every candidate is scored:
#: an item must hold every word, so such a query has few).
BOUNDED_WORDS = 16


def _phrase(word: str) -> str:
    """The full-text phrase that finds a folded word wherever `careers search` credits
    it: as a whole word, or (3 characters or more) as the start of one. The tokenizer
    splits it as it split the texts; its last token is a prefix when it may be one."""
    star = "*" if len(word) >= 3 else ""
    return '"' + word.replace('"', '""') + '"' + star


def fts_query(words: Sequence[str]) -> str | None:
    """The full-text query that keeps every item holding each folded word (see
    :func:`_phrase`). None when a word has no letter or digit to look for."""
    import re

    if not words or any(re.search(r"[^\W_]", w) is None for w in words):
        return None
    return " AND ".join(map(_phrase, words))


#: The rows of the full-text table holding every word, with their items.
_MATCHED = "search s JOIN search_items i ON i.rowid = s.rowid WHERE s.search MATCH ?"


def _bounded_sql(words: Sequence[str], columns: SearchColumns) -> tuple[str, list[Any]]:
    """The query of :func:`search_bounds` and its arguments but the last (the MATCH of
    every word). An item's bound is the most it can score (explore.search): for each
    word, the points of the best column holding it, plus the name bonus when the words
    are one of its names, aliases or its id (the search_names table)."""
    rank = "CASE i.kind WHEN 'roles' THEN 0 WHEN 'skills' THEN 1 ELSE 2 END"
    named = (
        "(CASE WHEN EXISTS (SELECT 1 FROM search_names n WHERE n.key = ? "
        "AND n.kind = i.kind AND n.pos = i.pos) THEN ? ELSE 0 END)"
    )
    bonus = [" ".join(words), columns.bonus]
    if len(words) > BOUNDED_WORDS:
        top = len(words) * max(columns.points.values())
        sql = (
            f"SELECT i.kind, i.pos, i.id, ? + {named} AS bound FROM {_MATCHED} "
            f"ORDER BY bound DESC, {rank}, i.id"
        )
        return sql, [top, *bonus]
    best = sorted(columns.points.items(), key=lambda cp: -cp[1])
    test = "WHEN s.rowid IN (SELECT rowid FROM search WHERE search MATCH ?) THEN ?"
    each = "(CASE " + " ".join([test] * len(best)) + " ELSE 0 END)"
    tests: list[Any] = []
    for word in words:
        for column, points in best:
            tests += [f"{{{column}}} : {_phrase(word)}", points]
    sql = (
        f"SELECT i.kind, i.pos, i.id, {' + '.join([each] * len(words))} + {named} AS bound "
        f"FROM {_MATCHED} ORDER BY bound DESC, {rank}, i.id"
    )
    return sql, [*tests, *bonus]


def search_bounds(
    store: Store, words: Sequence[str], columns: SearchColumns
) -> list[tuple[str, int, str, float]] | None:
    """Every item holding each word, as (kind, pos, id, bound), best place first: the
    highest bound, then roles, skills, applications, then by id (explore.search's order
    of results). None when a word has nothing the full-text table can look for."""
    match = fts_query(words)
    if match is None:
        return None
    sql, args = _bounded_sql(words, columns)
    return store.query(sql, [*args, match])


# --------------------------------------------------------------------------- file hygiene
# (issue 16: the JSON cache this index replaced, and the index's own first names, left
# their files in the cache directory)

#: The names earlier versions gave their cache files: ``catalogue-`` and 24 hex digits of
#: the catalogue path's SHA-256, then ``.json`` (the JSON cache's catalogue),
#: ``.lookups.json`` (its look-up tables) or ``.sqlite`` (the index before it was named by
#: :func:`database_file`'s CRC: such a file is never read again).
OLD_CACHE_NAME = r"catalogue-[0-9a-f]{24}(\.lookups\.json|\.json|\.sqlite)"


def remove_old_caches(directory: Path) -> int:
    """Delete the cache files of earlier versions in ``directory``: regular files
    named exactly as that cache named them, never a link (nor what it leads to), a
    folder or any other name. Returns how many were removed; errors are ignored."""
    import re

    pattern = re.compile(OLD_CACHE_NAME)
    removed = 0
    try:
        names = os.listdir(directory)
    except OSError:
        return 0
    for name in names:
        if not pattern.fullmatch(name):
            continue
        with contextlib.suppress(OSError):
            if stat.S_ISREG(os.lstat(directory / name).st_mode):
                os.unlink(directory / name)
                removed += 1
    return removed
