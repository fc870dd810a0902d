"""Two groups, or two proposals on one ballot, whose names differ only in capitals or
accents read as one to a voter or an officer picking from a list: the second is refused,
naming the first (as estates and areas are)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.ballots import ballots
from engagement_desktop.services.groups import groups
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import BallotProposal, Group


@pytest.mark.parametrize(
    "name",
    ["ASSOCIATE SCRUTINY MEMBERS", "Associaté Scrutiny Members", "associate  scrutiny members"],
)
def test_a_group_named_like_another_is_refused_naming_it(store: Store, name: str) -> None:
    groups.add_group(store, {"name": "Associate Scrutiny Members"})
    with pytest.raises(ValidationError) as refused:
        groups.add_group(store, {"name": name})
    assert refused.value.errors == {
        "name": "a group called 'Associate Scrutiny Members' already exists"
    }
    with store.session() as session:
        assert session.scalars(select(Group.name)).all() == ["Associate Scrutiny Members"]


def test_a_group_may_change_the_capitals_of_its_own_name_not_take_anothers(store: Store) -> None:
    panel = groups.add_group(store, {"name": "Scrutiny Panel"})
    groups.add_group(store, {"name": "Café Club"})
    groups.save_group(store, panel.id, {"name": "SCRUTINY PANEL"})
    with pytest.raises(ValidationError, match="a group called 'Café Club' already exists"):
        groups.save_group(store, panel.id, {"name": "cafe club"})
    with store.session() as session:
        assert session.get_one(Group, panel.id).name == "SCRUTINY PANEL"


def test_a_proposal_named_like_another_on_the_ballot_is_refused_naming_it(store: Store) -> None:
    ballot = ballots.save_ballot(
        store, None, {"title": "Greener estates", "pot_pence": 500_000, "one_vote_per": "person"}
    )
    other = ballots.save_ballot(
        store, None, {"title": "Play spaces", "pot_pence": 500_000, "one_vote_per": "person"}
    )
    ballots.add_proposal(store, ballot, "Bench", 20_000)
    for title in ("bench", "BENCH ", "Bénch"):
        with pytest.raises(ValidationError) as refused:
            ballots.add_proposal(store, ballot, title, 30_000)
        assert refused.value.errors == {
            "title": "there is already a proposal called 'Bench' on this ballot"
        }
    ballots.add_proposal(store, ballot, "Benches", 30_000)  # another word is another choice
    ballots.add_proposal(store, other, "Bench", 20_000)  # another ballot's choices are its own
    with store.session() as session:
        titles = session.scalars(
            select(BallotProposal.title).where(BallotProposal.ballot_id == ballot)
        ).all()
    assert titles == ["Bench", "Benches"]
