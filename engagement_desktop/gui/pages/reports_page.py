"""The Reports section: what will be printed, and the database's headline figures meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidgetItem, QWidget

from engagement_desktop.gui.forms.ui_reports_page import Ui_ReportsPage
from engagement_desktop.gui.pages.list_page import style_title
from engagement_desktop.services.listings import headline_counts
from engagement_desktop.store.engine import Store

#: The reports to come, in the officer's words (name, one line on what it shows).
PLANNED_REPORTS: tuple[tuple[str, str], ...] = (
    (
        "Involvement Impact Assessment",
        "The annual report for the Board: costs, activity, who took part and what changed.",
    ),
    ("Quarterly Board report", "Key involvement figures for the quarter."),
    ("Annual report to customers", "A plain-English summary of the year for tenants."),
    ("Tenant Satisfaction Measures", "TP01–TP12 from survey returns, with the valid base."),
    ("Who took part", "Participants against the customer profile: who is under-represented."),
    ("Events and attendance", "Events by type, people at each, and new people involved."),
    ("Reward points", "Balances, awards, vouchers and donations in a scheme year."),
    ("Training and development", "Courses taken, training about to expire, missing feedback."),
    ("You said, we did", "Recommendations and feedback, what was done, and reported back."),
    ("Value for money", "Event costs, expenses and rewards against what involvement achieved."),
)


class ReportsPage(QWidget):
    """Lists the reports to come; the counts are read each time the page is shown."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = "reports"
        self.title = "Reports"
        self._store = store
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.setObjectName("reportsPage")
        style_title(self.ui.titleLabel)
        tree = self.ui.reportList
        metrics = tree.fontMetrics()
        row_height = metrics.height() + max(6, metrics.height() // 2)  # as in the list pages
        for name, description in PLANNED_REPORTS:
            item = QTreeWidgetItem([name, description])
            item.setToolTip(1, description)
            item.setSizeHint(0, QSize(metrics.horizontalAdvance(name) + 24, row_height))
            tree.addTopLevelItem(item)
        header = tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # ten rows
        tree.setCurrentItem(tree.topLevelItem(0))
        self.count_labels: dict[str, QLabel] = {}

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        with self._store.session() as session:
            counts = headline_counts(session)
        layout = self.ui.countsLayout
        while layout.rowCount():
            layout.removeRow(0)
        self.count_labels = {}
        for label, value in counts:
            number = QLabel(f"{value:,}")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            number.setAccessibleName(label)
            layout.addRow(f"{label}:", number)
            self.count_labels[label] = number

    def set_store(self, store: Store) -> None:
        self._store = store
        if self.isVisible():
            self.refresh()

    def focus_search(self) -> None:
        self.ui.reportList.setFocus(Qt.FocusReason.ShortcutFocusReason)
