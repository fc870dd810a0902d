"""The dashboard's figures are kept while nothing changes, so Reports shows them at once,
and are read again as soon as anything changes: in this window, in another program on
the same database, or with a new day. The window reads them while idle after opening."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

import engagement_desktop.reports.dashboard as dashboard_module
from engagement_desktop.gui.dashboard import reading
from engagement_desktop.gui.dashboard.page import DashboardPage
from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.reports.page import ReportsPage
from engagement_desktop.services.demo import generate_demo
from engagement_desktop.services.events.checkin import check_in
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import Attendance, Event, Person

TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def nothing_kept() -> Iterator[None]:
    reading.forget()
    yield
    reading.forget()


@pytest.fixture
def demo(store: Store) -> Store:
    generate_demo(store, people=100, seed=5, today=TODAY)
    return store


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch, store: Store) -> list[date]:
    """The days the figures were really read for from this test's database (not taken
    from what was kept). An earlier test's window on another database may still have a
    prefetch of its own in hand, for the real today: that is not counted here."""
    days: list[date] = []
    real = dashboard_module.dashboard
    ours = store.engine.url

    def counting(session: Session, today: date) -> dashboard_module.Dashboard:
        if session.get_bind().url == ours:
            days.append(today)
        return real(session, today)

    monkeypatch.setattr(dashboard_module, "dashboard", counting)
    return days


def shown_page(qtbot: QtBot, store: Store) -> DashboardPage:
    page = DashboardPage(store)
    page.today = TODAY
    qtbot.addWidget(page)
    page.show()
    refreshed(qtbot, page)
    return page


def refreshed(qtbot: QtBot, page: DashboardPage) -> None:
    with qtbot.waitSignal(page.filled, timeout=30_000):
        page.refresh()


def attendances(page: DashboardPage) -> int:
    return int(page.value_labels["attendances"].text().replace(",", ""))


def check_someone_in(store: Store) -> None:
    """Someone not yet there checked in at an event held this year (so far)."""
    with store.session() as session:
        event = session.scalar(
            select(Event.id)
            .where(Event.status == "held", Event.starts_at >= datetime(2026, 4, 1))
            .where(Event.starts_at < datetime(2026, 11, 23))
            .order_by(Event.starts_at)
        )
        there = select(Attendance.person_id).where(Attendance.event_id == event)
        person = session.scalar(
            select(Person.id).where(Person.archived.is_(False), Person.id.not_in(there))
        )
    assert event is not None and person is not None
    check_in(store, event, person, confirmed=True)


def window_on(
    qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch, after_ms: int
) -> MainWindow:
    """The main window on ``store``, its background read timed ``after_ms`` apart."""
    monkeypatch.setattr(reading, "PREFETCH_AFTER_MS", after_ms)
    window = MainWindow(store)
    qtbot.addWidget(window)
    return window


def test_nothing_changed_shows_the_kept_figures(
    qtbot: QtBot, demo: Store, reads: list[date]
) -> None:
    page = shown_page(qtbot, demo)
    first = page.figures
    refreshed(qtbot, page)
    assert reads == [TODAY]  # read once; the second time taken as kept
    assert page.figures is first


def test_a_check_in_here_is_counted_at_once(qtbot: QtBot, demo: Store, reads: list[date]) -> None:
    page = shown_page(qtbot, demo)
    before = attendances(page)
    check_someone_in(demo)
    refreshed(qtbot, page)
    assert attendances(page) == before + 1
    assert len(reads) == 2


def test_a_check_in_by_another_program_is_counted(
    qtbot: QtBot, demo: Store, db_target: str
) -> None:
    page = shown_page(qtbot, demo)
    before, commits = attendances(page), demo.commits
    other = open_store(db_target, actor="Sam Patel")  # another laptop on the same database
    try:
        check_someone_in(other)
    finally:
        other.close()
    refreshed(qtbot, page)
    assert demo.commits == commits  # nothing written here: the audit trail told
    assert attendances(page) == before + 1


def test_a_new_day_reads_again(qtbot: QtBot, demo: Store, reads: list[date]) -> None:
    page = shown_page(qtbot, demo)
    page.today = TODAY + timedelta(days=1)
    refreshed(qtbot, page)
    assert reads == [TODAY, TODAY + timedelta(days=1)]
    assert "24 November 2026" in page.ui.periodLabel.text()


def test_a_change_that_fails_is_no_change(demo: Store) -> None:
    commits = demo.commits
    with pytest.raises(RuntimeError), demo.transaction():
        raise RuntimeError("the disk is full")
    assert demo.commits == commits
    with demo.transaction():
        pass
    assert demo.commits == commits + 1


def test_the_window_reads_the_figures_while_idle(
    qtbot: QtBot, demo: Store, reads: list[date], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_on(qtbot, demo, monkeypatch, 100)
    window.show()  # Home's own read first (slower on a server): the window waits for it
    qtbot.waitUntil(lambda: reading.kept(demo) is not None, timeout=30_000)
    assert reads == [date.today()]
    window.go_to("reports")
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: page.dashboard.figures is not None, timeout=30_000)
    assert reads == [date.today()]  # shown from what the window read while idle
    assert page.dashboard.value_labels["attendances"].text() != "…"


def test_a_read_that_failed_is_not_left_on_screen(
    qtbot: QtBot, demo: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = shown_page(qtbot, demo)
    real = reading.newest

    def broken(_session: object) -> None:
        raise OSError("disk I/O error")

    monkeypatch.setattr(reading, "newest", broken)
    page.refresh()
    failed = (
        "The figures could not be read. The disk could not be read or written (a removed "
        "stick, a network drive gone, or a full disk), so nothing was changed. Check the "
        "drive and try again."
    )
    qtbot.waitUntil(lambda: page.ui.periodLabel.text() == failed, timeout=30_000)
    monkeypatch.setattr(reading, "newest", real)
    refreshed(qtbot, page)  # nothing changed since: the kept figures, the line put right
    assert page.ui.periodLabel.text().startswith("<b>2026/27 so far</b>")


def test_the_window_waits_while_a_dialog_is_open(
    qtbot: QtBot, demo: Store, reads: list[date], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    window = window_on(qtbot, demo, monkeypatch, 200)
    dialog = QDialog(window)  # say, Restore from backup, about to close the database
    window.show()
    dialog.show()
    qtbot.wait(500)
    assert reads == [] and reading.kept(demo) is None
    dialog.close()  # within the tries: read on the next
    qtbot.waitUntil(lambda: reading.kept(demo) is not None, timeout=30_000)


def test_nothing_is_read_unasked_on_a_network_drive(
    qtbot: QtBot, demo: Store, reads: list[date], monkeypatch: pytest.MonkeyPatch
) -> None:
    demo.network_drive = "\\\\fileserver\\housing"  # others' saves would wait on the read
    window = window_on(qtbot, demo, monkeypatch, 10)
    window.show()
    qtbot.wait(300)
    assert reads == [] and reading.kept(demo) is None
