"""A word repeated in a search query counts once (issue 10, item 9): the answer is the
one for the word given once, and its cost does not grow with the repetition (timed in
bench/run.py, not here)."""

from __future__ import annotations

from careers_cli import catalogue, explore


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
