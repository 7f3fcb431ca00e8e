"""A long text read piece by piece gives what one pass over the whole text gives (issue
10, item 7): the same skills, levels, evidence words and counts, in the same order.

The reference is the finder as it was before pieces (``whole_finder`` below: one pass,
the code of ``find_skills`` at commit 5875e47). The random texts are made of the bundled
catalogue's names and aliases (English and French), level cues, context and team words,
determiners, punctuation, web addresses and blank lines, written for this test; pieces
and context are made small so that a text of a few hundred words has many seams.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from careers_cli import catalogue, cv

BUNDLED = catalogue.load(None, use_cache=False)
FINDER = cv.finder_for(BUNDLED)


def whole_finder(text: str) -> list[cv.Found]:
    """The finder before pieces: one pass over the whole text."""
    finder, tokens = FINDER, cv.Tokens(text)
    hits = cv._scan(finder, tokens)
    hits = sorted(cv._kept(tokens, hits + cv._coordinated(finder, tokens, hits)))
    starts, ends = tokens.starts, tokens.ends
    counts = Counter((h.skill_id, text[starts[h.start] : ends[h.end - 1]]) for h in hits)
    best: dict[str, cv._Cue] = {}
    for hit, cue in zip(hits, cv._levels(tokens, hits), strict=True):
        if cue is not None and (hit.skill_id not in best or cue.level > best[hit.skill_id].level):
            best[hit.skill_id] = cue
    spelt: dict[str, dict[str, int]] = {}
    for (skill_id, span), n in counts.items():
        spelt.setdefault(skill_id, {})[span] = n
    out = []
    for skill_id in sorted(spelt, key=lambda s: finder.order[s]):
        c = best.get(skill_id)
        level, why = (c.level, c.words) if c else (cv.DEFAULT_LEVEL, "")
        words = tuple(dict.fromkeys(" ".join(w.split()) for w in spelt[skill_id]))
        out.append(cv.Found(skill_id, words, sum(spelt[skill_id].values()), level, why))
    return out


def _names() -> list[str]:
    out = []
    for s in BUNDLED.catalogue.skills:
        out += [s.name.en, s.name.fr, *s.aliases]
    return sorted(set(out))


WORDS = [
    *_names(),
    *cv.LEVEL_CUES, "Expert", "Solid", "5+ years", "3-5 years", "2 ans", "1 year", "10 yrs",
    *sorted(cv.CONTEXT_WORDS), "our", "the", "team", "l'équipe", "pôle", "lead", "ML",
    "algorithms", "audit", "risk", "la", "le", "les", "des", "de", "d'", "et", "ou", "and",
    "or", "&", "with", "in", "of", "R", "Go", "C", "BI", "bi", "R&D", "numpyy", "tensroflow",
    "financée", "data_ml", "github.com", "https://pytorch.org/docs", "www.example.fr",
    "http://localhost:8080", "e.g.", ",", ":", ";", ".", "(", ")", "[", "]", "-", "/", "•",
    "|", "!", "?", "’", "\n", "\n\n", "\n- ", "# ", "**",
]  # fmt: skip

texts = st.lists(st.sampled_from(WORDS), min_size=20, max_size=500).map(
    lambda parts: "".join(p if p[-1].isspace() else p + " " for p in parts)
)


def by_piece(text: str) -> list[cv.Found] | None:
    """The text read by pieces of 40 to 120 characters with 250 (or 700) around them."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cv, "PIECE", (40, 120))
        patch.setattr(cv, "CONTEXTS", (250, 700))
        finds = cv._finds_by_piece(FINDER, text, whole_below=0)
        return None if finds is None else cv._summary(FINDER, finds)


def small_pieces(text: str) -> list[tuple[int, int]]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cv, "PIECE", (40, 120))
        return list(cv._pieces(text))


@settings(max_examples=150, deadline=None)
@given(st.one_of(texts, texts.map(lambda t: t * 3)))
def test_pieces_find_what_the_whole_text_gives(text: str) -> None:
    found = by_piece(text)
    if found is not None:  # None: the finder reads the whole text (what the reference does)
        assert found == whole_finder(text)


