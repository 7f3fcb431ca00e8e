"""From an occupation of an imported taxonomy (ESCO, O*NET) to the catalogue's skills.

An imported occupation lists its skills in the taxonomy's own terms. :class:`Mapper`
finds, for each of them, the skill of the catalogue in use (the bundled one) it names,
by three routes tried in this order, each leaving its evidence:

1. **ESCO URI**: the official skill's ESCO concept URI is the ``esco`` URI of one of our
   skills (the bundled catalogue links 77 skills to ESCO);
2. **technology name**: an O*NET technology (a tool of the imported catalogue) whose
   name, folded as every look-up folds names, is the name or an alias of one of our
   skills (``Microsoft Excel``, ``Python``), also without a closing "software" and
   without an acronym that spells the words before it (:func:`technology_variants`:
   ``Structured query language SQL``, ``Amazon Web Services AWS software``);
3. **label**: the official skill's preferred label, English or French (a French label
   the import marked as missing is not one), folded, is the name or an alias of one of
   our skills; not when our skill carries an ESCO URI of its own and the official skill
   another one: ESCO then says they are two concepts (ESCO's French "ML" is the
   programming language, not machine learning).

Ids are not labels (O*NET's "Monitoring", of people and work, is not our ``monitoring``,
"Monitoring and observability" of models), and neither are the taxonomy's alternative
labels, which hold broader or narrower terms ("UX" on "create prototype of user
experience solutions").

:func:`from_occupation` maps an occupation's essential skills (what ``careers profile
from-occupation`` saves); :func:`official` lays the official occupations of one of our
roles beside it (``careers show ROLE --official``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from careers_cli.catalogue import Index
from careers_cli.errors import CareersError
from careers_cli.i18n import msg
from careers_cli.importers.common import technology_variants
from careers_cli.model import TOOL_CATEGORIES, Code, Importance, Role, RoleSkill, Skill
from careers_cli.text import fold

#: The mark the importers put on a French label that is the English one standing in.
EN_MARK = "[EN]"
#: The kinds of code that name one occupation (ISCO codes name groups of them).
OCCUPATION_CODES = ("esco", "soc")


class Mapped(NamedTuple):
    """One skill of an official occupation and the skill of ours it names, if any."""

    official: Skill  # the taxonomy's skill
    need: RoleSkill  # its link to the occupation (importance and level)
    skill: str | None  # the id of our skill it maps to; None when not mapped
    via: str | None  # "esco" (URI), "technology" (O*NET technology name) or "label"
    evidence: str | None  # the URI, the technology name or the label that matched


class Mapper:
    """The look-ups of one catalogue (ours) that official skills are mapped onto."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self.by_uri: dict[str, str] = {}
        self.by_label: dict[str, str] = {}
        for skill in index.catalogue.skills:
            if skill.esco is not None:
                self.by_uri.setdefault(skill.esco, skill.id)
            for label in (skill.name.en, skill.name.fr, *skill.aliases):
                key = fold(label)
                if key:
                    self.by_label.setdefault(key, skill.id)

    def find(self, official: Skill) -> tuple[str, str, str] | None:
        """(our skill id, route, evidence) for an official skill, or None."""
        if official.esco is not None and official.esco in self.by_uri:
            return self.by_uri[official.esco], "esco", official.esco
        technology = official.category in TOOL_CATEGORIES
        route = "technology" if technology else "label"
        labels = _labels(official)
        if technology:
            labels = [v for label in labels for v in technology_variants(label)]
        for label in labels:
            ours = self.by_label.get(fold(label))
            if ours is None:
                continue
            own_uri = self.index.skills.items[ours].esco
            if official.esco is None or own_uri is None:
                return ours, route, label
        return None

    def map(self, taxonomy: Index, needs: Iterable[RoleSkill]) -> list[Mapped]:
        """Each of the occupation's skills with the skill of ours it names."""
        out = []
        for need in needs:
            official = taxonomy.skills.items[need.skill]
            found = self.find(official)
            if found is None:
                out.append(Mapped(official, need, None, None, None))
            else:
                out.append(Mapped(official, need, *found))
        return out


def _labels(skill: Skill) -> list[str]:
    """A skill's preferred labels: the English name, and the French one when it is one."""
    labels = [skill.name.en]
    if not skill.name.fr.endswith(EN_MARK) and skill.name.fr != skill.name.en:
        labels.append(skill.name.fr)
    return labels


