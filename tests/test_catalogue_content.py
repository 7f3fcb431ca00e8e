"""The bundled catalogue: the seed article is all there, figures match their sources,
every label is bilingual, names lead to one thing, and it validates without warnings."""

from __future__ import annotations

import json
import re

import pytest

from careers_cli import catalogue
from careers_cli.model import TOOL_CATEGORIES, Importance, SkillCategory, SourceKind

from .conftest import Run

INDEX = catalogue.load(None)
CAT = INDEX.catalogue
ROLES = INDEX.roles.items
SKILLS = INDEX.skills.items

SEED_ROLES = [
    "machine-learning-engineer",
    "ai-research-scientist",
    "big-data-architect",
    "data-scientist",
    "robotics-computer-vision-engineer",
    "ai-ethics-specialist",
]
REQUIRED_ROLES = SEED_ROLES + [
    "mlops-engineer",
    "data-engineer",
    "nlp-engineer",
    "computer-vision-engineer",
    "llm-engineer",
    "ai-product-manager",
    "data-analyst",
    "analytics-engineer",
    "applied-scientist",
    "deep-learning-engineer",
    "ai-solutions-architect",
    "ai-infrastructure-engineer",
    "statistician",
    "ai-safety-researcher",
    "speech-recognition-engineer",
    "autonomous-vehicle-perception-engineer",
    "medical-imaging-ai-scientist",
    "recommender-systems-engineer",
    "ai-governance-officer",
    "prompt-engineer",
    "business-intelligence-analyst",
    "quantitative-researcher",
]
# added by the 2026 catalogue update (issue 13), each justified by the sources it cites
NEW_ROLES = [
    "ai-engineer",
    "research-engineer",
    "business-intelligence-engineer",
    "quantitative-developer",
    "ai-agent-engineer",
    "ml-performance-engineer",
    "ai-security-engineer",
    "forward-deployed-engineer",
    "data-product-manager",
    "computational-biologist",
    "edge-ai-engineer",
    "ai-trainer",
    "data-protection-officer",
    "data-steward",
    "head-of-ai",
    "chief-data-officer",
    "biostatistician",
]
OFFICIAL_OR_INDEX = {"esco", "onet-29", "rome-4", "aijobs-index", "bls-oews-2025"}

# BLS OEWS May 2025 national figures (copied from the release for this test):
# SOC group -> (employment, annual p10, p25, median, p75, p90)
BLS = {
    "11-3021": (670570, 107550, 138060, 175140, 220730, 297510),
    "13-1041": (417070, 48220, 61280, 80730, 109010, 133720),
    "13-2099": (132130, 48460, 61290, 81100, 110410, 151490),
    "15-1221": (37200, 82200, 103570, 140300, 188700, 230630),
    "15-1243": (67140, 86240, 109370, 139500, 169290, 204000),
    "15-1244": (314340, 62640, 78010, 99130, 126640, 155050),
    "15-1299": (435370, 55940, 79370, 116580, 157500, 188470),
    "15-2041": (29030, 64000, 82220, 105650, 141490, 174050),
    "15-2051": (262440, 67240, 85660, 120230, 158880, 199130),
    "15-1212": (190650, 75090, 97810, 129180, 163500, 199850),
    "15-1252": (1687890, 82460, 105210, 135980, 171980, 214670),
    "17-2199": (154070, 66810, 90970, 122930, 158090, 189950),
    "19-1029": (55850, 60430, 76800, 98920, 127670, 168010),
}


def test_size() -> None:
    assert len(CAT.roles) >= 45
    assert len(CAT.skills) >= 200
    assert set(REQUIRED_ROLES) <= set(ROLES)
    assert set(NEW_ROLES) <= set(ROLES)


def test_new_roles_cite_a_real_source() -> None:
    for role in NEW_ROLES:
        assert OFFICIAL_OR_INDEX & set(ROLES[role].sources), role
        codes = ROLES[role].codes
        assert codes.soc or codes.esco or codes.rome, role


