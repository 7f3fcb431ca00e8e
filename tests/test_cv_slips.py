"""Misspellings that are words of their own (careers_cli.cv). Texts written for these
tests, in English and French (no real job ad or CV)."""

from __future__ import annotations

from careers_cli import catalogue, cv

BUNDLED = catalogue.load(None)


def found(text: str) -> set[str]:
    return {f.skill_id for f in cv.find_skills(BUNDLED, text)}


def test_a_word_the_catalogue_uses_is_no_slip_of_another_name() -> None:
    # "detection" is one letter from "detectron", and a word of "anomaly detection"
    skills = found("You build fraud detection and object detections with PyTorch.")
    assert "detectron2" not in skills and "pytorch" in skills


def test_a_real_slip_of_the_same_name_still_counts() -> None:
    assert "detectron2" in found("Experience with Detectronn and PyTorch.")


def test_a_word_written_with_accents_is_no_slip() -> None:
    # "financée" is "finance" with a doubled e once the accent is folded away
    skills = found("Une thèse financée par la région, en Python et SQL.")
    assert "finance" not in skills and "python" in skills
    assert "finance" in found("Vous travaillerez pour la finance de marché, en Python.")


def test_a_name_spelt_with_a_capital_inside_is_its_makers_not_a_slip() -> None:
    # "PostgresML" is one letter from "postgresql": a product of its own, as its maker spells it
    skills = found("PostgresML builds a GPU database; you write Python.")
    assert "postgresql" not in skills and "python" in skills
    assert "postgresql" in found("Experience with postgresqll and Python.")
    # a doubled, swapped or dropped letter in such a name still is a slip
    assert {"pytorch", "spark", "postgresql"} <= found("Skills: PyTroch, PySaprk, PostgreSLQ.")


def test_a_kind_of_algorithm_is_not_the_algorithms_skill() -> None:
    for text in (
        "Develop perception algorithms and a search algorithm in C++.",
        "You will design new algorithms for robots, in Python.",
    ):
        assert "algorithms" not in found(text), text


def test_algorithms_on_their_own_are_the_skill() -> None:
    for text in (
        "Strong fundamentals in algorithms and C++.",
        "Algorithms: graphs, sorting, dynamic programming.",
        "De solides bases en algorithmique et en Python.",
    ):
        assert "algorithms" in found(text), text
