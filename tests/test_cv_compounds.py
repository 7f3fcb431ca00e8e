"""Words joined to others: the tail of a hyphenated compound, a "+" between two names,
and the next item of a list that is a longer name of its own (issue 14, twelfth pass).
Texts written for these tests, in English and French (no real job ad or CV)."""

from __future__ import annotations

import pytest

from careers_cli import catalogue, cv

BUNDLED = catalogue.load(None)


def found(text: str) -> set[str]:
    return {f.skill_id for f in cv.find_skills(BUNDLED, text)}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Build the next-gen AI camera with Python.", "generative-ai"),
        ("Bring cutting-edge AI to our Python platform.", "embedded-systems"),
        ("Train self-supervised learning models in PyTorch.", "machine-learning"),
        ("Des modèles auto-supervised learning en PyTorch.", "machine-learning"),
    ],
)
def test_the_tail_of_a_hyphenated_compound_names_no_skill(text: str, absent: str) -> None:
    skills = found(text)
    assert absent not in skills
    assert skills  # the rest of the sentence is still read (Python, PyTorch)


def test_a_name_after_a_hyphen_and_a_space_still_counts() -> None:
    assert "generative-ai" in found("Our stack - gen AI, Python and SQL.")
    assert "machine-learning" in found("Skills: SQL - supervised learning - Python.")


def test_a_plus_between_two_names_separates_them() -> None:
    assert {"bigquery", "python"} <= found("Move dashboards to Adverity+BigQuery with Python.")
    assert {"cpp", "python"} <= found("C++ and Python, C++17 a plus.")
    assert "cpp" in found("Strong C++17 skills.")


def test_a_plus_next_to_a_letter_is_no_language() -> None:
    assert "r" not in found("Work in R+D with Python.")
    assert "r" in found("Statistics in R and Python.")


@pytest.mark.parametrize(
    "text",
    [
        "+5 ans d'expérience en Python.",
        "5+ years of experience with Python.",
    ],
)
def test_a_number_of_years_with_a_plus_is_a_level_cue(text: str) -> None:
    python = next(f for f in cv.find_skills(BUNDLED, text) if f.skill_id == "python")
    assert python.level == 5


def test_the_next_item_of_a_list_keeps_its_own_longer_name() -> None:
    # "data privacy, and model interpretability": not "data model" (data architecture)
    skills = found(
        "Advocate best practices in AI ethics, data privacy, and model interpretability."
    )
    assert {"ai-ethics", "data-protection", "explainability"} <= skills
    assert "data-architecture" not in skills


def test_a_head_is_still_lent_to_a_one_word_item() -> None:
    assert {"data-quality", "data-security"} <= found("Own data quality and security.")


@pytest.mark.parametrize(
    ("text", "has_r"),
    [
        ("Outils : SQL, Excel, Python ou R.\nAnglais courant.", True),
        ("Tools: SQL, Python or R. and Excel", True),
        ("Statistics with Python and R.", True),
        ("Contact R. Smith about Python.", False),
        ("Envoyez votre C.V. et vos scripts Python.", False),
    ],
)
def test_a_letter_before_a_full_stop_is_a_language_only_ending_a_sentence(
    text: str, has_r: bool
) -> None:
    skills = found(text)
    assert ("r" in skills or "c" in skills) is has_r, skills


@pytest.mark.parametrize(
    ("text", "both"),
    [
        (
            "Évaluer les modèles de langage en production.",
            {"model-evaluation", "large-language-models"},
        ),
        (
            "Vous déploierez et devrez déployer des modèles de langage.",
            {"mlops", "large-language-models"},
        ),
        ("Fiabiliser les données de santé des patients.", {"data-quality", "healthcare"}),
        ("Nettoyer les données personnelles des clients.", {"data-wrangling", "data-protection"}),
        (
            "Vous allez mener des projets de recherche.",
            {"project-management", "scientific-research"},
        ),
        ("L'optimisation de modèles de langage.", {"model-optimisation", "large-language-models"}),
        ("Garantir la qualité des données de santé.", {"data-quality", "healthcare"}),
    ],
)
def test_a_verb_and_its_object_share_the_object_with_a_longer_name(
    text: str, both: set[str]
) -> None:
    """French puts a noun's own words after it: the object of "évaluer les modèles" starts
    "modèles de langage", and both names are read."""
    assert both <= found(text), (text, found(text))


def test_a_name_without_an_object_shares_no_word() -> None:
    """ "Amazon Web Services" ends on no object: its last word starts no other name
    ("services cloud")."""
    assert "cloud-computing" not in found("Experience with Amazon Web Services cloud.")
    assert "aws" in found("Experience with Amazon Web Services cloud.")
