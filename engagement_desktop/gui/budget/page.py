"""The Budget section: for a report year, the budget by category against what is
committed and spent, what is left, the share used and a forecast to the year end, the
true cost; and the year's targets with where each measure stands.

Reading is a handful of aggregate queries (well under half a second on 50,000 people),
done when the page is shown, so costs added in Events appear the next time it is.
Setting a line or a target is one service call each.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.common.field_errors import ERROR_COLOUR
from engagement_desktop.gui.common.list_page import style_title
from engagement_desktop.gui.common.look_only import mark_changes
from engagement_desktop.gui.forms.ui_budget_page import Ui_BudgetPage
from engagement_desktop.reports.dashboard import current_report_year, report_years
from engagement_desktop.services.budget.categories import CATEGORIES
from engagement_desktop.services.budget.kpis import measures
from engagement_desktop.services.budget.lines import budget_groups, set_budget
from engagement_desktop.services.budget.period import report_period, to_date
from engagement_desktop.services.budget.position import BudgetPosition, BudgetRow, budget_position
from engagement_desktop.services.budget.targets import (
    AT_RISK,
    OFF_TRACK,
    ON_TRACK,
    KpiLine,
    kpi_lines,
    set_target,
    shown_value,
)
from engagement_desktop.services.common.money import money, parse_pounds
from engagement_desktop.store.engine import Store

BUDGET_COLUMNS = ("Category", "Budget", "Committed", "Spent", "Left", "% used", "Forecast")
TARGET_COLUMNS = ("Measure", "Target", "So far", "Status", "Why")
#: Rows needing a look: amber behind black text (contrast 17:1).
WARN = QColor("#FFEB9C")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
STATUS_COLOURS = {ON_TRACK: "#1b5e20", AT_RISK: "#7a4f00", OFF_TRACK: ERROR_COLOUR}


def year_text(year: int) -> str:
    return f"{year}/{(year + 1) % 100:02d}"


class BudgetPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = "budget"
        self.title = "Budget"
        self._store = store
        self.today: date | None = None  # None: the real today (tests pin a day)
        self.position: BudgetPosition | None = None
        self.kpis: list[KpiLine] = []
        self.ui = ui = Ui_BudgetPage()
        ui.setupUi(self)
        self.setObjectName("budgetPage")
        style_title(ui.titleLabel)
        for table, columns in (
            (ui.budgetTable, BUDGET_COLUMNS),
            (ui.targetsTable, TARGET_COLUMNS),
        ):
            table.setColumnCount(len(columns))
            table.setHorizontalHeaderLabels(columns)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ui.budgetTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.targetsTable.horizontalHeader().setStretchLastSection(True)
        ui.yearRow.setStretch(2, 1)  # the period's sentence takes the row, not the spacer
        ui.groupCombo.setSizeAdjustPolicy(
            ui.groupCombo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        ui.groupCombo.setMinimumContentsLength(18)
        for key, label in CATEGORIES.items():
            ui.categoryCombo.addItem(label, key)
        ui.yearCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.tabs.currentChanged.connect(lambda _i: self._show_tab())
        ui.setButton.clicked.connect(self.set_line)
        ui.amountEdit.returnPressed.connect(self.set_line)
        ui.setTargetButton.clicked.connect(self.set_target)
        mark_changes(ui.setButton, ui.setTargetButton)
        ui.targetEdit.returnPressed.connect(self.set_target)
        ui.measureCombo.currentIndexChanged.connect(lambda _i: self._show_definition())
        self._loaded = False

    # --- the page as the main window sees it -----------------------------------------------

    def activate(self) -> None:
        if not self._loaded:
            self._load_choices()
        self.refresh()

    def set_store(self, store: Store) -> None:
        self._store = store
        self._loaded = False
        if self.isVisible():
            self.activate()

    def focus_search(self) -> None:
        self.ui.yearCombo.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def year(self) -> int | None:
        return self.ui.yearCombo.currentData()

    def _load_choices(self) -> None:
        today = self.today or date.today()
        with self._store.session() as session:
            current = current_report_year(session, today)
            years = [current + 1, *report_years(session, today)]
            groups = budget_groups(session)
            known = measures(session)
        box = self.ui.yearCombo
        box.blockSignals(True)
        box.clear()
        for year in years:
            box.addItem(year_text(year), year)
        box.setCurrentIndex(max(box.findData(current), 0))
        box.blockSignals(False)
        self.ui.groupCombo.clear()
        self.ui.groupCombo.addItem("The whole programme", None)
        for group_id, name in groups:
            self.ui.groupCombo.addItem(name, group_id)
        self.ui.measureCombo.clear()
        for key, m in known.items():
            self.ui.measureCombo.addItem(m.label + (" (%)" if m.percent else ""), key)
        self._measures = known
        self._loaded = True
        self._show_definition()

    def refresh(self) -> None:
        year = self.year()
        if year is None:
            return
        with self._store.session() as session:
            self.position = budget_position(session, year, self.today or date.today())
        self._show_budget(self.position)
        if self.ui.tabs.currentIndex() == 1:
            self._load_targets()

    def _show_tab(self) -> None:
        if self.ui.tabs.currentIndex() == 1 and self.year() is not None:
            self._load_targets()

    # --- budget ---------------------------------------------------------------------------

    def _show_budget(self, p: BudgetPosition) -> None:
        over = (
            " Rows in yellow: spent and committed pass the budget, or the forecast will."
            if any(row.over for row in (*p.rows, *p.group_rows, p.total))
            else ""
        )
        span = "" if p.not_started else f"{p.period.long}: "  # not "1 April to 1 April"
        self.ui.periodLabel.setText(f"{span}{p.elapsed}.{over}")
        rows = [*p.rows, *p.group_rows, p.total]
        table = self.ui.budgetTable
        table.setRowCount(len(rows))
        bold = QFont(table.font())
        bold.setBold(True)
        for r, row in enumerate(rows):
            for c, text in enumerate(_budget_cells(row)):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row.over:
                    item.setBackground(QBrush(WARN))
                    item.setForeground(QBrush(QColor("#000000")))
                    item.setToolTip("Spent and committed pass the budget, or the forecast will")
                if row is p.total:
                    item.setFont(bold)
                table.setItem(r, c, item)
        t = p.true_cost
        self.ui.trueCostLabel.setText(
            f"True cost so far {money(t.total_pence)}: spent {money(t.spent_pence)} + staff "
            f"on-costs {money(t.on_cost_pence)} ({t.on_cost_percent:g}%) + overheads "
            f"{money(t.overheads_pence)}{t.none_shared}. On-costs and overheads are set in "
            "Settings > Money."
        )

    def set_line(self) -> bool:
        ui, year = self.ui, self.year()
        if year is None:
            return False
        try:
            amount = parse_pounds(ui.amountEdit.text())
            if amount is None:
                raise EngagementError("Type the amount in pounds, e.g. 1,200.00.")
            row = set_budget(
                self._store,
                year,
                ui.categoryCombo.currentData(),
                amount,
                group_id=ui.groupCombo.currentData(),
            )
        except (ValueError, EngagementError) as exc:
            self._say(ui.budgetMessage, str(exc), error=True)
            return False
        where = f" for {row.group}" if row.group else ""
        self._say(ui.budgetMessage, f"{row.label}{where}: budget set to {money(row.amount_pence)}.")
        ui.amountEdit.clear()
        self.refresh()
        return True

    # --- targets --------------------------------------------------------------------------

    def _load_targets(self) -> None:
        year = self.year()
        assert year is not None
        with self._store.session() as session:
            upto = to_date(report_period(session, year), self.today or date.today())
            self.kpis = kpi_lines(session, year, upto)
        table = self.ui.targetsTable
        table.setRowCount(len(self.kpis))
        for r, k in enumerate(self.kpis):
            pct = k.measure.percent
            target = "" if k.target is None else (f"{k.target:g}%" if pct else f"{k.target:,.0f}")
            cells = (k.measure.label, target, shown_value(k.figure.value, pct), k.status, k.why)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(k.measure.definition)
                if c == 3 and k.status in STATUS_COLOURS:
                    item.setForeground(QBrush(QColor(STATUS_COLOURS[k.status])))
                table.setItem(r, c, item)
        if not self.kpis:
            self._say(
                self.ui.targetMessage,
                f"No targets set for {year_text(year)}: choose a measure and type a target.",
            )

    def _show_definition(self) -> None:
        key = self.ui.measureCombo.currentData()
        m = getattr(self, "_measures", {}).get(key)
        self.ui.definitionLabel.setText(f"{m.label}: {m.definition}" if m else "")

    def set_target(self) -> bool:
        ui, year = self.ui, self.year()
        text = ui.targetEdit.text().strip().rstrip("%").replace(",", "")
        try:
            if year is None:
                raise EngagementError("Choose the report year first.")
            try:
                value = float(text)
            except ValueError:
                raise EngagementError(
                    f"'{ui.targetEdit.text().strip()}' is not a number (e.g. 400, or 25 for 25%)."
                ) from None
            row = set_target(self._store, year, ui.measureCombo.currentData(), value)
        except EngagementError as exc:
            self._say(ui.targetMessage, str(exc), error=True)
            return False
        shown = f"{row.value:g}%" if row.percent else f"{row.value:,.0f}"
        self._say(
            ui.targetMessage, f"{row.label}: target for {year_text(row.year)} set to {shown}."
        )
        ui.targetEdit.clear()
        self._load_targets()
        return True

    @staticmethod
    def _say(label: object, text: str, *, error: bool = False) -> None:
        assert hasattr(label, "setText")
        label.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")  # type: ignore[attr-defined]
        label.setText(text)  # type: ignore[attr-defined]


def _budget_cells(row: BudgetRow) -> list[str]:
    used = "" if row.used_percent is None else f"{row.used_percent:.0f}%"
    return [
        row.label,
        money(row.budget_pence),
        money(row.committed_pence),
        money(row.spent_pence),
        money(row.left_pence),
        used,
        money(row.forecast_pence),
    ]
