"""What the taxonomy importers share: finding input files, reading tables, building and
installing a catalogue.

An importer reads the official files as they are published, builds a catalogue in the
project's own format (plain data, as YAML gives it), checks it with the project's own
validator, then installs it atomically under a name in the user data directory, with a
small manifest beside it (version, counts, licence, attribution) that ``careers
catalogues`` reads without parsing the catalogue.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import unicodedata
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

from careers_cli.catalogue import CATALOGUES_DIR
from careers_cli.errors import CareersError
from careers_cli.i18n import choice, current_lang, msg, number, t
from careers_cli.model import ALIAS_MAX, NAME_MAX, TEXT_MAX, Lang
from careers_cli.text import fold

#: Appended to (names) or put before (texts) an English text standing in for a missing
#: French one, so the reader always sees that it is not a translation.
EN_MARK = "[EN]"
NAME_RE = re.compile(r"^[a-z][a-z0-9-]{0,39}$")
Row = dict[str, str]
Raw = dict[str, Any]

csv.field_size_limit(16 * 1024 * 1024)  # ESCO descriptions are long; the default is 128 KiB


class InputError(CareersError):
    """The input is not what the importer expects (exit 1, nothing installed)."""


# --------------------------------------------------------------------------- input files


def _download(what: str) -> str:
    """The name of a download (``O*NET database``) in the user's language."""
    return choice("download", what, current_lang())


class Inputs:
    """The files of a download: plain files in a folder (searched two levels deep) and
    the members of the zip files found there, each found by its base name."""

    def __init__(self, path: str, what: str) -> None:
        self.path = path
        self.what = what
        self._files: dict[str, Callable[[], IO[bytes]]] = {}
        root = Path(path)
        if not root.exists():
            raise InputError(msg("i_no_folder", path=path))
        if not root.is_dir():
            raise InputError(msg("i_not_folder", path=path, what=_download(what)))
        self.zip_names: list[str] = []
        for item in _two_levels(root):
            if item.suffix.lower() == ".zip":
                self.zip_names.append(item.name)
                self._add_zip(item)
            else:
                self._files.setdefault(item.name.casefold(), _opener(item))

    def _add_zip(self, item: Path) -> None:
        try:
            with zipfile.ZipFile(item) as archive:
                members = archive.namelist()
        except PermissionError as exc:
            raise InputError(msg("i_cannot_read", name=item.name, reason=exc.strerror)) from None
        except (zipfile.BadZipFile, OSError, EOFError):  # Python's reason is not shown
            raise InputError(msg("i_bad_zip", name=item.name)) from None
        for member in members:
            base = member.rsplit("/", 1)[-1]
            if base:
                self._files.setdefault(base.casefold(), _member_opener(item, member))

    @staticmethod
    def file_opener(path: Path) -> Callable[[], IO[bytes]]:
        return _opener(path)

    def find(self, *names: str) -> Callable[[], IO[bytes]] | None:
        """An opener for the first of ``names`` present (base names, any case)."""
        for name in names:
            found = self._files.get(name.casefold())
            if found is not None:
                return found
        return None

    def find_prefix(
        self, prefix: str, suffixes: Sequence[str]
    ) -> tuple[str, Callable[[], IO[bytes]]] | None:
        """The first file whose name starts with ``prefix`` and ends with a suffix."""
        key = prefix.casefold()
        for name in sorted(self._files):
            if name.startswith(key) and name.endswith(tuple(suffixes)):
                return name, self._files[name]
        return None

    def require(
        self, wanted: Mapping[str, Sequence[str]], also_missing: Sequence[str] = ()
    ) -> dict[str, Callable[[], IO[bytes]]]:
        """Openers for every wanted file, or one error naming all that are missing, with
        ``also_missing`` (files the caller looked for otherwise, found missing)."""
        found: dict[str, Callable[[], IO[bytes]]] = {}
        missing: list[str] = []
        for key, names in wanted.items():
            opener = self.find(*names)
            if opener is None:
                missing.append(names[0])
            else:
                found[key] = opener
        missing += also_missing
        if missing:
            what = _download(self.what)
            raise InputError(
                msg("i_lacks", path=self.path, what=what, names=", ".join(missing)),
                hint=msg("i_lacks_hint", what=what),
            )
        return found


