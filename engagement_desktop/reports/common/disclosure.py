"""Statistical disclosure control for the small tables a Board and the public see.

A count under the minimum (5 unless the landlord sets another) is never printed: in a
table of 500 people, "Other: 3" can point at a person. Hiding that one cell is not
enough when the table's total (or the percentages) is printed too, since the reader
subtracts the cells shown: "Female 267, Male 248, of 518" gives Other = 3. So whenever
exactly one cell would be hidden, the next smallest cell is hidden as well (secondary
suppression, as the ONS does); the reader then knows only what the hidden cells add up
to, never what either one is. Percentages of hidden cells are hidden with them.

Every report table goes through :func:`hidden_cells`, so the PDF, the workbook and
``--json`` hide the same cells.
"""

from __future__ import annotations

from collections.abc import Sequence

MINIMUM = 5


def hidden_cells(counts: Sequence[int], minimum: int = MINIMUM) -> list[bool]:
    """Which cells of one table to hide, given that its total is shown.

    Primary: every count from 1 to ``minimum - 1``. Secondary: when that leaves a single
    hidden cell, the smallest other cell (a non-zero one where there is one) is hidden
    too. Zeros are shown: a zero points at nobody."""
    hidden = [0 < count < minimum for count in counts]
    if sum(hidden) == 1:
        others = [i for i, is_hidden in enumerate(hidden) if not is_hidden]
        if others:
            partner = min(others, key=lambda i: (counts[i] == 0, counts[i], i))
            hidden[partner] = True
    return hidden


#: How a hidden cell is printed. One mark for every hidden cell: a reader told which
#: cells are small ("fewer than 5") and which were hidden to protect them could work the
#: small one out from what the two add up to.
HIDDEN = "*"


def footnote(minimum: int = MINIMUM) -> str:
    return (
        f"* not shown: fewer than {minimum} people, or hidden so that such a number "
        "cannot be worked out from the total."
    )


def shown_count(count: int, hidden: bool) -> str:
    """How a protected count is printed: '1,234', or the one mark for hidden cells."""
    return HIDDEN if hidden else f"{count:,}"
