""" "Did you mean": the one policy for every suggestion careers makes.

Role, skill, application, family and source names, catalogue fields and values: every
unknown name gets at most :data:`LIMIT` suggestions, those whose folded text (case,
accents and separators ignored) is at least :data:`CUTOFF` similar to it (difflib's
ratio), best first, in one wording (:func:`did_you_mean`).

Comparing a name with every choice costs milliseconds on a large catalogue (80,000
names and aliases for 20,000 skills), so a :class:`Suggester` keeps an index of the
choices' trigrams: a name is compared exactly only with the few choices that share most
of its trigrams, found by reading at most :data:`BUDGET` index entries, rarest trigrams
first. The cost of a name no longer grows with the catalogue.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from careers_cli.text import fold

LIMIT = 3  # suggestions shown at most
CUTOFF = 0.7  # least similarity (0-1) of a suggestion to the name
SHORTLIST = 6  # choices compared exactly, those sharing the most trigrams
BUDGET = 2000  # index entries read per name at most
SHORT_KEY = 5  # names this long or shorter: every candidate compared exactly


def _grams(key: str) -> set[str]:
    padded = f" {key} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


class Trigrams:
    """Close matches for names among fixed choices, already folded (see ``text.fold``),
    from an index of their trigrams; where the index lives is the subclass's."""

    def postings(self, grams: Iterable[str]) -> dict[str, Sequence[int]]:
        """For each of these trigrams the index has, the choices holding it, in order."""
        raise NotImplementedError

    def keys_at(self, ids: Iterable[int]) -> dict[int, str]:
        """The folded text of these choices."""
        raise NotImplementedError

    def _shortlist(self, key: str) -> dict[int, str]:
        """The choices that share the most trigrams with ``key`` (a bounded read)."""
        grams = _grams(key)
        found_for = self.postings(grams)
        postings = sorted((found_for[g] for g in grams if g in found_for), key=len)
        counts: Counter[int] = Counter()
        read = 0
        for found in postings:
            if read + len(found) > BUDGET:
                if read:  # a trigram this common says little: stop here
                    break
                found = found[:BUDGET]
            counts.update(found)
            read += len(found)
        if len(counts) > 8 * SHORTLIST:  # many alike (names made of a few words): cap them
            close = [i for i, _ in counts.most_common(8 * SHORTLIST)]
        else:
            floor = max(counts.values(), default=0) / 2  # half the most any choice shares
            close = [i for i, shared in counts.items() if shared >= floor]
        texts = self.keys_at(close)
        if len(close) <= SHORTLIST or len(key) <= SHORT_KEY:
            # a short name shares few trigrams with any choice ("olas" one with "polars",
            # two with "olap"): its at most 48 candidates are all compared exactly
            return {i: texts[i] for i in close}
        # Most shared trigrams for their number (Dice's coefficient, the grams counted
        # by length): among names sharing as many, those of a like size come first.
        import heapq

        size = len(key)
        best = heapq.nlargest(SHORTLIST, close, key=lambda i: counts[i] / (size + len(texts[i])))
        return {i: texts[i] for i in best}

    def __call__(self, name: str) -> list[str]:
        """The folded choices closest to ``name``, best first (ties by text)."""
        import difflib  # here: a run that suggests nothing does not import it

        key = fold(name)
        if not key:
            return []
        matcher = difflib.SequenceMatcher()
        matcher.set_seq2(key)
        scored = []
        for text in self._shortlist(key).values():
            matcher.set_seq1(text)
            if (
                matcher.real_quick_ratio() >= CUTOFF
                and matcher.quick_ratio() >= CUTOFF
                and (ratio := matcher.ratio()) >= CUTOFF
            ):
                scored.append((-ratio, text))
        scored.sort()
        return [k for _, k in scored[:LIMIT]]


class Suggester(Trigrams):
    """:class:`Trigrams` over choices held in memory (the index is built here; a
    compiled catalogue keeps it in its database, ``stored.StoredTrigrams``)."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys: list[str] = list(dict.fromkeys(k for k in keys if k))
        self.index: dict[str, list[int]] = {}
        for i, key in enumerate(self.keys):
            for gram in _grams(key):
                found = self.index.get(gram)
                if found is None:
                    self.index[gram] = [i]
                else:
                    found.append(i)

    def postings(self, grams: Iterable[str]) -> dict[str, Sequence[int]]:
        return {g: found for g in grams if (found := self.index.get(g))}

    def keys_at(self, ids: Iterable[int]) -> dict[int, str]:
        return {i: self.keys[i] for i in ids}


def suggestion_owners(ids: Sequence[str], labels: Sequence[str]) -> dict[str, str]:
    """Each folded name or alias (separators kept: words count in how alike two names
    are) and its first owner: the choices of "did you mean" (``catalogue.Lookup``, ``store``)."""
    owner: dict[str, str] = {}
    for ident, label in zip(ids, labels, strict=True):
        owner.setdefault(fold(label), ident)
    return owner


def closest(name: str, choices: Iterable[str]) -> list[str]:
    """The choices closest to ``name`` (at most :data:`LIMIT`), compared on folded text."""
    original: dict[str, str] = {}
    for choice in choices:
        original.setdefault(fold(choice), choice)
    return [original[k] for k in Suggester(original)(name)]


def did_you_mean(names: Sequence[str]) -> str:
    """The one wording of suggestions: ``did you mean 'a', 'b' or 'c'?`` ('' for none)."""
    if not names:
        return ""
    from careers_cli.i18n import msg

    quoted = [f"'{n}'" for n in names]
    listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + msg("or_word") + quoted[-1]
    return msg("did_you_mean_names", names=listed)