def test_most_random_texts_are_read_by_piece() -> None:
    """The property above is not vacuous: texts like its own go by pieces, with seams."""
    rng = random.Random(7)
    sample = ["".join(p + " " for p in rng.choices(WORDS, k=400)) for _ in range(40)]
    read = [t for t in sample if by_piece(t) is not None]
    assert len(read) >= 30
    assert all(len(small_pieces(t)) >= 10 for t in read)


def test_a_long_text_goes_by_pieces_and_finds_the_same() -> None:
    """At the real sizes (pieces of 1,500+ characters, 400 around them), through the
    public function: a text of 250 KB repeating a CV-like paragraph with variations."""
    rng = random.Random(3)
    paragraphs = [
        "".join(p if p[-1].isspace() else p + " " for p in rng.choices(WORDS, k=300))
        for _ in range(30)
    ]
    text = "\n\n".join(rng.choices(paragraphs, k=300))
    assert len(text) > cv.WHOLE_BELOW
    assert cv._finds_by_piece(FINDER, text) is not None
    assert cv.find_skills(BUNDLED, text) == whole_finder(text)


def test_a_long_run_of_determiners_is_read_whole() -> None:
    """ "la qualité et la la ... la sécurité des données": the shared tail reaches back over
    every determiner, further than a piece's context; such a text is read in one pass."""
    filler = "Nous cherchons une personne curieuse et rigoureuse pour nous rejoindre.\n" * 30
    text = filler + "la qualité et " + "la " * 2000 + "sécurité des données\n\n" + filler
    expected = whole_finder(text)
    assert "data-quality" in {f.skill_id for f in expected}
    finds = cv._finds_by_piece(FINDER, text, whole_below=0)
    assert finds is None or cv._summary(FINDER, finds) == expected
    assert cv.find_skills(BUNDLED, text) == expected


def test_a_name_next_to_a_skill_counts_after_coordinated_names() -> None:
    """Airflow next to Kubernetes counts, also when the text shares a phrase earlier ("la
    qualité et la sécurité des données"): the finder once bisected its names in the order
    found, coordinated ones last, and missed the neighbour (the pieces brought it out)."""
    text = (
        "la qualité et la sécurité des données. SQL, Docker, Python. "
        "we ship we ship we ship Kubernetes, Airflow."
    )
    found = {f.skill_id for f in cv.find_skills(BUNDLED, text)}
    assert {"data-quality", "kubernetes", "airflow"} <= found


def test_no_cue_gives_more_than_the_highest_level() -> None:
    """A skill with a cue of MAX_LEVEL is settled: no later cue can change what is shown."""
    assert max(cv.LEVEL_CUES.values()) == cv.MAX_LEVEL
    assert max(filter(None, map(cv.years_level, range(1000)))) == cv.MAX_LEVEL


@settings(max_examples=150, deadline=None)
@given(texts, st.data())
def test_settled_skills_skip_their_cues_and_leave_the_others(
    text: str, data: st.DataObject
) -> None:
    """The cues are looked for only near the hits of skills not settled: each of those
    hits gets the cue it gets when every cue of the text is read."""
    tokens = cv.Tokens(text)
    hits = sorted(cv._kept(tokens, cv._scan(FINDER, tokens)))
    skills = sorted({h.skill_id for h in hits})
    settled = {"no-such-skill"}  # never empty: the cues are then looked for near the hits
    if skills:
        settled.update(data.draw(st.lists(st.sampled_from(skills), unique=True)))
    every = cv._levels(tokens, hits)
    some = cv._levels(tokens, hits, settled)
    assert some == [None if h.skill_id in settled else c for h, c in zip(hits, every, strict=True)]


@pytest.mark.parametrize(
    "text",
    [
        "5 years of with in on for at the Python",  # "years" CUE_BEFORE words before
        "Python tools used expert",  # a cue CUE_AFTER - 1 words after the name
    ],
)
def test_cues_at_the_edge_of_reach_are_read_for_skills_not_settled(text: str) -> None:
    tokens = cv.Tokens(text)
    hits = cv._scan(FINDER, tokens)
    every = cv._levels(tokens, hits)
    assert every[0] is not None and cv._levels(tokens, hits, {"no-such-skill"}) == every
