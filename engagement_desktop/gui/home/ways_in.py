"""What the window does when the officer clicks a Home line or a first step.

Kept out of the main window (which only connects the Home page's signals here):
a line goes to its section and opens or selects its record; the first steps open
the people import, Settings, or switch the window to the separate demo database.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox

from engagement_desktop import paths
from engagement_desktop.errors import EngagementError
from engagement_desktop.gui.common.tasks import ProgressTask, TaskProgress, run_with_progress
from engagement_desktop.store.engine import Store, open_store

DEMO_PEOPLE = 2000  # as ``--demo`` makes it


def connect(window: Any, home: Any) -> None:
    """Send the Home page's clicks here (called once, when the window builds it)."""
    home.go.connect(lambda section, record: open_record(window, section, record))
    home.first_step.connect(lambda step: first_step(window, step))


def open_record(window: Any, section: str, record_id: int) -> None:
    """Show ``section`` and, when a record is named, open (or select) it there."""
    if "/" in section:  # a tab of a tabbed section, e.g. "control/ballots"
        section, tab = section.split("/", 1)
        window.go_to(section)
        window.page(section).open_in_tab(tab, record_id)
        return
    window.go_to(section)
    if record_id < 0:
        return
    page = window.page(section)
    if section == "events":
        page.open_event(record_id)
    elif section == "outcomes":
        page.show_item(record_id)
        page.open_selected()
    elif section == "groups":
        page.select_group(record_id)
    elif section == "training":
        page.edit_record(record_id)
    elif section == "people":
        page.select_person(record_id)


def first_step(window: Any, key: str) -> None:
    """One of the three first steps offered on an empty database."""
    home = window.page("home")
    if key == "import":
        wizard = window.import_actions.open_wizard("people")
        wizard.imported.connect(lambda *_a: home.refresh())
    elif key == "settings":
        window.show_settings()  # a saved change is shown on Home at once
    elif key == "demo":
        open_demo(window)


def open_demo(window: Any) -> ProgressTask | None:
    """Switch the window to the demo database (made with demo data the first time).

    The demo is its own file, never the officer's database: the database open now is
    closed unchanged, and File > Open database brings it back.
    """
    target = paths.demo_database()
    if window.store.path is not None and window.store.path == target.absolute():
        window.statusBar().showMessage("The demo database is already open.", 5000)
        return None
    answer = QMessageBox.question(
        window,
        "Open the demo",
        f"The demo is a separate database ({target}) with made-up people, groups and "
        "events to try things on. The database open now will be closed, unchanged; "
        "File > Open database brings it back. Open the demo?",
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None

    def work(progress: TaskProgress) -> Store:
        from engagement_desktop.services.demo import generate_demo

        store = open_store(target)
        try:
            if not store.read_only and home_is_empty(store):
                generate_demo(store, people=DEMO_PEOPLE, seed=1, progress=progress)
        except BaseException:
            store.close()
            raise
        return store

    def failed(exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, EngagementError) else "The demo could not be made."
        QMessageBox.warning(window, "Open the demo", text)

    return run_with_progress(
        window,
        work,
        title="Opening the demo",
        label="Making the demo database (the first time takes a little while)…",
        on_finished=window.switch_store,
        on_failed=failed,
    )


def home_is_empty(store: Store) -> bool:
    from engagement_desktop.reports.home import home

    with store.session() as session:
        return home(session).empty
