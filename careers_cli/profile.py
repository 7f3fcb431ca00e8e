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
writing at once never lose an update. A write edits only what the command names
(:mod:`careers_cli.profiledoc`): comments, other keys and entries the catalogue cannot
resolve are kept as they are, unless the command names such an entry (``remove KEY``) or
empties the skills (``clear``).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from careers_cli.catalogue import Index
from careers_cli.errors import CareersError, ProfileError
from careers_cli.files import user_dir
from careers_cli.i18n import msg
from careers_cli.matching import ParsedSkills, Unknown, merged, unknown
from careers_cli.model import Role

if TYPE_CHECKING:
    from careers_cli import profiledoc
    from careers_cli.cv import Found

PROFILE_NAME = "profile.yaml"
LOCK_NAME = "profile.lock"
MAX_PROFILE_BYTES = 1024 * 1024


def saved_path() -> Path:
    return user_dir() / PROFILE_NAME


class Profile:
    """A person's skills (skill id -> level), target roles and region.

    ``unknown_skills``, ``unknown_targets`` and ``other_keys`` name what the file holds
    that careers does not use (skills and roles another catalogue has, keys of the user's
    own): kept, never written; a write may drop an unknown skill entry (``remove``,
    ``clear``) by taking its name out of ``unknown_skills``. ``source`` is the file it
    was read from (None: no profile file was read).
    """

    def __init__(
        self,
        skills: dict[str, int] | None = None,
        targets: list[str] | None = None,
        region: str | None = None,
    ) -> None:
        self.skills: dict[str, int] = skills if skills is not None else {}
        self.targets: list[str] = targets if targets is not None else []
        self.region = region
        self.region_as_written = region  # "France" in the file is the region FR
        self.unknown_skills: list[str] = []
        self.unknown_targets: list[str] = []
        self.other_keys: list[str] = []
        self.source: str | None = None

    def wanted(self) -> profiledoc.Wanted:
        from careers_cli import profiledoc

        kept = tuple(self.unknown_skills)
        return profiledoc.Wanted(dict(self.skills), list(self.targets), self.region, kept)

    def to_yaml(self) -> str:
        """The profile as a new YAML document (``profile export``)."""
        from careers_cli import profiledoc

        empty = profiledoc.Wanted({}, [], None)
        return profiledoc.rewrite("", empty, self.wanted(), _never, _never)


def _never(name: str) -> str | None:
    return None


def skill_resolver(index: Index) -> profiledoc.Resolve:
    def resolve(name: str) -> str | None:
        skill = index.skills.find(name)
        return None if skill is None else skill.id

    return resolve


def role_resolver(index: Index) -> profiledoc.Resolve:
    def resolve(name: str) -> str | None:
        try:
            return index.roles.get(name).id
        except CareersError:
            return None

    return resolve


def _profile_data(text: str, filename: str) -> dict[Any, Any]:
    from careers_cli import yamlsafe

    try:
        data = yamlsafe.parse(text, filename)
    except yamlsafe.YamlError as exc:
        raise ProfileError(exc.problem.format(filename)) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ProfileError(msg("p_not_mapping", path=filename))
    return data


