"""A list screen: search box, filters, the table and a count, for any :class:`Listing`;
Export to Excel, Print… (Ctrl+P) and Save as PDF… of the list as shown.

The layout comes from ``forms/list_page.ui``; what varies per section (columns,
filters, words) comes from the listing in ``services/listings.py``.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QStyle,
    QToolButton,
    QWidget,
)

from engagement_desktop.gui.common.column_refit import RefitOnResize
from engagement_desktop.gui.common.cut_text import fit_widths, show_cut_text
from engagement_desktop.gui.common.list_print import add_print_buttons, yield_print_shortcut
from engagement_desktop.gui.common.table_model import ListingModel
from engagement_desktop.gui.common.tasks import ProgressTask
from engagement_desktop.gui.forms.ui_list_page import Ui_ListPage
from engagement_desktop.services.listings import Listing
from engagement_desktop.store.engine import Store

#: Typing pauses this long before the list is searched again.
SEARCH_DELAY_MS = 150
#: Rows looked at to size the columns (the first ones as sorted; never the whole list).
COLUMN_SAMPLE_ROWS = 200


def style_title(label: QLabel) -> None:
    """Page headings: larger and bold, scaled from the user's own font size."""
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)


def _fit_combo(box: QComboBox, most: int = 14) -> None:
    """Wide enough for typical choices, and always for the first (it names the filter:
    "Members and contacts"); the drop-down list shows long ones in full."""
    texts = [box.itemText(i) for i in range(box.count())]
    longest = max((len(text) for text in texts), default=3)
    first = len(texts[0]) if texts else 0
    box.setMinimumContentsLength(min(max(longest, 6), max(most, first)))
    metrics = box.view().fontMetrics()
    widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
    box.view().setMinimumWidth(widest + 32)


