"""The finder's whole-text passes (issue 10, item 7, round 2) give what the plain
definitions give: the clauses read from the stretches between words, the web addresses
looked for around their hints. Random texts of tricky pieces, written for this test.
"""

from __future__ import annotations

import os
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careers_cli import catalogue, cv

PIECES = [
    "Python", "SQL", "data", "R", "C++", "data_ml", "ﬁne", "naïve", "é", "e.g.", "etc.",
    "a.b", "end.", "end!", "why?", "x;", "•", "|", ";", ".", "!", "?", ":", ",", "\n", "\t",
    "\u00a0", "\u2028", "  ", " . ", ".\n", "github.com", "WWW.Example.FR", "https://x.io/a",
    "http://localhost:8080", "mail@site.fr", "x.comx", "a.co.uk", "www.", "://", "-.com",
    "(", ")", "’", "'",
]  # fmt: skip

texts = st.lists(st.sampled_from(PIECES), max_size=60).map(
    lambda parts: "".join(p if p.isspace() else p + " " for p in parts)
)
glued = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)  # no spaces between


@settings(max_examples=400, deadline=None)
@given(st.one_of(texts, glued))
def test_clauses_read_between_words_are_those_of_the_text(text: str) -> None:
    fast, plain = cv.Tokens(text), cv.Tokens(text, general=True)
    assert fast.starts == plain.starts
    n = len(fast)
    for i in range(n):
        for j in range(i, n):
            assert (fast.clause(i) == fast.clause(j)) == (plain.clause(i) == plain.clause(j))


@settings(max_examples=400, deadline=None)
@given(st.one_of(texts, glued))
def test_web_addresses_found_around_hints_are_those_of_the_whole_text(text: str) -> None:
    found = [m.span() for m in cv.web_addresses(text)]
    assert found == [m.span() for m in cv._URL.finditer(text)]


def test_the_texts_above_have_clauses_and_addresses() -> None:
    """Not vacuous: such texts hold several clauses, and addresses of each kind."""
    text = "a. b\nc; https://x.io/a www.Example.fr mail@site.fr:8080 e.g.x end"
    tokens = cv.Tokens(text)
    assert len({tokens.clause(i) for i in range(len(tokens))}) == 4
    spans = [text[slice(*m.span())] for m in cv.web_addresses(text)]
    assert spans == ["https://x.io/a", "www.Example.fr", "site.fr"]


BUNDLED = catalogue.load(None, use_cache=False)
FINDER = cv.finder_for(BUNDLED)
NAMES = sorted({n for s in BUNDLED.catalogue.skills for n in (s.name.en, s.name.fr, *s.aliases)})
FILLER = [
    "we build and run",
    "our services",
    "with solid care",
    "nous cherchons une personne",
    "experte en",
    "5+ years of",
    "la qualité et la sécurité des données",
    "our Data team",
    "R",
    "Go",
    "C",
    "notions of",
    "basic",
    "strong",
    "expert",
    "language",
    "programming",
    "l'équipe",
    "et",
    "ou",
    "and",
    "or",
    "using",
    "3-5 ans",
    "de",
]


def _varied(size: int, seed: int) -> str:
    """A text of about ``size`` characters in which no sentence repeats (numbered)."""
    rng = random.Random(seed)
    out: list[str] = []
    length = k = 0
    while length < size:
        words = rng.choices(FILLER, k=rng.randint(3, 12)) + rng.choices(NAMES, k=2)
        rng.shuffle(words)
        end = rng.choice([". ", ", ", "\n", "\n\n", "; "])
        out.append(f"{k} {' '.join(words)}{end}")
        length += len(out[-1])
        k += 1
    return "".join(out)


def _whole(text: str) -> list[cv.Found]:
    """The plain reading: one pass over the whole text."""
    return cv._summary(FINDER, cv._finds(FINDER, cv.Tokens(text)))


