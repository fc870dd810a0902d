"""The SQL-backed table model, tested without any widget."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from engagement_desktop.gui.common.table_model import (
    ListingModel,
    format_date,
    format_datetime,
    format_period,
)
from engagement_desktop.services.listings import EVENTS, PEOPLE, Period
from engagement_desktop.store.engine import Store


def cell(model: ListingModel, row: int, column: int) -> str:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_model_loads_only_when_asked(sample_store: Store) -> None:
    model = ListingModel(sample_store, PEOPLE)
    model.sort(2, Qt.SortOrder.DescendingOrder)  # the view does this before the page shows
    assert not model.is_loaded and model.rowCount() == 0
    model.ensure_loaded()
    assert model.rowCount() == 5
    assert model.columnCount() == len(PEOPLE.columns)
    header = model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == "Name"


def test_cells_read_as_a_user_sees_them(sample_store: Store) -> None:
    model = ListingModel(sample_store, PEOPLE)
    model.ensure_loaded()
    assert [cell(model, 0, c) for c in range(3)] == ["T000001", "Adams, Joan", "PE12 3AB"]
    assert model.row_id(0) == 1
    events = ListingModel(sample_store, EVENTS)
    events.ensure_loaded()
    assert cell(events, 0, 0) == "4 Mar 2025 18:30"
    assert cell(events, 0, 6) == "3"
    right = events.data(events.index(0, 6), Qt.ItemDataRole.TextAlignmentRole)
    assert right & Qt.AlignmentFlag.AlignRight


def test_data_returns_none_for_roles_it_does_not_serve(sample_store: Store) -> None:
    model = ListingModel(sample_store, PEOPLE)
    model.ensure_loaded()
    index = model.index(0, 0)
    for role in (
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.SizeHintRole,
        Qt.ItemDataRole.EditRole,
    ):
        assert model.data(index, role) is None


def test_sort_requeries_in_sql(sample_store: Store) -> None:
    model = ListingModel(sample_store, PEOPLE)
    model.ensure_loaded()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    references = [cell(model, row, 0) for row in range(model.rowCount())]
    assert references == sorted(references, reverse=True)
    assert model.sort_key == "reference" and model.descending


def test_search_filter_and_archived(sample_store: Store) -> None:
    model = ListingModel(sample_store, PEOPLE)
    counts: list[int] = []
    model.loaded.connect(counts.append)
    model.ensure_loaded()
    model.set_search("pe12 3ab")
    assert model.rowCount() == 1
    model.set_search("")
    model.set_include_archived(True)
    assert model.rowCount() == 6
    model.set_filter("status", "one_off")
    assert {cell(model, r, 5) for r in range(model.rowCount())} == {"One-off contact"}
    assert counts[:3] == [5, 1, 5]


def test_formatting() -> None:
    assert format_date(date(2025, 3, 4)) == "4 Mar 2025"
    assert format_datetime(datetime(2025, 3, 4, 0, 0)) == "4 Mar 2025"
    assert format_period(Period(date(2024, 4, 1), None)) == "1 Apr 2024 – …"
    assert format_period(Period(None, None)) == ""
