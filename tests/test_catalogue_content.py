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
    "17-2199": (154070, 66810, 90970, 122930, 158090, 189950),
}


def test_size() -> None:
    assert len(CAT.roles) >= 28
    assert len(CAT.skills) >= 120
    assert set(REQUIRED_ROLES) <= set(ROLES)


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