def test_a_long_text_that_does_not_repeat_is_read_by_long_pieces() -> None:
    """Cut into pieces of LONG_PIECE (the words of one piece held at a time), through the
    public function: the same skills, levels, cues, words and counts as one pass."""
    text = cv.without_team_lists(cv.without_degree_subjects(_varied(300_000, 1)))
    assert len(text) > cv.WHOLE_BELOW and not cv._repeats(text)
    finds = cv._finds_by_piece(FINDER, text, sizes=cv.LONG_PIECE)
    assert finds is not None and len(list(cv._pieces(text, cv.LONG_PIECE))) >= 3
    expected = _whole(text)
    assert len(expected) > 100 and any(f.level != cv.DEFAULT_LEVEL for f in expected)
    assert cv._summary(FINDER, finds) == expected
    assert cv.find_skills(BUNDLED, text) == expected


@settings(max_examples=40, deadline=None)
@given(st.integers(2_000, 20_000), st.integers(0, 10**6), st.integers(300, 3_000))
def test_pieces_of_any_size_find_what_one_pass_finds(size: int, seed: int, piece: int) -> None:
    text = _varied(size, seed)
    finds = cv._finds_by_piece(FINDER, text, whole_below=0, sizes=(piece, 2 * piece))
    if finds is not None:  # None: the finder reads the whole text
        assert cv._summary(FINDER, finds) == _whole(text)


def _counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[int]:
    """Count the calls of ``module.name`` made in this process (a forked copy's calls
    are not seen here)."""
    calls: list[int] = []
    real = getattr(module, name)

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_long_text_read_in_two_halves_gives_what_one_pass_gives(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The second half of the pieces read by a forked copy: the same skills, levels,
    cues, words and counts as one pass, and the first process read only its half."""
    monkeypatch.setattr(cv, "TWO_HALVES_FROM", 0)
    monkeypatch.setattr(cv, "_processors", lambda: 2)
    forks = _counting(monkeypatch, os, "fork")
    reads = _counting(monkeypatch, cv, "_read_pieces")
    text = cv.without_team_lists(cv.without_degree_subjects(_varied(400_000, 2)))
    tally = cv._finds_in_halves(FINDER, text, cv.LONG_PIECE)
    assert tally is not None and (len(forks), len(reads)) == (1, 1)
    expected = _whole(text)
    assert len(expected) > 100 and any(f.level != cv.DEFAULT_LEVEL for f in expected)
    assert cv._summary(FINDER, tally) == expected
    assert cv.find_skills(BUNDLED, text) == expected and len(forks) == 2


def test_when_the_forked_copy_fails_the_first_process_reads_its_half(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cv, "TWO_HALVES_FROM", 0)
    monkeypatch.setattr(cv, "_processors", lambda: 2)

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("no room")

    monkeypatch.setattr(cv.pickle, "dump", broken)  # in the copy too: it ends with 1
    reads = _counting(monkeypatch, cv, "_read_pieces")
    text = cv.without_team_lists(cv.without_degree_subjects(_varied(300_000, 3)))
    tally = cv._finds_in_halves(FINDER, text, cv.LONG_PIECE)
    assert tally is not None and len(reads) == 2
    assert cv._summary(FINDER, tally) == _whole(text)


def test_when_no_process_can_be_forked_one_process_reads_the_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cv, "TWO_HALVES_FROM", 0)
    monkeypatch.setattr(cv, "_processors", lambda: 2)

    def refused() -> int:
        raise BlockingIOError(11, "Resource temporarily unavailable")

    monkeypatch.setattr(os, "fork", refused)
    reads = _counting(monkeypatch, cv, "_read_pieces")
    text = cv.without_team_lists(cv.without_degree_subjects(_varied(300_000, 4)))
    tally = cv._finds_in_halves(FINDER, text, cv.LONG_PIECE)
    assert tally is not None and len(reads) == 1
    assert cv._summary(FINDER, tally) == _whole(text)
