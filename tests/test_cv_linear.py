"""The skill finder's fast paths (issue 10, item 7) give what the plain definitions give.

The finder reads a text with whole-list operations (the words cut and folded once per
distinct word, names looked for only where one may start, web addresses looked for only in
stretches with a "." or ":"). Each fast path is compared here with its plain definition
on random texts made of tricky pieces, written for this test.
"""

from __future__ import annotations

import copy
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careers_cli import catalogue, cv

PIECES = [
    "Python", "python", "Go", "R", "C", "C++", "C#", "Spark", "spark", "SQL", "numpyy",
    "tensroflow", "kubrnetes", "machine", "learning", "machine-learning", "deep", "data",
    "qualité", "sécurité", "des", "données", "la", "et", "and", "or", "our", "team",
    "l'équipe", "Data", "Science", "MLOps", "5+", "years", "3-5", "ans", "solid", "basic",
    "notions", "de", "data_science", "__init__", "_", "ﬁne", "financée", "naïve", "R&D",
    "github.com", "www.example.org", "https://x.io/a?b=c", "http://localhost:8080",
    "mail@site.fr", "e.g.", "etc.", "a.b", "end.", "(Docker)", "[SQL]", "Kubernetes,",
    "ML", "algorithms", "audit", "risk", "•", "|", ";", ":", "-", "—", "’", "'", "\n",
    "\t", "  ", "1.5", "2024", "x" * 30, "ÉCOLE", "Ingénieur", "dbt", "DBT", "www.",
    "https://", ".com", "WWW.",
]  # fmt: skip

texts = st.lists(st.sampled_from(PIECES), max_size=80).map(
    lambda parts: "".join(p if p.isspace() else p + " " for p in parts)
)
glued = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)  # no spaces between


@pytest.fixture(scope="module")
def finder() -> cv.Finder:
    return cv.finder_for(catalogue.load(None, use_cache=False))


def _lists(tokens: cv.Tokens) -> tuple[object, ...]:
    return (tokens.folded, tokens.keys, tokens.starts, tokens.ends, tokens.url_words)


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, glued))
def test_words_cut_at_once_are_the_words_read_one_by_one(text: str) -> None:
    assert _lists(cv.Tokens(text)) == _lists(cv.Tokens(text, general=True))


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, glued))
def test_web_addresses_found_by_stretch_are_those_of_the_whole_text(text: str) -> None:
    assert [m.span() for m in cv.web_addresses(text)] == [m.span() for m in cv._URL.finditer(text)]


DEGREE_PIECES = [
    "BS", "MS", "Ph.D.", "PhD", "ph d", "Ph", "D", "Master's", "masters", "MASTER", "degree",
    "Degrees", "M.Sc.", "MSc", "B.Sc", "bsc", "Doctorate", "doctorat", "Diplômé(e)",
    "DIPLÔME", "diplômée", "bac+5", "BAC + 3", "École d'ingénieur", "école d’ingénieur",
    "ÉCOLE D'INGÉNIEUR", "webmaster", "in", "en", "of", "de", "Computer", "Science",
    "with", "a", "focus", "experience", "3-5 years", "ans", ",", ".", ";", "/", "(", ")",
    "\n", "İ", "e", "ph", "d", "bſc", "dıplôme", "DİPLÔME", "ı", "ſ",
]  # fmt: skip
degree_texts = st.lists(st.sampled_from(DEGREE_PIECES), max_size=60).map(
    lambda parts: "".join(p if p.isspace() else p + " " for p in parts)
)
degree_glued = st.lists(st.sampled_from(DEGREE_PIECES), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(degree_texts, degree_glued))
def test_degrees_looked_for_at_their_hints_are_those_of_the_whole_text(text: str) -> None:
    """The degree pattern is tried only where the text in lower case holds a hint."""
    expected = cv._DEGREE.sub(lambda m: cv._blank(m.group()), text)
    assert cv.without_degree_subjects(text) == expected
    assert cv._without_degrees(text, cv._lowered(text)) == (expected, cv._lowered(expected))


