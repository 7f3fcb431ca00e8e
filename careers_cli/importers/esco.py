"""Import the official ESCO CSV download (classification + relations) as a catalogue.

Mapping (documented in the README, 'careers import'):

* an occupation is a role: its ISCO-08 unit group is its family, its alternative labels
  (English, and French from ``--fr-labels``) are aliases, its ESCO URI and ISCO code are
  its codes; its description gives the summary (first sentence) and the missions (the
  other sentences);
* an occupation-skill link is a role skill: ``essential``/``optional`` is the importance;
  ESCO states no level, every link gets :data:`DEFAULT_LEVEL`;
* a skill-skill relation gives partial credit: :data:`RELATED_WEIGHT`;
* ESCO states no education: the role's degree follows the ISCO-08 skill level of its
  major group (:data:`ISCO_SKILL_LEVEL`).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, NamedTuple

from careers_cli.i18n import msg
from careers_cli.importers import common
from careers_cli.importers.common import Raw, Row, bilingual, clean, read_table
from careers_cli.model import NAME_MAX

#: ESCO gives no proficiency level. 3 ("working: uses it on their own in everyday work",
#: docs/catalogue.md) is what holding an occupation means for the skills it lists; a
#: higher or lower default would claim something ESCO does not say.
DEFAULT_LEVEL = 3
#: Partial credit one skill earns for another it is related to in ESCO.
RELATED_WEIGHT = {"essential": 0.5, "optional": 0.25}
#: ISCO-08 skill level of each major group (ILO, ISCO-08 vol. 1, table 1); armed forces
#: by sub-major group. Level 4 -> bachelor, 2-3 -> vocational, 1 -> none.
ISCO_SKILL_LEVEL = {"1": 4, "2": 4, "3": 3, "4": 2, "5": 2, "6": 2, "7": 2, "8": 2, "9": 1}
ISCO_ARMED = {"01": 4, "02": 2, "03": 1}
DEGREE_OF_LEVEL = {4: "bachelor", 3: "vocational", 2: "vocational", 1: "none"}
VERSION_RE = re.compile(r"v?([0-9]+\.[0-9]+(?:\.[0-9]+)?)")
SOURCE_ID = "esco"
FR_SOURCE_ID = "esco-fr-labels"

FILES = {
    "occupations": ("occupations_en.csv",),
    "skills": ("skills_en.csv",),
    "isco": ("ISCOGroups_en.csv",),
    "links": ("occupationSkillRelations.csv",),
    "skill_links": ("skillSkillRelations.csv",),
}
# What tells apart two skills of one name, in French (ESCO's skill types)
FR_KIND = {"skill/competence": "aptitude/compétence", "knowledge": "savoirs"}
FR_FILES = {"occupations": ("occupations_fr.csv",), "skills": ("skills_fr.csv",)}
CONCEPT = {"uri": ("conceptUri",), "label": ("preferredLabel",), "alts": ("altLabels",)}
NOTICE = {
    "en": "ESCO classification, European Commission (https://esco.ec.europa.eu). "
    "© European Union, reused under Commission Decision 2011/833/EU. "
    "This catalogue was changed from the original: converted to the careers format, "
    "with a default level and ISCO-based education added.",
    "fr": "Classification ESCO, Commission européenne (https://esco.ec.europa.eu). "
    "© Union européenne, réutilisée selon la décision 2011/833/UE de la Commission. "
    "Ce catalogue a été modifié par rapport à l'original : converti au format de careers, "
    "avec un niveau par défaut et une formation déduite de la CITP ajoutés.",
}
LICENCE = {
    "en": "ESCO reuse policy (Commission Decision 2011/833/EU); free reuse with acknowledgement",
    "fr": "Politique de réutilisation d'ESCO (décision 2011/833/UE de la Commission) ; "
    "réutilisation libre avec mention de la source",
}
PUBLISHER = {"en": "European Commission", "fr": "Commission européenne"}


class Result(NamedTuple):
    """What an import installed, and the quirks it survived."""

    path: Path
    manifest: Raw
    quirks: Counter[str]
    #: The manifest of the catalogue of the same taxonomy this import replaced, if any.
    replaced: Raw | None = None


def _version(names: list[str]) -> str:
    """The ESCO version a download names (``v1.1.1`` in the portal's zip names)."""
    for name in names:
        found = VERSION_RE.search(name)
        if found:
            return "v" + found.group(1)
    return common.NOT_STATED


def _labels(cell: str) -> list[str]:
    return [clean(x) for x in cell.splitlines() if clean(x)]


def _concepts(
    opener: Callable[[], IO[bytes]],
    label: str,
    extra: dict[str, Any],
    optional: tuple[str, ...] = (),
) -> dict[str, Row]:
    """Concepts by URI. The ``extra`` columns are required but those in ``optional``
    (read with a default): a column read by name is never missing from a row."""
    out: dict[str, Row] = {}
    for row in read_table(opener, label, {**CONCEPT, **extra}, optional=("alts", *optional)):
        if row["uri"] and row["uri"] not in out:
            out[row["uri"]] = row
    return out


def _read_links(
    files: dict[str, Any], occupations: dict[str, Row], skills: dict[str, Row], quirks: Counter[str]
) -> dict[str, dict[str, str]]:
    """Occupation URI -> {skill URI: essential|optional}, with the quirks counted."""
    cols = {
        "occ": ("occupationUri",),
        "rel": ("relationType",),
        "type": ("skillType",),
        "skill": ("skillUri",),
    }
    links: dict[str, dict[str, str]] = {}
    for row in read_table(files["links"], "occupationSkillRelations.csv", cols):
        occ, skill, rel = row["occ"], row["skill"], row["rel"].strip().lower()
        if not row["type"].strip():
            quirks["q_empty_skill_type"] += 1
        if occ not in occupations:
            quirks["q_missing_occupation"] += 1
            continue
        if skill not in skills:
            quirks["q_missing_skill"] += 1
            continue
        if rel not in RELATED_WEIGHT:
            quirks["q_bad_relation"] += 1
            continue
        mine = links.setdefault(occ, {})
        if skill in mine:
            quirks["q_duplicate_row"] += 1
            if rel == "essential":
                mine[skill] = rel
            continue
        mine[skill] = rel
    return links


def _read_skill_links(
    files: dict[str, Any], skills: dict[str, Row], quirks: Counter[str]
) -> dict[str, dict[str, str]]:
    cols = {"from": ("originalSkillUri",), "rel": ("relationType",), "to": ("relatedSkillUri",)}
    out: dict[str, dict[str, str]] = {}
    for row in read_table(files["skill_links"], "skillSkillRelations.csv", cols):
        a, b, rel = row["from"], row["to"], row["rel"].strip().lower()
        if a not in skills or b not in skills or a == b or rel not in RELATED_WEIGHT:
            quirks["q_skill_link_skipped"] += 1
            continue
        mine = out.setdefault(a, {})
        if b in mine:
            quirks["q_duplicate_row"] += 1
            continue
        mine[b] = rel
    return out


def _read_french(fr_dir: str | None) -> tuple[dict[str, Row], dict[str, Row], dict[str, str]]:
    if not fr_dir:
        return {}, {}, {}
    inputs = common.Inputs(fr_dir, "ESCO French export")
    files = inputs.require(FR_FILES)
    occ = _concepts(files["occupations"], "occupations_fr.csv", {})
    skills = _concepts(files["skills"], "skills_fr.csv", {})
    isco: dict[str, str] = {}
    opener = inputs.find("ISCOGroups_fr.csv")
    if opener is not None:
        for row in read_table(
            opener, "ISCOGroups_fr.csv", {"code": ("code",), **CONCEPT}, optional=("alts",)
        ):
            isco.setdefault(row["code"], clean(row["label"]))
    return occ, skills, isco


def _education(isco: str) -> Raw:
    level = (
        ISCO_ARMED.get(isco[:2], 1) if isco.startswith("0") else ISCO_SKILL_LEVEL.get(isco[:1], 2)
    )
    return {
        "degree": DEGREE_OF_LEVEL[level],
        "phd_common": False,
        "note": {
            "en": f"ESCO states no education: this is ISCO-08 skill level {level} "
            f"(major group {isco[:1]}).",
            "fr": f"ESCO n'indique pas de formation : c'est le niveau de compétence {level} "
            f"de la CITP-08 (grand groupe {isco[:1]}).",
        },
    }


def _skill(row: Row, fr: Row | None, ident: str, quirks: Counter[str]) -> Raw:
    name, missing = bilingual(clean(row["label"]), clean(fr["label"]) if fr else None, NAME_MAX)
    quirks["q_skill_fr_missing"] += missing
    kind = row.get("type", "").strip()
    if not kind:
        quirks["q_skill_without_type"] += 1
    skill: Raw = {
        "id": ident,
        "name": name,
        "category": "knowledge" if kind == "knowledge" else "competence",
        "aliases": [*_labels(row.get("alts", "")), *(_labels(fr.get("alts", "")) if fr else [])],
        "esco": row["uri"],
        "_tag": {"en": kind or "ESCO", "fr": FR_KIND.get(kind, kind or "ESCO")},
    }
    text = clean(row.get("description", ""))
    if text:
        skill["description"] = bilingual(text, None)[0]
    return skill


def _role(row: Row, fr: Row | None, ident: str, needs: list[Raw], quirks: Counter[str]) -> Raw:
    label = clean(row["label"])
    name, missing = bilingual(label, clean(fr["label"]) if fr else None, NAME_MAX)
    quirks["q_role_fr_missing"] += missing
    parts = common.sentences(row.get("description", "")) or [label]
    summary, missions = parts[0], parts[1:] or parts[:1]
    isco = row["isco"].strip()
    role: Raw = {
        "id": ident,
        "name": name,
        "family": f"isco-{isco}",
        "summary": bilingual(summary, None)[0],
        "missions": {
            "en": [common.clip(m) for m in missions],
            "fr": [common.marked_text(m) for m in missions],
        },
        "skills": needs,
        "education": _education(isco),
        "aliases": [*_labels(row.get("alts", "")), *(_labels(fr.get("alts", "")) if fr else [])],
        "salary_note": {"en": "ESCO gives no pay figures.", "fr": "ESCO ne donne pas de salaires."},
        "codes": {
            "isco": [{"code": isco, "label": row["_isco_label"], "source": SOURCE_ID}],
            "esco": [{"code": row["uri"], "label": common.clip(label, 300), "source": SOURCE_ID}],
        },
        "sources": [SOURCE_ID],
        "_tag": {"en": f"ISCO {isco}", "fr": f"CITP {isco}"},  # ISCO is CITP in French
    }
    return role


def _families(
    codes: set[str], isco: dict[str, Row], fr: dict[str, str], quirks: Counter[str]
) -> list[Raw]:
    out = []
    for code in sorted(codes):
        row = isco.get(code)
        label = clean(row["label"]) if row else f"ISCO-08 unit group {code}"
        if row is None:
            quirks["q_missing_isco"] += 1
        name, missing = bilingual(label, fr.get(code), NAME_MAX)
        quirks["q_family_fr_missing"] += missing
        text = (row.get("description", "") if row else "").strip().split("\n")[0]
        description = clean(text) or f"{label} (ISCO-08 {code})."
        out.append(
            {"id": f"isco-{code}", "name": name, "description": bilingual(description, None)[0]}
        )
    return out


def _sources(version: str, fr_dir: str | None, fr_version: str) -> list[Raw]:
    sources: list[Raw] = [
        {
            "id": SOURCE_ID,
            "title": f"ESCO classification {version}, CSV download (classification and relations)",
            "publisher": PUBLISHER,
            "short": f"ESCO {version}"[:60],
            "kind": "official",
            "address": "https://esco.ec.europa.eu/en/use-esco/download",
            "licence": LICENCE,
            "notice": NOTICE,
        }
    ]
    if fr_dir:
        sources.append(
            {
                "id": FR_SOURCE_ID,
                "title": f"ESCO classification {fr_version}, French labels (French export)",
                "publisher": PUBLISHER,
                "short": "ESCO labels (fr)",
                "kind": "official",
                "address": "https://esco.ec.europa.eu/en/use-esco/download",
                "licence": LICENCE,
                "note": {
                    "en": "French preferred and alternative labels, by concept URI; where "
                    "a concept has none, the English label is shown marked [EN].",
                    "fr": "Libellés français préférés et alternatifs, par URI de concept ; "
                    "quand un concept n'en a pas, le libellé anglais est affiché, "
                    "marqué [EN].",
                },
            }
        )
    return sources


def _build_skills(
    used: set[str],
    skills: dict[str, Row],
    fr: dict[str, Row],
    related: dict[str, dict[str, str]],
    quirks: Counter[str],
) -> dict[str, Raw]:
    """Skill URI -> raw skill, for the skills some role uses."""
    ids: set[str] = set()
    out: dict[str, Raw] = {}
    for uri in sorted(used, key=lambda u: (clean(skills[u]["label"]).lower(), u)):
        out[uri] = _skill(skills[uri], fr.get(uri), common.slug(skills[uri]["label"], ids), quirks)
    for uri, raw in out.items():
        rel = [
            {"skill": out[b]["id"], "weight": RELATED_WEIGHT[kind]}
            for b, kind in related.get(uri, {}).items()
            if b in out
        ]
        if rel:
            raw["related"] = rel
    return out


def _build_roles(
    occupations: dict[str, Row],
    fr: dict[str, Row],
    links: dict[str, dict[str, str]],
    skills: dict[str, Raw],
    quirks: Counter[str],
) -> list[Raw]:
    ids: set[str] = set()
    roles = []
    for uri, row in sorted(occupations.items(), key=lambda kv: (kv[1]["label"].lower(), kv[0])):
        mine = links.get(uri)
        if not mine:
            quirks["q_role_without_skills"] += 1
            continue
        needs = [
            {"skill": skills[s]["id"], "importance": rel, "level": DEFAULT_LEVEL}
            for s, rel in sorted(mine.items(), key=lambda kv: (kv[1], skills[kv[0]]["id"]))
        ]
        roles.append(_role(row, fr.get(uri), common.slug(row["label"], ids), needs, quirks))
    return roles


def _french_version(fr_labels: str | None) -> str:
    """The ESCO version of the French export, from its files' names ("" without one)."""
    if not fr_labels:
        return ""
    zips = sorted(n for n in os.listdir(fr_labels) if n.endswith(".zip"))
    return _version([*zips, Path(fr_labels).name])


def _read_isco(files: dict[str, Callable[[], IO[bytes]]]) -> dict[str, dict[str, str]]:
    """ISCO groups by code."""
    rows = read_table(
        files["isco"],
        "ISCOGroups_en.csv",
        {"code": ("code",), **CONCEPT, "description": ("description",)},
        optional=("alts",),
    )
    return {r["code"]: r for r in rows}


def import_esco(
    path: str,
    fr_labels: str | None = None,
    *,
    name: str = "esco",
    steps: common.Steps | None = None,
) -> Result:
    """Read the ESCO download at ``path`` (and French labels), install it as ``name``."""
    steps = steps or common.Steps(8, enabled=False)
    quirks: Counter[str] = Counter()
    previous = common.replaceable(name, "ESCO", "esco")
    inputs = common.Inputs(path, "ESCO CSV download")
    files = inputs.require(FILES)
    version = _version(inputs.zip_names)
    steps.step(msg("step_french_labels"))
    fr_occ, fr_skills, fr_isco = _read_french(fr_labels)
    fr_version = _french_version(fr_labels)
    steps.step("ISCOGroups_en.csv")
    isco = _read_isco(files)
    steps.step("occupations_en.csv")
    occupations = _concepts(
        files["occupations"],
        "occupations_en.csv",
        {"isco": ("iscoGroup",), "description": ("description",)},
        optional=("description",),
    )
    for row in occupations.values():
        found = isco.get(row["isco"].strip())
        row["_isco_label"] = common.clip(clean(found["label"]), 300) if found else row["isco"]
    steps.step("skills_en.csv")
    skills = _concepts(
        files["skills"],
        "skills_en.csv",
        {"type": ("skillType",), "description": ("description",)},
        optional=("type", "description"),
    )
    steps.step("occupationSkillRelations.csv")
    links = _read_links(files, occupations, skills, quirks)
    steps.step("skillSkillRelations.csv")
    related = _read_skill_links(files, skills, quirks)
    steps.step(msg("step_building"))
    return _finish(
        name,
        fr_labels,
        occupations,
        skills,
        links,
        related,
        isco,
        (fr_occ, fr_skills, fr_isco),
        quirks,
        steps,
        (version, fr_version),
    )._replace(replaced=previous)


def _finish(
    name: str,
    fr_labels: str | None,
    occupations: dict[str, Row],
    skills: dict[str, Row],
    links: dict[str, dict[str, str]],
    related: dict[str, dict[str, str]],
    isco: dict[str, Row],
    fr: tuple[dict[str, Row], dict[str, Row], dict[str, str]],
    quirks: Counter[str],
    steps: common.Steps,
    versions: tuple[str, str],
) -> Result:
    version, fr_version = versions
    used = {s for occ, mine in links.items() for s in mine}
    built_skills = _build_skills(used, skills, fr[1], related, quirks)
    roles = _build_roles(occupations, fr[0], links, built_skills, quirks)
    if not roles:
        raise common.InputError(msg("i_esco_empty"))
    families = _families({r["family"][5:] for r in roles}, isco, fr[2], quirks)
    skill_list = list(built_skills.values())
    common.distinct_names(roles, quirks, "role")
    common.distinct_names(skill_list, quirks, "skill")
    data: Raw = {
        "schema_version": 1,
        "title": {"en": f"ESCO {version} occupations", "fr": f"Métiers ESCO {version}"},
        "updated": dt.date.today().isoformat(),
        "sources": _sources(version, fr_labels, fr_version),
        "families": families,
        "skills": skill_list,
        "roles": roles,
    }
    if fr_labels:
        for role in roles:
            role["sources"].append(FR_SOURCE_ID)
    manifest = {
        "taxonomy": "ESCO",
        "version": version,
        "fr_labels": bool(fr_labels),
        "fr_version": fr_version if fr_labels else None,
        "imported": common.stamp(),
        "counts": common.counts(data),
        "licence": LICENCE,
        "attribution": NOTICE,
        "quirks": dict(quirks),
    }
    steps.step(msg("step_writing"))
    target = common.install(name, data, manifest)
    return Result(target, manifest, quirks)
