"""Import the O*NET database text files (and BLS OEWS wages) as a catalogue.

Mapping (documented in the README, 'careers import'):

* an occupation (O*NET-SOC code) is a role; its SOC major group is its family, its
  alternate titles are aliases, its code is its SOC code;
* Skills and Knowledge ratings: importance IM (1-5) and level LV (0-7) become the
  importance and level 1-5 of :func:`importance` and :func:`level`;
* task statements are the missions (core tasks first); the job zone is the education
  (:data:`JOB_ZONE`); technology skills are tools (hot technologies flagged ``hot``),
  and those *In Demand* for the occupation are also essential skills
  (:data:`IN_DEMAND_LEVEL`); related occupations are related roles;
* ``--wages``: BLS OEWS national wages joined on the 6-digit SOC code are group figures
  (``group: SOC 13-2011 Accountants and Auditors``, as the bundled BLS items).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from careers_cli.i18n import msg
from careers_cli.importers import common
from careers_cli.importers.common import Raw, Row, bilingual, clean, read_table, technology_variants
from careers_cli.importers.esco import Result
from careers_cli.model import NAME_MAX
from careers_cli.text import fold

#: Importance IM (1-5): at least 3.5 is essential, 3.0 to 3.5 optional, below 3.0 the
#: skill is left out (O*NET's own tools treat an importance under 3, "important", as
#: not relevant to the occupation).
ESSENTIAL_AT = 3.5
OPTIONAL_AT = 3.0
#: Level LV (0-7) -> 1-5: below 1.5 -> 1, below 3 -> 2, below 4.5 -> 3, below 6 -> 4, else 5.
LEVEL_BOUNDS = (1.5, 3.0, 4.5, 6.0)
#: A technology O*NET marks *In Demand* for an occupation (frequently named in employers'
#: job postings for that occupation) is also an essential skill of the role. O*NET rates
#: no level for technologies: the level is ESCO's default, for the same reason (3,
#: "working": what holding the occupation says about a tool its postings ask for).
IN_DEMAND_LEVEL = 3
#: Job zone -> (degree, what O*NET says of the zone's education, in our words).
JOB_ZONE: dict[str, tuple[str, str, str]] = {
    "1": (
        "none",
        "little or no preparation; some need a high school diploma",
        "peu ou pas de préparation ; certains demandent le diplôme de fin d'études secondaires",
    ),
    "2": (
        "none",
        "some preparation; usually a high school diploma",
        "un peu de préparation ; en général le diplôme de fin d'études secondaires",
    ),
    "3": (
        "vocational",
        "medium preparation; vocational school, experience or an associate's degree",
        "préparation moyenne ; école professionnelle, expérience ou diplôme "
        "de deux ans après le secondaire",
    ),
    "4": (
        "bachelor",
        "considerable preparation; most need a bachelor's degree",
        "préparation importante ; la plupart demandent une licence (bachelor)",
    ),
    "5": (
        "master",
        "extensive preparation; most need a graduate degree (master's, doctorate, "
        "law or medical degree)",
        "préparation approfondie ; la plupart demandent un diplôme "
        "de troisième cycle (master, doctorat, droit ou médecine)",
    ),
}
#: SOC 2018 major groups (titles from the SOC 2018 manual; French names are ours).
SOC_MAJOR: dict[str, tuple[str, str]] = {
    "11": ("Management", "Direction et encadrement"),
    "13": ("Business and financial operations", "Gestion et finance"),
    "15": ("Computer and mathematical", "Informatique et mathématiques"),
    "17": ("Architecture and engineering", "Architecture et ingénierie"),
    "19": ("Life, physical and social science", "Sciences de la vie, physiques et sociales"),
    "21": ("Community and social service", "Action sociale et communautaire"),
    "23": ("Legal", "Droit"),
    "25": ("Educational instruction and library", "Enseignement et bibliothèques"),
    "27": (
        "Arts, design, entertainment, sports and media",
        "Arts, design, spectacle, sport et médias",
    ),
    "29": ("Healthcare practitioners and technical", "Professions de santé et techniciens"),
    "31": ("Healthcare support", "Aide aux soins"),
    "33": ("Protective service", "Sécurité et protection"),
    "35": ("Food preparation and serving", "Restauration"),
    "37": (
        "Building and grounds cleaning and maintenance",
        "Nettoyage et entretien des bâtiments et espaces verts",
    ),
    "39": ("Personal care and service", "Soins et services à la personne"),
    "41": ("Sales and related", "Vente"),
    "43": ("Office and administrative support", "Soutien administratif et de bureau"),
    "45": ("Farming, fishing and forestry", "Agriculture, pêche et sylviculture"),
    "47": ("Construction and extraction", "Construction et extraction"),
    "49": ("Installation, maintenance and repair", "Installation, maintenance et réparation"),
    "51": ("Production", "Production"),
    "53": ("Transportation and material moving", "Transport et manutention"),
    "55": ("Military specific", "Métiers militaires"),
}
SOURCE_ID = "onet"
WAGES_ID = "bls-oews"
CODE = ("O*NET-SOC Code",)
FILES = {
    "occupations": ("Occupation Data.txt",),
    "tasks": ("Task Statements.txt",),
    "tech": ("Technology Skills.txt",),
    "zones": ("Job Zones.txt",),
    "related": ("Related Occupations.txt",),
    "alternates": ("Alternate Titles.txt",),
}
RATED = {"skills": "Skills", "knowledge": "Knowledge"}  # file name prefix (.txt or .tsv)
# What tells apart two rated elements of one name, in French ("Mathematics (savoirs O*NET)")
FR_KIND = {"skills": "compétences", "knowledge": "savoirs"}
LICENCE = "CC BY 4.0"
WAGE_COLUMNS = ("p10", "p25", "median", "p75", "p90")


def importance(im: float) -> str | None:
    """essential, optional, or None (left out) for an O*NET importance (1-5)."""
    if im >= ESSENTIAL_AT:
        return "essential"
    if im >= OPTIONAL_AT:
        return "optional"
    return None


def level(lv: float) -> int:
    """The 1-5 level of an O*NET level rating (0-7)."""
    return 1 + sum(lv >= bound for bound in LEVEL_BOUNDS)


def notice(version: str) -> Raw:
    """The CC BY 4.0 credit O*NET asks for, with the note that the data was modified."""
    return {
        "en": f"This product includes information from the O*NET {version} Database by the "
        "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). "
        "Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. "
        "careers has modified all or some of this information. USDOL/ETA has not "
        "approved, endorsed, or tested these modifications.",
        "fr": f"Ce produit contient des informations de la base O*NET {version} du "
        "ministère du Travail des États-Unis, Employment and Training Administration "
        "(USDOL/ETA), utilisées sous licence CC BY 4.0. O*NET® est une marque de USDOL/ETA. "
        "careers a modifié tout ou partie de ces informations ; USDOL/ETA n'a ni approuvé, "
        "ni validé, ni testé ces modifications.",
    }


#: The notice BLS asks re-users of its data to show, as the bundled catalogue's BLS
#: source gives it (data/roles.yaml; a test holds the two equal).
BLS_NOTICE: Raw = {
    "en": "BLS.gov cannot vouch for the data or analyses derived from these data after the "
    "data have been retrieved from BLS.gov.",
    "fr": "BLS.gov ne peut garantir ni les données ni les analyses qui en sont tirées une "
    "fois les données récupérées sur BLS.gov.",
}


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _release(inputs: common.Inputs) -> tuple[str, int | None]:
    """The database's version and the year of its release, from the head of its
    ``Read Me.txt`` ("O*NET 29.2 Database", "February 2025 Release"); "29.x" and None
    when it is not there or does not say."""
    opener = inputs.find("Read Me.txt")
    if opener is None:
        return "29.x", None
    head = common.read_head(opener, "Read Me.txt", 4096)
    found = re.search(rb"O\*NET ([0-9]+(?:\.[0-9]+)?) Database", head)
    year = re.search(rb"\b((?:19|20)[0-9]{2}) Release\b", head)
    return (
        found.group(1).decode("ascii") if found else "29.x",
        int(year.group(1)) if year else None,
    )


def _tsv(
    opener: Callable[[], IO[bytes]],
    label: str,
    columns: dict[str, Any],
    optional: tuple[str, ...] = (),
) -> Any:
    return read_table(opener, label, {"code": CODE, **columns}, delimiter="\t", optional=optional)


def _ratings(
    inputs: common.Inputs, quirks: Counter[str]
) -> tuple[dict[str, dict[str, Raw]], dict[str, Raw]]:
    """Occupation code -> {element id: {importance, level}}; element id -> element."""
    cols = {
        "element": ("Element ID",),
        "name": ("Element Name",),
        "scale": ("Scale ID",),
        "value": ("Data Value",),
        "suppress": ("Recommend Suppress",),
        "irrelevant": ("Not Relevant",),
    }
    values: dict[str, dict[str, dict[str, float]]] = {}
    elements: dict[str, Raw] = {}
    for kind, prefix in RATED.items():
        found = inputs.find_prefix(prefix, (".txt", ".tsv"))
        if found is None:
            raise common.InputError(
                msg("i_onet_lacks", path=inputs.path, name=f"{prefix}.txt"),
                hint=msg("i_onet_hint"),
            )
        label, opener = found
        for row in _tsv(opener, label, cols, optional=("suppress", "irrelevant")):
            if row.get("suppress", "").strip().upper() == "Y" or (
                row.get("irrelevant", "").strip().upper() == "Y"
            ):
                quirks["q_rating_suppressed"] += 1
                continue
            value = _number(row["value"])
            scale = row["scale"].strip().upper()
            if value is None or scale not in ("IM", "LV"):
                continue
            elements.setdefault(row["element"], {"name": clean(row["name"]), "kind": kind})
            slot = values.setdefault(row["code"], {}).setdefault(row["element"], {})
            if scale in slot:
                quirks["q_duplicate_row"] += 1
            slot.setdefault(scale, value)
    out: dict[str, dict[str, Raw]] = {}
    for code, rated in values.items():
        for element, scales in rated.items():
            if "IM" not in scales or "LV" not in scales:
                quirks["q_rating_incomplete"] += 1
                continue
            kept = importance(scales["IM"])
            if kept is not None:
                out.setdefault(code, {})[element] = {
                    "importance": kept,
                    "level": level(scales["LV"]),
                }
    return out, elements


def _grouped(
    opener: Callable[[], IO[bytes]],
    label: str,
    column: tuple[str, ...],
    known: dict[str, Row],
    quirks: Counter[str],
) -> dict[str, list[str]]:
    """Occupation code -> the distinct values of one column, in file order."""
    out: dict[str, dict[str, None]] = {}
    for row in _tsv(opener, label, {"value": column}):
        value = clean(row["value"])
        if row["code"] not in known:
            quirks["q_missing_occupation"] += 1
            continue
        mine = out.setdefault(row["code"], {})
        if not value or value in mine:
            quirks["q_duplicate_row"] += bool(value)
            continue
        mine[value] = None
    return {code: list(values) for code, values in out.items()}


def _tasks(
    opener: Callable[[], IO[bytes]], known: dict[str, Row], quirks: Counter[str]
) -> dict[str, list[str]]:
    core: dict[str, dict[str, None]] = {}
    other: dict[str, dict[str, None]] = {}
    for row in _tsv(
        opener,
        "Task Statements.txt",
        {"task": ("Task",), "type": ("Task Type",)},
        optional=("type",),
    ):
        if row["code"] not in known:
            quirks["q_missing_occupation"] += 1
            continue
        task = clean(row["task"])
        target = other if row.get("type", "").strip().lower() == "supplemental" else core
        mine = target.setdefault(row["code"], {})
        if task in mine:
            quirks["q_duplicate_row"] += 1
        elif task:
            mine[task] = None
    return {code: [*core.get(code, {}), *other.get(code, {})] for code in {*core, *other}}


def _tech(
    opener: Callable[[], IO[bytes]], known: dict[str, Row], quirks: Counter[str]
) -> tuple[dict[str, list[str]], dict[str, bool], dict[str, set[str]]]:
    """Occupation code -> tool names; tool name -> hot technology; occupation code ->
    the tools in demand for it."""
    tools: dict[str, dict[str, None]] = {}
    hot: dict[str, bool] = {}
    demand: dict[str, set[str]] = {}
    cols = {"example": ("Example",), "hot": ("Hot Technology",), "demand": ("In Demand",)}
    for row in _tsv(opener, "Technology Skills.txt", cols, optional=("hot", "demand")):
        if row["code"] not in known:
            quirks["q_missing_occupation"] += 1
            continue
        name = common.clip(clean(row["example"]), NAME_MAX)
        if not name:
            continue
        hot[name] = hot.get(name, False) or row.get("hot", "").strip().upper() == "Y"
        if row.get("demand", "").strip().upper() == "Y":
            demand.setdefault(row["code"], set()).add(name)
        mine = tools.setdefault(row["code"], {})
        if name in mine:
            quirks["q_duplicate_row"] += 1
        mine[name] = None
    return {code: list(names) for code, names in tools.items()}, hot, demand


def _wages(path: str | None, quirks: Counter[str]) -> tuple[dict[str, Raw], int | None]:
    """6-digit SOC code -> {title, annual or hourly figures}; and the year of the data."""
    if not path:
        return {}, None
    file = Path(path)
    if not file.is_file():
        raise common.InputError(msg("i_no_wages", path=path))
    cols: dict[str, tuple[str, ...]] = {
        "code": ("soc_code", "OCC_CODE"),
        "title": ("occupation_title", "OCC_TITLE"),
    }
    for period in ("annual", "hourly"):
        for name in WAGE_COLUMNS:
            cols[f"{period}_{name}"] = (f"{period}_{name}",)
    out: dict[str, Raw] = {}
    opener = common.Inputs.file_opener(file)
    for row in read_table(opener, file.name, cols):
        code = row["code"].strip()
        if code in out:
            quirks["q_duplicate_row"] += 1
            continue
        for period in ("annual", "hourly"):
            raw = [row[f"{period}_{n}"].strip() for n in WAGE_COLUMNS]
            quirks["q_wage_topcoded"] += sum(v.startswith("#") for v in raw)
            figures = {n: _number(v) for n, v in zip(WAGE_COLUMNS, raw, strict=True)}
            figures = {n: v for n, v in figures.items() if v is not None and v > 0}
            if figures:
                out[code] = {"title": clean(row["title"]), "period": period, **figures}
                break
    year = re.search(r"(20[0-9]{2})", file.name)
    return out, int(year.group(1)) if year else None


def _salary(code: str, wages: dict[str, Raw], year: int | None) -> Raw | None:
    found = wages.get(code[:7])
    if found is None:
        return None
    figures = {n: found[n] for n in WAGE_COLUMNS if n in found}
    group = f"SOC {code[:7]} {found['title']}"
    salary: Raw = {
        "region": "US",
        "currency": "USD",
        "period": found["period"],
        "pay": "gross",
        "source": WAGES_ID,
        "experience": "all",
        "measure": {
            "en": f"{found['period'].capitalize()} wage, all employees of the SOC "
            "occupation (OEWS national estimate)",
            "fr": f"Salaire {'annuel' if found['period'] == 'annual' else 'horaire'} "
            "brut, tous les salariés de la profession SOC (estimation "
            "nationale OEWS)",
        },
        **figures,
        "group": common.clip(group, 120),
    }
    if not code.endswith(".00"):  # an O*NET occupation within a broader SOC group
        salary["basis"] = {
            "en": f"O*NET-SOC {code} is one of the occupations of {group}",
            "fr": f"O*NET-SOC {code} est l'un des métiers de {group}",
        }
    if year:
        salary["year"] = year
    return salary


def _short_names(tools: dict[str, list[str]]) -> dict[str, list[str]]:
    """Tool name -> the shorter forms it spells out (:func:`common.technology_variants`),
    each given to the one tool the most occupations use when two spell the same form
    ("Structured query language SQL" in 151 occupations, "Structure query language SQL",
    O*NET's own variant, in 21: "SQL" goes to the first)."""
    uses = Counter(name for names in tools.values() for name in names)
    owner: dict[str, str] = {}
    for name in sorted(uses, key=lambda n: (-uses[n], n.lower(), n)):
        for short in technology_variants(name)[1:]:
            owner.setdefault(fold(short), name)
    return {
        name: [s for s in technology_variants(name)[1:] if owner[fold(s)] == name] for name in uses
    }


def _skills(
    elements: dict[str, Raw],
    hot: dict[str, bool],
    short: dict[str, list[str]],
    quirks: Counter[str],
) -> tuple[dict[str, Raw], dict[str, Raw]]:
    """Raw skills for the rated elements (by element id) and the tools (by name, with the
    short forms of their names as aliases)."""
    ids: set[str] = set()
    by_element: dict[str, Raw] = {}
    for element, info in sorted(elements.items(), key=lambda kv: kv[1]["name"].lower()):
        name, _ = bilingual(info["name"], None, NAME_MAX)
        by_element[element] = {
            "id": common.slug(info["name"], ids),
            "name": name,
            "category": "knowledge" if info["kind"] == "knowledge" else "competence",
            "_tag": {"en": f"O*NET {info['kind']}", "fr": f"{FR_KIND[info['kind']]} O*NET"},
        }
    by_tool: dict[str, Raw] = {}
    for tool in sorted(hot, key=str.lower):
        name, _ = bilingual(tool, None, NAME_MAX)
        by_tool[tool] = {
            "id": common.slug(tool, ids, "tool"),
            "name": name,
            "category": "tool",
            "aliases": short.get(tool, []),  # "SQL" for "Structured query language SQL"
            "_tag": {"en": "technology", "fr": "technologie"},
        }
        if hot[tool]:
            by_tool[tool]["hot"] = True
    return by_element, by_tool


def _hot_first(tools: list[Raw]) -> list[str]:
    """Tool ids, hot technologies first, each group in file order."""
    return [t["id"] for t in sorted(tools, key=lambda t: not t.get("hot"))]


def _role(code: str, row: Row, ident: str, parts: dict[str, Any]) -> Raw:
    title = common.clip(clean(row["title"]), NAME_MAX)
    summary = clean(row.get("description", "")) or title
    missions = parts["tasks"].get(code) or common.sentences(summary) or [summary]
    degree, en, fr = JOB_ZONE[parts["zones"][code]]
    role: Raw = {
        "id": ident,
        "name": bilingual(title, None, NAME_MAX)[0],
        "family": f"soc-{code[:2]}",
        "summary": bilingual(summary, None)[0],
        "missions": {
            "en": [common.clip(m) for m in missions],
            "fr": [common.marked_text(m) for m in missions],
        },
        "skills": parts["needs"],
        "education": {
            "degree": degree,
            "phd_common": False,
            "note": {
                "en": f"O*NET job zone {parts['zones'][code]}: {en}.",
                "fr": f"Zone d'emploi O*NET {parts['zones'][code]} : {fr}.",
            },
        },
        "aliases": parts["aliases"].get(code, []),
        "tools": parts["tools"],
        "codes": {"soc": [{"code": code, "label": common.clip(title, 300), "source": SOURCE_ID}]},
        "sources": [SOURCE_ID],
        "_tag": code,
    }
    salary = _salary(code, parts["wages"], parts["year"])
    if salary is not None:
        role["salaries"] = [salary]
    else:
        role["salary_note"] = {
            "en": "No BLS OEWS wage figure was joined for this occupation.",
            "fr": "Aucun salaire BLS OEWS n'a été joint pour ce métier.",
        }
    return role


def _read(path: str, wages: str | None, steps: common.Steps, quirks: Counter[str]) -> Raw:
    inputs = common.Inputs(path, "O*NET database")
    rated = [f"{p}.txt" for p in RATED.values() if inputs.find_prefix(p, (".txt", ".tsv")) is None]
    files = inputs.require(FILES, also_missing=rated)  # every missing file, before reading any
    steps.step("Occupation Data.txt")
    cols = {"title": ("Title",), "description": ("Description",)}
    occupations = {r["code"]: r for r in _tsv(files["occupations"], "Occupation Data.txt", cols)}
    steps.step("Skills, Knowledge")
    ratings, elements = _ratings(inputs, quirks)
    steps.step("Task Statements.txt")
    tasks = _tasks(files["tasks"], occupations, quirks)
    steps.step("Technology Skills.txt")
    tools, hot, demand = _tech(files["tech"], occupations, quirks)
    steps.step("Job Zones, Related, Alternate Titles")
    zones = {
        r["code"]: r["zone"].strip()
        for r in _tsv(files["zones"], "Job Zones.txt", {"zone": ("Job Zone",)})
    }
    related = _grouped(
        files["related"],
        "Related Occupations.txt",
        ("Related O*NET-SOC Code",),
        occupations,
        quirks,
    )
    aliases = _grouped(
        files["alternates"], "Alternate Titles.txt", ("Alternate Title",), occupations, quirks
    )
    steps.step(msg("step_wages") if wages else msg("step_building"))
    pay, year = _wages(wages, quirks)
    return {
        "occupations": occupations,
        "ratings": ratings,
        "elements": elements,
        "tasks": tasks,
        "tools": tools,
        "hot": hot,
        "demand": demand,
        "zones": zones,
        "related": related,
        "aliases": aliases,
        "wages": pay,
        "year": year,
        "release": _release(inputs),
    }


def _demanded(data: Raw, code: str) -> list[str]:
    """The occupation's tools in demand (In Demand), in file order."""
    wanted = data["demand"].get(code, set())
    return [t for t in data["tools"].get(code, []) if t in wanted]


def _needs(rated: dict[str, Raw], by_element: dict[str, Raw], demanded: list[Raw]) -> list[Raw]:
    """A role's skills: the rated elements kept (essential first, higher level first),
    then the technologies in demand for it, essential at :data:`IN_DEMAND_LEVEL`."""
    needs = [
        {"skill": by_element[e]["id"], **r}
        for e, r in sorted(
            rated.items(),
            key=lambda kv: (kv[1]["importance"], -kv[1]["level"], by_element[kv[0]]["id"]),
        )
    ]
    needs += [
        {"skill": tool["id"], "importance": "essential", "level": IN_DEMAND_LEVEL}
        for tool in demanded
    ]
    return needs


def _build_roles(data: Raw, quirks: Counter[str]) -> tuple[list[Raw], list[Raw]]:
    short = _short_names(data["tools"])
    by_element, by_tool = _skills(data["elements"], data["hot"], short, quirks)
    ids: set[str] = set()
    roles: dict[str, Raw] = {}
    for code, row in sorted(data["occupations"].items()):
        rated = data["ratings"].get(code, {})
        if not rated and not _demanded(data, code):
            quirks["q_role_without_ratings"] += 1
            continue
        if not rated:  # O*NET rates fewer occupations than it lists: its technologies speak
            quirks["q_role_technologies_only"] += 1
        if data["zones"].get(code) not in JOB_ZONE:
            quirks["q_role_without_job_zone"] += 1
            continue
        parts = {
            **data,
            "needs": _needs(rated, by_element, [by_tool[t] for t in _demanded(data, code)]),
            "tools": _hot_first([by_tool[t] for t in data["tools"].get(code, [])]),
        }
        if data["wages"] and code[:7] not in data["wages"]:
            quirks["q_role_without_wages"] += 1
        roles[code] = _role(code, row, common.slug(row["title"], ids), parts)
    for code, role in roles.items():
        role["related"] = [
            roles[c]["id"] for c in data["related"].get(code, []) if c in roles and c != code
        ]
    used = {s["skill"] for r in roles.values() for s in r["skills"]} | {
        t for r in roles.values() for t in r["tools"]
    }
    skills = [s for s in [*by_element.values(), *by_tool.values()] if s["id"] in used]
    return list(roles.values()), skills


def _sources(release: tuple[str, int | None], wages: str | None, year: int | None) -> list[Raw]:
    version, released = release
    sources: list[Raw] = [
        {
            "id": SOURCE_ID,
            "title": f"O*NET {version} Database (text files)",
            **({"year": released} if released else {}),
            "publisher": {
                "en": "U.S. Department of Labor, Employment and Training Administration",
                "fr": "Ministère du Travail des États-Unis, Employment and Training Administration",
            },
            "short": f"O*NET {version}",
            "kind": "official",
            "address": "https://www.onetcenter.org/database.html",
            "licence": LICENCE,
            "notice": notice(version),
        }
    ]
    if wages:
        sources.append(
            {
                "id": WAGES_ID,
                "title": "Occupational Employment and Wage Statistics, national estimates"
                + (f" (May {year})" if year else ""),
                "publisher": {
                    "en": "U.S. Bureau of Labor Statistics",
                    "fr": "Bureau of Labor Statistics (États-Unis)",
                },
                "short": "BLS OEWS" + (f" {year}" if year else ""),
                "kind": "official",
                "address": "https://www.bls.gov/oes/tables.htm",
                "licence": {"en": "public domain (U.S.)", "fr": "domaine public (États-Unis)"},
                "notice": BLS_NOTICE,
                **({"year": year} if year else {}),
            }
        )
    return sources


def import_onet(
    path: str, wages: str | None = None, *, name: str = "onet", steps: common.Steps | None = None
) -> Result:
    """Read the O*NET database at ``path`` (and OEWS wages), install it as ``name``."""
    steps = steps or common.Steps(8, enabled=False)
    quirks: Counter[str] = Counter()
    previous = common.replaceable(name, "O*NET", "onet")
    data = _read(path, wages, steps, quirks)
    steps.step(msg("step_building"))
    roles, skills = _build_roles(data, quirks)
    if not roles:
        raise common.InputError(msg("i_onet_empty", path=path))
    common.distinct_names(roles, quirks, "role")
    common.distinct_names(skills, quirks, "skill")
    majors = sorted({r["family"][4:] for r in roles})
    families = [
        {
            "id": f"soc-{m}",
            "name": {
                "en": SOC_MAJOR.get(m, (f"SOC {m}", ""))[0],
                "fr": SOC_MAJOR.get(m, ("", f"SOC {m}"))[1],
            },
            "description": {
                "en": f"SOC 2018 major group {m}-0000.",
                "fr": f"Grand groupe {m}-0000 de la SOC 2018.",
            },
        }
        for m in majors
    ]
    if wages:
        for role in roles:
            role["sources"].append(WAGES_ID)
    version = data["release"][0]
    catalogue: Raw = {
        "schema_version": 1,
        "title": {"en": f"O*NET {version} occupations", "fr": f"Métiers O*NET {version}"},
        "updated": dt.date.today().isoformat(),
        "sources": _sources(data["release"], wages, data["year"]),
        "families": families,
        "skills": skills,
        "roles": roles,
    }
    manifest = {
        "taxonomy": "O*NET",
        "version": version + (f" + BLS OEWS {data['year'] or ''}".rstrip() if wages else ""),
        "imported": common.stamp(),
        "counts": {
            **common.counts(catalogue),
            "tools": sum(len(r["tools"]) for r in roles),
            "hot_tools": sum(bool(s.get("hot")) for s in skills),
            "salaries": sum(len(r.get("salaries", [])) for r in roles),
        },
        "licence": LICENCE,
        "attribution": notice(version),
        "quirks": dict(quirks),
    }
    steps.step(msg("step_writing"))
    return Result(common.install(name, catalogue, manifest), manifest, quirks, previous)
