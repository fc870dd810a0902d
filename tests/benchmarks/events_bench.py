"""Event figures: the check-in screen at the door, and printing a sign-in sheet.

Run by run.py on the demo database with Qt offscreen, through the real check-in
window. ``checkin_search_ms`` is the time from the search box's text changing
to the matches model holding the new matches (the search runs on every key, with
no typing delay). ``checkin_commit_ms`` is from Enter in the search box to the
count on screen going up, points awarded, for subscribed members not yet on the
register. ``signin_sheet_pdf_s`` reads a 200-person register and writes its PDF.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from qt_app import qt_app  # beside this script

SEARCHES = 30
CHECK_INS = 20
SHEET_PEOPLE = 200

LABELS: dict[str, str] = {
    "checkin_search_ms": "Check-in search, keystroke to matches (median of 30)",
    "checkin_search_max_ms": "Check-in search, slowest of the 30",
    "checkin_commit_ms": "Check-in, Enter to count up with points (median of 20)",
    "checkin_commit_max_ms": "Check-in, slowest of the 20",
    "signin_sheet_pdf_s": "Sign-in sheet PDF for a 200-person register",
}


def _app(bench: Any) -> Any:
    return qt_app(bench.folder)


def typed_prefixes(session: Any, seed: int) -> list[str]:
    """What people at a door are found by: 2-3 letters of a first or last name, a
    postcode's start, a reference's start, a first name and an initial."""
    from sqlalchemy import select

    from engagement_desktop.store.models import Person

    rng = random.Random(seed)
    rows = session.execute(
        select(Person.first_name, Person.last_name, Person.postcode, Person.reference)
        .where(Person.postcode.is_not(None), Person.reference.is_not(None))
        .limit(5000)
    ).all()
    typed = []
    for number in range(SEARCHES):
        first, last, postcode, reference = rng.choice(rows)
        kind = number % 6
        if kind == 0:
            typed.append(first[:2])
        elif kind == 1:
            typed.append(last[:3])
        elif kind == 2:
            typed.append(postcode[:4])
        elif kind == 3:
            typed.append(reference[:5])
        elif kind == 4:
            typed.append(f"{first[:3]} {last[:1]}")
        else:
            typed.append(last[:2])
    return typed


def _busiest_event(session: Any) -> int:
    from sqlalchemy import func, select

    from engagement_desktop.store.models import Attendance

    return int(
        session.execute(
            select(Attendance.event_id, func.count())
            .group_by(Attendance.event_id)
            .order_by(func.count().desc())
            .limit(1)
        ).first()[0]
    )


def _event_with_points(session: Any) -> int:
    """The biggest held event whose type earns points on its date."""
    from sqlalchemy import func, select

    from engagement_desktop.services.rewards.rules import rules_on
    from engagement_desktop.store.models import Attendance, Event

    rows = session.execute(
        select(Event.id, Event.event_type_id, Event.starts_at, func.count(Attendance.id))
        .join(Attendance, Attendance.event_id == Event.id)
        .where(Event.status == "held")
        .group_by(Event.id)
        .order_by(func.count(Attendance.id).desc())
    ).all()
    for event_id, type_id, starts, _count in rows:
        if rules_on(session, type_id, "attendee", starts.date()):
            return int(event_id)
    raise RuntimeError("no held event with a points rule")


def _newcomers(session: Any, event_id: int, count: int) -> list[tuple[int, str]]:
    """Subscribed members not on the register who can be checked in without a question."""
    from sqlalchemy import select

    from engagement_desktop.services.events.checkin import warnings_for
    from engagement_desktop.store.models import Attendance, Event, Person

    event = session.get(Event, event_id)
    on_register = select(Attendance.person_id).where(Attendance.event_id == event_id)
    people = session.scalars(
        select(Person)
        .where(
            Person.involvement_status == "subscribed",
            Person.archived.is_not(True),
            Person.reference.is_not(None),
            Person.id.not_in(on_register),
        )
        .order_by(Person.id)
        .limit(count * 3)
    ).all()
    chosen = [p for p in people if not warnings_for(session, p, event.starts_at.date())]
    return [(p.id, p.reference) for p in chosen[:count]]


def measure_events(bench: Any) -> dict[str, Any]:
    """Check-in search and commit through the check-in window; a 200-person sign-in sheet."""
    app = _app(bench)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from sqlalchemy import select

    from engagement_desktop.gui.events.checkin_window import CheckinWindow
    from engagement_desktop.reports.events.signin_sheet import sheet_data, write_sign_in_sheet
    from engagement_desktop.services.events import events, invitations
    from engagement_desktop.store.engine import open_store
    from engagement_desktop.store.models import EventType, Person

    store = open_store(bench.db, actor="benchmark", verify=False)
    figures: dict[str, Any] = {}
    try:
        with store.session() as session:
            typed = typed_prefixes(session, bench.seed)
            busiest = _busiest_event(session)
            points_event = _event_with_points(session)
            newcomers = _newcomers(session, points_event, CHECK_INS)

        window = CheckinWindow(store, busiest)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        edit = window.ui.searchEdit
        times = []
        for text in typed:
            edit.clear()
            app.processEvents()
            started = time.perf_counter()
            edit.setText(text)  # textChanged -> search -> matches model reset
            assert window.model.matches is not None
            times.append((time.perf_counter() - started) * 1000)
            app.processEvents()  # the list paints, as between real keystrokes
        figures["checkin_search_ms"] = round(statistics.median(times), 1)
        figures["checkin_search_max_ms"] = round(max(times), 1)
        print(
            "  searches: "
            + ", ".join(f"{t!r} {ms:.0f}" for t, ms in zip(typed, times, strict=True))
        )
        window.close()

        window = CheckinWindow(store, points_event)
        window.show()
        app.processEvents()
        edit = window.ui.searchEdit
        commits, points = [], []
        for person_id, reference in newcomers:
            edit.setText(reference)  # a household shares a reference: pick the member
            rows = [m.person_id for m in window.model.matches]
            if person_id not in rows:
                bench.note(f"{reference} did not find person {person_id}")
                continue
            window.ui.matchesList.setCurrentIndex(window.model.index(rows.index(person_id)))
            app.processEvents()
            before = window.ui.countLabel.text()
            started = time.perf_counter()
            QTest.keyClick(edit, Qt.Key.Key_Return)
            elapsed = (time.perf_counter() - started) * 1000
            if window.ui.countLabel.text() == before or not window.done:
                bench.note(
                    f"check-in of {reference} did not count: {window.ui.messageLabel.text()}"
                )
                continue
            commits.append(elapsed)
            points.append(window.done[-1].points)
            app.processEvents()
        if commits:
            figures["checkin_commit_ms"] = round(statistics.median(commits), 1)
            figures["checkin_commit_max_ms"] = round(max(commits), 1)
        print(f"  {len(commits)} check-ins, points each: {sorted(set(points))}")
        if points and min(points) <= 0:
            bench.note("some check-ins earned no points")
        window.close()

        with store.session() as session:
            popup = session.scalar(select(EventType.id).where(EventType.name == "Pop-up meeting"))
            invitees = list(
                session.scalars(
                    select(Person.id)
                    .where(Person.archived.is_not(True))
                    .order_by(Person.id)
                    .limit(SHEET_PEOPLE)
                )
            )
        sheet_event = events.save_event(
            store,
            None,
            {
                "title": "Benchmark pop-up: Łukasz, Zoë and Siobhán's estate",
                "event_type_id": popup,
                "starts_at": datetime.now().replace(microsecond=0) + timedelta(days=3),
                "venue": "Community centre",
            },
        ).id
        invitations.invite(store, sheet_event, person_ids=invitees)
        target = Path(bench.folder) / "signin-sheet.pdf"
        started = time.perf_counter()
        with store.session() as session:
            data = sheet_data(session, sheet_event)
        write_sign_in_sheet(data, target)
        figures["signin_sheet_pdf_s"] = round(time.perf_counter() - started, 2)
        print(f"  sheet: {len(data.invitees)} names, {target.stat().st_size / 1024:.0f} KB")
    finally:
        store.close()
    return figures
