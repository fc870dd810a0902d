"""The People section: the list plus what an officer does to a person from it.

Add (Ctrl+N), open (Enter or double-click), archive (Delete) and restore,
merge two records, and export the list as shown to Excel. Every change is one
service call; the list is read again afterwards.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QFileDialog, QMenu, QMessageBox, QWidget

from engagement_desktop.gui.common.flow_layout import wrap_row
from engagement_desktop.gui.common.list_page import ListPage
from engagement_desktop.gui.common.look_only import mark_changes, may_change
from engagement_desktop.gui.common.paged_model import PagedListingModel
from engagement_desktop.gui.common.tasks import (
    ProgressTask,
    TaskProgress,
    database_pool,
    run_with_progress,
)
from engagement_desktop.gui.crash import warn_or_report
from engagement_desktop.gui.forms.ui_people_actions import Ui_PeopleActions
from engagement_desktop.services.listings import Listing
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store

if TYPE_CHECKING:  # the editor, merge dialog and Excel writer load when first used
    from engagement_desktop.gui.people.editor import PersonEditor
    from engagement_desktop.gui.people.merge_dialog import MergeDialog
    from engagement_desktop.interchange.writing.list_export import ExportResult

#: The archived choice: (text, what the model is told).
ARCHIVED_CHOICES: tuple[tuple[str, Any], ...] = (
    ("Current people", False),
    ("Current and archived", True),
    ("Archived only", "only"),
)
EXCEL_FILTER = "Excel workbooks (*.xlsx)"
#: Archive / restore this many people at most in one go (one service call each).
MAX_AT_ONCE = 200


class PeoplePage(ListPage):
    """People list with the person actions; rows are read a page at a time."""

    model_class = PagedListingModel
    #: Asks the window to bring this page on screen (Ctrl+N from another section).
    show_requested = Signal()

    def __init__(self, store: Store, listing: Listing, parent: QWidget | None = None) -> None:
        super().__init__(store, listing, parent)
        self.editor: PersonEditor | None = None
        self.merge_dialog: MergeDialog | None = None
        self.export_task: ProgressTask | None = None
        self.last_export: ExportResult | None = None

        self._wrap_filters()
        self.action_bar = QWidget(self)
        self.actions_ui = Ui_PeopleActions()
        self.actions_ui.setupUi(self.action_bar)
        self.ui.pageLayout.addWidget(self.action_bar)
        self._build_actions()
        table = self.ui.table
        table.activated.connect(lambda index: self.open_person(self.model.row_id(index.row())))
        table.installEventFilter(self)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(lambda pos: self.menu.exec(table.mapToGlobal(pos)))
        table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        QWidget.setTabOrder(table, self.actions_ui.addButton)
        self._update_actions()

    # --- building -------------------------------------------------------------------------

    def _action(self, text: str, slot: Any, button: Any, shortcut_hint: str = "") -> QAction:
        action = QAction(text, self)
        self._hints += [(action, text, shortcut_hint)] if shortcut_hint else []
        action.triggered.connect(slot)
        button.clicked.connect(action.trigger)
        self.menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        ui = self.actions_ui
        self.menu = QMenu("&People", self)
        # The menu's hints, shown only on this page: Ctrl+N is this page's (see below),
        # Enter and Delete the table's (handled in eventFilter), not the whole window's.
        self._hints: list[tuple[QAction, str, str]] = []
        self.menu.aboutToShow.connect(
            lambda: [a.setText(f"{t}\t{h}" if self.isVisible() else t) for a, t, h in self._hints]
        )
        self.add_action = self._action("&Add person…", self.add_person, ui.addButton, "Ctrl+N")
        self.add_action.setObjectName("actionAddPerson")
        # Ctrl+N is "new" in whichever section is on screen (a new event on Events ...): live
        # while this page is visible, wherever the focus is; the menu item works anywhere.
        self.add_shortcut = QAction("Add person", self)
        self.add_shortcut.setShortcut(QKeySequence("Ctrl+N"))
        self.add_shortcut.triggered.connect(self.add_person)
        self.addAction(self.add_shortcut)
        self.open_action = self._action("&Open", self.open_selected, ui.openButton, "Enter")
        self.archive_action = self._action(
            "Ar&chive…", self.archive_selected, ui.archiveButton, "Del"
        )
        self.restore_action = self._action("Res&tore", self.restore_selected, ui.restoreButton)
        self.menu.addSeparator()
        self.merge_action = self._action("&Merge…", self.merge_selected, ui.mergeButton)
        mark_changes(self.add_action, self.add_shortcut, ui.addButton)
        self.export_action = self._action("E&xport to Excel…", self.export, ui.exportButton)
        # In the People menu only: a button would widen the page past a laptop at 150%.
        self.mailing_action = QAction("Ma&iling to the selected or shown people…", self)
        self.mailing_action.setToolTip(
            "Letters, labels, emails or texts: to the people selected (two or more), "
            "else to everyone the list shows"
        )
        self.mailing_action.triggered.connect(self.mailing)
        self.menu.addAction(self.mailing_action)

    def _wrap_filters(self) -> None:
        """Seven filters: one row on a wide screen, two on a laptop (never a wider window)."""
        wrap_row(self.ui.filterLayout, self.ui.filterArea, "filterFlow")
        self._fix_tab_order()  # moving the boxes took them out of the focus chain

    def _archived_control(self) -> QWidget:
        """Current people, everyone, or only the archived (to find someone to restore)."""
        box = QComboBox(self.ui.filterArea)
        box.setObjectName("archivedFilter")
        box.setAccessibleName("Archived people filter")
        box.setToolTip("Archived people leave the lists but keep their history")
        for text, value in ARCHIVED_CHOICES:
            box.addItem(text, value)
        box.currentIndexChanged.connect(
            lambda i: self.model.set_include_archived(ARCHIVED_CHOICES[i][1])
        )
        return box

    # --- selection ------------------------------------------------------------------------

    def select_person(self, person_id: int) -> bool:
        """Make a person the current row, if they are in the list as it stands."""
        model = self.model
        assert isinstance(model, PagedListingModel)
        row = model.row_of(person_id)
        if row is None:
            return False
        index = model.index(row, 0)
        self.ui.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.ui.table.scrollTo(index)
        return True

    def _archived_states(self, ids: list[Any]) -> set[bool]:
        if not ids:
            return set()
        if len(ids) > MAX_AT_ONCE:
            return {True, False}  # too many to look up on every click; the action checks
        with self.model.store.session() as session:
            return people.archived_states(session, ids)

    def _update_actions(self, *_args: Any) -> None:
        ids = self.selected_ids()
        states = self._archived_states(ids) if self.model.include_archived else {False}
        self.open_action.setEnabled(len(ids) == 1)
        changeable = may_change(self.model.store)  # a viewer's copy: look only
        self.archive_action.setEnabled(changeable and bool(ids) and False in states)
        self.restore_action.setEnabled(changeable and bool(ids) and True in states)
        self.merge_action.setEnabled(changeable and 1 <= len(ids) <= 2)
        self.export_action.setEnabled(self.export_task is None or not self.export_task.running)
        for action, button in (
            (self.open_action, self.actions_ui.openButton),
            (self.archive_action, self.actions_ui.archiveButton),
            (self.restore_action, self.actions_ui.restoreButton),
            (self.merge_action, self.actions_ui.mergeButton),
            (self.export_action, self.actions_ui.exportButton),
        ):
            button.setEnabled(action.isEnabled())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete on the list archives the selected people (after asking)."""
        if (
            watched is self.ui.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
        ):
            if self.archive_action.isEnabled():
                self.archive_selected()
            return True
        return super().eventFilter(watched, event)

    # --- the person editor ----------------------------------------------------------------

    def add_person(self) -> PersonEditor:
        self.show_requested.emit()
        return self.open_person(None)

    def open_selected(self) -> PersonEditor | None:
        ids = self.selected_ids() or (
            [self.model.row_id(self.ui.table.currentIndex().row())]
            if self.ui.table.currentIndex().isValid()
            else []
        )
        return self.open_person(ids[0]) if ids else None

    def open_person(self, person_id: int | None) -> PersonEditor:
        """Show the editor (window-modal, so the program does not wait on it)."""
        from engagement_desktop.gui.people.editor import PersonEditor

        editor = PersonEditor(self.model.store, person_id, self)
        editor.finished.connect(lambda code, e=editor: self._editor_closed(e, code))
        self.editor = editor
        editor.open()
        return editor

    def _editor_closed(self, editor: PersonEditor, code: int) -> None:
        from engagement_desktop.gui.people.editor import OPEN_EXISTING

        if self.editor is editor:
            self.editor = None
        editor.deleteLater()
        if code == OPEN_EXISTING and editor.open_instead is not None:
            self.refresh()
            self.select_person(editor.open_instead)
            self.open_person(editor.open_instead)
            return
        if editor.changed:
            self.refresh()
            if editor.person_id is not None:
                self.select_person(editor.person_id)
        self.ui.table.setFocus()

    # --- archive, restore, merge ----------------------------------------------------------

    def _names(self, ids: list[Any]) -> str:
        with self.model.store.session() as session:
            names = [people.get_person(session, i).full_name for i in ids[:5]]
        more = f" and {len(ids) - 5} more" if len(ids) > 5 else ""
        return ", ".join(names) + more

    def _too_many(self, ids: list[Any], what: str) -> bool:
        if len(ids) <= MAX_AT_ONCE:
            return False
        QMessageBox.information(
            self,
            what,
            f"{len(ids):,} people are selected. {what} works on up to {MAX_AT_ONCE} at a "
            "time, each one its own change in the audit trail: narrow the list first.",
        )
        return True

    def archive_selected(self) -> None:
        ids = self.selected_ids()
        if not ids or self._too_many(ids, "Archive"):
            return
        answer = QMessageBox.question(
            self,
            "Archive",
            f"Archive {self._names(ids)}?\n\nArchived people leave the lists and keep all "
            "their history. You can restore them later (choose “Archived only”).",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for person_id in ids:
            people.archive_person(self.model.store, person_id)
        self.refresh()
        self._say(f"Archived {len(ids)} {'person' if len(ids) == 1 else 'people'}.")

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if self._too_many(ids, "Restore"):
            return
        for person_id in ids:
            people.restore_person(self.model.store, person_id)
        self.refresh()
        if ids:
            self.select_person(ids[0])
            self._say(f"Restored {len(ids)} {'person' if len(ids) == 1 else 'people'}.")

    def merge_selected(self) -> MergeDialog | None:
        from engagement_desktop.gui.people.merge_dialog import MergeDialog

        ids = self.selected_ids()
        if not 1 <= len(ids) <= 2:
            QMessageBox.information(
                self,
                "Merge",
                "Select the two records of the same person (or one, then "
                "find the other in the merge window).",
            )
            return None
        dialog = MergeDialog(self.model.store, ids[0], ids[1] if len(ids) == 2 else None, self)
        dialog.finished.connect(lambda _code, d=dialog: self._merge_closed(d))
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _merge_closed(self, dialog: MergeDialog) -> None:
        self.merge_dialog = None
        dialog.deleteLater()
        if dialog.result_of_merge is not None:
            self.refresh()
            self.select_person(dialog.result_of_merge.survivor_id)

    def _say(self, text: str) -> None:
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 8000)

    # --- mailing --------------------------------------------------------------------------

    def mailing(self) -> QWidget:
        """A mailing to the selected people (two or more), else to the list as filtered."""
        from engagement_desktop.gui.mailings.menu import open_mailing
        from engagement_desktop.services.mailings.selection import describe_ids

        ids = self.selected_ids()
        model = self.model
        if len(ids) >= 2:
            how = f"{len(ids):,} people selected on the People page"
        else:
            with model.store.session() as session:
                ids = self.listing.fetch_ids(
                    session,
                    model.search,
                    filters=dict(model.filters),
                    include_archived=model.include_archived,
                    ordered=False,
                )
            how = f"{len(ids):,} people on the People list as filtered"
        return open_mailing(self, model.store, describe_ids(ids, how))

    # --- export ---------------------------------------------------------------------------

    def export(self) -> ProgressTask | None:
        """Ask where, then write the list as shown on the database worker with progress."""
        # Excel's writers load on first use, not before the window's first paint.
        from engagement_desktop.gui.common.export_shown import nothing_to_export
        from engagement_desktop.interchange.writing.list_export import export_listing

        if self.export_task is not None and self.export_task.running:
            return None
        if nothing_to_export(self, self.model, "Export to Excel"):
            return None
        start = Path.home() / f"{self.listing.title}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, "Export to Excel", str(start), EXCEL_FILTER)
        if not path:
            return None
        model, store, listing = self.model, self.model.store, self.listing
        options: dict[str, Any] = {
            "search": model.search,
            "filters": dict(model.filters),
            "sort": (model.sort_key, model.descending),
            "include_archived": model.include_archived,
        }

        def work(progress: TaskProgress) -> ExportResult:
            with store.session() as session:
                return export_listing(
                    session,
                    listing,
                    path,
                    progress=lambda done, total: progress(done, total or 0, "Writing rows…"),
                    **options,
                )

        self.export_task = run_with_progress(
            self,
            work,
            title="Export to Excel",
            label=f"Exporting {model.rowCount():,} {listing.plural}…",
            on_finished=self._export_finished,
            on_failed=self._export_failed,
            on_cancelled=lambda: self._say("Export cancelled; no file was written."),
            pool=database_pool(),
        )
        self.export_task.done.connect(self._update_actions)
        self._update_actions()
        return self.export_task

    def _export_finished(self, result: ExportResult) -> None:
        from engagement_desktop.gui.common.export_shown import what_was_exported

        self.last_export = result
        told = what_was_exported(self.model, result.rows, result.path)
        self._say(told)
        QMessageBox.information(self, "Export to Excel", told)

    def _export_failed(self, exc: BaseException) -> None:
        warn_or_report(self, "Export to Excel", exc)