def _two_levels(root: Path) -> list[Path]:
    """The files of a folder and of its sub-folders (not deeper: PATH may be ~/Downloads)."""
    found: list[Path] = []
    try:
        items = sorted(root.iterdir())
        for item in items:
            if item.is_dir():
                found.extend(sorted(p for p in item.iterdir() if p.is_file()))
            elif item.is_file():
                found.append(item)
    except OSError as exc:
        reason = exc.strerror or exc
        raise InputError(msg("i_cannot_read_folder", path=root, reason=reason)) from None
    return [p for p in found if p.parent == root] + [p for p in found if p.parent != root]


def _opener(path: Path) -> Callable[[], IO[bytes]]:
    def open_file() -> IO[bytes]:
        stream = path.open("rb")
        stream.name_for_errors = path.name  # type: ignore[attr-defined]
        return stream

    return open_file


def _member_opener(path: Path, member: str) -> Callable[[], IO[bytes]]:
    """An opener of one member of the zip at ``path``. Each opening reads the zip's
    directory again and closes the zip at once (its file stays open until the member is
    closed), so that no zip is left open however the import ends."""

    def open_member() -> IO[bytes]:
        with zipfile.ZipFile(path) as archive:
            stream = archive.open(member)
        stream.name_for_errors = f"{path.name}: {member}"  # type: ignore[attr-defined]
        return stream

    open_member.zip_name = path.name  # type: ignore[attr-defined]
    return open_member


#: What reading a damaged zip member raises: a bad CRC or header (BadZipFile), a bad
#: deflate stream (zlib.error), data that stops short (EOFError).
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError)


def zip_damaged(opener: Callable[[], IO[bytes]], label: str) -> InputError:
    """The error for a zip member that cannot be read whole, in our own words."""
    zip_name = getattr(opener, "zip_name", None)
    if zip_name is None:
        return InputError(msg("i_zip_damaged", name=label))
    return InputError(msg("i_zip_member_damaged", name=label, zip=zip_name))


def _reads_whole(opener: Callable[[], IO[bytes]]) -> bool:
    """Whether a file reads to its end (a zip member passes its CRC check)."""
    try:
        with opener() as stream:
            while stream.read(1 << 20):
                pass
    except ZIP_ERRORS:
        return False
    return True


def read_head(opener: Callable[[], IO[bytes]], label: str, size: int) -> bytes:
    """The first ``size`` bytes of a file; a damaged zip member is an :class:`InputError`."""
    try:
        with opener() as stream:
            return stream.read(size)
    except ZIP_ERRORS:
        raise zip_damaged(opener, label) from None


# --------------------------------------------------------------------------- tables


def _header_key(name: str) -> str:
    """A header compared without case, BOM, spaces or a bracketed note ('(Y/N)')."""
    name = name.replace("\ufeff", "").strip()
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name)
    return re.sub(r"[\s_*-]+", "", name.casefold())


class _Lines:
    """The lines of a text file as a csv reader reads them, keeping those of the record
    being read, so that the last record's own text can be checked at the end."""

    def __init__(self, text: IO[str]) -> None:
        self._text = text
        self.record: list[str] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = next(self._text)
        self.record.append(line)
        return line

    def take(self) -> list[str]:
        """The lines of the record just read (the next record starts empty)."""
        lines, self.record = self.record, []
        return lines


def _ends_mid_row(lines: list[str], quoted: bool) -> bool:
    """Whether the last record of a file (its lines) is a row cut short: an unterminated
    quote (an odd number of quote characters, when quotes quote), or no line end after
    it. The official files end every row with one, the last included, and the header
    before it did: a file that stops without one stops inside its last field."""
    raw = "".join(lines)
    if not raw:
        return False
    if quoted and raw.count('"') % 2:
        return True
    return not raw.endswith(("\n", "\r"))


def _positions(
    header: list[str], columns: Mapping[str, Sequence[str]], optional: set[str], label: str
) -> dict[str, int]:
    """Our key -> the position of its column in ``header``; one error naming every
    required column the header lacks."""
    keys = {_header_key(h): i for i, h in enumerate(header)}
    where: dict[str, int] = {}
    missing = []
    for key, names in columns.items():
        pos = next((keys[_header_key(n)] for n in names if _header_key(n) in keys), None)
        if pos is not None:
            where[key] = pos
        elif key not in optional:
            missing.append(names[0])
    if missing:
        shown = ", ".join(h.strip() for h in header[:8])
        raise InputError(msg("i_no_column", name=label, missing=", ".join(missing), found=shown))
    return where


