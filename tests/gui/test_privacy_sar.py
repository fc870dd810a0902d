"""Person › Privacy › Subject access export…: asks where, writes the zip on the worker,
says where it went; a person not yet saved has nothing to export."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from engagement_desktop.gui.main_window import MainWindow
from engagement_desktop.gui.people.page import PeoplePage
from engagement_desktop.store.models import AuditEntry


def _people(window: MainWindow) -> PeoplePage:
    page = window.page("people")
    assert isinstance(page, PeoplePage)
    return page


def test_the_export_is_saved_where_the_officer_chose_and_said_so(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    asked: list[str] = []
    told: list[str] = []

    def where(_parent: Any, caption: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "for-the-tenant"), _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", where)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    editor = _people(window).open_person(1)
    button = editor.privacy
    assert button.isEnabled() and button.text() == "Privac&y"
    action = next(a for a in button.menu().actions() if a.objectName() == "subjectAccessAction")
    assert action.text() == "&Subject access export…"
    action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=20000)

    saved = tmp_path / "for-the-tenant.zip"
    assert asked and asked[0].endswith(".zip")
    assert str(saved) in told[0]
    with zipfile.ZipFile(saved) as bundle:
        assert sorted(Path(n).suffix for n in bundle.namelist()) == [".pdf", ".xlsx"]
    with editor.store.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None and (entry.action, entry.record_id) == ("privacy.sar", 1)
    assert editor.isVisible()  # the officer carries on with the record


def test_cancelling_the_save_dialog_writes_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    editor = _people(window).open_person(1)
    with editor.store.session() as session:
        before = session.scalars(select(AuditEntry.id)).all()
    next(iter(editor.privacy.menu().actions())).trigger()
    qtbot.wait(100)
    with editor.store.session() as session:
        assert session.scalars(select(AuditEntry.id)).all() == before


def test_a_new_person_has_nothing_to_export(window: MainWindow) -> None:
    editor = _people(window).open_person(None)
    assert not editor.privacy.isEnabled()