def test_skills_the_text_extractor_names_exist() -> None:
    from careers_cli.cv import CASED  # skill id -> the spellings the finder accepts

    for word in ("rust", "julia", "swift"):
        assert word in CASED
        assert INDEX.skills.get(word).id == word


def test_every_application_cites_a_source() -> None:
    for app in CAT.applications:
        assert app.sources, app.id
        assert all(s in INDEX.sources for s in app.sources), app.id


def test_seed_article_is_all_there() -> None:
    families = {f.id: f for f in CAT.families}
    assert set(families) == {"ai-architects", "data-infrastructure", "emerging-roles"}
    assert "architectes de l'intelligence" in families["ai-architects"].name.fr.lower()
    fam = {r: ROLES[r].family for r in SEED_ROLES}
    assert fam == {
        "machine-learning-engineer": "ai-architects",
        "ai-research-scientist": "ai-architects",
        "big-data-architect": "data-infrastructure",
        "data-scientist": "data-infrastructure",
        "robotics-computer-vision-engineer": "emerging-roles",
        "ai-ethics-specialist": "emerging-roles",
    }
    apps = {a.id for a in CAT.applications}
    assert {
        "marketing-optimisation",
        "computer-vision-imaging",
        "autonomous-vehicles",
        "medical-diagnosis",
        "ecommerce-recommendation",
    } <= apps
    assert INDEX.applications.get("enlever le fond d'une image").id == "computer-vision-imaging"
    assert (
        INDEX.applications.get("diagnostics médicaux assistés par ordinateur").id
        == "medical-diagnosis"
    )

    def needs(role: str) -> set[str]:
        r = ROLES[role]
        return {s.skill for s in r.skills} | set(r.tools)

    # the machine-learning engineer: Python, TensorFlow or PyTorch, algorithms, big data sets
    assert {"python", "algorithms", "big-data", "software-engineering"} <= needs(
        "machine-learning-engineer"
    )
    assert {"tensorflow", "pytorch"} <= needs("machine-learning-engineer")
    # the researcher: usually a PhD, research and publications, DL, NLP or vision
    ars = ROLES["ai-research-scientist"]
    assert ars.education.phd_common and ars.education.degree.value == "phd"
    assert {
        "scientific-research",
        "scientific-publishing",
        "deep-learning",
        "nlp",
        "computer-vision",
    } <= needs("ai-research-scientist")
    # the big-data architect: Hadoop, Spark or cloud services, pipelines, security
    assert {"hadoop", "spark", "cloud-computing", "data-pipelines", "data-security"} <= needs(
        "big-data-architect"
    )
    # the data scientist: statistics, machine learning, visualisation, business questions
    assert {"statistics", "machine-learning", "data-visualisation", "business-acumen"} <= needs(
        "data-scientist"
    )
    # robotics and vision: cameras, mechanics, electronics, AI; manufacturing, logistics, health
    assert {
        "computer-vision",
        "sensors",
        "mechanical-engineering",
        "electronics",
        "robotics",
    } <= needs("robotics-computer-vision-engineer")
    assert {"industrial-robotics", "medical-diagnosis"} <= set(
        ROLES["robotics-computer-vision-engineer"].applications
    )
    # AI ethics: bias, fairness, transparency; technology, law, philosophy
    assert {"ai-ethics", "explainability", "ai-regulation", "moral-philosophy"} <= needs(
        "ai-ethics-specialist"
    )
    for role in SEED_ROLES:
        assert "seed-article" in ROLES[role].sources


def test_roles_are_complete() -> None:
    for role in CAT.roles:
        assert 8 <= len(role.skills) <= 20, role.id
        assert any(s.importance is Importance.ESSENTIAL for s in role.skills), role.id
        assert len(role.missions.en) == len(role.missions.fr) >= 3, role.id
        assert role.applications, role.id
        assert role.related, role.id
        for tool in role.tools:
            assert SKILLS[tool].category in TOOL_CATEGORIES


