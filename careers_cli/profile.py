"""The user's skills: profile files, the saved profile, and skills found in free text.

A profile is a small YAML file::

    skills:            # skill id (or any name or alias) -> level 1-5
      python: 4
      sql: 2
    targets: [data-scientist]   # optional: roles you aim at
    region: FR                  # optional: where salaries are read

The saved profile lives in the user directory (``CAREERS_HOME``, else Typer's app dir)
as ``profile.yaml``. Every write is atomic (temporary file, fsync, rename) and made
under an exclusive lock, so a crash never leaves a truncated file and two commands
writing at once never lose an update.
"""

import contextlib
import os
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from careers_cli.catalogue import Index
from careers_cli.errors import CareersError, ProfileError
from careers_cli.i18n import msg
from careers_cli.matching import ParsedSkills, Unknown, higher_level_wins, suggest
from careers_cli.text import fold

PROFILE_NAME = "profile.yaml"
LOCK_NAME = "profile.lock"
MAX_PROFILE_BYTES = 1024 * 1024


def user_dir() -> Path:
    """``CAREERS_HOME`` when set, else Typer's application directory for careers."""
    home = os.environ.get("CAREERS_HOME")
    if home:
        return Path(home)
    import typer

    return Path(typer.get_app_dir("careers"))


def saved_path() -> Path:
    return user_dir() / PROFILE_NAME


class Profile:
    """A person's skills (skill id -> level), target roles and region."""

    def __init__(
        self,
        skills: dict[str, int] | None = None,
        targets: list[str] | None = None,
        region: str | None = None,
    ) -> None:
        self.skills: dict[str, int] = skills if skills is not None else {}
        self.targets: list[str] = targets if targets is not None else []
        self.region = region

    def to_yaml(self) -> str:
        lines = ["# careers profile: skill -> level (1 awareness ... 5 expert)", "skills:"]
        if not self.skills:
            lines[-1] = "skills: {}"
        for skill, level in sorted(self.skills.items()):
            lines.append(f"  {skill}: {level}")
        if self.targets:
            lines.append("targets: [" + ", ".join(self.targets) + "]")
        if self.region:
            lines.append(f"region: {self.region}")
        return "\n".join(lines) + "\n"


def parse_profile(text: str, filename: str, index: Index) -> tuple[Profile, ParsedSkills]:
    """Read a profile's YAML; names become skill ids, unknown names are reported."""
    from careers_cli import yamlsafe
    from careers_cli.matching import parse_level

    try:
        data = yamlsafe.parse(text, filename)
    except yamlsafe.YamlError as exc:
        raise ProfileError(exc.problem.format(filename)) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ProfileError(
            f"{filename}: a profile is a mapping with 'skills', 'targets' and 'region'"
        )
    unknown_keys = set(data) - {"skills", "targets", "region"}
    if unknown_keys:
        raise ProfileError(
            f"{filename}: unknown field(s) {', '.join(sorted(map(str, unknown_keys)))}"
            "; a profile has skills, targets and region"
        )
    raw = data.get("skills") or {}
    parsed = ParsedSkills()
    if isinstance(raw, list):  # also accept a plain list of names (level 3 each)
        raw = {str(item): 3 for item in raw}
    if not isinstance(raw, dict):
        raise ProfileError(f"{filename}: 'skills' must map skill names to levels 1-5")
    for name, level in raw.items():
        where = f"{filename}: skills.{name}"
        if isinstance(level, bool) or not isinstance(level, (int, str)):
            raise ProfileError(f"{where}: the level must be a whole number 1-5, got {level!r}")
        value = parse_level(str(level), where)
        skill = index.skills.find(str(name))
        if skill is None:
            parsed.unknown.append(Unknown(str(name), suggest(index, str(name))))
            continue
        parsed.levels[skill.id] = max(value, parsed.levels.get(skill.id, 0))
    targets_raw = data.get("targets") or []
    if isinstance(targets_raw, str):
        targets_raw = [targets_raw]
    if not isinstance(targets_raw, list):
        raise ProfileError(f"{filename}: 'targets' must be a list of roles")
    targets = [index.roles.get(str(t)).id for t in targets_raw]
    region = data.get("region")
    if region is not None and not isinstance(region, str):
        raise ProfileError(
            f"{filename}: 'region' must be a country code such as US or FR (quote NO, ON, YES...)"
        )
    return Profile(dict(parsed.levels), targets, region.upper() if region else None), parsed


