"""Columns share the window fairly; a cut cell shows its whole text on hover."""

from __future__ import annotations

from engagement_desktop.gui.common.cut_text import fit_widths


def test_all_fit_when_there_is_room() -> None:
    assert fit_widths([100, 200, 80], [60, 60, 60], 500) == [100, 200, 80]


def test_only_the_widest_are_cut_and_short_columns_keep_their_text() -> None:
    # Estate (150), Tenure (220), Phone (90) in 400: Phone keeps all of it, the two long
    # ones are cut to one cap rather than Estate losing its end while Tenure has room
    assert fit_widths([150, 220, 90], [80, 80, 90], 400) == [150, 160, 90]


def test_never_below_the_typical_width() -> None:
    assert fit_widths([300, 300], [200, 200], 300) == [200, 200]
