"""The Groups section: the list of groups, and the selected group with its members and terms.

The list is the ordinary groups list (search, filters, sorting in SQL); beside
it, ``forms/group_details.ui`` shows the group, the terms-of-office warnings
and seat counts from ``services/groups/terms.py``, and its members (the memberships
listing). Every change goes through one service call in a dialog.
"""

from __future__ import annotations

from html import escape
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QBrush, QKeySequence
from PySide6.QtWidgets import QApplication, QHeaderView, QPushButton, QSplitter, QStyle, QWidget

from engagement_desktop.errors import NotFound
from engagement_desktop.gui.common.column_refit import RefitOnResize
from engagement_desktop.gui.common.cut_text import fit_widths, show_cut_text
from engagement_desktop.gui.common.export_shown import export_shown
from engagement_desktop.gui.common.list_page import ListPage
from engagement_desktop.gui.common.look_only import mark_changes
from engagement_desktop.gui.common.table_model import (
    FLAGGED_FILL,
    FLAGGED_TEXT,
    Index,
    ListingModel,
)
from engagement_desktop.gui.common.tasks import ProgressTask
from engagement_desktop.gui.forms.ui_group_details import Ui_GroupDetails
from engagement_desktop.gui.groups.group_dialog import GroupDialog
from engagement_desktop.gui.groups.membership_dialog import MembershipDialog, StandDownDialog
from engagement_desktop.gui.mailings.menu import mail_to
from engagement_desktop.services.groups.details import GroupDetails, group_details
from engagement_desktop.services.groups.terms import TermWarning
from engagement_desktop.services.listings import GROUPS, MEMBERSHIPS, Listing
from engagement_desktop.store.engine import Store

WARNING_BOX = (
    "QLabel#warningsLabel { background: #fff1c2; color: #3d2e00;"
    " border: 1px solid #e0b44c; border-radius: 3px; }"
)
#: Most serious first.
_WARNING_ORDER = {"over_limit": 0, "too_long": 1, "ending_soon": 2}
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_DECORATION = int(Qt.ItemDataRole.DecorationRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)


class MembersModel(ListingModel):
    """One group's terms; rows with a terms-of-office warning are amber with an icon."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(store, MEMBERSHIPS, parent)
        self.warnings: dict[int, list[str]] = {}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (_BACKGROUND, _FOREGROUND, _DECORATION, _TIP):
            messages = self.warnings.get(self.row_id(index.row()))
            if messages:
                if role == _BACKGROUND:
                    return QBrush(FLAGGED_FILL)
                if role == _FOREGROUND:
                    return QBrush(FLAGGED_TEXT)
                if role == _TIP:
                    return "\n".join(messages)
                if index.column() == 0:
                    return QApplication.style().standardIcon(
                        QStyle.StandardPixmap.SP_MessageBoxWarning
                    )
            if role != _TIP:
                return None
        return super().data(index, role)

    def set_store(self, store: Store) -> None:
        """The page reloads with the new database's group (ids of the old one mean nothing)."""
        self._store = store