def read_table(
    opener: Callable[[], IO[bytes]],
    label: str,
    columns: Mapping[str, Sequence[str]],
    *,
    delimiter: str = ",",
    optional: Iterable[str] = (),
) -> Iterator[Row]:
    """Rows of a CSV or tab-separated file as {our key: value}, streamed.

    Columns are found by header name (any case, spacing or trailing '(Y/N)' note), so
    extra or reordered columns are fine. A BOM, CRLF line ends and quoted line breaks are
    read as the csv module reads them. A missing column, a file that is not text, one
    that ends in the middle of a row (a truncated download) or a damaged zip member is
    one :class:`InputError` naming the file.
    """
    quoted = delimiter != "\t"  # O*NET text files: no quoting, a quote is a character
    try:
        with opener() as raw:
            lines = _Lines(io.TextIOWrapper(raw, encoding="utf-8-sig", newline=""))
            if quoted:
                reader = csv.reader(lines, delimiter=delimiter)
            else:
                reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = next(reader, None)
            if header is None:
                raise InputError(msg("i_empty_file", name=label))
            lines.take()
            where = _positions(header, columns, set(optional), label)
            width = max(where.values(), default=0) + 1
            record: list[str] = []
            for cells in reader:
                record = lines.take()
                if len(cells) < width:
                    if not any(cells):
                        continue
                    cells = cells + [""] * (width - len(cells))
                yield {key: cells[pos] for key, pos in where.items()}
            if _ends_mid_row(record, quoted):
                raise InputError(msg("i_truncated", name=label), hint=msg("i_truncated_hint"))
    except UnicodeDecodeError as exc:
        if not _reads_whole(opener):  # damaged bytes decode badly before the CRC is checked
            raise zip_damaged(opener, label) from None
        if exc.reason == "unexpected end of data":  # cut inside a character
            raise InputError(msg("i_truncated", name=label), hint=msg("i_truncated_hint")) from None
        raise InputError(msg("i_not_utf8", name=label)) from None
    except ZIP_ERRORS:
        raise zip_damaged(opener, label) from None
    except csv.Error as exc:
        raise InputError(msg("i_not_table", name=label, reason=exc)) from None


# --------------------------------------------------------------------------- text helpers


def slug(text: str, used: set[str], fallback: str = "item") -> str:
    """A unique id (slug) made from a label: ``Data scientist`` -> ``data-scientist``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or fallback
    if len(base) > ALIAS_MAX - 4:
        base = base[: ALIAS_MAX - 4].rsplit("-", 1)[0].strip("-") or base[: ALIAS_MAX - 4]
    ident, n = base, 2
    while ident in used:
        ident, n = f"{base}-{n}", n + 1
    used.add(ident)
    return ident


def clip(text: str, limit: int = TEXT_MAX) -> str:
    """Text cut to ``limit`` characters at a word boundary, with an ellipsis."""
    text = text.strip()
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def clean(text: str) -> str:
    """One line of display text: controls and runs of white space become one space."""
    return " ".join(re.sub(r"[\x00-\x1f\x7f-\x9f]", " ", text).split())


def marked_name(en: str) -> str:
    """The French name to show when there is none: the English one, marked."""
    return clip(f"{en} {EN_MARK}", NAME_MAX)


def marked_text(en: str) -> str:
    """The French text to show when there is none: the English one, marked."""
    return clip(f"{EN_MARK} {en}")


def bilingual(en: str, fr: str | None, limit: int = TEXT_MAX) -> tuple[dict[str, str], bool]:
    """{en, fr} with the marked English text where French is missing; and whether it was."""
    en = clip(en, limit)
    if fr:
        return {"en": en, "fr": clip(fr, limit)}, False
    return {"en": en, "fr": marked_name(en) if limit == NAME_MAX else marked_text(en)}, True


def sentences(text: str) -> list[str]:
    """A description cut into sentences (for missions)."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z])", " ".join(text.split()))
    return [p.strip() for p in parts if p.strip()]


