"""Shared test set-up: headless Qt, an isolated data folder, a fresh database.

The database is a SQLite file unless ``ENGAGEMENT_TEST_DB`` or ``--pg-url`` names a
PostgreSQL server (:mod:`tests.backends`): then ``store``, ``db_target`` and
``make_db_target`` give databases on that server, and tests about the SQLite file
(marked ``sqlite_only``, or taking ``db_path``) are skipped with a reason.
"""

from __future__ import annotations

import gc
import os
import sys

# Must be set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from engagement_desktop.store.engine import Store, open_store
from tests.backends import SQLITE_ONLY_REASON, PostgresDatabases, server_url

#: Makes a database for a test: ``make(folder, name)`` -> what ``--db`` takes.
MakeTarget = Callable[[Path, str], str]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--pg-url",
        default=None,
        help="run on PostgreSQL: an administrator's URL of a server to make test "
        "databases on (or set ENGAGEMENT_TEST_DB)",
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if server_url(config.getoption("--pg-url")) is None:
        return
    skip = pytest.mark.skip(reason=SQLITE_ONLY_REASON)
    for item in items:
        if item.get_closest_marker("sqlite_only") or "db_path" in getattr(item, "fixturenames", ()):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def pg_databases(pytestconfig: pytest.Config) -> Iterator[PostgresDatabases | None]:
    """The PostgreSQL server's test databases, or None on SQLite."""
    url = server_url(pytestconfig.getoption("--pg-url"))
    if url is None:
        yield None
        return
    made = PostgresDatabases(url)
    yield made
    made.drop_all()


@pytest.fixture(scope="session")
def make_db_target(pg_databases: PostgresDatabases | None) -> MakeTarget:
    """A new database for module- or session-wide fixtures: a file ``folder/name`` on
    SQLite, a fresh database at the latest schema on PostgreSQL."""

    def make(folder: Path, name: str) -> str:
        if pg_databases is None:
            return str(folder / name)
        return pg_databases.new()

    return make


@pytest.fixture(autouse=True)
def isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Keep every test away from the real user's data, logs and settings."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("ENGAGEMENT_DATA_DIR", str(folder))
    monkeypatch.delenv("ENGAGEMENT_DB", raising=False)
    monkeypatch.setenv("ENGAGEMENT_USER", "test.officer")
    return folder


def _refuse_crash_dialog(dialog: Any) -> int:
    raise AssertionError(f"The crash dialog would have opened:\n{dialog.details}")


@pytest.fixture(autouse=True, scope="session")
def crash_dialog_never_waits() -> Iterator[None]:
    """A crash dialog in a test is a fault to see, not a window to wait on: offscreen
    nobody clicks it, and a run hung on one (a page's read failing as its PostgreSQL
    database was dropped at teardown) until CI's time ran out. Its details are raised
    instead, which pytest-qt reports as the test's error. For the whole session, not per
    test: pytest-qt processes a test's last events after its fixtures are gone, which is
    when that read failed. A test about the dialog patches ``exec`` itself, and wins."""
    from engagement_desktop.gui import crash

    patch = pytest.MonkeyPatch()
    patch.setattr(crash.CrashDialog, "exec", _refuse_crash_dialog)
    yield
    patch.undo()


def _refuse_to_ask(dialog: Any) -> str:
    raise AssertionError(
        f"{type(dialog).__name__} asked whether to save its changes, and nobody answers a "
        "test: answer ask_about_changes in the test, or leave the dialog unchanged"
    )


@pytest.fixture(autouse=True, scope="session")
def unsaved_changes_question_never_waits() -> Iterator[None]:
    """A dialog left with unsaved changes asks about them when pytest-qt closes it after
    the test, and offscreen that question waited for a click that never came: the whole
    run hung. It fails the test instead. A test that means the question answers it on its
    class or instance, which wins over this."""
    from engagement_desktop.gui.common.editor_dialog import EditorDialog

    patch = pytest.MonkeyPatch()
    patch.setattr(EditorDialog, "ask_about_changes", _refuse_to_ask)
    yield
    patch.undo()


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test with Qt widgets never lets Python's cycle collector run in a worker thread
    (gui/common/main_thread_gc.py says why); its garbage is collected here, afterwards."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    gc.disable()
    yield
    gc.collect()
    gc.enable()


def background_reads_done() -> None:
    """Wait for a read a test's window left on the database worker before its database
    goes: dropped under it, the read failed after the test, and the crash dialog opened
    in the next test's events (pytest-qt processes them after the fixtures are gone)."""
    tasks = sys.modules.get("engagement_desktop.gui.common.tasks")
    if tasks is not None:  # only where a test has used the window at all
        tasks.database_pool().waitForDone(30_000)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The SQLite file of a test about the file itself (skipped on PostgreSQL)."""
    return tmp_path / "test.sqlite"


@pytest.fixture
def db_target(
    tmp_path: Path, make_db_target: MakeTarget, pg_databases: PostgresDatabases | None
) -> Iterator[str]:
    """What a test passes to ``--db`` or open_store: the same database as ``store``."""
    target = make_db_target(tmp_path, "test.sqlite")
    yield target
    if pg_databases is not None:
        background_reads_done()
        pg_databases.drop(target)


@pytest.fixture
def store(db_target: str) -> Iterator[Store]:
    """A fresh database at the latest schema."""
    opened = open_store(db_target, actor="test.officer")
    yield opened
    background_reads_done()
    opened.close()
