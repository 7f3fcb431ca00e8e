"""A word repeated in a search query counts once (issue 10, item 9): the answer is the
one for the word given once, and its cost does not grow with the repetition (timed in
bench/run.py, not here)."""

from __future__ import annotations

import json

from careers_cli import catalogue, explore

from .conftest import Run


def test_a_repeated_word_counts_once() -> None:
    index = catalogue.load(None)
    once = explore.search(index, "vision")
    assert once.hits
    assert explore.search(index, "vision vision").hits == once.hits
    assert explore.search(index, "Vision vision VISION").hits == once.hits
    assert explore.search(index, "machine learning machine").hits == (
        explore.search(index, "machine learning").hits
    )


def test_fourteen_thousand_repetitions() -> None:
    index = catalogue.load(None)
    assert explore.search(index, "python " * 14000).hits == explore.search(index, "python").hits


def test_french_search_shows_french_context(run: Run) -> None:
    """A word both languages' texts hold is shown in the run's language: the English
    text came first in every pair, so a French search showed English missions."""

    def contexts(*lang: str) -> dict[str, str]:
        out = run(*lang, "search", "segmentation", "--format", "json").stdout
        return {h["id"]: h["context"] for h in json.loads(out)["results"]}

    french, english = contexts("--lang", "fr"), contexts()
    assert french["computer-vision-engineer"].startswith("Entraîner et adapter des modèles")
    assert english["computer-vision-engineer"].startswith("Train and adapt models")
    assert french["detectron2"].startswith("La bibliothèque PyTorch de Meta")