def read_profile(
    path: Path | str, index: Index, what: str = "profile"
) -> tuple[Profile, ParsedSkills]:
    """Read a profile file (a clear error if it is missing, unreadable or corrupt)."""
    from careers_cli import yamlsafe

    try:
        text = yamlsafe.read_text(str(path), what, MAX_PROFILE_BYTES)
    except CareersError as exc:
        raise ProfileError(exc.message, hint=exc.hint) from None
    return parse_profile(text, str(path), index)


def load_saved(index: Index) -> tuple[Profile, ParsedSkills] | None:
    """The saved profile, or None when there is none yet."""
    path = saved_path()
    if not path.exists():
        return None
    return read_profile(path, index, "saved profile")


@contextlib.contextmanager
def locked() -> Iterator[Path]:
    """Hold the profile's exclusive lock (other writers wait) and yield the profile path."""
    import fcntl

    folder = user_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise ProfileError(
            f"cannot write the profile in {folder}: {exc.strerror or exc}",
            hint="set CAREERS_HOME to a writable directory; read-only commands still work",
        ) from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield folder / PROFILE_NAME
    finally:
        os.close(fd)


def update(index: Index, change: Any) -> Profile:
    """Read the saved profile, apply ``change(profile)``, write it back atomically.

    All of it happens under the lock, so concurrent updates never lose one another.
    A corrupt saved profile is reported and left untouched.
    """
    from careers_cli.files import atomic_write

    with locked() as path:
        if path.exists():
            current, _ = read_profile(path, index, "saved profile")
        else:
            current = Profile()
        change(current)
        atomic_write(path, current.to_yaml(), what="profile")
        return current


# --------------------------------------------------------------------------- from text

# Names that are also everyday words or single letters: found only in their usual
# spelling (case kept) and near another skill or a word that says "technology".
CONTEXT_WORDS = frozenset(
    "language languages langage langages programming programmation code coding developer "
    "developers developpeur developpeurs developpement development golang rstudio cran "
    "tidyverse ggplot shiny stack skills competences technologies outils tools".split()
)
CASED = {
    "r": "R",
    "go": "Go",
    "c": "C",
    "excel": "Excel",
    "spark": "Spark",
    "ray": "Ray",
    "rag": "RAG",
    "jax": "JAX",
    "dbt": "dbt",
    "git": "Git",
    "airflow": "Airflow",
    "looker": "Looker",
    "tableau": "Tableau",
    "linux": "Linux",
    "sas": "SAS",
    "bash": "Bash",
    "terraform": "Terraform",
    "ros": "ROS",
    "slurm": "Slurm",
    "rust": "Rust",
    "julia": "Julia",
    "swift": "Swift",
}
CONTEXT_WINDOW = 6  # words on each side
_WORD = re.compile(r"[\w+#]+(?:[.'’-][\w+#]+)*", re.UNICODE)


class Found(NamedTuple):
    """A skill found in a text, with the words that named it."""

    skill_id: str
    words: tuple[str, ...]  # distinct spellings found, as written
    occurrences: int


class _Token(NamedTuple):
    folded: str
    original: str
    start: int  # offsets of the original word in the text
    end: int


def _tokens(text: str) -> list[_Token]:
    out = []
    for m in _WORD.finditer(text):
        for piece in fold(m.group()).split():
            out.append(_Token(piece, m.group(), m.start(), m.end()))
    return out


def _letter_ok(text: str, token: _Token) -> bool:
    """A one-letter name (R, C) standing alone: not "R&D", "R. Smith" or "C'est"."""
    after = text[token.end : token.end + 1]
    before = text[token.start - 1 : token.start] if token.start else ""
    if token.original != token.original.strip("'’") or "'" in token.original:
        return False
    return after not in ("&", ".", "'", "’", "-") and before not in ("&", "-")