def parse_profile(
    text: str, filename: str, index: Index, suggest: bool = True
) -> tuple[Profile, ParsedSkills]:
    """Read a profile's YAML; names become skill ids, unknown names are reported (with
    the closest skills unless ``suggest`` is False: a caller that shows no warning).

    Keys other than skills, targets and region are kept in the file and not used
    (``Profile.other_keys``); so are target roles the catalogue does not have.
    """
    from careers_cli import profiledoc
    from careers_cli.matching import parse_level

    data = _profile_data(text, filename)
    raw = data.get("skills") or {}
    parsed = ParsedSkills()
    if isinstance(raw, list):  # also accept a plain list of names (level 3 each)
        raw = {str(item): 3 for item in raw}
    if not isinstance(raw, dict):
        raise ProfileError(msg("p_skills_map", path=filename))
    written: dict[str, list[str]] = {}  # skill id -> its entries, as written
    for name, level in raw.items():
        where = f"{filename}: skills.{name}"
        if isinstance(level, bool) or not isinstance(level, (int, str)):
            whole = msg("n_level_whole", got=repr(level))
            raise ProfileError(msg("at_place", where=where, message=whole))
        try:
            value = parse_level(str(level), where)
        except CareersError as exc:  # in a file: the user's input, exit 1
            raise ProfileError(exc.message) from None
        skill = index.skills.find(str(name))
        if skill is None:
            parsed.unknown.append(unknown(index, str(name)) if suggest else Unknown(str(name), ()))
            continue
        parsed.levels[skill.id] = max(value, parsed.levels.get(skill.id, 0))
        written.setdefault(skill.id, []).append(msg("p_entry", name=str(name), level=value))
    parsed.twice = _written_twice(filename, written, parsed.levels)
    targets_raw = data.get("targets") or []
    if isinstance(targets_raw, str):
        targets_raw = [targets_raw]
    if not isinstance(targets_raw, list):
        raise ProfileError(msg("p_targets_list", path=filename))
    raw_region, region = data.get("region"), None
    if raw_region not in (None, ""):
        from careers_cli import regions

        # a code or a country's name, as `profile import` reads it ("Mars" is neither)
        region = regions.in_file(raw_region) if isinstance(raw_region, str) else None
        if region is None:
            raise ProfileError(msg("p_region", path=filename))
    resolve_role = role_resolver(index)
    targets = [t for t in (resolve_role(str(t)) for t in targets_raw) if t is not None]
    profile = Profile(dict(parsed.levels), list(dict.fromkeys(targets)))
    profile.region = region
    # case aside: "fr" already reads as the code FR, "France" does not
    profile.region_as_written = raw_region.upper() if isinstance(raw_region, str) else None
    profile.unknown_skills = [u.text for u in parsed.unknown]
    profile.unknown_targets = [str(t) for t in targets_raw if resolve_role(str(t)) is None]
    profile.other_keys = [str(k) for k in data if k not in profiledoc.OWNED]
    return profile, parsed


def _written_twice(
    filename: str, written: dict[str, list[str]], levels: dict[str, int]
) -> list[str]:
    """A line per skill the file names more than once (``Python: 3`` and ``python: 4``):
    both entries, and the level read (the higher one, as everywhere)."""
    return [
        msg(
            "p_skill_twice",
            path=filename,
            entries=", ".join(entries),
            id=skill,
            level=levels[skill],
        )
        for skill, entries in written.items()
        if len(entries) > 1
    ]


def read_profile(
    path: Path | str, index: Index, what: str = "profile", suggest: bool = True
) -> tuple[Profile, ParsedSkills]:
    """Read a profile file (a clear error if it is missing, unreadable or corrupt)."""
    profile, parsed = parse_profile(_read(path, what), str(path), index, suggest)
    profile.source = str(path)
    return profile, parsed


def _read(path: Path | str, what: str) -> str:
    from careers_cli import yamlsafe

    try:
        return yamlsafe.read_text(str(path), what, MAX_PROFILE_BYTES)
    except CareersError as exc:
        raise ProfileError(exc.message, hint=exc.hint) from None


def load_saved(index: Index, suggest: bool = True) -> tuple[Profile, ParsedSkills] | None:
    """The saved profile, or None when there is none yet."""
    path = saved_path()
    if not path.exists():
        return None
    return read_profile(path, index, "saved profile", suggest)


def export_text(index: Index) -> str:
    """The saved profile to export: its text as it is (comments, other keys and unknown
    entries included), once checked readable; a new empty profile when there is none."""
    path = saved_path()
    if not path.exists():
        return Profile().to_yaml()
    text = _read(path, "saved profile")
    parse_profile(text, str(path), index)
    return text


LOCK_WAIT_SECONDS = 5.0


@contextlib.contextmanager
def locked(wait: float | None = None) -> Iterator[Path]:
    """Hold the profile's exclusive lock and yield the profile path.

    Another careers process holding it is waited for, at most ``wait`` seconds
    (``LOCK_WAIT_SECONDS``), with a note on stderr; then a clear error.
    """
    from careers_cli.files import hold_lock

    folder = user_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or exc
        raise ProfileError(
            msg("p_cannot_write", folder=folder, reason=reason), hint=msg("f_home_hint")
        ) from None
    limit = LOCK_WAIT_SECONDS if wait is None else wait
    waiting = msg("lock_waiting")
    timeout = msg("lock_timeout", seconds=f"{limit:g}")
    with hold_lock(folder / LOCK_NAME, limit, waiting, timeout):
        yield folder / PROFILE_NAME


