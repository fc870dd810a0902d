"""The Settings dialog in tabs, so it fits a 1366 x 768 laptop at 125%: what the
landlord is and how its reports count ("Organisation and reports"), how the data is
kept safe ("Data protection": retention periods, the backup folder, the idle lock), then
the tabs the dialog adds after these two (Mailings, Money, You)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QBoxLayout, QTabWidget, QVBoxLayout, QWidget


def into_tabs(
    layout: QBoxLayout,
    first: Sequence[QWidget],
    second: Sequence[QWidget],
    before: QWidget,
) -> QTabWidget:
    """Move the ``first`` widgets (already in ``layout``) and the ``second`` into two tabs
    placed in ``layout`` just above ``before`` (the dialog's buttons)."""
    tabs = QTabWidget(layout.parentWidget())
    # Every tab's name in full: the dialog widens to them rather than hiding the last
    # ones behind scroll arrows ("Mor…" for Money).
    tabs.setUsesScrollButtons(False)
    for title, widgets in (("&Organisation and reports", first), ("&Data protection", second)):
        page = QWidget()
        column = QVBoxLayout(page)
        for widget in widgets:
            layout.removeWidget(widget)
            column.addWidget(widget)
        column.addStretch(1)
        tabs.addTab(page, title)
    layout.insertWidget(layout.indexOf(before), tabs)
    return tabs