def test_related_roles_are_symmetric() -> None:
    for role in CAT.roles:
        for other in role.related:
            assert role.id in ROLES[other].related, (role.id, other)


def test_each_application_has_roles() -> None:
    for app in CAT.applications:
        assert any(app.id in r.applications for r in CAT.roles), app.id


def test_us_salaries_equal_the_bls_rows() -> None:
    checked = 0
    for role in CAT.roles:
        for salary in role.salaries:
            if salary.source != "bls-oews-2025":
                continue
            group = role.codes.soc[0].code[:7]
            employment, p10, p25, median, p75, p90 = BLS[group]
            assert (salary.p10, salary.p25, salary.median, salary.p75, salary.p90) == (
                p10,
                p25,
                median,
                p75,
                p90,
            ), role.id
            assert salary.region == "US" and salary.currency == "USD" and salary.year == 2025
            if salary.basis is not None:
                assert salary.basis.en.startswith(f"SOC {group}"), role.id
            else:  # no basis only where the SOC occupation is the role itself
                assert role.codes.soc[0].closest is False, role.id
            demand = [d for d in role.demand if d.source == "bls-oews-2025"]
            assert demand and demand[0].value == employment, role.id
            checked += 1
    assert checked >= 20
    # the data README's check: 15-2051 Data Scientists
    assert BLS["15-2051"][1:6:2] == (67240, 120230, 199130)


def test_example_figures_from_the_salary_index() -> None:
    mle_us = [
        s
        for s in ROLES["machine-learning-engineer"].salaries
        if s.source == "aijobs-index" and s.region == "US"
    ]
    assert (mle_us[0].median, mle_us[0].p10, mle_us[0].p90, mle_us[0].sample) == (
        194020,
        125000,
        303400,
        7064,
    )
    ds_fr = [
        s
        for s in ROLES["data-scientist"].salaries
        if s.source == "aijobs-index" and s.region == "FR"
    ]
    assert (ds_fr[0].median, ds_fr[0].sample, ds_fr[0].currency) == (50775, 36, "EUR")
    for role in CAT.roles:
        for s in role.salaries:
            if s.source == "aijobs-index":
                assert s.sample is not None and s.sample >= 20, role.id  # never from fewer rows


