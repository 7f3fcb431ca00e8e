"""The finder's whole-text passes (issue 10, item 7, round 2) give what the plain
definitions give: the clauses read from the stretches between words, the web addresses
looked for around their hints. Random texts of tricky pieces, written for this test.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from careers_cli import cv

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