def update(index: Index, change: Any) -> Profile:
    """Read the saved profile, apply ``change(profile)``, write back what changed.

    All of it happens under the lock, so concurrent updates never lose one another.
    Only the parts of the file the change names are edited (see ``profiledoc``):
    comments, other keys, and entries the catalogue cannot resolve stay as they are (an
    entry leaves only when the change takes its name out of ``unknown_skills``).
    A corrupt saved profile is reported and left untouched.
    """
    from careers_cli.files import atomic_write

    with locked() as path:
        text = _read(path, "saved profile") if path.exists() else ""
        current, _ = parse_profile(text, str(path), index)
        before = current.wanted()
        change(current)
        after = current.wanted()
        if after == before and text:
            return current
        new_text = _checked_rewrite(text, before, after, index, str(path))
        atomic_write(path, new_text, what="profile")
        return current


def _checked_rewrite(
    text: str,
    before: profiledoc.Wanted,
    after: profiledoc.Wanted,
    index: Index,
    filename: str,
) -> str:
    """The edited text, read back and compared with what was meant before it is used."""
    from careers_cli import profiledoc

    resolve_skill, resolve_role = skill_resolver(index), role_resolver(index)
    new_text = profiledoc.rewrite(text, before, after, resolve_skill, resolve_role, filename)
    old = profiledoc.summary(_profile_data(text, filename), resolve_skill, resolve_role)
    dropped = set(before.kept) - set(after.kept)
    expected = old._replace(
        skills=after.skills if after.skills != before.skills else old.skills,
        unknown_skills=[entry for entry in old.unknown_skills if entry[0] not in dropped],
        targets=after.targets if after.targets != before.targets else old.targets,
        region=after.region if after.region != before.region else old.region,
    )
    try:
        got = profiledoc.summary(_profile_data(new_text, filename), resolve_skill, resolve_role)
    except CareersError:
        got = None
    if got != expected:
        raise ProfileError(msg("p_edit_refused", path=filename), hint=msg("p_edit_hint"))
    return new_text


# ----------------------------------------------------------------- what the profile commands do


def unknown_warning(parsed: ParsedSkills, strict: bool, outcome: str) -> str | None:
    """Names that are no skill: an error when ``strict``, else the warning to show
    (saying what became of them: ``outcome``), followed by the skills a file writes twice
    (never an error: each name is a skill); None when there is nothing to say."""
    from careers_cli.matching import unknown_message

    if not parsed.unknown:
        return "\n".join(parsed.twice) or None
    message = unknown_message(parsed.unknown)
    if strict:
        raise CareersError(message)
    return "\n".join([message, msg("unknown_outcome", outcome=outcome), *parsed.twice])


def none_known(parsed: ParsedSkills, message: str) -> CareersError:
    """The error when no name given is a skill: ``message``, then each unknown
    name with its suggestions (the one policy of ``suggest.py``), then where names are."""
    from careers_cli.matching import unknown_message

    hint = msg("no_known_skill_hint")
    if parsed.unknown:
        hint = f"{unknown_message(parsed.unknown)}\n{hint}"
    return CareersError(message, hint=hint)


class You(NamedTuple):
    """The person's skills, from the options or the saved profile, and what to warn about."""

    levels: dict[str, int]
    region: str | None
    targets: list[str]
    unknown: list[str]
    warning: str | None
    detected: list[Found]  # skills read from a text, with their level and evidence
    named: tuple[tuple[str, ...], ...] = ()  # roles the text names in its title (cv.named_groups)
    unknown_targets: tuple[str, ...] = ()  # the profile's targets that are no role here
    profile_path: str | None = None  # the profile file read (None: there was none)


def _you_of(
    prof: Profile,
    levels: dict[str, int],
    unknown: list[str],
    warning: str | None,
    found: list[Found],
    named: tuple[tuple[str, ...], ...] = (),
) -> You:
    """``You`` with the region and targets of ``prof``, the profile read."""
    return You(
        levels,
        prof.region,
        prof.targets,
        unknown,
        warning,
        found,
        named,
        tuple(dict.fromkeys(prof.unknown_targets)),
        prof.source,
    )


