"""Shared test set-up: headless Qt, an isolated data folder, a fresh database."""

from __future__ import annotations

import os

# Must be set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest

from engagement_desktop.store.engine import Store, open_store


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


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """A fresh database at the latest schema."""
    opened = open_store(db_path, actor="test.officer")
    yield opened
    opened.close()