def find_skills(index: Index, text: str) -> list[Found]:
    """The catalogue's skills named in a CV or a job ad (plain text or Markdown).

    Names and aliases in both languages are matched on whole words, longest first
    (``machine learning engineer`` gives machine learning, not "learning"). Names that
    are everyday words or single letters (R, Go, C, Excel, Spark...) count only in their
    usual capitalisation and near another skill or a word such as "language" or
    "programming"; R and C never in "R&D", "R. Smith" or "C'est".
    """
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for skill in index.catalogue.skills:
        for label in {skill.id, skill.name.en, skill.name.fr, *skill.aliases}:
            words = tuple(fold(label).split())
            if words:
                phrases.setdefault(words[0], []).append((words, skill.id))
    for entries in phrases.values():
        entries.sort(key=lambda e: -len(e[0]))
    tokens = _tokens(text)
    hits: list[tuple[int, int, str, str, bool]] = []  # start, end, skill, words, needs context
    i = 0
    while i < len(tokens):
        matched = False
        for words, skill_id in phrases.get(tokens[i].folded, ()):
            n = len(words)
            if tuple(t.folded for t in tokens[i : i + n]) != words:
                continue
            original = text[tokens[i].start : tokens[i + n - 1].end]
            key = " ".join(words)
            wary = key in CASED
            if wary and (
                original != CASED[key] or (len(key) == 1 and not _letter_ok(text, tokens[i]))
            ):
                continue
            hits.append((i, i + n, skill_id, original, wary))
            i += n
            matched = True
            break
        if not matched:
            i += 1
    folded = [t.folded for t in tokens]
    kept: dict[str, list[str]] = {}
    for start, end, skill_id, original, wary in hits:
        if wary:
            lo, hi = max(0, start - CONTEXT_WINDOW), min(len(tokens), end + CONTEXT_WINDOW)
            near_skill = any(
                not other_wary and other != skill_id and lo <= s < hi
                for s, _, other, _, other_wary in hits
            )
            near_word = any(folded[k] in CONTEXT_WORDS for k in range(lo, hi))
            if not (near_skill or near_word):
                continue
        kept.setdefault(skill_id, []).append(original)
    order = {s.id: i for i, s in enumerate(index.catalogue.skills)}
    return [
        Found(skill_id, tuple(dict.fromkeys(words)), len(words))
        for skill_id, words in sorted(kept.items(), key=lambda kv: order[kv[0]])
    ]


def levels_from_text(found: list[Found], level: int = 3) -> dict[str, int]:
    return {f.skill_id: level for f in found}


def merged(levels: Mapping[str, int], extra: Mapping[str, int]) -> dict[str, int]:
    """Two sets of skills as one; a skill in both keeps its higher level."""
    return higher_level_wins(levels, extra)


# ----------------------------------------------------------------- what the profile commands do


def unknown_warning(parsed: ParsedSkills, strict: bool, outcome: str) -> str | None:
    """Names that are no skill: an error when ``strict``, else the warning to show
    (saying what became of them: ``outcome``); None when every name is a skill."""
    from careers_cli.matching import unknown_message

    if not parsed.unknown:
        return None
    message = unknown_message(parsed.unknown)
    if strict:
        raise CareersError(message)
    return f"{message}\n" + msg("unknown_outcome", outcome=outcome)


class You(NamedTuple):
    """The person's skills, from the options or the saved profile, and what to warn about."""

    levels: dict[str, int]
    region: str | None
    targets: list[str]
    unknown: list[str]
    warning: str | None


def resolve_skills(
    index: Index,
    skills: str | None = None,
    profile_file: Path | None = None,
    text: str | None = None,
    strict: bool = False,
) -> You:
    """Whose skills a command scores: the options given (a profile file, ``--skills``,
    a CV's text; together, the higher level wins), else the saved profile."""
    from careers_cli import matching

    parsed = ParsedSkills()
    prof = Profile()
    if profile_file is not None:
        prof, read = read_profile(profile_file, index)
        parsed.merge(read)
    if skills is not None:
        parsed.merge(matching.parse_skills(index, skills))
    if text is not None:
        parsed.merge(ParsedSkills(levels_from_text(find_skills(index, text))))
    if profile_file is None and skills is None and text is None:
        prof, read = _saved_with_skills(index)
        parsed.merge(read)
    warning = unknown_warning(parsed, strict, msg("outcome_ignored"))
    if not parsed.levels:
        raise CareersError(msg("no_known_skill"), hint=msg("no_known_skill_hint"))
    unknown = [u.text for u in parsed.unknown]
    return You(dict(parsed.levels), prof.region, prof.targets, unknown, warning)


