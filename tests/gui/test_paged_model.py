"""The People list model: ids in SQL order, rows read a page at a time, searches re-ordered
from the whole list's order without SQL sorting again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from engagement_desktop.gui.common import paged_model
from engagement_desktop.gui.common.paged_model import PagedListingModel
from engagement_desktop.services.listings import PEOPLE, REWARDS
from engagement_desktop.services.people import people
from engagement_desktop.services.rewards import ledger
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Person
from tests.consent import GIVEN
from tests.gui.sample_data import add_sample_records


def sql_order(store: Store, model: PagedListingModel) -> list[int]:
    with store.session() as session:
        return PEOPLE.fetch_ids(
            session,
            model.search,
            model.sort_key,
            model.descending,
            model.filters,
            model.include_archived,
        )


def ids(model: PagedListingModel) -> list[int]:
    """Every row, as the officer sees them after scrolling to the end."""
    first = [model.row_id(row) for row in range(model.rowCount())]
    if model.canFetchMore(QModelIndex()):
        assert len(first) == paged_model.FIRST_ROWS
        model.fetchMore(QModelIndex())
        assert not model.canFetchMore(QModelIndex())
    everyone = [model.row_id(row) for row in range(model.rowCount())]
    assert everyone[: len(first)] == first  # the rest came under the first screen
    return everyone


def test_every_search_and_filter_keeps_the_sql_order(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_sample_records(store, people=120)
    monkeypatch.setattr(paged_model, "PAGE_ROWS", 25)  # several pages
    monkeypatch.setattr(paged_model, "FIRST_ROWS", 30)  # "a" and "e" find more than a screen
    model = PagedListingModel(store, PEOPLE)
    model.ensure_loaded()
    assert model._whole == ids(model) and model._rank is None  # kept; ranked at a search
    for search in ["a", "pe1", "o'n", "t0000", ""]:
        model.set_search(search)
        assert ids(model) == sql_order(store, model), search
    model.set_filter("status", "subscribed")
    model.set_search("e")
    assert ids(model) == sql_order(store, model)
    model.set_include_archived(True)  # archived people were not in the learnt order
    assert ids(model) == sql_order(store, model)
    model.set_include_archived("only")
    assert ids(model) == sql_order(store, model)
    model.set_include_archived(False)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert model.sort_key == "postcode"
    assert ids(model) == sql_order(store, model)
    last = model.row_id(model.rowCount() - 1)
    with store.session() as session:
        assert (
            model.row_values(model.rowCount() - 1) == PEOPLE.fetch_rows(session, [last])[last][1:]
        )


def test_someone_added_since_the_last_reload_is_found_in_place(store: Store) -> None:
    add_sample_records(store, people=30)
    model = PagedListingModel(store, PEOPLE)
    model.ensure_loaded()
    new = people.add_person(
        store, {"first_name": "Aaron", "last_name": "Aardvark"}, hold_data=GIVEN
    ).id
    model.set_search("a")
    assert ids(model)[0] == new
    assert ids(model) == sql_order(store, model)


def test_balances_open_on_their_first_screen_and_the_rest_follows(
    store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Rewards list shows its first members without summing the whole ledger; the
    count follows, and scrolling to the end brings everyone, in the same order."""
    add_sample_records(store, people=30)
    with store.session() as session:
        everyone = [row[0] for row in session.execute(select(Person.id).order_by(Person.id))]
    for place, person in enumerate(everyone[::2]):
        ledger.manual_award(store, person, 5 + place, "Helped at the fun day")
    monkeypatch.setattr(paged_model, "FIRST_ROWS", 6)
    monkeypatch.setattr(paged_model, "PAGE_ROWS", 4)
    model = PagedListingModel(store, REWARDS)
    with qtbot.waitSignal(model.counted, timeout=5000) as counted:
        model.ensure_loaded()
        assert model.rowCount() == 6 and model.total is None  # "More than 6 …"
    with store.session() as session:
        members = REWARDS.fetch_ids(session)
        rows = {row[0]: row[1:] for row in REWARDS.fetch(session)}
    assert counted.args == [len(members)] and len(members) >= 15
    assert ids(model) == members
    assert [model.row_values(r) for r in range(model.rowCount())] == [rows[i] for i in members]
    model.sort(2, Qt.SortOrder.DescendingOrder)  # by balance: every balance is read
    assert model.sort_key == "balance" and not model.canFetchMore(QModelIndex())
    with store.session() as session:
        assert ids(model) == REWARDS.fetch_ids(session, order_by="balance", descending=True)