# aijobs.net salary index, work years 2024-2025 pooled (copied from the published table for this
# test): (index role, country) -> (n, median_usd, p10_usd, p90_usd, median_local, currency, n_local)
AIJOBS = {
    ("machine-learning-engineer", "US"): (7064, 194020, 125000, 303400, 194070, "USD", 7062),
    ("machine-learning-engineer", "GB"): (108, 138980, 62500, 202007, 95000, "GBP", 82),
    ("machine-learning-engineer", "CA"): (378, 150000, 98210, 229800, 170000, "CAD", 24),
    ("machine-learning-engineer", "NL"): (24, 83026, 59066, 172500, 77287, "EUR", 22),
    ("ai-research-scientist", "US"): (4341, 173000, 110000, 290000, 173000, "USD", 4341),
    ("ai-research-scientist", "GB"): (61, 110000, 51262, 341772, 70500, "GBP", 45),
    ("ai-research-scientist", "CA"): (117, 144000, 84000, 242428, 195000, "CAD", 11),
    ("data-scientist", "US"): (14835, 155000, 92253, 240000, 155100, "USD", 14816),
    ("data-scientist", "FR"): (48, 67544, 42105, 222300, 50775, "EUR", 36),
    ("data-scientist", "DE"): (50, 91319, 56549, 191578, 70000, "EUR", 26),
    ("data-scientist", "GB"): (385, 75000, 43750, 117913, 60000, "GBP", 376),
    ("data-scientist", "CA"): (531, 128300, 75880, 208800, 135000, "CAD", 45),
    ("data-scientist", "ES"): (24, 42222, 28000, 98666, 38200, "EUR", 22),
    ("data-scientist", "NL"): (84, 66044, 48400, 91327, 62160, "EUR", 84),
    ("data-engineer", "US"): (12182, 148311, 89000, 230000, 148776, "USD", 12162),
    ("data-engineer", "FR"): (68, 54736, 42105, 78444, 52000, "EUR", 66),
    ("data-engineer", "DE"): (62, 96600, 57894, 212800, 77500, "EUR", 26),
    ("data-engineer", "GB"): (485, 70886, 48278, 126582, 56000, "GBP", 479),
    ("data-engineer", "CA"): (537, 120000, 76923, 196720, 122000, "CAD", 51),
    ("data-engineer", "NL"): (93, 68475, 46711, 95684, 65000, "EUR", 93),
    ("data-analyst", "US"): (10414, 101080, 60900, 168750, 101400, "USD", 10386),
    ("data-analyst", "FR"): (113, 44444, 21006, 81976, 40000, "EUR", 109),
    ("data-analyst", "DE"): (45, 73684, 26526, 97634, 65000, "EUR", 37),
    ("data-analyst", "GB"): (559, 56962, 33500, 96250, 45000, "GBP", 537),
    ("data-analyst", "CA"): (512, 88140, 57152, 145102, 84500, "CAD", 55),
    ("data-analyst", "ES"): (20, 43158, 26315, 75028, 40250, "EUR", 20),
    ("data-analyst", "NL"): (54, 65248, 46680, 95423, 60000, "EUR", 54),
    ("big-data-architect", "US"): (1722, 160000, 96600, 242100, 160390, "USD", 1718),
    ("big-data-architect", "GB"): (84, 100000, 69620, 150000, 80000, "GBP", 80),
    ("big-data-architect", "CA"): (70, 127794, 84851, 181800, 150750, "CAD", 4),
    ("computer-vision-engineer", "US"): (121, 177008, 100000, 256500, 177008, "USD", 121),
    ("mlops-engineer", "US"): (180, 175450, 110950, 280177, 175450, "USD", 180),
    ("mlops-engineer", "CA"): (26, 147100, 94460, 202200, None, "CAD", 0),
    ("ai-engineer", "US"): (1954, 170640, 96600, 279700, 170640, "USD", 1954),
    ("ai-engineer", "DE"): (22, 96888, 84111, 117666, 90000, "EUR", 21),
    ("ai-engineer", "GB"): (59, 87500, 49963, 170725, 70000, "GBP", 46),
    ("ai-engineer", "CA"): (68, 120000, 73600, 194355, 122950, "CAD", 10),
    ("applied-scientist", "US"): (2021, 160000, 110000, 260000, 160000, "USD", 2021),
    ("applied-scientist", "CA"): (50, 159600, 105650, 253450, 256125, "CAD", 2),
    ("research-engineer", "US"): (1467, 192000, 112500, 350000, 192000, "USD", 1467),
    ("research-engineer", "GB"): (30, 306250, 228158, 633995, 250000, "GBP", 22),
    ("research-engineer", "CA"): (33, 122000, 100461, 227000, 148000, "CAD", 9),
    ("analytics-engineer", "US"): (1615, 150000, 95580, 232133, 150000, "USD", 1615),
    ("analytics-engineer", "GB"): (55, 87500, 51188, 129199, 70000, "GBP", 54),
    ("analytics-engineer", "CA"): (126, 140000, 75000, 212245, 130000, "CAD", 11),
    ("business-intelligence-analyst", "US"): (904, 110000, 72810, 167839, 110000, "USD", 902),
    ("business-intelligence-analyst", "GB"): (38, 56250, 47695, 88711, 45000, "GBP", 38),
    ("business-intelligence-analyst", "CA"): (40, 92310, 62825, 126381, 71500, "CAD", 4),
    ("robotics-engineer", "US"): (94, 148500, 78625, 240000, 148500, "USD", 94),
    ("prompt-engineer", "US"): (88, 140000, 98340, 251460, 140000, "USD", 88),
    ("data-governance", "US"): (750, 139000, 81618, 234420, 139000, "USD", 750),
    ("data-governance", "GB"): (42, 79034, 53609, 120253, 60928, "GBP", 40),
    ("data-governance", "CA"): (38, 94610, 66736, 156000, None, "CAD", 0),
    ("quantitative-researcher", "US"): (107, 170000, 113600, 250000, 170000, "USD", 107),
    ("business-intelligence-engineer", "US"): (1530, 114793, 74090, 185000, 115000, "USD", 1526),
    ("business-intelligence-engineer", "GB"): (66, 55373, 37737, 75000, 44250, "GBP", 66),
    ("business-intelligence-engineer", "CA"): (76, 98076, 73150, 130000, 120000, "CAD", 10),
    ("ai-architect", "US"): (311, 195000, 118000, 325200, 195000, "USD", 311),
    ("ai-product-manager", "US"): (54, 175000, 110000, 251365, 175000, "USD", 54),
    ("quantitative-analyst", "US"): (212, 144100, 80530, 205000, 144100, "USD", 212),
}
# catalogue role -> the index's role(s) whose rows its figures copy
INDEX_ROLES = {
    "machine-learning-engineer": ("machine-learning-engineer",),
    "ai-research-scientist": ("ai-research-scientist",),
    "computer-vision-engineer": ("computer-vision-engineer",),
    "applied-scientist": ("applied-scientist",),
    "quantitative-researcher": ("quantitative-researcher", "quantitative-analyst"),
    "big-data-architect": ("big-data-architect",),
    "data-scientist": ("data-scientist",),
    "mlops-engineer": ("mlops-engineer",),
    "data-engineer": ("data-engineer",),
    "data-analyst": ("data-analyst",),
    "analytics-engineer": ("analytics-engineer",),
    "business-intelligence-analyst": ("business-intelligence-analyst",),
    "ai-solutions-architect": ("ai-architect",),
    "robotics-computer-vision-engineer": ("robotics-engineer",),
    "ai-product-manager": ("ai-product-manager",),
    "ai-governance-officer": ("data-governance",),
    "prompt-engineer": ("prompt-engineer",),
    "ai-engineer": ("ai-engineer",),
    "research-engineer": ("research-engineer",),
    "business-intelligence-engineer": ("business-intelligence-engineer",),
    "data-steward": ("data-governance",),
}


