"""'Erase this person…' on the person editor: a confirmation that says what goes and what
stays (and asks about points not yet converted), then one ``erase_person`` call.
"""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QMessageBox, QPushButton, QWidget

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.backups.safety import backup_now_before
from engagement_desktop.services.privacy.erase import (
    GOES,
    STAYS,
    erase_person,
    erased_ids,
    points_to_settle,
)
from engagement_desktop.store.engine import Store

TITLE = "Erase this person"


def add_erase_button(beside: QPushButton, store: Store, person_id: int | None) -> QPushButton:
    """A button after ``beside`` (the editor's Archive) in the same row; only for a saved,
    not yet erased person."""
    button = QPushButton("Erase this person…", beside.parentWidget())
    button.setAutoDefault(False)
    button.setToolTip("Erase by anonymisation: their identity goes, the figures stay")
    button.setAccessibleName("Erase this person")
    for layout in beside.parentWidget().findChildren(QBoxLayout):
        index = layout.indexOf(beside)
        if index >= 0:
            layout.insertWidget(index + 1, button)
            break
    QWidget.setTabOrder(beside, button)
    if person_id is None:
        button.setEnabled(False)
    else:
        with store.session() as session:
            button.setEnabled(person_id not in erased_ids(session))
    return button


def confirm_and_erase(parent: QWidget, store: Store, person_id: int) -> bool:
    """Ask, then erase; True when the person was erased."""
    with store.session() as session:
        owed = points_to_settle(session, person_id)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(TITLE)
    box.setText("Erase this person? This cannot be undone.")
    box.setInformativeText(
        f"Goes: {GOES}.\n\nStays: {STAYS}."
        + (
            f"\n\nThey have {owed:,} points not yet converted: forfeit them, or keep them "
            "as an anonymous balance?"
            if owed > 0
            else ""
        )
    )
    choices: dict[object, str | None] = {}
    if owed > 0:
        choices[box.addButton("Erase, &forfeit points", QMessageBox.ButtonRole.AcceptRole)] = (
            "forfeit"
        )
        choices[box.addButton("Erase, &keep points", QMessageBox.ButtonRole.AcceptRole)] = "keep"
    else:
        choices[box.addButton("&Erase", QMessageBox.ButtonRole.AcceptRole)] = None
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked not in choices or not backup_now_before(parent, store, "erasure"):
        return False
    try:
        done = erase_person(store, person_id, unconverted_points=choices[clicked])
    except EngagementError as exc:
        QMessageBox.warning(parent, TITLE, str(exc))
        return False
    if done.wal_truncated is False:
        QMessageBox.information(
            parent,
            TITLE,
            "The person was erased. Another window is reading the database, so the last "
            "traces in its journal file are cleared when the program closes.",
        )
    return True
