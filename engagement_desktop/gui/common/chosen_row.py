"""Buttons that act on the chosen row of a list, enabled only while a row is chosen."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QWidget


def follow_selection(view: QAbstractItemView, *buttons: QWidget) -> None:
    """``buttons`` (Open, View certificate ...) are enabled while ``view`` has a row
    chosen, and again checked when its rows are read afresh (which clears the choice).
    The view's model must be set first."""

    def update(*_args: object) -> None:
        selection = view.selectionModel()
        chosen = selection is not None and selection.hasSelection()
        for button in buttons:
            button.setEnabled(chosen)

    view.selectionModel().selectionChanged.connect(update)
    model = view.model()
    model.modelReset.connect(update)
    model.layoutChanged.connect(update)
    update()
