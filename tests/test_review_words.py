"""What a new user's review of `main` found in the words the tool prints (its help, its
headings, its French): each test names one finding."""

from __future__ import annotations

import re

import pytest

from careers_cli import catalogue, cv
from careers_cli.i18n import WORDS

from .conftest import Run

BUNDLED = catalogue.load(None)
CUES = re.compile(r"\(([^()]*?[^\W\d]+ [1-5][^()]*)\)")
CUE = re.compile(r"([^\W\d]+) ([1-5])\b")


def _cues(text: str) -> dict[str, int]:
    """The 'word level' pairs a text cites in brackets ('(notions 2, solid 4; else 3)')."""
    found = CUES.search(" ".join(text.split()))
    pairs = CUE.findall(found.group(1)) if found else []
    return {word: int(level) for word, level in pairs if word not in ("else", "sinon")}


def _option_help(out: str, option: str) -> str:
    """The help of one option in a --help page (up to the next option)."""
    start = out.index(f"\n  {option} ") + 1
    end = re.search(r"\n  -", out[start:])
    return out[start : start + end.start()] if end else out[start:]


def _level_of(cue: str) -> int:
    (item,) = cv.find_skills(BUNDLED, f"{cue} Python.")
    return item.level


@pytest.mark.parametrize("command", ["match", "gap", "next"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_from_text_help_cites_cues_that_give_those_levels(
    run: Run, command: str, lang: str
) -> None:
    out = run(command, "--help", "--lang", lang).stdout
    option = _option_help(out, "--from-text")
    cues = _cues(option)
    assert len(cues) >= 3, option  # not "each at level 3": levels come from the words
    assert {cue: _level_of(cue) for cue in cues} == cues


def test_each_language_cites_its_own_cues(run: Run) -> None:
    english = _cues(WORDS["found_title_cues"][0])
    french = _cues(WORDS["found_title_cues"][1])
    help_en = _cues(_option_help(run("match", "--help").stdout, "--from-text"))
    assert english == help_en
    assert set(english) & set(french) == {"expert"}  # the one cue both languages share
    assert {cue: _level_of(cue) for cue in {**english, **french}} == {**english, **french}


def test_french_output_has_no_english_marks(run: Run) -> None:
    sources = run("sources", "--lang", "fr").stdout
    pay = run("show", "ml-engineer", "--section", "pay", "--lang", "fr").stdout
    for out in (sources, pay):
        assert "n.d." not in out and "career guide" not in out and "Seed article" not in out
    assert "s. d." in sources and "s. d." in pay
    assert "n.d." in run("sources").stdout  # English keeps its own mark
    heading = run("next", "--skills", "python", "--lang", "fr").stdout.splitlines()[0]
    assert heading == "Qu'apprendre ensuite"


@pytest.mark.parametrize(("lang", "heading"), [("en", "Other keys"), ("fr", "Autres clés")])
def test_profile_show_names_other_keys_in_words(
    run: Run, isolated_home: object, lang: str, heading: str
) -> None:
    from pathlib import Path

    Path(str(isolated_home), "profile.yaml").write_text(
        "skills:\n  python: 4\nnotes: mine\n", encoding="utf-8"
    )
    out = run("profile", "show", "--lang", lang).stdout
    assert f"{heading} notes" in " ".join(out.split())
    assert "profile_keys" not in out