def essential(role: Role) -> list[RoleSkill]:
    """An occupation's essential skills, in its order."""
    return [need for need in role.skills if need.importance is Importance.ESSENTIAL]


class FromOccupation(NamedTuple):
    """``careers profile from-occupation``: an occupation, its essential skills mapped."""

    taxonomy: Index
    occupation: Role
    mapped: list[Mapped]

    @property
    def levels(self) -> dict[str, int]:
        """Our skill id -> the level to save: the occupation's level for the skill (the
        highest when several of its skills lead to one of ours)."""
        out: dict[str, int] = {}
        for item in self.mapped:
            if item.skill is not None:
                out[item.skill] = max(item.need.level, out.get(item.skill, 0))
        return out


def from_occupation(taxonomy: Index, ours: Index, name: str) -> FromOccupation:
    """Find an occupation by name in a taxonomy and map its essential skills onto ours."""
    if Path(taxonomy.path).resolve() == Path(ours.path).resolve():
        raise CareersError(msg("occ_same_catalogue"), hint=msg("occ_same_catalogue_hint"))
    occupation = taxonomy.roles.get(name)
    mapped = Mapper(ours).map(taxonomy, essential(occupation))
    return FromOccupation(taxonomy, occupation, mapped)


# --------------------------------------------------------------------------- --official


class Installed(NamedTuple):
    """An installed taxonomy: its name (``esco``), its manifest's words, its index."""

    name: str
    taxonomy: str  # "ESCO", "O*NET"
    version: str
    loaded: Index


class Official(NamedTuple):
    """One official occupation of one of our roles, and its essential skills mapped."""

    source: Installed
    code: Code  # our role's code that leads to it (``closest`` says how near it is)
    occupation: Role
    mapped: list[Mapped]
    ours_only: list[RoleSkill]  # our role's skills that none of its essential skills names


class Comparison(NamedTuple):
    """``careers show ROLE --official``: the official occupations found, and the codes
    of the role that no installed taxonomy holds."""

    role: Role
    official: list[Official]
    not_found: list[tuple[str, Code]]  # (kind of code, code)


def listed(role: Role) -> set[str]:
    """The skills a role lists, as skills or as tools."""
    return {need.skill for need in role.skills} | set(role.tools)


def installed(limit: int | None = None, use_cache: bool = True) -> list[Installed]:
    """The installed taxonomies (``careers import``), each loaded."""
    from careers_cli import catalogue
    from careers_cli.importers import common

    out = []
    for manifest in common.installed():
        index = catalogue.load(str(manifest["path"]), limit=limit, use_cache=use_cache)
        out.append(
            Installed(
                str(manifest.get("name", "")),
                str(manifest.get("taxonomy", "")),
                str(manifest.get("version", "")),
                index,
            )
        )
    return out


def role_codes(role: Role) -> list[tuple[str, Code]]:
    """A role's codes that name one occupation: ESCO URIs, then SOC / O*NET-SOC codes."""
    return [(kind, code) for kind in OCCUPATION_CODES for code in getattr(role.codes, kind)]


def official(ours: Index, role: Role, sources: Sequence[Installed]) -> Comparison:
    """The official occupations our role's codes lead to, in the installed taxonomies."""
    if not sources:
        raise CareersError(msg("official_none_installed"), hint=msg("official_none_hint"))
    codes = role_codes(role)
    if not codes:
        raise CareersError(msg("official_no_code", role=role.id))
    mapper = Mapper(ours)
    found: list[Official] = []
    hit: set[tuple[str, str]] = set()
    for source in sources:
        if source.loaded.path == ours.path:
            continue
        occupations = {
            kind: source.loaded.roles_coded(kind, [c.code for k, c in codes if k == kind])
            for kind in OCCUPATION_CODES
        }
        for kind, code in codes:
            occupation = occupations[kind].get(code.code)
            if occupation is not None:
                hit.add((kind, code.code))
                mapped = mapper.map(source.loaded, essential(occupation))
                named = {item.skill for item in mapped}
                rest = [need for need in role.skills if need.skill not in named]
                found.append(Official(source, code, occupation, mapped, rest))
    missing = [(kind, code) for kind, code in codes if (kind, code.code) not in hit]
    if not found:
        shown = ", ".join(code.code for _, code in codes)
        names = ", ".join(s.name for s in sources)
        raise CareersError(msg("official_not_found", codes=shown, names=names))
    return Comparison(role, found, missing)
