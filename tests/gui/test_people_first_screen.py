"""A People search shows its first screen at once and the rest as the officer scrolls.

The rows found must be exactly those (and in the order) the whole search finds, on
SQLite and PostgreSQL alike, whether the first screen came from the top of the name
index or from reading every match: accents, apostrophes, references and postcodes.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from engagement_desktop.gui.common import paged_model
from engagement_desktop.gui.people.page import PeoplePage
from engagement_desktop.services.listings import PEOPLE
from engagement_desktop.services.people import people
from engagement_desktop.store.engine import Store
from tests.consent import GIVEN
from tests.gui.sample_data import add_sample_records

NAMES = [
    ("Zoë", "Ashworth", "PE12 7ZZ"),
    ("Łukasz", "Nowak", "PE13 1LK"),
    ("Siobhan", "O'Neill", "PE12 9ON"),
    ("Aoife", "Ní Bhriain", "PE14 2NB"),
    ("Zoe", "Abbott", "PE12 7ZY"),
]


@pytest.fixture
def page(qtbot: QtBot, store: Store, monkeypatch: pytest.MonkeyPatch) -> PeoplePage:
    add_sample_records(store, people=150)
    for first, last, postcode in NAMES:
        people.add_person(
            store, {"first_name": first, "last_name": last, "postcode": postcode}, hold_data=GIVEN
        )
    # A screen of 12 rows found among the first 60 of the list, so that a small
    # register has searches of both kinds.
    monkeypatch.setattr(paged_model, "FIRST_ROWS", 12)
    monkeypatch.setattr(paged_model, "PROBE_ROWS", 60)
    monkeypatch.setattr(paged_model, "COUNT_DELAY_MS", 0)
    people_page = PeoplePage(store, PEOPLE)
    qtbot.addWidget(people_page)
    people_page.resize(1000, 420)  # about a dozen rows on screen
    people_page.show()
    people_page.activate()
    return people_page


def everything(store: Store, text: str) -> list[int]:
    """What the search finds in SQL, every row, in the list's order."""
    with store.session() as session:
        return PEOPLE.fetch_ids(session, text, "name", False)


def shown(page: PeoplePage) -> list[int]:
    return [page.model.row_id(row) for row in range(page.model.rowCount())]


def names(page: PeoplePage) -> list[str]:
    column = PEOPLE.headings.index("Name")
    return [page.model.data(page.model.index(row, column)) for row in range(page.model.rowCount())]


def scroll_to_end(qtbot: QtBot, page: PeoplePage) -> None:
    bar = page.ui.table.verticalScrollBar()
    for _ in range(10):
        bar.setValue(bar.maximum())
        qtbot.wait(10)
        if not page.model.canFetchMore(QModelIndex()):
            return


def test_a_common_letter_shows_a_screen_then_the_count_then_the_rest(
    qtbot: QtBot, page: PeoplePage, store: Store
) -> None:
    page.model.set_search("e")
    expected = everything(store, "e")
    assert len(expected) > 60
    assert shown(page) == expected[:12]  # the first screen, in order
    assert page.model.canFetchMore(QModelIndex())
    assert page.ui.countLabel.text() == "More than 12 people"
    qtbot.waitUntil(lambda: page.ui.countLabel.text() == f"{len(expected):,} people")
    scroll_to_end(qtbot, page)
    assert shown(page) == expected  # the rest came under the first screen
    assert page.ui.countLabel.text() == f"{len(expected):,} people"


def test_rare_and_accented_searches_find_the_same_people_in_the_same_order(
    qtbot: QtBot, page: PeoplePage, store: Store
) -> None:
    for text in ["zoe", "zoë", "ZOË", "łuk", "luk", "o'n", "o'neill", "ní", "ni bh", "t00000"]:
        page.model.set_search(text)
        expected = everything(store, text)
        assert expected, text
        scroll_to_end(qtbot, page)
        assert shown(page) == expected, text
    page.model.set_search("zoe")
    scroll_to_end(qtbot, page)
    assert {"Abbott, Zoe", "Ashworth, Zoë"} <= set(names(page))  # with or without the accent
    page.model.set_search("ni bh")
    assert names(page) == ["Ní Bhriain, Aoife"]
    assert page.ui.countLabel.text() == "1 person"


@pytest.mark.parametrize("text", ["a", "z", "p", "pe12", "t0", "pe12 7z", "nowak pe13"])
def test_short_searches_references_and_postcodes_match_the_whole_search(
    qtbot: QtBot, page: PeoplePage, store: Store, text: str
) -> None:
    page.model.set_search(text)
    expected = everything(store, text)
    assert shown(page) == expected[: len(shown(page))]
    scroll_to_end(qtbot, page)
    assert shown(page) == expected


def test_opening_a_person_further_down_selects_them_after_reading_the_rest(
    page: PeoplePage, store: Store
) -> None:
    page.model.set_search("e")
    last = everything(store, "e")[-1]
    assert last not in shown(page)
    assert page.select_person(last)
    assert page.model.row_id(page.ui.table.currentIndex().row()) == last
