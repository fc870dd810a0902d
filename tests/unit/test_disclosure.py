"""Small-number suppression: no hidden small count can be worked back from what is shown."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from engagement_desktop.reports.common.disclosure import hidden_cells, shown_count


def test_the_boards_example_hides_a_second_cell() -> None:
    # Female 267, Male 248, Other 3 of 518: Other alone hidden gives 518 - 267 - 248 = 3
    assert hidden_cells([267, 248, 3]) == [False, True, True]
    counts = [267, 248, 3]
    shown = [shown_count(c, h) for c, h in zip(counts, hidden_cells(counts), strict=True)]
    assert shown == ["267", "*", "*"]


def test_two_small_cells_protect_each_other_and_zeros_show() -> None:
    assert hidden_cells([841, 1, 1, 0]) == [False, True, True, False]
    assert hidden_cells([10, 0, 0]) == [False, False, False]
    assert hidden_cells([3, 0, 0]) == [True, True, False]  # a zero partner still hides it


@given(st.lists(st.integers(min_value=0, max_value=60), min_size=1, max_size=12))
def test_no_hidden_small_count_can_be_worked_back(counts: list[int]) -> None:
    hidden = hidden_cells(counts)
    small = [i for i, c in enumerate(counts) if 0 < c < 5]
    assert all(hidden[i] for i in small)
    if small:
        # knowing the total and every shown cell leaves only the hidden cells' sum, which
        # at least two cells share, so no one of them is determined
        assert sum(hidden) >= 2 or len(counts) == 1
