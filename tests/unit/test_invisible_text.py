"""Names made of characters no one can see: empty wherever a name is typed or imported.

Zero-width spaces, joiners and the like at the edge of a word are taken out (they do
nothing there); a value with nothing visible left is blank, so "is required"; inside a
word the joiners Persian, Indic names and emoji are spelt with stay, and the hidden
characters that are never part of a word are refused, as control characters are."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from engagement_desktop.errors import ValidationError
from engagement_desktop.interchange.people.rows import clean_row
from engagement_desktop.services.common.checks import optional_text, required_text
from engagement_desktop.services.events import checkin, events
from engagement_desktop.services.groups import groups
from engagement_desktop.services.people import people
from engagement_desktop.services.people.areas import add_area
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import EventType, Person
from tests.consent import GIVEN

INVISIBLE = ["\u200b\u200b", "\u200d", "\u200c", "  \u200b ", "\ufeff\u2060", "\u3164", "\u200e"]


@pytest.mark.parametrize("text", INVISIBLE)
def test_text_of_invisible_characters_alone_is_empty(text: str) -> None:
    with pytest.raises(ValueError, match="is required"):
        required_text(text, 100)
    assert optional_text(text) is None


def test_invisible_characters_at_a_words_edge_go_and_joiners_inside_words_stay() -> None:
    assert required_text("\u200bZoë\u200d O'Neill\u200b", 100) == "Zoë O'Neill"
    assert required_text("Ann \u200d Lee", 100) == "Ann Lee"
    persian = "\u0645\u06cc\u200c\u0631\u0627"  # Mira, spelt with a zero-width non-joiner
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # one emoji, joined
    heart = "Green team \u2764\ufe0f"
    assert required_text(persian, 100) == persian
    assert required_text(f"{family} club", 100) == f"{family} club"
    assert required_text(heart, 100) == heart
    with pytest.raises(ValueError, match=r"hidden control character \(U\+200B\)"):
        required_text("Mi\u200bne", 100)
    with pytest.raises(ValueError, match=r"hidden control character \(U\+001B\)"):
        required_text("Oak\x1bfield", 100)


def test_a_person_named_in_invisible_characters_is_refused(store: Store) -> None:
    with pytest.raises(ValidationError, match="a first name or a last name is needed"):
        people.add_person(store, {"first_name": "\u200b\u200b", "last_name": "\u200d"}, GIVEN)
    with store.session() as session:
        assert session.scalars(select(Person)).all() == []


def test_a_walk_in_named_in_invisible_characters_is_not_checked_in(store: Store) -> None:
    with store.session() as session:
        type_id = session.scalar(select(EventType.id).limit(1))
    event = events.save_event(
        store,
        None,
        {"title": "Pop-up", "event_type_id": type_id, "starts_at": datetime(2026, 6, 2, 14)},
    )
    with pytest.raises(ValidationError, match="a first name or a last name is needed"):
        checkin.add_walk_in(store, event.id, {"first_name": "\u200c"}, hold_data=True)
    with store.session() as session:
        assert checkin.present_count(session, event.id) == 0
        assert session.scalars(select(Person)).all() == []


def test_an_event_group_or_area_named_in_invisible_characters_is_refused(store: Store) -> None:
    with store.session() as session:
        type_id = session.scalar(select(EventType.id).limit(1))
    with pytest.raises(ValidationError, match="Title: is required"):
        events.save_event(
            store,
            None,
            {"title": "\u200d", "event_type_id": type_id, "starts_at": datetime(2026, 6, 2)},
        )
    with pytest.raises(ValidationError, match="Name: is required"):
        groups.add_group(store, {"name": "\u200d"})
    with pytest.raises(ValidationError, match="Name: is required"):
        add_area(store, "\u200d")


def test_an_import_reads_invisible_characters_as_typing_does() -> None:
    blank = clean_row(3, {"first_name": "\u200c", "last_name": "\u200d"}, {})
    assert [p.row for p in blank.problems] == [3]  # no name: the row is refused
    assert "name" in blank.problems[0].message.lower()
    pasted = clean_row(4, {"first_name": "\u200bBo", "last_name": "Ng\ufeff"}, {})
    assert pasted.problems == [] and pasted.values == {"first_name": "Bo", "last_name": "Ng"}
    inside = clean_row(5, {"first_name": "Bo", "last_name": "N\u200bg"}, {"last_name": "Surname"})
    assert [(p.row, p.column) for p in inside.problems] == [(5, "Surname")]
