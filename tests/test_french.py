"""Done when: a French run (LANG=fr_FR.UTF-8) of list, show, rank, match, gap, profile
add, profile from-text and a mistyped command shows no English sentence of the
interface. Checked against the English side of the table of words (i18n.WORDS) and the
English of Click's own words (the msgids of clicktext.CLICK_FR): no fragment of either,
two words or more, is printed. Catalogue names that are English in the source (an
English source title, "Data scientist") are data, not interface, and are not in those
tables."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
import yaml

from careers_cli.clicktext import CLICK_FR
from careers_cli.i18n import WORDS, Plural

FR = {"LANG": "fr_FR.UTF-8"}


def _texts(word: str | Plural) -> list[str]:
    return [word] if isinstance(word, str) else list(word)


def _fragments(text: str) -> list[str]:
    """The literal pieces of a template between its {fields}, trimmed."""
    pieces = [literal for literal, *_ in string.Formatter().parse(text.replace("{!r}", "{}"))]
    return [p.strip(" .,:;()'\"[]\n") for p in pieces]


def english_phrases() -> set[str]:
    """Fragments of the English interface of two words or more that French does not share."""
    found: set[str] = set()
    for en, fr in WORDS.values():
        french = " ".join(_texts(fr))
        for text in _texts(en):
            found |= {f for f in _fragments(text) if f not in french}
    for source in CLICK_FR:
        for text in [source] if isinstance(source, str) else source:
            found |= set(_fragments(text))
    return {f for f in found if len(re.findall(r"[A-Za-z]{2,}", f)) >= 2}


def test_the_phrases_to_look_for_are_many() -> None:
    phrases = english_phrases()
    assert len(phrases) > 150
    assert "roles by how well your skills fit" in phrases
    assert "Did you mean" in phrases
    assert "not a known skill" in phrases


def catalogue_strings() -> list[str]:
    """Every text of the bundled catalogue, longest first (data, in whatever language its
    source wrote it: these are taken out of the output before it is checked)."""
    from careers_cli.catalogue import bundled_path

    found: set[str] = set()
    stack = [yaml.safe_load(bundled_path().read_text("utf-8"))]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str) and len(item) >= 3:
            found.add(item)
    return sorted(found, key=len, reverse=True)


def without_catalogue_text(text: str, strings: list[str]) -> str:
    for item in strings:
        if item in text:
            text = text.replace(item, " ")
    return text


@pytest.fixture
def cv(tmp_path: Path) -> Path:
    path = tmp_path / "cv.md"
    path.write_text("Five years of Python and SQL; some PyTorch and Docker.\n", "utf-8")
    return path


def test_a_french_run_prints_no_english_sentence(run, cv: Path) -> None:
    commands = [
        ["list"],
        ["show", "data-scientist"],
        ["rank", "--top", "5"],
        ["match", "--skills", "python:4, sql, apprentissage automatique", "--top", "5"],
        ["gap", "data-scientist", "--skills", "python:4, sql"],
        ["profile", "add", "python:4", "sql", "blorptastic"],
        ["profile", "from-text", str(cv), "--yes"],
        ["profile", "from-text", str(cv)],  # asks, in French; no answer is a no
        ["shwo"],
        ["show"],
        ["show", "nosuchrole"],
    ]
    phrases = english_phrases()
    data = catalogue_strings()
    for args in commands:
        result = run(*args, env=FR, input="")
        printed = without_catalogue_text(result.stdout + result.stderr, data)
        assert printed.strip(), args
        assert "Traceback" not in printed
        for line in printed.splitlines():
            assert not re.match(r"(error|warning|Error|Usage|Try) ", line), (args, line)
        english = sorted(p for p in phrases if p in printed)
        assert not english, (args, english)