SOUGHT_PIECES = [
    "We", "are", "looking", "for", "Looking for", "LOOKING FOR", "seeking", "Seeking",
    "hiring", "HİRİNG", "hırıng", "ſeeking", "recruiting", "recherchons", "Recrutons",
    "recherche", "recrutent", "un", "une", "un.e", "un(e)", "a", "Data", "Engineer", "re",
    "x", "-", "'", ".", "\n", "as", "As", "an", "en tant que", "En tant", "tant que",
]  # fmt: skip
sought_texts = st.lists(st.sampled_from(SOUGHT_PIECES), max_size=40).map(" ".join)
sought_glued = st.lists(st.sampled_from(SOUGHT_PIECES), max_size=20).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(sought_texts, sought_glued))
def test_hiring_phrases_looked_for_at_hints_are_those_of_the_whole_text(text: str) -> None:
    found = [m.span() for m in cv._sought_phrases(text)]
    assert found == [m.span() for m in cv._SOUGHT.finditer(text)]


def test_hiring_words_that_overlap_find_what_the_whole_text_gives() -> None:
    """The hint words are found one by one, overlaps included ("looking forecherchons"):
    the phrases are still those of ``finditer``."""
    for text in [
        "looking forecherchons un data engineer", "xlooking forecherchons un",
        "Looking forrecrutons une", "recherchons un x, looking for a",
        "hiring as a data engineer", "en tant que as an x", "xas a y", "recherchonsas a",
    ]:  # fmt: skip
        found = [m.span() for m in cv._sought_phrases(text)]
        assert found == [m.span() for m in cv._SOUGHT.finditer(text)]
    assert len(list(cv._sought_phrases("recherchons un x, looking for a"))) == 2


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, glued))
def test_names_looked_for_where_one_may_start_are_all_the_names(
    finder: cv.Finder, text: str
) -> None:
    tokens = cv.Tokens(text)
    assert cv._scan(finder, tokens) == cv._scan(finder, tokens, range(len(tokens)))


def test_the_plain_scan_and_the_fast_one_see_slips_and_phrases(finder: cv.Finder) -> None:
    """The random texts above hold every kind of start: a name, a phrase, a slip."""
    text = "numpyy and la qualité et la sécurité des données, machine learning in Go code"
    tokens = cv.Tokens(text)
    found = {h.skill_id for h in cv._scan(finder, tokens)}
    assert {"numpy", "data-security", "machine-learning", "go"} <= found
    assert found == {h.skill_id for h in cv._scan(finder, tokens, range(len(tokens)))}


def test_a_word_that_folds_to_two_is_spliced_in_place() -> None:
    tokens = cv.Tokens("a data_ml b")
    assert tokens.folded == ["a", "data", "ml", "b"]
    assert tokens.starts == [0, 2, 2, 10] and tokens.ends == [1, 9, 9, 11]


def test_level_cues_before_years_and_cue_words() -> None:
    """The cues are read at cue words and before "years" only (positions picked at once)."""
    tokens = cv.Tokens("an expert, 3-5 years of SQL, 1 an, notions de R")
    cues = [(c.at, c.level, c.words) for c in cv._cues(tokens)]
    assert cues == [(1, 5, "expert"), (4, 4, "3-5 years"), (9, 2, "notions")]