def distinct_names(items: list[Raw], quirks: Counter[str], kind: str) -> None:
    """Make names and aliases lead to one item each, as the validator requires.

    Ids are reserved first; a name another item already has gets the item's ``_tag`` (an
    ISCO code, a skill type; one string, or one per language) in brackets; an alias
    another item owns, or one too long to be an alias, is dropped. Each change is counted.
    """
    owner: dict[str, str] = {fold(item["id"]): item["id"] for item in items}
    for item in items:
        for lang in ("en", "fr"):
            name = item["name"][lang]
            key = fold(name)
            if owner.get(key, item["id"]) != item["id"]:
                tag = item.get("_tag") or item["id"]
                tag = tag[lang] if isinstance(tag, dict) else tag  # {"en": ..., "fr": ...}
                name = clip(f"{name} ({tag})", NAME_MAX)
                n = 2
                while owner.get(fold(name), item["id"]) != item["id"]:
                    name = clip(f"{item['name'][lang]} ({tag}, {n})", NAME_MAX)
                    n += 1
                item["name"][lang] = name
                quirks[f"q_{kind}_name_shared"] += 1
            owner[fold(name)] = item["id"]
    for item in items:
        kept = []
        own = {fold(item["name"]["en"]), fold(item["name"]["fr"]), fold(item["id"])}
        for alias in item.get("aliases", ()):
            key = fold(alias)
            if key in own:
                continue
            if not key or len(alias) > ALIAS_MAX:
                quirks[f"q_{kind}_alias_long"] += 1
                continue
            if owner.setdefault(key, item["id"]) != item["id"]:
                quirks[f"q_{kind}_alias_shared"] += 1
                continue
            kept.append(alias)
        item["aliases"] = list(dict.fromkeys(kept))
        item.pop("_tag", None)


# --------------------------------------------------------------------------- install


def catalogues_dir() -> Path:
    from careers_cli.files import user_dir

    return user_dir() / CATALOGUES_DIR


def installed_path(name: str) -> Path:
    return catalogues_dir() / f"{name}.yaml"


def _yaml_pieces(data: Raw) -> Iterator[str]:
    """The catalogue as block YAML, one item at a time (libyaml's emitter when present)."""
    import yaml

    dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

    def dump(value: Any) -> str:
        out: str = yaml.dump(value, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100)
        return out

    yield "# Imported by `careers import`; regenerate it rather than editing it.\n"
    for key, value in data.items():
        if isinstance(value, list):
            yield f"{key}:\n" if value else f"{key}: []\n"
            for item in value:
                yield dump([item])
        else:
            yield dump({key: value})


def counts(catalogue: Raw) -> dict[str, int]:
    """The manifest's counts of an imported catalogue: roles, skills, families, links."""
    roles = catalogue["roles"]
    return {
        "roles": len(roles),
        "skills": len(catalogue["skills"]),
        "families": len(catalogue["families"]),
        "links": sum(len(r["skills"]) for r in roles),
    }