def resolve_skills(
    index: Index,
    skills: str | None = None,
    profile_file: Path | None = None,
    text: str | None = None,
    strict: bool = False,
    allow_empty: bool = False,
) -> You:
    """Whose skills a command scores: the options given (a profile file, ``--skills``,
    a CV's text; together, the higher level wins), else the saved profile. With
    ``allow_empty``, no skills at all is a start from zero (a warning), not an error.

    ``--skills`` and a text replace the profile's skills only: the region and targets
    still come from the profile (the ``--profile`` file, else the saved one)."""
    from careers_cli import matching

    parsed = ParsedSkills()
    prof = Profile()
    found: list[Found] = []
    if profile_file is not None:
        prof, read = read_profile(profile_file, index)
        parsed.merge(read)
    if skills is not None:
        parsed.merge(matching.parse_skills(index, skills))
    if text is not None:
        # here: the text finder compiles some fifty patterns, which --skills never needs
        from careers_cli.cv import find_skills, levels_from_text

        found = find_skills(index, text)
        parsed.merge(ParsedSkills(levels_from_text(found)))
    if profile_file is None and (skills is not None or text is not None):
        saved = load_saved(index, suggest=False)  # only its region and targets are used
        prof = saved[0] if saved is not None else prof
    if profile_file is None and skills is None and text is None:
        prof, read, empty = _saved_with_skills(index)
        if empty is not None:
            if not allow_empty:
                raise empty
            zero = msg("plan_from_zero", message=empty.message)
            return _you_of(prof, {}, [], zero, [])
        parsed.merge(read)
    warning = unknown_warning(parsed, strict, msg("outcome_ignored"))
    if not parsed.levels:
        if text is not None and not parsed.unknown:
            raise none_known(parsed, msg("no_skill_in_text"))
        if not parsed.unknown:  # `--skills ""`, an empty profile file: nothing named at all
            raise CareersError(msg("no_skill_named"), hint=msg("no_skills_no_profile_hint"))
        raise none_known(parsed, msg("no_known_skill"))
    unknown = [u.text for u in parsed.unknown]
    named: tuple[tuple[str, ...], ...] = ()
    if text is not None:
        from careers_cli.cv import named_groups

        named = named_groups(index, text)
    return _you_of(prof, dict(parsed.levels), unknown, warning, found, named)


def _saved_with_skills(index: Index) -> tuple[Profile, ParsedSkills, CareersError | None]:
    """The saved profile, and the error to give when it has no skills (or is missing)."""
    saved = load_saved(index)
    if saved is None:
        return (
            Profile(),
            ParsedSkills(),
            CareersError(msg("no_skills_no_profile"), hint=msg("no_skills_no_profile_hint")),
        )
    if not saved[0].skills and saved[1].unknown:  # names kept in the file, none a skill
        return saved[0], saved[1], none_known(saved[1], msg("profile_no_known_skill"))
    if not saved[0].skills:
        return (
            saved[0],
            saved[1],
            CareersError(msg("profile_no_skills"), hint=msg("profile_no_skills_hint")),
        )
    return saved[0], saved[1], None


def target_roles(index: Index, role: str | None, you: You) -> tuple[list[Role], str | None]:
    """The roles a gap report is for: the one named, else every target of the profile,
    with the warning naming the targets that are no role (an error when none is one)."""
    if role is not None:
        return [index.roles.get(role)], None
    if not you.targets:
        raise _no_target(index, you)
    return [index.roles.get(r) for r in you.targets], targets_warning(index, you)


def _no_target(index: Index, you: You) -> CareersError:
    """Why there is no role to report on: targets that are no role (each named with its
    closest roles), no target at all, or no profile to read targets from."""
    if you.unknown_targets:
        names = _targets_named(index, you.unknown_targets)
        hint = msg("no_known_target_hint", path=you.profile_path)
        return CareersError(msg("no_known_target", names=names), hint=hint)
    message = msg("no_target_role" if you.profile_path is not None else "no_target_no_profile")
    return CareersError(message, hint=msg("no_target_role_hint"))


def targets_warning(index: Index, you: You) -> str | None:
    """The warning naming the profile's targets that are no role of the catalogue, each
    with its closest roles; None when every target is a role."""
    if not you.unknown_targets:
        return None
    names = _targets_named(index, you.unknown_targets)
    return msg("targets_left_out", n=len(you.unknown_targets), names=names)


