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
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from careers_cli.catalogue import Index
from careers_cli.cv import Found, find_skills, levels_from_text, merged
from careers_cli.errors import CareersError, ProfileError
from careers_cli.matching import ParsedSkills, Unknown, suggest

__all__ = [
    "Found",
    "Profile",
    "find_skills",
    "levels_from_text",
    "merged",
]

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

# Skills found in free text live in careers_cli.cv (imported above); ``profile.find_skills``
# and the other names stay importable from here.