def stamp() -> str:
    """The manifest's import time: now, in UTC, to the second."""
    import datetime as dt

    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _manifest_at(name: str) -> Raw | None:
    """The manifest beside the catalogue installed as ``name`` (None when unreadable)."""
    try:
        found = json.loads((catalogues_dir() / f"{name}.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return found if isinstance(found, dict) and found.get("taxonomy") else None


def _free_name(default: str) -> str:
    """``default``, else the first of ``default-2``, ``default-3``... not installed."""
    name, n = default, 2
    while installed_path(name).exists():
        name, n = f"{default}-{n}", n + 1
    return name


def replaceable(name: str, taxonomy: str, default: str) -> Raw | None:
    """The manifest of the catalogue an import of ``taxonomy`` as ``name`` will replace
    (the same taxonomy: an update), or None when nothing is installed under ``name``.

    A catalogue of another taxonomy, or one no import made, is refused (exit 1): the
    import would lose it. ``default`` is the name suggested instead (made free).
    """
    target = installed_path(name)
    if not target.exists():
        return None
    manifest = _manifest_at(name)
    if manifest is not None and manifest.get("taxonomy") == taxonomy:
        return manifest
    lang = current_lang()
    hint = msg("i_taken_hint", other=_free_name(default), path=target.with_suffix(""))
    if manifest is None:
        raise InputError(msg("i_taken_unknown", name=name, taxonomy=taxonomy), hint=hint)
    roles = int(manifest.get("counts", {}).get("roles", 0))
    raise InputError(
        msg(
            "i_taken",
            name=name,
            taxonomy=taxonomy,
            installed=manifest["taxonomy"],
            version=version_text(manifest, lang),
            roles=number(roles, lang),
            n=roles,
        ),
        hint=hint,
    )


def install(name: str, data: Raw, manifest: Raw) -> Path:
    """Check the catalogue with the project's validator, then write it and its manifest
    atomically. Nothing is written when it is not valid."""
    from careers_cli import validate
    from careers_cli.files import atomic_write

    report = validate.validate(data)
    if report.errors:
        shown = "; ".join(f"{validate.format_path(i.path)}: {i.message}" for i in report.errors[:5])
        raise CareersError(msg("i_not_valid", name=name, n=len(report.errors), shown=shown))
    folder = catalogues_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or exc
        raise CareersError(msg("i_cannot_create", path=folder, reason=reason)) from None
    target = installed_path(name)
    atomic_write(target, _yaml_pieces(data), what="catalogue")
    manifest.update(name=name, file=target.name, warnings=len(report.warnings))
    atomic_write(
        folder / f"{name}.json",
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n",
        what="catalogue manifest",
    )
    return target


#: What an import says of a download whose version it cannot find (in the manifest).
NOT_STATED = "(version not stated)"
#: How ESCO imports wrote the French labels' version before manifests had ``fr_labels``.
_OLD_FR_LABELS = re.compile(r"(?P<version>.+?) \(French labels: ESCO (?P<fr>.+) export\)\Z")


def version_text(manifest: Raw, lang: Lang) -> str:
    """A manifest's version in ``lang``, with that of the French labels where it has any."""
    version, fr = str(manifest.get("version") or ""), manifest.get("fr_version")
    labels = bool(manifest.get("fr_labels"))
    old = _OLD_FR_LABELS.match(version)
    if old is not None and "fr_labels" not in manifest:
        version, fr, labels = old["version"], old["fr"], True
    said = _stated(version, lang)
    if not labels:
        return said
    return t("fr_labels_version", lang, version=said, fr=_stated(str(fr or NOT_STATED), lang))


def _stated(version: str, lang: Lang) -> str:
    return t("version_not_stated", lang) if version == NOT_STATED else version


def installed() -> list[Raw]:
    """The manifests of the installed catalogues whose file is present, by name."""
    folder = catalogues_dir()
    out: list[Raw] = []
    for item in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            manifest = json.loads(item.read_text("utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(manifest, dict) and (folder / f"{item.stem}.yaml").is_file():
            manifest["path"] = str(folder / f"{item.stem}.yaml")
            out.append(manifest)
    return out


# --------------------------------------------------------------------------- progress


class Steps:
    """A Rich progress bar on stderr when it is a terminal; silent otherwise."""

    def __init__(self, total: int, enabled: bool | None = None) -> None:
        self.total = total
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> Steps:
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                TextColumn("{task.description:<36}"),
                BarColumn(),
                TextColumn("{task.completed}/{task.total}"),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._progress.start()
            self._task = self._progress.add_task("", total=self.total)
        return self

    def step(self, description: str) -> None:
        """Mark the start of a step (the bar advances when the next one starts)."""
        if self._progress is not None:
            done = self._progress.tasks[0].description != ""
            self._progress.update(self._task, description=description, advance=1 if done else 0)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.update(self._task, advance=1)
            self._progress.stop()


def technology_variants(name: str) -> list[str]:
    """An O*NET technology name and the forms it spells out: without a trailing
    "software" ("Microsoft Azure software"), and split from an acronym that closes it when
    the acronym is the initials of the words before it ("Structured query language SQL",
    "Amazon Web Services AWS software")."""
    words = name.split()
    if len(words) > 1 and words[-1].lower() == "software":
        words = words[:-1]
    variants = [name, " ".join(words)]
    last, before = words[-1], words[:-1]
    initials = "".join(w[0] for w in before).upper()
    if len(last) >= 2 and last.isupper() and last.isalpha() and initials == last:
        variants += [" ".join(before), last]
    return list(dict.fromkeys(variants))
