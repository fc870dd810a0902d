"""The People menu's tools for many people at once, and the estates they are placed in:
set the involvement of the selected, add the selected to a group, estates and areas.
They act on the People page's selection (the window goes there first)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from engagement_desktop.gui.common.look_only import mark_changes
from engagement_desktop.gui.common.paged_model import PagedListingModel
from engagement_desktop.gui.common.tasks import ProgressTask
from engagement_desktop.store.engine import Store

if TYPE_CHECKING:
    from engagement_desktop.gui.people.page import PeoplePage
    from engagement_desktop.gui.rewards.catch_up import CatchUpDialog


class Window(Protocol):
    """What the tools need of the window holding them (which passes itself in)."""

    @property
    def store(self) -> Store: ...

    def current_key(self) -> str: ...

    def go_to(self, index_or_key: int | str) -> None: ...

    def current_page(self) -> Any: ...


class PeopleTools(QObject):
    """Adds its actions to the People menu and carries them out for ``window``."""

    def __init__(self, window: Window, people: PeoplePage) -> None:
        super().__init__(people)
        self.host, self.people = window, people
        menu = people.menu
        menu.addSeparator()
        self.involvement_action = menu.addAction(
            "Set in&volvement of the selected…", self.set_involvement
        )
        self.involvement_action.setToolTip(
            "Make the people selected subscribed members, or one-off contacts, at once"
        )
        self.add_to_group_action = menu.addAction(
            "Add the selected to a &group…", self.add_to_group
        )
        self.add_to_group_action.setToolTip(
            "Put the people selected on a group (a new panel, say), each for the same term"
        )
        mark_changes(self.involvement_action, self.add_to_group_action)
        self.areas_action = menu.addAction("&Estates and areas…", self.show_areas)
        self.areas_action.setToolTip("Add, rename or merge the estates people are placed in")
        #: Points dialogs opened after people were made subscribed members.
        self.offered: list[CatchUpDialog] = []

    def _parent(self) -> QWidget:
        """The window the People page is in: dialogs open over it."""
        return self.people.window()

    def _selected(self) -> list[int]:
        if self.host.current_key() != "people":
            self.host.go_to("people")
        return [int(person_id) for person_id in self.people.selected_ids()]

    def set_involvement(self) -> ProgressTask | None:
        """Asked, then carried out on the database worker; the list is read again after,
        with the same people still selected (a second tool can follow at once)."""
        from engagement_desktop.gui.people.involvement import set_involvement_of

        ids = self._selected()
        return set_involvement_of(
            self._parent(),
            self.host.store,
            ids,
            offered=self.offered,
            changed=lambda _count: self.refresh_keeping(ids),
        )

    def refresh_keeping(self, ids: list[int]) -> None:
        """Read the People list again and select ``ids`` in it (those still shown)."""
        self.people.refresh()
        model, table = self.people.model, self.people.ui.table
        assert isinstance(model, PagedListingModel)
        selection = QItemSelection()
        last_column = max(model.columnCount() - 1, 0)
        for row in model.rows_of(ids):
            selection.select(model.index(row, 0), model.index(row, last_column))
        flags = QItemSelectionModel.SelectionFlag
        table.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)

    def add_to_group(self) -> QDialog | None:
        from engagement_desktop.gui.groups.add_selected import AddToGroupDialog
        from engagement_desktop.gui.people.involvement import NOTHING_SELECTED

        ids = self._selected()
        if not ids:
            QMessageBox.information(self._parent(), "Add to a group", NOTHING_SELECTED)
            return None
        dialog = AddToGroupDialog(self.host.store, ids, self._parent())
        dialog.accepted.connect(
            lambda: QMessageBox.information(self._parent(), "Added", dialog.saved.describe())
        )
        dialog.open()
        return dialog

    def show_areas(self) -> QDialog:
        """The estates and areas; a change refreshes the section shown (its estate lists)."""
        from engagement_desktop.gui.people.areas import AreasDialog

        dialog = AreasDialog(self.host.store, self._parent())
        dialog.changed.connect(lambda: self.host.current_page().refresh())
        dialog.merged.connect(self.follow_merge)
        dialog.open()
        return dialog

    def follow_merge(self, removed: int, kept: int) -> None:
        """People shown for the estate merged away are shown for the one kept (not,
        silently, for every estate). Runs before the page reads its estates again."""
        box = self.people.filter_boxes.get("area")
        if box is not None and box.currentData() == removed:
            box.setCurrentIndex(max(box.findData(kept), 0))