def _targets_named(index: Index, targets: tuple[str, ...]) -> str:
    """Each target quoted, with the suggestions of the role look-up (the one policy of
    ``suggest.py``, as for a ROLE typed on the command line)."""
    named = []
    for target in targets:
        hint = None
        try:
            index.roles.get(target)
        except CareersError as exc:
            hint = exc.hint
        named.append(msg("target_name", name=target) + (f" ({hint})" if hint else ""))
    return msg("targets_sep").join(named)


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
    raised: int = 0  # skills already there whose level the change set
    unchanged: int = 0  # skills already there at that level (or higher, for a merge)
    kept: int = 0  # of the removed, entries kept in the file that the catalogue does not know

    def added(self) -> str:
        """What an addition did: "added 2, level changed for 1, 1 unchanged"."""
        quiet = not self.number and (self.raised or self.unchanged)
        parts = [] if quiet else [msg("added", n=self.number)]
        if self.raised:
            parts.append(msg("level_changed", n=self.raised))
        if self.unchanged:
            parts.append(msg("unchanged", n=self.unchanged))
        return ", ".join(parts)

    def removed(self) -> str:
        """What a removal did: "removed 3, including 1 not in this catalogue"."""
        text = msg("removed", n=self.number)
        return text + msg("including_kept", n=self.kept) if self.kept else text


def _add(index: Index, levels: dict[str, int], keep_higher: bool, warning: str | None) -> Changed:
    """Add skills at their levels, counting the new, the changed and the unchanged."""
    counts = {"new": 0, "raised": 0, "same": 0}

    def change(p: Profile) -> None:
        for skill, level in levels.items():
            old = p.skills.get(skill)
            new = max(level, old) if keep_higher and old is not None else level
            counts["new" if old is None else "same" if new == old else "raised"] += 1
            p.skills[skill] = new

    result = update(index, change)
    return Changed(result, counts["new"], warning, counts["raised"], counts["same"])


def add_skills(index: Index, items: list[str], strict: bool) -> Changed:
    """``careers profile add``: add skills, or change their level."""
    from careers_cli import matching

    parsed = matching.parse_skills(index, ",".join(items))
    warning = unknown_warning(parsed, strict, msg("outcome_not_saved"))
    if not parsed.levels:
        raise none_known(parsed, msg("nothing_to_add"))
    return _add(index, parsed.levels, False, warning)


def remove_skills(index: Index, items: list[str]) -> Changed:
    """``careers profile remove``: remove skills by any of their names, and entries kept
    in the file (names the catalogue does not know) by their key exactly; a level after a
    colon is ignored. A name that is neither is a warning and the others are still
    removed; when nothing at all is removed it is an error and the file is left as it is."""
    lines: list[str] = []
    counts = {"skills": 0, "kept": 0}

    def change(p: Profile) -> None:
        kept, ids, neither = _to_remove(index, items, p.unknown_skills)
        missing = [s for s in ids if p.skills.pop(s, None) is None]
        p.unknown_skills = [name for name in p.unknown_skills if name not in kept]
        counts["skills"], counts["kept"] = len(ids) - len(missing), len(kept)
        lines.extend(_not_removed(index, p, neither, missing))
        if not counts["skills"] and not kept:  # raised under the lock: nothing is written
            hint = "\n".join([*lines, msg("nothing_removed_hint")])
            raise CareersError(msg("nothing_removed"), hint=hint)

    result = update(index, change)
    number = counts["skills"] + counts["kept"]
    return Changed(result, number, "\n".join(lines) or None, kept=counts["kept"])


def _to_remove(
    index: Index, items: list[str], kept: list[str]
) -> tuple[set[str], list[str], list[str]]:
    """The names given to ``remove``, sorted: keys of entries kept in the file (exactly as
    the file has them), skill ids (by any name, as ``add`` reads them), and names that
    are neither. An argument that is a kept key whole is not split at its commas."""
    from careers_cli.matching import SPLIT

    here = set(kept)
    drop: set[str] = set()
    ids: list[str] = []
    neither: list[str] = []
    for item in items:
        pieces = [item] if item in here else [p.strip() for p in SPLIT.split(item)]
        for piece in filter(None, pieces):
            name = piece if piece in here else piece.rpartition(":")[0].strip() or piece
            if name in here:
                drop.add(name)
                continue
            skill = index.skills.find(name)
            if skill is None:
                neither.append(name)
            else:
                ids.append(skill.id)
    return drop, list(dict.fromkeys(ids)), list(dict.fromkeys(neither))


def _not_removed(index: Index, p: Profile, neither: list[str], missing: list[str]) -> list[str]:
    """The lines that say what ``remove`` left: each name that is neither a skill nor a
    name kept in the file, with what the profile holds that is close to it; then the
    skills that were not in the profile."""
    from careers_cli.numbers import echo
    from careers_cli.suggest import LIMIT, closest, did_you_mean

    lines = []
    for name in neither:
        held = [s for s in index.skills.suggest(name) if s in p.skills]
        close = [*closest(name, p.unknown_skills), *index.skills.names_of(held)][:LIMIT]
        hint = f" ({did_you_mean(close)})" if close else ""
        lines.append(msg("remove_unknown", name=echo(name)) + hint)
    if missing:
        lines.append(msg("not_in_profile", names=", ".join(missing)))
    return lines


