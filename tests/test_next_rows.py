"""`next` tries only the sharers on a cold role no single skill can lift above the floor
(issue 10, item 9): each row is the row computed with every candidate, in the same
order, on random small catalogues and on the bundled one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from careers_cli import matching
from tests.test_fast_paths import BUNDLED, LINKED, fast, small_catalogues


class EveryCandidate(matching._Board):
    """The board that tries every candidate on every row."""

    def _sharing(self, i: int, floor: float) -> None:
        return None


def _rows(board: matching._Board, floor: float) -> list[list[tuple[str, float]]]:
    return [
        [(term.id, new) for term, new in board._row(i, None, floor).items()]
        for i in range(len(board.ids))
    ]


def _floor(board: matching._Board, plain: matching._Board, data: st.DataObject) -> float:
    """A floor drawn near the scores, peaks and scores candidates reach (where a wrong
    bound would show), or anywhere."""
    n = len(board.ids)
    near = {new for i in range(n) for new in plain._row(i, None, -1.0).values()}
    marks = {*board.scores, *board.peak, *(x - d for x in near for d in (1e-6, 1.0))}
    return data.draw(st.one_of(st.sampled_from(sorted(marks)), st.floats(0.0, 60.0)))


@fast
@given(st.data())
def test_a_row_tried_on_sharers_is_the_row_tried_on_every_candidate(data: st.DataObject) -> None:
    index = data.draw(small_catalogues())
    levels = data.draw(st.dictionaries(st.sampled_from(LINKED), st.integers(1, 5), max_size=6))
    kept = data.draw(st.lists(st.integers(0, 11), max_size=2))
    board = matching._Board(index.board(), levels, kept)
    plain = EveryCandidate(index.board(), levels, kept)
    floor = _floor(board, plain, data)
    assert _rows(board, floor) == _rows(plain, floor)


def test_the_bundled_catalogue_has_rows_tried_on_sharers_only() -> None:
    """Not vacuous: cold roles that only a sharer can lift, and their rows not empty."""
    links, levels = BUNDLED.board(), {"python": 3, "sql": 2}
    board, plain = matching._Board(links, levels), EveryCandidate(links, levels)
    floor = sorted(board.scores)[-5]
    sharing = [i for i in range(len(board.ids)) if board._sharing(i, floor)]
    assert sharing
    assert any(board._row(i, None, floor) for i in sharing)
    assert _rows(board, floor) == _rows(plain, floor)
    assert matching.next_skills(BUNDLED, levels).suggestions