def _split_gap_by_gap(tokens: cv.Tokens, i: int, n: int) -> bool:
    """The plain definition: a comma, colon or bracket in one of the gaps between words."""
    text, starts, ends = tokens.text, tokens.starts, tokens.ends
    return any(cv._BREAK.search(text, ends[k], starts[k + 1]) for k in range(i, i + n - 1))


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, glued), st.integers(1, 8))
def test_a_break_looked_for_at_once_is_one_in_a_gap(text: str, n: int) -> None:
    tokens = cv.Tokens(text)
    for i in range(len(tokens) - n + 1):
        assert cv._split(tokens, i, n) == _split_gap_by_gap(tokens, i, n), (i, n)


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, glued))
def test_names_picked_by_their_second_word_are_all_the_names(finder: cv.Finder, text: str) -> None:
    """The scan compares only the names whose second word is the text's next word (and
    the one-word names): the same hits as comparing every name of the first word."""
    plain = copy.copy(finder)
    plain.second = {}  # every first word: all its names, in order
    tokens = cv.Tokens(text)
    everywhere = range(len(tokens))
    assert cv._scan(finder, tokens, everywhere) == cv._scan(plain, tokens, everywhere)


LOWER_PIECES = ["ΟΔΟΣ", "Σ", "σ", "ΣΑΣ", "é", "É", "ı", "ſ", "Data", "’", " ", "  ", "\n", "x"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LOWER_PIECES), max_size=40).map("".join))
def test_a_text_lowered_by_stretches_is_the_text_lowered_at_once(text: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cv, "LOWER_STRETCH", 3)
        lowered = cv._lowered(text)
    assert lowered == text.lower().replace("ı", "i").replace("ſ", "s")


def test_a_letter_that_lowers_to_two_is_lowered_in_place() -> None:
    assert cv._lowered("İSTANBUL Σ") == "istanbul σ"


# The plain definition of a heading line: a pattern tried at every character (re.M).
HEADING_PLAIN = re.compile(r"^[ \t]*(?:#{1,6}[ \t]|\*\*|__)[^\n]*$|^[^\n:]{2,60}:[ \t]*$", re.M)
HEADING_PIECES = [
    "#", "##", "####### ", "# ", "#\t", "**", "__", "*", "_", "About us", "Perks", ":",
    " :", "x" * 59, "x" * 60, "\n", "\n\n", " ", "\t", "\r", "\x0b", "\u2028", "é",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(HEADING_PIECES), max_size=40).map("".join))
def test_headings_read_after_line_ends_are_the_heading_lines(text: str) -> None:
    """Headings are looked for right after a line end put before the text (a pattern
    with a literal first character is searched for in C): the lines ``^...$`` gives."""
    fast = [(m.start(1) - 1, m.group(1)) for m in cv._HEADING.finditer("\n" + text)]
    assert fast == [(m.start(), m.group()) for m in HEADING_PLAIN.finditer(text)]


# The plain definition of where a list of teams may start: a pattern tried at every character.
TEAM_AT_PLAIN = re.compile(
    r"(?:eam|quipe|partment|partement)s?,? (?:like|such as|including|comme|telles? que|"
    r"notamment) "
)
TEAM_PIECES = [
    "team", "teams", "Teams", "TEAM", "équipe", "ÉQUIPES", "quipe", "department",
    "Départements", "partements", "partment", "eam", "s", ",", ", ", " ", "  ", "\n",
    "like", "Such As", "such as", "including", "comme", "telle que", "TELLES QUE",
    "tels que", "notamment", "Finance", "Product", "x", "İ", "ſ",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        st.lists(st.sampled_from(TEAM_PIECES), max_size=40).map(" ".join),
        st.lists(st.sampled_from(TEAM_PIECES), max_size=30).map("".join),
    )
)
def test_team_lists_found_by_their_words_are_those_of_the_whole_text(text: str) -> None:
    """The words after "teams" ("like", "telles que"...) are found by plain searches, the
    team word then read before them: the places the plain pattern finds."""
    lower = cv._lowered(text)
    assert cv._team_list_hints(lower) == [m.start() for m in TEAM_AT_PLAIN.finditer(lower)]


def test_the_texts_above_hold_lists_of_teams() -> None:
    lower = cv._lowered("Teams like Finance, départements, notamment x ÉQUIPES TELLES QUE ")
    assert cv._team_list_hints(lower) == [1, 22, 47]  # "eams", "partements,", "QUIPES"