def clear_profile(index: Index) -> Changed:
    """``careers profile clear``: remove every skill entry, those the catalogue does not
    know included; comments, other keys, targets and region stay."""
    counts = {"skills": 0, "kept": 0}

    def change(p: Profile) -> None:
        counts["skills"], counts["kept"] = len(p.skills), len(set(p.unknown_skills))
        p.skills.clear()
        p.unknown_skills.clear()

    result = update(index, change)
    return Changed(result, counts["skills"] + counts["kept"], kept=counts["kept"])


def set_profile(
    index: Index,
    items: list[str] | None,
    region: str | None,
    targets: list[str] | None,
    strict: bool,
) -> Changed:
    """``careers profile set``: replace the skills, the region (a checked code) or the
    target roles."""
    from careers_cli import matching

    parsed = matching.parse_skills(index, ",".join(items)) if items else None
    outcome = msg("outcome_not_saved")
    warning = unknown_warning(parsed, strict, outcome) if parsed is not None else None
    role_ids = [index.roles.get(t).id for t in targets] if targets else None

    def change(p: Profile) -> None:
        if parsed is not None:
            p.skills = dict(parsed.levels)
        if region is not None:
            p.region = region
        if role_ids is not None:
            p.targets = role_ids

    result = update(index, change)
    return Changed(result, len(result.skills), warning)


def import_profile(index: Index, source: Path, merge: bool, strict: bool) -> Changed:
    """``careers profile import``: replace the saved profile with a file, or merge it in
    (skills: the higher level wins; targets: both lists; region: the file's, if any).

    The saved file keeps what careers does not own (comments, other keys, entries this
    catalogue cannot resolve), as every write does. With no saved profile (or an empty
    one), the file is copied as it is, with all of that (a backup restored whole), and
    only its region written as a code (``France`` -> ``"FR"``).
    """
    text = _read(source, "profile")
    incoming, parsed = parse_profile(text, str(source), index)  # its region checked there
    region = incoming.region
    if strict:
        unknown_warning(parsed, True, "")  # an unknown name stops it here
    if not merge:
        restored = _restore(index, text, str(source), incoming, region)
        if restored is not None:
            kept = unknown_warning(parsed, False, msg("outcome_kept"))
            return Changed(restored, len(restored.skills), kept)

    replaced: list[str] = []  # the saved region a merge replaced, said on stderr

    def change(p: Profile) -> None:
        if merge:
            p.skills = merged(p.skills, incoming.skills)
            p.targets = list(dict.fromkeys([*p.targets, *incoming.targets]))
            if region and p.region and p.region != region:
                replaced[:] = [msg("p_region_replaced", old=p.region, new=region)]
            p.region = region or p.region
        else:
            p.skills, p.targets, p.region = incoming.skills, incoming.targets, region

    result = update(index, change)
    dropped = unknown_warning(parsed, False, msg("outcome_not_imported"))
    notes = [w for w in (dropped, *replaced) if w]
    return Changed(result, len(result.skills), "\n".join(notes) or None)


def _restore(
    index: Index, text: str, source: str, incoming: Profile, region: str | None
) -> Profile | None:
    """Copy an imported profile's ``text`` as the saved profile when there is none (or an
    empty one), its region written as a code; None when a saved profile has content."""
    from careers_cli.files import atomic_write

    before = incoming.wanted()._replace(region=incoming.region_as_written)
    incoming.region = region
    if incoming.wanted() != before:
        text = _checked_rewrite(text, before, incoming.wanted(), index, source)
    with locked() as path:
        if path.exists() and _read(path, "saved profile").strip():
            return None
        atomic_write(path, text, what="profile")
    return incoming


def add_found(index: Index, found: list[Found], level: int | None) -> Changed:
    """``careers profile from-text``: add skills found in a text; a skill already in the
    profile keeps its higher level."""
    from careers_cli.cv import levels_from_text

    return add_levels(index, levels_from_text(found, level))


def add_levels(index: Index, levels: dict[str, int]) -> Changed:
    """Add skills at their levels (``from-text``, ``from-occupation``); a skill already in
    the profile keeps its higher level."""
    return _add(index, levels, True, None)
