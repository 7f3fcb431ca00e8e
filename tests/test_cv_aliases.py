"""Names people use for skills the catalogue has (aliases added for issue 14). Texts
written for these tests, in English and French (no real job ad or CV)."""

from __future__ import annotations

import pytest

from careers_cli import catalogue, cv

BUNDLED = catalogue.load(None)


@pytest.mark.parametrize(
    ("text", "skills"),
    [
        (
            "A strong publication record and applied research in speech.",
            {"scientific-publishing", "scientific-research"},
        ),
        (
            "Rédaction d'articles et recherche fondamentale en vision.",
            {"scientific-publishing", "scientific-research"},
        ),
        (
            "Read the scientific literature, then share research results by submitting papers.",
            {"scientific-publishing", "scientific-research"},
        ),
        (
            "Lire la littérature scientifique ; valoriser les résultats de recherche par la "
            "soumission d'articles.",
            {"scientific-publishing", "scientific-research"},
        ),
        (
            "Keep the documentation current and communicate clearly.",
            {"technical-writing", "communication"},
        ),
        (
            "Documenter les modèles et communiquer clairement.",
            {"technical-writing", "communication"},
        ),
        ("Data streaming in public cloud environments.", {"stream-processing", "cloud-computing"}),
        (
            "Du streaming de données sur des technologies cloud.",
            {"stream-processing", "cloud-computing"},
        ),
        ("Know the IA Act and model fairness.", {"ai-regulation", "ai-ethics"}),
        (
            "Design patterns and experiment design for the product.",
            {"software-engineering", "experimental-design"},
        ),
        (
            "Patrons de conception, plan expérimental.",
            {"software-engineering", "experimental-design"},
        ),
        (
            "Risk mitigation and feature generation for credit models.",
            {"risk-assessment", "feature-engineering"},
        ),
        ("Atténuation des risques, cryptage des données.", {"risk-assessment", "data-security"}),
        (
            "Traiter de grands ensembles de données ; marketing science.",
            {"big-data", "marketing-analytics"},
        ),
        ("Calcul de haute performance pour la simulation.", {"hpc"}),
        ("Non-linear optimizations and path planning for drones.", {"calculus", "control-systems"}),
        ("Optimisation numérique et planification de chemins.", {"calculus", "control-systems"}),
        (
            "Run exploratory data analyses and cleaning data at scale.",
            {"data-analysis", "data-wrangling"},
        ),
        (
            "Savoir nettoyer les données puis analyser des données.",
            {"data-analysis", "data-wrangling"},
        ),
        # added in the twelfth pass (2026-12-03)
        (
            "Detecting and mitigating risks; trend analysis and forecasting.",
            {"risk-assessment", "time-series"},
        ),
        (
            "Develop Tableau reports to visualize key business metrics.",
            {"data-visualisation", "tableau"},
        ),
        ("Distributed ML training on large TPU clusters.", {"distributed-training", "hpc"}),
        ("Train multi-modal LLMs for speech.", {"multimodal-models"}),
        (
            "Prior experience leading projects, delivered within budget.",
            {"project-management", "budget-management"},
        ),
        ("Une appétence pour la coordination d'équipe.", {"team-leadership"}),
        ("Solve geometric computer vision problems.", {"3d-perception"}),
        ("Use VertexAI and Kubeflow.", {"gcp", "kubeflow"}),
        ("Vous participez à la rédaction de spécifications techniques.", {"technical-writing"}),
        ("Stockage cloud : S3, Azure Blob Storage.", {"aws", "azure"}),
        ("Build a reporting system in the BI tool.", {"business-intelligence"}),
        ("Créer des données d'entraînement pour les modèles d'IA.", {"data-labelling"}),
        ("Data structures and algorithms in Python.", {"algorithms", "python"}),
        ("Gather, cleanse, and organize data sets.", {"data-wrangling"}),
        ("Training & evaluating ML models every week.", {"model-evaluation"}),
        ("Source controlling artifacts and models.", {"git"}),
        (
            "Thrive in a collaborative environment involving different stakeholders.",
            {"stakeholder-management"},
        ),
    ],
)
def test_names_people_use(text: str, skills: set[str]) -> None:
    found = {f.skill_id for f in cv.find_skills(BUNDLED, text)}
    assert skills <= found, (text, skills - found)


@pytest.mark.parametrize(
    "text",
    [
        "The motion team formulates control problems and solves them at runtime.",
        "Experience with optimal control and MPC.",
        "Maîtrise de la commande optimale pour la robotique mobile.",
        "Notions de contrôle optimal.",
    ],
)
def test_control_problems_and_optimal_control_are_control_theory(text: str) -> None:
    assert "control-systems" in {f.skill_id for f in cv.find_skills(BUNDLED, text)}


def test_quality_control_problems_are_no_control_theory() -> None:
    text = "You will trace quality control problems on the production line."
    assert "control-systems" not in {f.skill_id for f in cv.find_skills(BUNDLED, text)}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("A pivotal role that marries thought leadership in machine learning.", "team-leadership"),
        ("Traduire les besoins en structures de données exploitables.", "algorithms"),
        ("Stockage sur des fichiers s3 et Python.", "aws"),
        ("The s3 semester, with Python.", "aws"),
    ],
)
def test_words_that_look_like_a_skill_name_and_are_not(text: str, absent: str) -> None:
    assert absent not in {f.skill_id for f in cv.find_skills(BUNDLED, text)}
