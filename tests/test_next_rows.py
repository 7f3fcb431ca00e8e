"""`next` tries only the sharers on a cold role no single skill can lift above the floor
(issue 10, item 9): each row is the row computed with every candidate, in the same
order, on random small catalogues and on the bundled one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from careers_cli import catalogue, matching
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


@fast
@given(
    small_catalogues(),
    st.dictionaries(st.sampled_from(LINKED), st.integers(1, 5), max_size=6),
    st.lists(st.integers(0, 11), max_size=2),
    st.data(),
)
def test_a_row_tried_on_sharers_is_the_row_tried_on_every_candidate(
    index: catalogue.Index, levels: dict[str, int], kept: list[int], data: st.DataObject
) -> None:
    board = matching._Board(index.board(), levels, kept)
    plain = EveryCandidate(index.board(), levels, kept)
    reached = {new for i in range(len(board.ids)) for new in plain._row(i, None, -1.0).values()}
    marks = sorted({*board.scores, *board.peak, *(x - d for x in reached for d in (1e-6, 1.0))})
    floor = data.draw(st.one_of(st.sampled_from(marks), st.floats(0.0, 60.0)), label="floor")
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