def test_salary_index_figures_equal_their_rows() -> None:
    checked = 0
    for role in CAT.roles:
        for s in role.salaries:
            if s.source != "aijobs-index" or s.experience.value != "all":
                continue  # seniority figures: tests/test_salary_sources.py
            rows = [
                AIJOBS[(key, s.region)] for key in INDEX_ROLES[role.id] if (key, s.region) in AIJOBS
            ]
            if s.region == "US":  # U.S. figures: the USD median, p10 and p90 over all n rows
                got = (s.sample, s.median, s.p10, s.p90, s.currency)
                assert got in [(n, med, p10, p90, "USD") for n, med, p10, p90, *_ in rows], role.id
            else:  # elsewhere: the median of the rows paid in the local currency
                got = (s.sample, s.median, s.currency)
                assert got in [(n_loc, loc, cur) for _, _, _, _, loc, cur, n_loc in rows], role.id
                assert s.sample is not None and s.sample >= 20
            checked += 1
    assert checked >= 50
    # the index's "AI Engineer" titles belong to the AI engineer, not to the LLM engineer
    assert not [s for s in ROLES["llm-engineer"].salaries if s.source == "aijobs-index"]
    assert INDEX_ROLES["ai-engineer"] == ("ai-engineer",)
    assert ROLES["llm-engineer"].salary_note is not None


