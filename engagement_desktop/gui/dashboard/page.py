"""The dashboard: this report year so far against the same months of last year, and
three charts (attendance by month, who took part, the latest results of the landlord's
satisfaction survey in its regulator's measure set).

The page shows at once with its headings and fills in when the figures arrive
from the database worker (``reports.dashboard``), so opening it never freezes
the window however big the database is. The headline numbers are the impact
assessment's own figures for the year so far.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from engagement_desktop.gui.common.charts import GREY, NAVY, Series
from engagement_desktop.gui.common.tasks import BackgroundTask, TaskProgress, database_pool
from engagement_desktop.gui.crash import failed_read
from engagement_desktop.gui.dashboard.reading import Reading, read
from engagement_desktop.gui.forms.ui_dashboard_page import Ui_DashboardPage
from engagement_desktop.reports.dashboard import HEADLINES, Dashboard
from engagement_desktop.reports.impact.profile import ProfileComparison
from engagement_desktop.services.common.money import money as pounds_and_pence
from engagement_desktop.services.common.wording import long_date, short_month
from engagement_desktop.services.people.base_profile import DIMENSIONS
from engagement_desktop.store.engine import Store

COLUMNS = 4  # headline cards per row
#: TSM measures in a few words, so the chart's labels are not cut short.
TSM_SHORT = {
    "TP01": "Overall satisfaction",
    "TP02": "Repairs",
    "TP03": "Time taken for repair",
    "TP04": "Home well maintained",
    "TP05": "Home is safe",
    "TP06": "Listens and acts",
    "TP07": "Keeps tenants informed",
    "TP08": "Fair and respectful",
    "TP09": "Complaints handling",
    "TP10": "Communal areas",
    "TP11": "Neighbourhood",
    "TP12": "Anti-social behaviour",
}
CARD_STYLE = (
    "QFrame#headlineCard { border: 1px solid palette(mid); border-radius: 6px; }"
    "QFrame#headlineCard:focus { border: 2px solid palette(highlight); }"
)


def money(pence: int | None) -> str:
    return "–" if pence is None else pounds_and_pence(pence)


def shown(key: str, value: int | None) -> str:
    if value is None:
        return "–"
    return money(value) if key.endswith("_pence") else f"{value:,}"


def compared(key: str, now: int | None, before: int | None) -> str:
    """ "Same time last year: 11,479 (−1%)", in words a screen reader can say too."""
    if before is None:
        return "Nothing to compare with last year"
    text = f"Same time last year: {shown(key, before)}"
    if now is not None and before:
        change = round(100 * (now - before) / before)
        text += " (no change)" if change == 0 else f" ({'+' if change > 0 else '−'}{abs(change)}%)"
    return text


class DashboardPage(QWidget):
    """Headline cards and charts; ``filled`` is emitted each time new figures are shown."""

    filled = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.today: date | None = None  # None: the real today (tests pin a day)
        self.figures: Dashboard | None = None
        self._failure_shown = False  # the period line says a read failed
        self.task: BackgroundTask | None = None
        self.ui = ui = Ui_DashboardPage()
        ui.setupUi(self)
        ui.headlineArea.setStyleSheet(CARD_STYLE)
        self.cards: dict[str, QFrame] = {}
        self.value_labels: dict[str, QLabel] = {}
        self.compare_labels: dict[str, QLabel] = {}
        self._build_cards()
        ui.profileChart.horizontal = True
        ui.tsmChart.horizontal = True
        ui.monthChart.empty_text = "No events held yet this year or last."
        ui.profileChart.empty_text = "Nobody has taken part yet this year."
        ui.tsmChart.format_value = ui.profileChart.format_value = lambda v: f"{v:.0f}%"
        for key, label in DIMENSIONS.items():
            ui.dimensionCombo.addItem(label, key)
        ui.dimensionCombo.currentIndexChanged.connect(lambda _i: self._show_profile())
        for chart in (ui.monthChart, ui.profileChart, ui.tsmChart):
            chart.setMinimumHeight(chart.fontMetrics().height() * 12)

    def _build_cards(self) -> None:
        """One card per headline figure: the number, what it is, and last year's."""
        grid = self.ui.headlineGrid
        base = self.font()
        big = QFont(base)
        big.setPointSizeF(base.pointSizeF() * 1.9)
        big.setBold(True)
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.92)
        previous: QWidget | None = None
        for number, (key, label) in enumerate(HEADLINES.items()):
            card = QFrame(self.ui.headlineArea)
            card.setObjectName("headlineCard")
            card.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reads the figures one by one
            # As tall as its wrapped lines need: a narrow window wraps last year's line.
            card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            layout = QVBoxLayout(card)
            layout.setContentsMargins(10, 6, 10, 8)
            layout.setSpacing(0)
            value = QLabel("…", card)
            value.setFont(big)
            value.setAccessibleName(label)
            name = QLabel(label, card)
            before = QLabel("", card)
            before.setFont(small)
            before.setWordWrap(True)
            for widget in (value, name, before):
                layout.addWidget(widget)
            layout.addStretch(1)  # a card made taller by its neighbour keeps its lines together
            grid.addWidget(card, number // COLUMNS, number % COLUMNS)
            self.cards[key], self.value_labels[key], self.compare_labels[key] = card, value, before
            card.setAccessibleName(f"{label}: not read yet")
            if previous is not None:
                QWidget.setTabOrder(previous, card)
            previous = card
        if previous is not None:
            QWidget.setTabOrder(previous, self.ui.dimensionCombo)

    # --- reading --------------------------------------------------------------------------

    def refresh(self) -> BackgroundTask | None:
        """Read the figures on the database worker (or take the kept ones, if nothing has
        changed since they were read); the old ones stay until the new arrive."""
        if self.task is not None and self.task.running:
            return self.task
        store, today = self.store, self.today

        def work(_progress: TaskProgress) -> Reading:
            return read(store, today)

        if self.figures is None:
            self.ui.periodLabel.setText("Reading the figures…")
        task = BackgroundTask(work, self)
        task.finished.connect(self._arrived)
        task.failed.connect(self._failed)
        self.task = task
        task.start(database_pool())
        return task

    def set_store(self, store: Store) -> None:
        self.store = store
        self.figures = None
        for key in HEADLINES:
            self.value_labels[key].setText("…")
            self.compare_labels[key].setText("")

    def _arrived(self, reading: Reading) -> None:
        if reading.figures is self.figures and not self._failure_shown:
            self.filled.emit()  # nothing changed: the page is already right
        else:
            self.show_figures(reading.figures)

    def _failed(self, exc: BaseException) -> None:
        self._failure_shown = True
        self.ui.periodLabel.setText(failed_read("The figures", exc))

    # --- showing --------------------------------------------------------------------------

    def show_figures(self, figures: Dashboard) -> None:
        self.figures = figures
        self._failure_shown = False
        ui = self.ui
        so_far, before = figures.so_far, figures.same_time_last_year
        ui.periodLabel.setText(
            f"<b>{so_far.label} so far</b> ({long_date(so_far.start)} to {long_date(so_far.end)}),"
            f" against the same months of {before.label} ({long_date(before.start)} to "
            f"{long_date(before.end)})."
        )
        for key, label in HEADLINES.items():
            now, last = figures.headline(key)
            self.value_labels[key].setText(shown(key, now))
            self.compare_labels[key].setText(compared(key, now, last))
            self.cards[key].setAccessibleName(
                f"{label}: {shown(key, now)}. {compared(key, now, last)}"
            )
        self._show_months()
        self._show_profile()
        self._show_tsm()
        self.filled.emit()

    def _show_months(self) -> None:
        figures = self.figures
        if figures is None:
            return
        self.ui.monthChart.set_data(
            [f"{short_month(m.month)}" for m in figures.months],
            [
                Series(figures.year.label, [m.attendances for m in figures.months], NAVY),
                Series(
                    f"{figures.year.year - 1}/{figures.year.year % 100:02d}",
                    [m.attendances for m in figures.months_before],
                    GREY,
                ),
            ],
        )

    def profile(self) -> ProfileComparison | None:
        """The comparison for the dimension chosen in the box."""
        if self.figures is None:
            return None
        key = self.ui.dimensionCombo.currentData()
        return next((c for c in self.figures.profile if c.dimension == key), None)

    def _show_profile(self) -> None:
        comparison = self.profile()
        if comparison is None or self.figures is None:
            return
        lines = [line for line in comparison.lines if line.known]
        if not comparison.involved_total:
            lines = []
        self.ui.profileChart.set_data(
            [
                f"{line.category} *"
                if line.involved_suppressed or line.base_suppressed
                else line.category
                for line in lines
            ],
            [
                Series("People involved", [line.involved_pct for line in lines], NAVY),
                Series("All customers", [line.base_pct for line in lines], GREY),
            ],
            maximum=None,
            marked={i for i, line in enumerate(lines) if line.under_represented},
        )
        flagged = [
            f"{line.category} ({line.gap:+.1f} points)"
            for line in lines
            if line.under_represented and line.gap is not None
        ]
        threshold = f"{self.figures.threshold:g}"
        note = (
            "Under-represented: " + "; ".join(flagged) + "."
            if flagged
            else f"No group is {threshold} or more points below its share of all customers."
        )
        hidden = any(line.involved_suppressed or line.base_suppressed for line in lines)
        if hidden:
            note += (
                f" Groups of fewer than {self.figures.minimum} people, and one more group"
                " where needed, have no bar (*), so nobody can be picked out."
            )
        self.ui.profileNote.setText(note if lines else "")

    def _show_tsm(self) -> None:
        figures = self.figures
        if figures is None:
            return
        tsm = figures.tsm
        self.ui.tsmBox.setTitle(tsm.measure_set.name if tsm else figures.regime_name)
        self.ui.tsmChart.setAccessibleName(f"{self.ui.tsmBox.title()}, per cent positive")
        self.ui.tsmChart.empty_text = f"No survey with {figures.regime_name} yet."
        short = TSM_SHORT if tsm and tsm.measure_set.id == "tsm" else {}
        codes = [c for c, m in tsm.measures.items() if m.percent is not None] if tsm else []
        self.ui.tsmChart.set_data(
            [f"{code} {short.get(code) or tsm.measure_set.names[code]}" for code in codes]
            if tsm
            else [],
            [Series("Satisfied", [tsm.measures[c].percent for c in codes] if tsm else [], NAVY)],
            maximum=100,
        )
        self.ui.tsmLabel.setText(
            f"{tsm.measure_set.name} from “{tsm.survey}”: {tsm.respondents:,} respondents "
            "(latest answer per tenant)."
            if tsm
            else ""
        )

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(line * 60, line * 40)
