"""Paying the points no rule has paid for attendance already recorded
(``services.rewards.catch_up``): the review first, then one click to pay.

The review is the payment itself, rolled back, read on the database worker each time
the date settles; so the list shows exactly who will be paid what, caps included.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QWidget

from engagement_desktop.errors import ValidationError
from engagement_desktop.gui.backups.safety import safety_first
from engagement_desktop.gui.common.editor_dialog import from_qdate, to_qdate
from engagement_desktop.gui.common.rows_model import Column, RowsModel, lay_out_table
from engagement_desktop.gui.common.tasks import BackgroundTask, TaskProgress, database_pool
from engagement_desktop.gui.crash import failed_read, warn_or_report
from engagement_desktop.gui.forms.ui_rewards_catch_up_dialog import Ui_CatchUpDialog
from engagement_desktop.services.common.settings import get_setting, year_starting
from engagement_desktop.services.common.wording import long_date, plural
from engagement_desktop.services.rewards.accounts import scheme_year_of
from engagement_desktop.services.rewards.catch_up import (
    CatchUp,
    Payee,
    first_open_day,
    pay_missing_points,
)
from engagement_desktop.store.engine import Store

#: How long the date must stay still before it is looked at again.
SETTLE_MS = 400

PAYEE_COLUMNS: list[Column[Payee]] = [
    Column("Name", lambda p: p.name, 24),
    Column("Reference", lambda p: p.reference or "", 10),
    Column("Attendances", lambda p: f"{p.attendances:,}", 9, number=True),
    Column("Points", lambda p: f"+{p.points:,}", 8, number=True),
]


def default_since(store: Store, today: date) -> tuple[date, date | None]:
    """(the start of this scheme year, the first day not yet converted, if any)."""
    with store.session() as session:
        start = year_starting(
            scheme_year_of(session, today), get_setting(session, "scheme_year_start")
        )[0]
        opened = first_open_day(session)
    return (max(start, opened) if opened else start), opened


class CatchUpDialog(QDialog):
    """From which day; who would be paid what; Pay points."""

    def __init__(
        self,
        store: Store,
        since: date | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        person_ids: list[int] | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.today = today or date.today()
        #: Only these people (those just made subscribed members), or everyone.
        self.person_ids = person_ids
        self.ui = ui = Ui_CatchUpDialog()
        ui.setupUi(self)
        self.review: CatchUp | None = None
        self.paid: CatchUp | None = None
        self.task: BackgroundTask | None = None
        self.model: RowsModel[Payee] = RowsModel(PAYEE_COLUMNS, parent=self)
        ui.payeeTable.setModel(self.model)
        lay_out_table(ui.payeeTable, PAYEE_COLUMNS)
        header = ui.payeeTable.horizontalHeader()
        header.setStretchLastSection(False)  # the points stay beside the names
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.pay_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.pay_button.setText("&Pay points")
        self.pay_button.setEnabled(False)
        self.pay_button.clicked.connect(self.pay)
        start, opened = default_since(store, self.today)
        if opened is not None:
            ui.fromDate.setMinimumDate(to_qdate(opened))
            ui.fromDate.setToolTip(
                f"Scheme years before {long_date(opened)} have had their year end: "
                "their points are vouchers now."
            )
        ui.fromDate.setMaximumDate(to_qdate(self.today))
        ui.fromDate.setDate(to_qdate(max(since, opened) if since and opened else since or start))
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.look)
        ui.fromDate.dateChanged.connect(lambda _d: self._date_changed())
        if person_ids is not None:
            ui.introLabel.setText(
                f"The {plural(len(person_ids), 'person', 'people')} just made subscribed "
                "members earned no points for attendance recorded before. This pays it, by "
                "the rules in force on each event's day. Nobody else is paid here."
            )
        ui.fromDate.setFocus()
        self.look()

    def since(self) -> date:
        return from_qdate(self.ui.fromDate.date())

    def _date_changed(self) -> None:
        self.pay_button.setEnabled(False)
        self.ui.summaryLabel.setText("Looking at the attendance…")
        self._settle.start()

    def look(self) -> BackgroundTask | None:
        """The review, on the database worker (again once a running one is done)."""
        if self.task is not None and self.task.running:
            self._settle.start()
            return None
        store, since, today, who = self._store, self.since(), self.today, self.person_ids

        def work(_progress: TaskProgress) -> CatchUp:
            return pay_missing_points(store, since, until=today, dry_run=True, person_ids=who)

        task = BackgroundTask(work, self)
        task.finished.connect(self._reviewed)
        task.failed.connect(self._review_failed)
        self.task = task
        task.start(database_pool())
        return task

    def _reviewed(self, review: CatchUp) -> None:
        if review.since != self.since():
            return  # the date moved on since; its own review follows
        self.review = review
        self.model.set_rows(review.payees)
        self.ui.summaryLabel.setText(review.describe())
        self.pay_button.setEnabled(bool(review.payees) and not self._store.read_only)

    def _review_failed(self, exc: BaseException) -> None:
        self.model.set_rows([])
        if isinstance(exc, ValidationError):
            self.ui.summaryLabel.setText(str(exc))
        else:
            self.ui.summaryLabel.setText(failed_read("The attendance", exc))

    def pay(self) -> BackgroundTask | None:
        if self.review is None or not self.review.payees:
            return None
        make_backup = safety_first(self, self._store, "points catch-up")
        if make_backup is None:
            return None
        store, since, today, who = self._store, self.since(), self.today, self.person_ids

        def work(_progress: TaskProgress) -> CatchUp:
            make_backup()
            return pay_missing_points(store, since, until=today, person_ids=who)

        self.pay_button.setEnabled(False)
        self.ui.fromDate.setEnabled(False)
        task = BackgroundTask(work, self)
        task.finished.connect(self._paid)
        task.failed.connect(self._pay_failed)
        self.task = task
        task.start(database_pool())
        return task

    def _paid(self, result: CatchUp) -> None:
        self.paid = result
        if result.payees:
            QMessageBox.information(self, "Points paid", result.describe())
        else:  # between the review and the click, another officer paid them
            QMessageBox.information(
                self, "Nothing to pay", "Nothing was paid: these points have just been paid."
            )
        self.accept()

    def _pay_failed(self, exc: BaseException) -> None:
        self.ui.fromDate.setEnabled(True)
        self.pay_button.setEnabled(True)
        warn_or_report(self, "No points were paid", exc, "Nothing was changed.")


def offer_catch_up(
    parent: QWidget,
    store: Store,
    since: date | None,
    opened: Callable[[CatchUpDialog], None],
    person_ids: list[int] | None = None,
) -> BackgroundTask:
    """Something just made attendance on file worth points (a rule from a past date, people
    made subscribed members): if any is unpaid since ``since`` (this scheme year's start
    when None), open the dialog that pays it (``opened`` is given it); say nothing if
    there is none. Looked at on the database worker."""
    today = date.today()

    def work(_progress: TaskProgress) -> CatchUp:
        start, opened_from = default_since(store, today)
        chosen = since or start
        start = max(chosen, opened_from) if opened_from else chosen
        return pay_missing_points(store, start, dry_run=True, person_ids=person_ids)

    def found(review: CatchUp) -> None:
        if review.payees:
            dialog = CatchUpDialog(store, review.since, parent, person_ids=person_ids)
            opened(dialog)
            dialog.open()

    task = BackgroundTask(work, parent)
    task.finished.connect(found)
    task.failed.connect(lambda _exc: None)  # Points rules › Pay missing points… is still there
    task.start(database_pool())
    return task