# French figures of the new roles, copied from the rows of the salary table they were read in:
# (role, source id) -> (low, median, high, year, address of the page the row was read on)
EU_ROWS = {
    ("ai-engineer", "michael-page-2022"): (
        45000,
        None,
        60000,
        2022,
        "https://larevuedudigital.com/le-data-scientist-une-remuneration-similaire-aux-autres-informaticiens",
    ),
    ("data-protection-officer", "fed-it-2024-itsocial"): (
        40000,
        None,
        55000,
        2024,
        "http://itsocial.fr/contenus/articles-decideurs/un-marche-de-lemploi-it-en-baisse-en-ile-de-france",
    ),
    ("data-protection-officer", "michael-page-2021"): (
        55000,
        None,
        85000,
        2021,
        "https://www.silicon.fr/ia-data-10-metiers-france-380100.html",
    ),
}


def test_new_european_figures_equal_their_rows() -> None:
    found = {}
    for role in NEW_ROLES:
        for s in ROLES[role].salaries:
            if s.region not in ("US",) and s.source != "aijobs-index":
                found[(role, s.source)] = (s.low, s.median, s.high, s.year)
                assert s.currency == "EUR" and s.period.value == "annual"
    assert set(found) == set(EU_ROWS)
    for key, (low, median, high, year, address) in EU_ROWS.items():
        assert found[key] == (low, median, high, year), key
        assert INDEX.sources[key[1]].address == address, key


def test_new_group_figures_name_their_group() -> None:
    for role in NEW_ROLES:
        for s in ROLES[role].salaries:
            if s.source == "bls-oews-2025":  # every new BLS figure is for a broader group
                assert s.basis is not None and s.basis.en.startswith("SOC "), role


def test_monthly_figures_stay_monthly_and_say_so() -> None:
    monthly = [s for r in CAT.roles for s in r.salaries if s.period.value == "monthly"]
    assert monthly
    for s in monthly:
        assert (s.high or s.median or s.low or 0) < 20000  # not annualised
        assert re.search(r"month|mensuel", s.measure.en + s.measure.fr, re.I)


def test_every_figure_and_code_has_a_known_source() -> None:
    for role in CAT.roles:
        for s in role.salaries:
            assert s.source in INDEX.sources
        for group in (role.codes.soc, role.codes.isco, role.codes.esco, role.codes.rome):
            for code in group:
                assert INDEX.sources[code.source].kind is SourceKind.OFFICIAL
    bls = INDEX.sources["bls-oews-2025"]
    assert bls.notice is not None and "cannot vouch" in bls.notice.en


def test_codes_look_right() -> None:
    for role in CAT.roles:
        for code in role.codes.soc:
            assert re.fullmatch(r"\d{2}-\d{4}\.\d{2}", code.code), code
        for code in role.codes.isco:
            assert re.fullmatch(r"\d{4}", code.code), code
        for code in role.codes.esco:
            assert code.code.startswith("http://data.europa.eu/esco/occupation/"), code
        for code in role.codes.rome:
            assert re.fullmatch(r"[A-N]\d{4}", code.code), code
    assert ROLES["data-scientist"].codes.rome[0].code == "M1405"
    assert ROLES["data-scientist"].codes.soc[0].code == "15-2051.00"


def _pairs(obj: object, path: str = "") -> list[tuple[str, str, str]]:
    """Every (path, en, fr) in the catalogue."""
    from careers_cli.model import Name, Text

    out = []
    if isinstance(obj, (Name, Text)):
        return [(path, obj.en, obj.fr)]
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        for name, value in zip(obj._fields, obj, strict=True):
            out += _pairs(value, f"{path}.{name}")
    elif isinstance(obj, tuple):
        for i, item in enumerate(obj):
            out += _pairs(item, f"{path}[{i}]")
    return out


PROPER_NAME_CATEGORIES = {SkillCategory.TOOL, SkillCategory.FRAMEWORK, SkillCategory.PROGRAMMING}