class GroupsPage(ListPage):
    """Groups on the left; the chosen group, its warnings and its members on the right."""

    def __init__(self, store: Store, listing: Listing = GROUPS, parent: QWidget | None = None):
        super().__init__(store, listing, parent)
        self.group_id: int | None = None
        self.details: GroupDetails | None = None
        self.export_task: ProgressTask | None = None
        self.panel = QWidget(self)
        self.dui = dui = Ui_GroupDetails()
        dui.setupUi(self.panel)
        self._lay_out()
        self.members = MembersModel(store, self)
        self.members.loaded.connect(self._members_loaded)
        table = dui.membersTable
        table.setModel(self.members)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.ui.table.verticalHeader().defaultSectionSize())
        rows.hide()
        table.horizontalHeader().setStretchLastSection(True)
        self._member_refit = RefitOnResize(table, self._fit_member_columns)
        show_cut_text(table)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(
            self.members.sort_column(), Qt.SortOrder.AscendingOrder
        )
        self._make_actions()
        self.ui.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.ui.table.activated.connect(lambda _index: self.edit_group())
        table.activated.connect(lambda _index: self.edit_term())
        table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        dui.showPastCheck.toggled.connect(lambda _on: self._load_members())
        self.model.loaded.connect(self._groups_loaded)
        self.show_group(None)

    # --- layout ---------------------------------------------------------------------------

    def _lay_out(self) -> None:
        """The groups table and the details panel side by side; the list keeps name + members."""
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("groupsSplitter")
        self.ui.pageLayout.replaceWidget(self.ui.table, splitter)
        self.ui.pageLayout.setStretchFactor(splitter, 1)
        splitter.addWidget(self.ui.table)
        splitter.addWidget(self.panel)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        char = self.fontMetrics().averageCharWidth()
        splitter.setSizes([char * 50, char * 100])
        self.splitter = splitter
        for key in ("category", "kind"):  # shown in the details instead
            self.ui.table.setColumnHidden([c.key for c in self.listing.columns].index(key), True)
        self.ui.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.ui.table.setSelectionMode(self.ui.table.SelectionMode.SingleSelection)
        self.dui.warningsLabel.setStyleSheet(WARNING_BOX)
        font = self.dui.groupNameLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.dui.groupNameLabel.setFont(font)
        bold = self.dui.membersLabel.font()
        bold.setBold(True)
        self.dui.membersLabel.setFont(bold)

    def _make_actions(self) -> None:
        """Shortcuts that work anywhere on this page (and only here)."""
        dui = self.dui
        self.actions_by_name: dict[str, QAction] = {}
        self.buttons_by_name: dict[str, QPushButton] = {}
        for name, shortcut, slot, button in (
            ("new_group", "Ctrl+G", self.new_group, dui.newGroupButton),
            ("edit_group", "Ctrl+E", self.edit_group, dui.editGroupButton),
            ("add_member", "Ctrl+M", self.add_member, dui.addMemberButton),
            ("edit_term", "Ctrl+T", self.edit_term, dui.editTermButton),
            ("stand_down", "Ctrl+D", self.stand_down, dui.standDownButton),
            ("export_members", "Ctrl+Shift+E", self.export_members, dui.exportMembersButton),
            (
                "mailing",
                "",
                lambda: mail_to(self, self.model.store, "group", self.group_id),
                dui.mailingButton,
            ),
        ):
            action = QAction(button.text(), self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            button.clicked.connect(action.trigger)
            self.actions_by_name[name] = action
            self.buttons_by_name[name] = button
            if name in ("new_group", "add_member", "stand_down"):
                mark_changes(action, button)
        buttons = list(self.buttons_by_name.values())  # in the order they stand
        chain = [self.ui.table, *buttons[:2], dui.showPastCheck, *buttons[2:], dui.membersTable]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _enable(self) -> None:
        has_group = self.details is not None
        member = self.selected_member() is not None
        enabled = {
            "new_group": True,
            "edit_group": has_group,
            "add_member": has_group,
            "edit_term": member,
            "stand_down": member,
            "export_members": has_group and self.members.rowCount() > 0,
            "mailing": has_group,
        }
        for name, on in enabled.items():
            self.actions_by_name[name].setEnabled(on)
            self.buttons_by_name[name].setEnabled(on)
        self.dui.showPastCheck.setEnabled(has_group)

    # --- which group ----------------------------------------------------------------------

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        group_id = self.model.row_id(current.row()) if current.isValid() else None
        if group_id != self.group_id:
            self.show_group(group_id)

    def _groups_loaded(self, count: int) -> None:
        """After a search, sort or save: keep showing the same group if it is still listed."""
        rows = [self.model.row_id(r) for r in range(count)]
        if not rows:
            self.show_group(None)
            return
        row = rows.index(self.group_id) if self.group_id in rows else 0
        same = rows[row] == self.group_id
        self.select_group_row(row)  # a different group is shown by _row_changed
        if same:
            self.show_group(rows[row])  # the same one, read again (it may have been edited)

    def select_group_row(self, row: int) -> None:
        self.ui.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def select_group(self, group_id: int) -> None:
        """Show ``group_id`` (e.g. after saving it), selecting its row if it is listed."""
        self.group_id = group_id
        self.model.reload()  # _groups_loaded selects it

    def show_group(self, group_id: int | None) -> None:
        """Read the group's details, warnings and members and show them."""
        details = None
        if group_id is not None:
            try:
                with self.model.store.session() as session:
                    details = group_details(session, group_id)
            except NotFound:
                group_id = None
        self.group_id, self.details = group_id, details
        self._show_details(details)
        self._load_members()

    def _show_details(self, details: GroupDetails | None) -> None:
        dui = self.dui
        values: dict[str, Any] = details.values if details else {}
        dui.groupNameLabel.setText(
            details.name if details else "Choose a group, or add one with New group"
        )
        grid = dui.infoLayout
        for number in range(grid.count()):
            widget = grid.itemAt(number).widget()
            if widget is not None:
                widget.setVisible(details is not None)
        dui.categoryValue.setText(values.get("category") or "—" if details else "")
        dui.kindValue.setText(details.kind_text if details else "")
        dui.areaValue.setText((details.area_name or "Whole landlord") if details else "")
        dui.meetsValue.setText(values.get("meeting_pattern") or "—" if details else "")
        dui.termsValue.setText(details.term_rule if details else "")
        appraisal = "Yes, every member" if values.get("needs_appraisal") else "No"
        dui.appraisalValue.setText(appraisal if details else "")
        dui.purposeValue.setText(values.get("purpose") or "—" if details else "")
        self._show_seats(details)
        self._show_warnings(details.warnings if details else [])
        self.members.warnings = {}
        for warning in details.warnings if details else []:
            if warning.membership_id is not None:
                self.members.warnings.setdefault(warning.membership_id, []).append(warning.message)

    def _show_seats(self, details: GroupDetails | None) -> None:
        counts = details.seat_counts if details else []
        label = self.dui.seatsLabel
        label.setVisible(bool(counts))
        lines = []
        for count in counts:
            text = escape(count.message)
            if count.filled > count.seats:
                text = f"<span style='color:#8a4b00'><b>⚠ {text}</b></span>"
            lines.append(text)
        label.setText("<b>Seats:</b> " + " · ".join(lines))

    def _show_warnings(self, warnings: list[TermWarning]) -> None:
        label = self.dui.warningsLabel
        label.setVisible(bool(warnings))
        ordered = sorted(warnings, key=lambda w: (_WARNING_ORDER.get(w.kind, 9), w.name))
        lines = [f"⚠ <b>{escape(w.name)}</b>: {escape(w.message)}" for w in ordered]
        count = len(warnings)
        heading = f"<b>Terms of office: {count} warning{'s' if count != 1 else ''}</b>"
        label.setText("<br>".join([heading, *lines]))

    # --- members --------------------------------------------------------------------------

    def _load_members(self) -> None:
        past = self.dui.showPastCheck.isChecked()
        model = self.members
        model.filters = {"group": self.group_id or 0, "past": None if past else 0}
        model.include_archived = past
        model.reload()

    def _members_loaded(self, count: int) -> None:
        details = self.details
        if details is None:
            self.dui.membersLabel.setText("Members")
        else:
            current = f"{details.current_members} current"
            shown = f", {count} term{'s' if count != 1 else ''} shown" if count else ""
            self.dui.membersLabel.setText(f"Members: {current}{shown}")
        self._member_refit.refit()
        self._enable()

    def _fit_member_columns(self) -> None:
        """Fit the contents (a few dozen rows at most); if too wide, only the widest give
        way (``fit_widths``), never below their heading. Done again when
        the panel is resized, until a column is dragged by hand."""
        table = self.dui.membersTable
        header = table.horizontalHeader()
        natural = [
            max(table.sizeHintForColumn(n), header.sectionSizeHint(n))
            for n in range(header.count())
        ]
        floors = [header.sectionSizeHint(n) for n in range(header.count())]  # its heading
        floors[0] = natural[0]  # the person's name is what the list is for: never cut
        for number, width in enumerate(fit_widths(natural, floors, table.viewport().width())):
            header.resizeSection(number, width)

    def selected_member(self) -> int | None:
        index = self.dui.membersTable.currentIndex()
        if not index.isValid() or not self.dui.membersTable.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return int(self.members.row_id(index.row()))

    # --- actions --------------------------------------------------------------------------

    def new_group(self) -> None:
        dialog = GroupDialog(self.model.store, None, self)
        if dialog.exec():
            self.select_group(dialog.saved.id)

    def edit_group(self) -> None:
        if self.group_id is None:
            return
        dialog = GroupDialog(self.model.store, self.group_id, self)
        if dialog.exec():
            self.select_group(self.group_id)

    def add_member(self) -> None:
        if self.group_id is None:
            return
        dialog = MembershipDialog(self.model.store, self.group_id, None, self)
        if dialog.exec():
            self._after_member_change(dialog.saved.id)

    def edit_term(self) -> None:
        membership_id = self.selected_member()
        if membership_id is None or self.group_id is None:
            return
        dialog = MembershipDialog(self.model.store, self.group_id, membership_id, self)
        if dialog.exec():
            self._after_member_change(membership_id)

    def stand_down(self) -> None:
        membership_id = self.selected_member()
        if membership_id is None:
            return
        if StandDownDialog(self.model.store, membership_id, self).exec():
            self._after_member_change(membership_id)

    def _after_member_change(self, membership_id: int) -> None:
        """Counts, warnings and the list all change: read them again, keep the row selected."""
        self.model.reload()  # the current-members count in the list
        self.show_group(self.group_id)
        for row in range(self.members.rowCount()):
            if self.members.row_id(row) == membership_id:
                self.dui.membersTable.selectRow(row)
                break
        self.dui.membersTable.setFocus()

    def export_members(self) -> ProgressTask | None:
        if self.details is None:
            return None
        self.export_task = export_shown(self, self.members, f"Members of {self.details.name}")
        return self.export_task

    # --- page protocol --------------------------------------------------------------------

    def set_store(self, store: Store) -> None:
        self.group_id = None
        self.members.set_store(store)
        super().set_store(store)
        if not self.model.is_loaded:
            self.show_group(None)
