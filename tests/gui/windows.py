"""Every top-level window and dialog the program has, found in the code and built on a
small sample database, so size and contrast tests cover a dialog the day it is added.

Run as ``python -m tests.gui.windows`` (with ``QT_SCALE_FACTOR`` set, for instance) it
prints each window's minimum size as JSON: the scale factor must be set before a
QApplication exists, so a second scale needs a second process.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import pkgutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget, QWizard
from sqlalchemy import func, select

import engagement_desktop.gui as gui_package
from engagement_desktop.services.events.details import register_rows
from engagement_desktop.services.people.duplicates import DuplicateMatch
from engagement_desktop.services.rewards.accounts import Payout, account
from engagement_desktop.store import models
from engagement_desktop.store.engine import Store, open_store

#: The laptop: 1366x768 with a 40 px taskbar, in physical pixels.
SCREEN = (1366, 768 - 40)
#: A window's frame on Windows 10/11 (borders, 31 px title bar), in unscaled pixels;
#: check-in has none, being full screen.
FRAME = (2, 32)
FULL_SCREEN = {"CheckinWindow"}


def window_classes() -> list[type[QWidget]]:
    """Every QDialog, QMainWindow and QWizard subclass in gui/, and any other widget that
    makes itself a window (``Qt.WindowType.Window``), in a stable order."""
    found: dict[str, type[QWidget]] = {}
    for info in pkgutil.walk_packages(gui_package.__path__, gui_package.__name__ + "."):
        if ".forms" in info.name:
            continue
        module = importlib.import_module(info.name)
        for cls in vars(module).values():
            if not (inspect.isclass(cls) and cls.__module__ == module.__name__):
                continue
            if not issubclass(cls, QWidget):
                continue
            if issubclass(cls, (QDialog, QMainWindow, QWizard)) or (
                "WindowType.Window" in inspect.getsource(cls)
            ):
                found[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return [found[name] for name in sorted(found)]


def _first_id(store: Store, model: Any, offset: int = 0) -> int | None:
    with store.session() as session:
        return session.scalar(select(model.id).order_by(model.id).offset(offset).limit(1))


def _fund(store: Store) -> tuple[int, int]:
    """A fund round and one application in it (made the first time it is asked for)."""
    from engagement_desktop.services.fund.rounds import add_application, save_round

    with store.session() as session:
        found = session.execute(
            select(models.FundApplication.round_id, models.FundApplication.id).limit(1)
        ).first()
    if found is not None:
        return int(found[0]), int(found[1])
    fund_round = save_round(
        store,
        None,
        {
            "name": "Community Fund sample",
            "opens_on": date(2026, 4, 1),
            "closes_on": date(2026, 5, 31),
            "budget_pence": 500_000,
            "max_award_pence": 200_000,
            "criteria": "Benefit to residents\nInvolves customers in running it\nValue for money",
        },
    )
    application = add_application(
        store,
        {
            "round_id": fund_round.id,
            "applicant": "Riverside Allotment Club",
            "project": "Raised beds for older members",
            "requested_pence": 150_000,
            "received_on": date(2026, 5, 2),
        },
    )
    return fund_round.id, application.id


def demo_values(store: Store) -> dict[str, Callable[[], Any]]:
    """A value for each constructor parameter a window asks for, by parameter name
    (``person:str`` when the annotation decides), read from the sample records."""
    person_id = _first_id(store, models.Person)
    event_id = _first_id(store, models.Event)

    def ledger_line() -> Any:
        with store.session() as session:
            for pid in session.scalars(select(models.Person.id)):
                lines = account(session, pid).lines
                if lines:
                    return lines[0]
        raise AssertionError("the sample records have no points")

    def register_row() -> Any:
        with store.session() as session:
            for eid in session.scalars(select(models.Event.id)):
                rows = register_rows(session, eid)
                if rows:
                    return rows[0]
        raise AssertionError("the sample records have no register")

    def a_ballot() -> int:
        """An open ballot with three proposals (the kiosk's longest labels)."""
        from engagement_desktop.services.ballots import ballots

        found = _first_id(store, models.Ballot)
        if found is not None:
            return found
        ballot_id = ballots.save_ballot(
            store, None, {"title": "Greener Neighbourhoods", "pot_pence": 1_000_000}
        )
        for title, cost in (
            ("Community growing beds at Elm Court", 320_000),
            ("Benches and planters on the green", 280_000),
            ("Bike store for the tower blocks", 450_000),
        ):
            ballots.add_proposal(store, ballot_id, title, cost, put_forward_by="Elm Court TARA")
        ballots.open_ballot(store, ballot_id)
        return ballot_id

    def a_pack() -> Path:
        """A field kit pack of the first event (written once, in the temporary folder)."""
        from engagement_desktop.services.fieldkit.pack import export_pack

        folder = Path(tempfile.mkdtemp(prefix="engagement-fieldkit-"))
        return export_pack(store, [event_id or 1], folder / "field-kit.sqlite").path

    def a_survey() -> int | None:
        with store.session() as session:
            return session.scalar(select(func.min(models.Survey.id)))

    return {
        "store": lambda: store,
        "parent": lambda: None,
        "person_id": lambda: person_id,
        "first_id": lambda: person_id,
        "second_id": lambda: _first_id(store, models.Person, 1),
        "event_id": lambda: event_id,
        "group_id": lambda: _first_id(store, models.Group),
        "membership_id": lambda: _first_id(store, models.Membership),
        "outcome_id": lambda: _first_id(store, models.Outcome),
        "course_id": lambda: _first_id(store, models.Course),
        "record_id": lambda: _first_id(store, models.TrainingRecord),
        "appraisal_id": lambda: _first_id(store, models.Appraisal),
        "expense_id": lambda: _first_id(store, models.Expense),
        "survey_id": a_survey,
        "review_id": lambda: _first_id(store, models.ScrutinyReview),
        "consultation_id": lambda: _first_id(store, models.Consultation),
        "round_id": lambda: _fund(store)[0],
        "application_id": lambda: _fund(store)[1],
        "title": lambda: "Riverside Allotment Club",
        "ballot_id": a_ballot,
        "pack_path": a_pack,
        "channel": lambda: "kiosk",
        "purpose": lambda: "hold_data",
        "row": register_row,
        "line": ledger_line,
        "person:str": lambda: "Joan Adams",
        "person": lambda: None,
        "balance": lambda: 120,
        "years": lambda: [date.today().year - 1, date.today().year],
        "year": lambda: date.today().year,
        "large_print": lambda: False,
        "folder": lambda: Path(tempfile.gettempdir()),
        "database_stem": lambda: "engagement",
        "people": lambda: [(person_id, "Joan Adams")],
        "person_ids": lambda: [person_id, _first_id(store, models.Person, 1)],
        "message": lambda: (
            "engagement.sqlite is protected by a passphrase. Type it to open the database."
        ),
        "details": lambda: "Traceback (most recent call last):\n  ...\nValueError: example",
        "log_path": lambda: Path(tempfile.gettempdir()) / "engagement-desktop.log",
        "matches": lambda: [
            DuplicateMatch(person_id or 1, "Joan Adams", "PE12 3AB", "T000001", "same name")
        ],
        "payout": lambda: Payout(
            1, person_id or 1, "Joan Adams", "T000001", "voucher", 2500, "Love2Shop", "", None, ""
        ),
    }


def build(cls: type[QWidget], store: Store, keep: list[QWidget]) -> QWidget:
    """One window with demo arguments; a parameter nobody can supply fails loudly, so a new
    dialog is measured as soon as someone says what it needs."""
    values = demo_values(store)
    args: dict[str, Any] = {}
    for name, parameter in inspect.signature(cls.__init__).parameters.items():
        if name == "self" or parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        typed = f"{name}:{parameter.annotation}"
        if typed in values:
            args[name] = values[typed]()
        elif name == "parent" and parameter.default is parameter.empty:
            holder = QWidget()
            keep.append(holder)
            args[name] = holder
        elif name in values:
            value = values[name]()
            if value is not None or parameter.default is parameter.empty:
                args[name] = value
        elif parameter.default is parameter.empty:
            raise AssertionError(f"no demo value for {cls.__qualname__}({name}=...)")
    positional = {
        name: args.pop(name)
        for name, p in inspect.signature(cls.__init__).parameters.items()
        if p.kind == p.POSITIONAL_ONLY and name in args
    }
    return cls(*positional.values(), **args)


def minimum_size(widget: QWidget) -> tuple[int, int]:
    """What the window cannot be shrunk below, in its own (unscaled) pixels."""
    layout = widget.layout()
    if layout is not None:
        layout.activate()
    hint, least = widget.minimumSizeHint(), widget.minimumSize()
    return max(hint.width(), least.width()), max(hint.height(), least.height())


def fits(name: str, size: tuple[int, int], scale: float) -> bool:
    """Whether the window, with its frame, fits the laptop's screen at ``scale``."""
    frame = (0, 0) if name in FULL_SCREEN else FRAME
    width, height = size[0] + frame[0], size[1] + frame[1]
    return width * scale <= SCREEN[0] and height * scale <= SCREEN[1]


def every_window(store: Store) -> Iterator[tuple[str, QWidget]]:
    keep: list[QWidget] = []
    for cls in window_classes():
        widget = build(cls, store, keep)
        yield cls.__qualname__, widget
        widget.deleteLater()
    for holder in keep:
        holder.deleteLater()


def measure(store: Store) -> dict[str, tuple[int, int]]:
    sizes = {}
    for name, widget in every_window(store):
        widget.show()
        QApplication.processEvents()
        sizes[name] = minimum_size(widget)
        widget.hide()
    return sizes


def main() -> None:
    from tests.gui.sample_data import add_sample_records

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["ENGAGEMENT_DATA_DIR"] = folder
        store = open_store(Path(folder) / "sizes.db", actor="test.officer")
        add_sample_records(store, people=6)
        sizes = measure(store)
        scale = app.devicePixelRatio()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        store.close()
    print(json.dumps({"scale": scale, "sizes": sizes}))


if __name__ == "__main__":
    main()