def test_french_differs_from_english_except_proper_names() -> None:
    same = [(p, en) for p, en, fr in _pairs(CAT) if en == fr]
    allowed = set()
    for i, skill in enumerate(CAT.skills):
        if skill.category in PROPER_NAME_CATEGORIES:
            allowed.add(f".skills[{i}].name")
    for i, role in enumerate(CAT.roles):  # French job titles that ROME itself writes in English
        if any(code.label == role.name.fr for code in role.codes.rome):
            allowed.add(f".roles[{i}].name")
    assert [(p, en) for p, en in same if p not in allowed] == []
    assert {ROLES["data-scientist"].name.fr, ROLES["data-analyst"].name.fr} == {
        "Data scientist",
        "Data analyst",
    }


def test_every_list_has_both_languages() -> None:
    for role in CAT.roles:
        assert all(m.strip() for m in role.missions.en + role.missions.fr)


def test_aliases_lead_to_one_skill() -> None:
    from careers_cli.text import fold

    owner: dict[str, str] = {}
    for skill in CAT.skills:
        for label in (skill.id, skill.name.en, skill.name.fr, *skill.aliases):
            key = fold(label)
            assert owner.setdefault(key, skill.id) == skill.id, (label, owner[key], skill.id)
            assert INDEX.skills.get(label).id == skill.id
    for alias, skill in [
        ("tf", "tensorflow"),
        ("sklearn", "scikit-learn"),
        ("k8s", "kubernetes"),
        ("gcp", "gcp"),
        ("nlp", "nlp"),
        ("tal", "nlp"),
        ("traitement du langage naturel", "nlp"),
        ("vision par ordinateur", "computer-vision"),
        ("apprentissage profond", "deep-learning"),
        ("statistiques", "statistics"),
        ("apprentissage automatique", "machine-learning"),
    ]:
        assert INDEX.skills.get(alias).id == skill, alias


def test_taxonomy_links() -> None:
    def related(a: str, b: str) -> bool:
        return any(r.skill == b for r in SKILLS[a].related)

    assert related("tensorflow", "pytorch") and related("pytorch", "tensorflow")
    assert related("spark", "hadoop") and related("hadoop", "spark")
    for a in ("aws", "gcp", "azure"):
        for b in ("aws", "gcp", "azure"):
            assert a == b or related(a, b), (a, b)

    def needs_first(skill: str, before: str) -> bool:
        seen, todo = set(), [skill]
        while todo:
            for pre in SKILLS[todo.pop()].prerequisites:
                if pre == before:
                    return True
                if pre not in seen:
                    seen.add(pre)
                    todo.append(pre)
        return False

    assert needs_first("deep-learning", "machine-learning")
    assert needs_first("machine-learning", "python") and needs_first(
        "machine-learning", "linear-algebra"
    )
    with_esco = sum(1 for s in CAT.skills if s.esco)
    assert with_esco >= 50


def test_bundled_catalogue_validates_without_warnings(run: Run) -> None:
    result = run("validate", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["valid"] and data["warnings"] == []


def test_sources_command_shows_the_bls_notice(run: Run) -> None:
    result = run("sources", env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "BLS.gov cannot vouch for the data" in result.stdout
    data = json.loads(run("sources", "--format", "json").stdout)
    assert {s["id"] for s in data["sources"]} == set(INDEX.sources)
    assert all(s["publisher"] for s in data["sources"])


@pytest.mark.parametrize("role", SEED_ROLES)
def test_list_says_no_data_rather_than_guessing(run: Run, role: str) -> None:
    data = json.loads(run("list", "--format", "json").stdout)
    row = next(r for r in data["roles"] if r["id"] == role)
    expected = INDEX.roles.items[role]
    has_us = any(s.region == "US" for s in expected.salaries)
    assert (row["salary_us"] is not None) == has_us
