"""A chosen list of people as long as a register: read an IN list's worth at a time
(``store.id_lists``), so PostgreSQL's 65,535 parameters and the 32,766 of Windows'
SQLite are never reached, and the people still come out in name order."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from engagement_desktop.errors import NotFound, ValidationError
from engagement_desktop.reports.events.signin_sheet import sheet_data
from engagement_desktop.reports.rewards.points_statement import statements
from engagement_desktop.services.events import events
from engagement_desktop.services.events.invitations import invite
from engagement_desktop.services.rewards import ledger
from engagement_desktop.services.training.matrix import training_matrix
from engagement_desktop.store import id_lists
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Attendance, EventType
from tests.unit import test_name_order
from tests.unit.test_name_order import LISTED, WRITTEN

cast = test_name_order.cast  # the sixteen people of the name-order tests (a fixture)

#: Past every database's limit on bound parameters in one statement.
REGISTER = 70_000


def _event(store: Store) -> int:
    with store.session() as session:
        type_id = session.scalar(select(EventType.id).order_by(EventType.id))
    return events.save_event(
        store,
        None,
        {"title": "Meadowbank pop-up", "event_type_id": type_id, "starts_at": datetime(2026, 6, 2)},
    ).id


def _invited(store: Store, event_id: int) -> int:
    with store.session() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(Attendance).where(Attendance.event_id == event_id)
            )
            or 0
        )


def test_lists_read_in_small_pieces_keep_the_name_order(
    store: Store, cast: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three ids per statement: the pieces come back in id order, the pages in name order."""
    monkeypatch.setattr(id_lists, "IN_LIST_SIZE", 3)
    chosen = list(cast.values())  # added in a muddled order
    for person_id in chosen:
        ledger.manual_award(store, person_id, 10, "Points", on=date(2025, 6, 1))
    event_id = _event(store)
    assert invite(store, event_id, person_ids=chosen).added == len(chosen)
    with store.session() as session:
        assert [s.address[0] for s in statements(session, 2025, chosen)] == WRITTEN
        assert [name for _id, name, _ref in training_matrix(session, person_ids=chosen).people] == (
            LISTED
        )
        assert [row[1] for row in sheet_data(session, event_id).invitees] == WRITTEN


def test_a_chosen_list_past_every_parameter_limit_is_answered_in_a_sentence(
    store: Store, cast: dict[str, int]
) -> None:
    """70,000 ids, all but sixteen unknown: each place says so in words, or leaves the
    unknown out where that is its rule; nothing is written."""
    real = list(cast.values())
    long = [*real, *range(10_000_000, 10_000_000 + REGISTER - len(real))]
    event_id = _event(store)
    with pytest.raises(ValidationError, match=f"{REGISTER - len(real)} of those people do not"):
        invite(store, event_id, person_ids=long)
    assert _invited(store, event_id) == 0
    with store.session() as session:
        with pytest.raises(NotFound, match="Some of those people do not exist"):
            list(statements(session, 2025, long))
        assert [name for _id, name, _ref in training_matrix(session, person_ids=long).people] == (
            LISTED
        )