def _saved_with_skills(index: Index) -> tuple[Profile, ParsedSkills]:
    saved = load_saved(index)
    if saved is None:
        raise CareersError(msg("no_skills_no_profile"), hint=msg("no_skills_no_profile_hint"))
    if not saved[0].skills:
        raise CareersError(msg("profile_no_skills"), hint=msg("profile_no_skills_hint"))
    return saved


def saved_or_empty(index: Index) -> tuple[Profile, str | None]:
    """The saved profile (an empty one when there is none) and a warning about the names
    in it that are no skill."""
    saved = load_saved(index)
    if saved is None:
        return Profile(), None
    return saved[0], unknown_warning(saved[1], False, msg("outcome_kept"))


class Changed(NamedTuple):
    """What a change to the saved profile did, for the line that reports it."""

    profile: Profile
    number: int  # skills added or removed
    warning: str | None = None


def add_skills(index: Index, items: list[str], strict: bool) -> Changed:
    """``careers profile add``: add skills, or change their level."""
    from careers_cli import matching

    parsed = matching.parse_skills(index, ",".join(items))
    warning = unknown_warning(parsed, strict, msg("outcome_not_saved"))
    if not parsed.levels:
        raise CareersError(msg("nothing_to_add"))
    result = update(index, lambda p: p.skills.update(parsed.levels))
    return Changed(result, len(parsed.levels), warning)


def remove_skills(index: Index, items: list[str]) -> Changed:
    """``careers profile remove``: remove skills (a level after a colon is ignored)."""
    from careers_cli import matching

    parsed = matching.parse_skills(index, ",".join(i.split(":")[0] for i in items))
    unknown_warning(parsed, True, "")
    missing: list[str] = []

    def change(p: Profile) -> None:
        missing.extend(s for s in parsed.levels if p.skills.pop(s, None) is None)

    result = update(index, change)
    warning = msg("not_in_profile", names=", ".join(missing)) if missing else None
    return Changed(result, len(parsed.levels) - len(missing), warning)


def set_profile(
    index: Index,
    items: list[str] | None,
    region: str | None,
    targets: list[str] | None,
    strict: bool,
) -> Changed:
    """``careers profile set``: replace the skills, the region or the target roles."""
    from careers_cli import matching
    from careers_cli.explore import normalise_region

    parsed = matching.parse_skills(index, ",".join(items)) if items else None
    outcome = msg("outcome_not_saved")
    warning = unknown_warning(parsed, strict, outcome) if parsed is not None else None
    role_ids = [index.roles.get(t).id for t in targets] if targets else None

    def change(p: Profile) -> None:
        if parsed is not None:
            p.skills = dict(parsed.levels)
        if region is not None:
            p.region = normalise_region(region)
        if role_ids is not None:
            p.targets = role_ids

    result = update(index, change)
    return Changed(result, len(result.skills), warning)


def import_profile(index: Index, source: Path, merge: bool, strict: bool) -> Changed:
    """``careers profile import``: replace the saved profile with a file, or merge it in
    (skills: the higher level wins; targets: both lists; region: the file's, if any)."""
    incoming, parsed = read_profile(source, index)
    warning = unknown_warning(parsed, strict, msg("outcome_not_imported"))

    def change(p: Profile) -> None:
        if merge:
            p.skills = merged(p.skills, incoming.skills)
            p.targets = list(dict.fromkeys([*p.targets, *incoming.targets]))
            p.region = incoming.region or p.region
        else:
            p.skills, p.targets, p.region = incoming.skills, incoming.targets, incoming.region

    result = update(index, change)
    return Changed(result, len(result.skills), warning)


def add_found(index: Index, found: list[Found], level: int) -> Changed:
    """``careers profile from-text``: add skills found in a text; a skill already in the
    profile keeps its higher level."""
    levels = levels_from_text(found, level)
    result = update(index, lambda p: p.skills.update(merged(p.skills, levels)))
    return Changed(result, len(found))
