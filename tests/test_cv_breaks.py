"""Two rules of the skill finder (issue 14): a name of several words is not read across a
comma, colon or bracket, and "BI" counts only in capitals. Texts written for these tests,
in English and French."""

from __future__ import annotations

import pytest

from careers_cli import catalogue, cv

BUNDLED = catalogue.load(None)


def found(text: str) -> set[str]:
    return {f.skill_id for f in cv.find_skills(BUNDLED, text)}


@pytest.mark.parametrize(
    ("text", "skill", "expected"),
    [
        ("We are the company of data, analytics and AI for retailers.", "data-analysis", False),
        ("Strong data analytics and SQL for the finance team.", "data-analysis", True),
        ("Nos métiers : analyse, de données clients en temps réel.", "data-analysis", False),
        ("Réaliser l'analyse de données pour les équipes.", "data-analysis", True),
        ("Skills: machine (learning is a plus) and Python.", "machine-learning", False),
        ("Skills: machine learning and Python.", "machine-learning", True),
    ],
)
def test_a_name_of_several_words_stays_within_commas_and_brackets(
    text: str, skill: str, expected: bool
) -> None:
    assert (skill in found(text)) is expected


def test_a_bracketed_acronym_still_names_its_skill() -> None:
    """ "Business Intelligence (BI)": the alias with the bracket is not read across the
    bracket, but the name before it and the acronym still count."""
    found_ = {
        f.skill_id: f for f in cv.find_skills(BUNDLED, "Business Intelligence (BI) with SQL.")
    }
    assert set(found_["business-intelligence"].words) == {"Business Intelligence", "BI"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We send (bi)weekly updates to the board about Python work.", False),
        ("Des points bi-mensuels avec les équipes Python et SQL.", False),
        ("Experience with BI tools, SQL and Tableau dashboards.", True),
        ("Outils BI : Power Query, SQL et Excel.", True),
    ],
)
def test_bi_counts_in_capitals_only(text: str, expected: bool) -> None:
    assert ("business-intelligence" in found(text)) is expected