class ListPage(QWidget):
    """One section's list; it reads the database the first time it is shown."""

    #: The table model; a page for a very big list may read its rows page by page.
    model_class: type[ListingModel] = ListingModel

    def __init__(self, store: Store, listing: Listing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = listing.name
        self.title = listing.title
        self.listing = listing
        self.ui = Ui_ListPage()
        self.ui.setupUi(self)
        self.setObjectName(f"{listing.name}Page")
        style_title(self.ui.titleLabel)
        self.ui.titleLabel.setText(listing.title)
        self.ui.searchEdit.setPlaceholderText(listing.search_hint)
        self.ui.searchEdit.setAccessibleName(f"Search {listing.title.lower()}")
        self.ui.searchEdit.setToolTip(f"{listing.search_hint} (Ctrl+F). Down arrow: go to the list")
        self.ui.searchEdit.installEventFilter(self)

        self.model = self.model_class(store, listing, self)
        self.model.loaded.connect(self._show_count)
        self.model.counted.connect(self._show_count)
        self._columns_fitted = False
        self.model.loaded.connect(self._fit_columns_once)
        table = self.ui.table
        table.setModel(self.model)
        table.setAccessibleName(f"{listing.title} list")
        self._lay_out_table()
        table.horizontalHeader().setSortIndicator(
            self.model.sort_column(),
            Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder,
        )
        table.setSortingEnabled(True)  # the model defers the query until the page is shown

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)

        self.filter_boxes: dict[str, QComboBox] = {}
        self.archived_box: QWidget | None = None
        self._build_filters()
        self._fix_tab_order()
        self._add_export_button()
        self.print_task: ProgressTask | None = None
        self.print_list_action: QAction | None = None
        add_print_buttons(self)

    # --- layout ---------------------------------------------------------------------------

    def _lay_out_table(self) -> None:
        """Fixed row height and widths from typical content: no ResizeToContents on big lists."""
        table = self.ui.table
        metrics = table.fontMetrics()
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setMinimumSectionSize(metrics.height())
        rows.setDefaultSectionSize(metrics.height() + max(6, metrics.height() // 2))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # A stretched number column would strand its figures at the far right.
        header.setStretchLastSection(self.listing.columns[-1].kind != "number")
        for number, width in enumerate(self._column_widths(sample_rows=0)):
            header.resizeSection(number, width)
        show_cut_text(table)

    def _column_widths(self, sample_rows: int, room: int | None = None) -> list[int]:
        """Fit the first ``sample_rows`` rows (never the whole list) into the space there is.

        Each column is as wide as its widest sampled cell, or, for a column a filter
        narrows ("Estate / area", "Tenure") and the sample fills, its longest choice, and
        at least its heading (plus the sort arrow). If
        that is wider than the table, only the widest columns are cut, to a common
        width and never below their typical one (``fit_widths``). With no rows yet,
        the listing's typical widths are used.
        """
        metrics = self.ui.table.fontMetrics()
        header_metrics = self.ui.table.horizontalHeader().fontMetrics()
        char = metrics.averageCharWidth()
        padding = 16
        rows = min(sample_rows, self.model.rowCount())
        widths: list[int] = []
        least: list[int] = []
        for number, column in enumerate(self.listing.columns):
            heading = header_metrics.horizontalAdvance(column.heading) + 3 * char + padding
            typical = char * column.width + padding
            if rows:
                texts = {self.model.data(self.model.index(row, number)) for row in range(rows)}
                box = self.filter_boxes.get(column.key)
                # Its choices are every value it can hold; empty in every row sampled (no
                # tenures imported), it keeps to its title and leaves the room to others.
                if box is not None and any(texts - {"", None}):
                    texts.update(box.itemText(i) for i in range(1, box.count()))
                content = max(metrics.horizontalAdvance(text) for text in texts) + padding
                widths.append(max(content, heading))
                least.append(max(min(content, typical), heading))
            else:
                widths.append(max(typical, heading))
                least.append(widths[-1])
        if not rows:
            return widths
        table = self.ui.table
        if room is None:
            room = table.viewport().width()
            scrollbar = table.verticalScrollBar()
            rows_height = self.model.rowCount() * table.verticalHeader().defaultSectionSize()
            if not scrollbar.isVisible() and rows_height > table.viewport().height():
                room -= table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        shown = [not table.isColumnHidden(n) for n in range(len(widths))]
        fitted = fit_widths(
            [w if s else 0 for w, s in zip(widths, shown, strict=True)],
            [w if s else 0 for w, s in zip(least, shown, strict=True)],
            room,
        )
        return [f if s else w for f, w, s in zip(fitted, widths, shown, strict=True)]

    def _widen_beside_panel(self) -> None:
        """A list beside a details panel (Groups, Surveys) gets the room its names need,
        up to 45% of the page: "Associate Scrutiny Me…" is not cut while the panel has
        space to spare."""
        table = self.ui.table
        splitter = table.parentWidget()
        if not isinstance(splitter, QSplitter) or splitter.indexOf(table) != 0:
            return
        natural = self._column_widths(COLUMN_SAMPLE_ROWS, room=1 << 30)
        frame = table.width() - table.viewport().width()
        need = frame + sum(w for n, w in enumerate(natural) if not table.isColumnHidden(n))
        sizes = splitter.sizes()
        give = min(need, int(sum(sizes) * 0.45)) - sizes[0]
        if give > 0:
            splitter.setSizes([sizes[0] + give, sizes[1] - give, *sizes[2:]])

    def _fit_columns_once(self, count: int) -> None:
        """On the first load that has rows, and again when the window is resized, until
        the user drags a column: then their own widths stand (``RefitOnResize``)."""
        if count == 0 or self._columns_fitted:
            return
        self._columns_fitted = True
        self._widen_beside_panel()
        RefitOnResize(self.ui.table, self._fit_columns).refit()

    def _fit_columns(self) -> None:
        header = self.ui.table.horizontalHeader()
        for number, width in enumerate(self._column_widths(sample_rows=COLUMN_SAMPLE_ROWS)):
            header.resizeSection(number, width)

    def _build_filters(self) -> None:
        """One drop-down per filter; its first choice ("Any tenure") names it, saving width."""
        layout = self.ui.filterLayout
        for spec in self.listing.filters:
            box = QComboBox(self.ui.filterArea)
            box.setObjectName(f"{spec.key}Filter")
            box.setAccessibleName(f"{spec.label} filter")
            box.setToolTip(f"Show only {self.listing.plural} with this {spec.label.lower()}")
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.addItem(spec.everything, None)
            static = spec.choices if not callable(spec.choices) else {}
            for value, text in static.items():
                box.addItem(text, value)
            _fit_combo(box)
            box.currentIndexChanged.connect(
                lambda _i, key=spec.key, widget=box: self.model.set_filter(
                    key, widget.currentData()
                )
            )
            layout.addWidget(box)
            self.filter_boxes[spec.key] = box
        if self.listing.archived is not None:
            self.archived_box = self._archived_control()
            layout.addWidget(self.archived_box)
        layout.addStretch(1)
        self.ui.filterArea.setVisible(bool(self.filter_boxes) or self.archived_box is not None)

    def _archived_control(self) -> QWidget:
        """ "Show archived"; a page may offer more (People: only the archived)."""
        check = QCheckBox("Show a&rchived", self.ui.filterArea)
        check.setObjectName("archivedFilter")
        check.setAccessibleName(f"Show archived {self.listing.plural}")
        check.setToolTip(f"Include {self.listing.plural} who have been archived")
        check.toggled.connect(self.model.set_include_archived)
        return check

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.ui.searchEdit, *self.filter_boxes.values()]
        if self.archived_box is not None:
            chain.append(self.archived_box)
        chain.append(self.ui.table)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- data -----------------------------------------------------------------------------

    def _refresh_dynamic_filters(self) -> None:
        """Choices read from the database (estates, courses, event types)."""
        dynamic = [f for f in self.listing.filters if callable(f.choices)]
        if not dynamic:
            return
        with self.model.store.session() as session:
            for spec in dynamic:
                box = self.filter_boxes[spec.key]
                current = box.currentData()
                box.blockSignals(True)
                box.clear()
                box.addItem(spec.everything, None)
                for value, text in spec.options(session).items():
                    box.addItem(text, value)
                found = box.findData(current) if current is not None else 0
                box.setCurrentIndex(max(found, 0))
                box.blockSignals(False)
                _fit_combo(box)
                if found < 0:
                    self.model.filters[spec.key] = None

    def _add_export_button(self) -> None:
        """Every list can be saved to Excel as shown; a page with its own Export keeps it."""
        self.export_task: ProgressTask | None = None
        self.export_list_action: QAction | None = None
        if type(self).export is not ListPage.export:
            return
        action = QAction("E&xport to Excel…", self)
        action.setObjectName("actionExportList")
        action.setToolTip("Save the list as shown (search, filters and order) to Excel")
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda: self.export())
        self.addAction(action)
        button = QToolButton(self)
        button.setObjectName("exportListButton")
        button.setDefaultAction(action)
        button.setAccessibleName(f"Export the {self.listing.plural} list to Excel")
        self.ui.headerLayout.addWidget(button)
        QWidget.setTabOrder(self.ui.table, button)
        self.export_list_action = action

    def _claim_export_shortcut(self) -> None:
        """Ctrl+Shift+E, as on the other lists, unless this page already uses it elsewhere."""
        action, keys = self.export_list_action, QKeySequence("Ctrl+Shift+E")
        if action is None or not action.shortcut().isEmpty():
            return
        for other in self.window().findChildren(QAction):
            owner = other.parent()
            if (
                other is not action
                and other.shortcut() == keys
                and isinstance(owner, QWidget)
                and (owner is self or owner.isAncestorOf(self) or self.isAncestorOf(owner))
            ):
                return  # the Groups page's members export, say
        action.setShortcut(keys)
        action.setToolTip(f"{action.toolTip()} (Ctrl+Shift+E)")

    def export(self) -> ProgressTask | None:
        """Ask where, then write the list as shown on the database worker."""
        from engagement_desktop.gui.common.export_shown import export_shown

        if self.export_task is not None and self.export_task.running:
            return None
        self.export_task = export_shown(self, self.model, self.listing.title)
        return self.export_task

    def activate(self) -> None:
        """Called when the page comes on screen: load it the first time."""
        self._claim_export_shortcut()
        yield_print_shortcut(self)
        if not self.model.is_loaded:
            self._refresh_dynamic_filters()
            self.model.ensure_loaded()

    def refresh(self) -> None:
        self._refresh_dynamic_filters()
        self.model.reload()

    def set_store(self, store: Store) -> None:
        """Show another database; reloads now only if this page has been shown."""
        for spec in self.listing.filters:
            if callable(spec.choices):  # ids of the old database mean nothing in the new one
                box = self.filter_boxes[spec.key]
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)
        self.model.set_store(store)
        if self.model.is_loaded:
            self._refresh_dynamic_filters()

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def _apply_search(self) -> None:
        self.model.set_search(self.ui.searchEdit.text().strip())

    def _show_count(self, count: int) -> None:
        text = self.listing.count_text(count)
        if getattr(self.model, "total", count) is None:  # a first screen; counted shortly
            text = f"More than {text}"
        elif count == 0 and self.model.search:
            text = f"No {self.listing.plural} match “{self.model.search}”"
        elif count == 0 and not any(v is not None for v in self.model.filters.values()):
            text = f"No {self.listing.plural} yet"
        self.ui.countLabel.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down/Enter in the search box moves to the list; Esc clears the search."""
        if (
            watched is self.ui.searchEdit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._search_timer.stop()
                self._apply_search()
                self._focus_first_row()
                return True
            if key == Qt.Key.Key_Escape and self.ui.searchEdit.text():
                self.ui.searchEdit.clear()
                return True
        return super().eventFilter(watched, event)

    def _focus_first_row(self) -> None:
        """Select the first match (or keep the row already current) and move into the list."""
        table = self.ui.table
        if self.model.rowCount():
            current = table.currentIndex()
            row = current.row() if current.isValid() else 0
            table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        table.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_ids(self) -> list[Any]:
        rows = sorted({index.row() for index in self.ui.table.selectionModel().selectedRows()})
        return [self.model.row_id(row) for row in rows]
