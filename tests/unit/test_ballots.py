"""You Choose: a ballot set up, opened and voted on at the door, on paper and by post;
one vote per household held by the database (also against a second process), the
count and its tie rule, and secrecy: nothing joins a vote to its voter."""

from __future__ import annotations

import multiprocessing
import time
from pathlib import Path

import pytest
from sqlalchemy import func, insert, inspect, select, text
from sqlalchemy.exc import IntegrityError

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.ballots import ballots, voting
from engagement_desktop.services.ballots.count import count_ballot, count_summary
from engagement_desktop.services.people import people
from engagement_desktop.services.people.people import PersonChanges
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import (
    AuditEntry,
    Ballot,
    BallotVote,
    BallotVoter,
    Household,
    Person,
)
from tests.consent import GIVEN


def add(
    store: Store, first: str, household: int | None = None, reference: str | None = None
) -> int:
    person_id = people.add_person(
        store,
        PersonChanges(fields={"first_name": first, "last_name": "Tester", "reference": reference}),
        hold_data=GIVEN,
    ).id
    if household is not None:
        with store.transaction() as session:
            session.get(Person, person_id).household_id = household  # type: ignore[union-attr]
    return person_id


def household(store: Store) -> int:
    with store.transaction() as session:
        row = Household(reference="T100")
        session.add(row)
        session.flush()
        return row.id


def make_ballot(store: Store, **fields: object) -> tuple[int, list[int]]:
    base = {"title": "Greener estates", "pot_pence": 500_000, "one_vote_per": "household"}
    ballot_id = ballots.save_ballot(store, None, base | fields)
    ids = [
        ballots.add_proposal(store, ballot_id, "Benches", 200_000, put_forward_by="Elm TARA"),
        ballots.add_proposal(store, ballot_id, "Planters", 150_000),
        ballots.add_proposal(store, ballot_id, "Play area", 400_000),
    ]
    return ballot_id, ids


def test_a_household_votes_once_and_the_second_is_refused_with_the_time(store: Store) -> None:
    home = household(store)
    ann, bob = add(store, "Ann", home), add(store, "Bob", home)
    ballot_id, (benches, planters, _) = make_ballot(store)
    with pytest.raises(EngagementError, match="not opened"):
        voting.cast_vote(store, ballot_id, ann, benches)
    ballots.open_ballot(store, ballot_id)
    first = voting.cast_vote(store, ballot_id, ann, benches)
    with pytest.raises(voting.AlreadyVoted) as refused:
        voting.cast_vote(store, ballot_id, bob, planters)
    message = str(refused.value)
    assert "Someone from this household already voted" in message
    assert f"{first.voted_at:%H:%M}" in message
    assert "Benches" not in message and "kiosk" in message
    with store.session() as session:
        count = count_ballot(session, ballot_id)
        assert session.scalar(select(func.count()).select_from(BallotVote)) == 1
        assert session.scalar(select(func.count()).select_from(BallotVoter)) == 1
    assert (count.votes, count.duplicates_refused, count.winner.title) == (1, 1, "Benches")


def test_the_database_itself_refuses_a_second_voter_row(store: Store) -> None:
    ballot_id, _ = make_ballot(store)
    with store.transaction() as session:
        session.execute(
            insert(BallotVoter),
            [{"ballot_id": ballot_id, "voter_key": "h:1", "channel": "kiosk"}],
        )
    with pytest.raises(IntegrityError), store.transaction() as session:
        session.execute(
            insert(BallotVoter),
            [{"ballot_id": ballot_id, "voter_key": "h:1", "channel": "postal"}],
        )


def test_per_person_ballot_and_shared_reference_without_household(store: Store) -> None:
    ann, bob = add(store, "Ann", reference="ABC1"), add(store, "Bob", reference="abc1")
    by_house, (benches, *_) = make_ballot(store)
    by_person, (p_benches, *_) = make_ballot(store, title="Youth ideas", one_vote_per="person")
    for ballot_id in (by_house, by_person):
        ballots.open_ballot(store, ballot_id)
    voting.cast_vote(store, by_house, ann, benches, channel="postal")
    with pytest.raises(voting.AlreadyVoted):
        voting.cast_vote(store, by_house, bob, benches, channel="postal")
    voting.cast_vote(store, by_person, ann, p_benches)
    voting.cast_vote(store, by_person, bob, p_benches)
    with pytest.raises(voting.AlreadyVoted, match="Ann Tester already voted"):
        voting.cast_vote(store, by_person, ann, p_benches)


def test_paper_slips_spoilt_papers_and_the_funded_list(store: Store) -> None:
    ballot_id, (benches, planters, play) = make_ballot(store)
    ballots.open_ballot(store, ballot_id)
    voters = [add(store, f"Voter{i}") for i in range(6)]
    for person in voters[:4]:
        voting.hand_out_paper(store, ballot_id, person)
    with pytest.raises(EngagementError, match="Only 4 paper slips"):
        voting.type_paper_slips(store, ballot_id, [play] * 5)
    assert voting.type_paper_slips(store, ballot_id, [play, play, planters]) == 3
    voting.type_paper_slips(store, ballot_id, [None], spoilt_reason="two crosses")
    voting.cast_vote(store, ballot_id, voters[4], benches)
    voting.cast_vote(store, ballot_id, voters[5], None, spoilt_reason="blank")
    with store.session() as session:
        summary = count_summary(count_ballot(session, ballot_id))
    assert summary["votes"] == 6 and summary["valid"] == 4 and summary["spoilt"] == 2
    assert summary["per_proposal"] == {"Play area": 2, "Benches": 1, "Planters": 1}
    assert summary["leading"] == "Play area" and summary["winner"] is None  # still open
    # £5,000 pot: play area £4,000 funded; benches £2,000 no longer fit; planters £1,500 no.
    assert summary["funded"] == ["Play area"]


def test_a_tie_goes_to_the_cheaper_proposal_under_that_rule(store: Store) -> None:
    ballot_id, (benches, planters, _) = make_ballot(store, tie_rule="cheaper")
    ballots.open_ballot(store, ballot_id)
    voting.cast_vote(store, ballot_id, add(store, "A"), benches)
    voting.cast_vote(store, ballot_id, add(store, "B"), planters)
    with store.session() as session:
        count = count_ballot(session, ballot_id)
    assert count.winner.title == "Planters" and count.placed[0].tied


def test_a_draw_by_lot_is_the_same_at_every_recount(store: Store) -> None:
    ballot_id, (benches, planters, _) = make_ballot(store, tie_rule="lot")
    ballots.open_ballot(store, ballot_id)
    voting.cast_vote(store, ballot_id, add(store, "A"), benches)
    voting.cast_vote(store, ballot_id, add(store, "B"), planters)
    with store.session() as session:
        winners = {count_ballot(session, ballot_id).winner.title for _ in range(3)}
    assert len(winners) == 1


def test_rules_are_fixed_once_open_and_a_closed_ballot_takes_no_votes(store: Store) -> None:
    ballot_id, (benches, *_) = make_ballot(store)
    with pytest.raises(EngagementError, match="more than the pot"):
        ballots.add_proposal(store, ballot_id, "Community hall", 900_000)
    ballots.open_ballot(store, ballot_id)
    with pytest.raises(EngagementError, match="can no longer change"):
        ballots.save_ballot(store, ballot_id, {"title": "X", "pot_pence": 1, "tie_rule": "lot"})
    ballots.close_ballot(store, ballot_id)
    with pytest.raises(EngagementError, match="closed at"):
        voting.cast_vote(store, ballot_id, add(store, "Late"), benches)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(BallotVote)) == 0
        assert session.get(Ballot, ballot_id).duplicates_refused == 0


def test_nothing_joins_a_vote_to_its_voter(store: Store) -> None:
    """Ten votes for one proposal, then ten for another: neither the vote ids nor the
    table's storage order tell which came first, and votes carry no person or time."""
    ballot_id, (first, second, _) = make_ballot(store)
    ballots.open_ballot(store, ballot_id)
    for i in range(20):
        voting.cast_vote(store, ballot_id, add(store, f"V{i}"), first if i < 10 else second)
    columns = {c["name"] for c in inspect(store.engine).get_columns("ballot_votes")}
    assert columns == {"id", "ballot_id", "proposal_id", "spoilt", "spoilt_reason"}
    with store.session() as session:
        # SQLite's storage order is its rowid. PostgreSQL's heap keeps insertion order
        # (ctid) until a VACUUM FULL or CLUSTER: not checked there (a known gap).
        on_sqlite = store.engine.dialect.name == "sqlite"
        in_storage = (
            list(session.scalars(text("SELECT proposal_id FROM ballot_votes ORDER BY rowid")))
            if on_sqlite
            else []
        )
        by_id = list(session.scalars(select(BallotVote.proposal_id).order_by(BallotVote.id)))
        audit = " ".join(
            str(row) for row in session.execute(select(AuditEntry.summary, AuditEntry.changes))
        )
    cast_order = [first] * 10 + [second] * 10
    assert in_storage != cast_order and by_id != cast_order
    assert "ballot_votes" not in audit and "proposal" not in audit


def _vote_in_another_process(
    db: str, ballot_id: int, person_id: int, proposal_id: int, start: float
) -> None:
    store = open_store(Path(db), actor="door.laptop")
    time.sleep(max(0.0, start - time.time()))
    try:
        voting.cast_vote(store, ballot_id, person_id, proposal_id)
    except voting.AlreadyVoted:
        pass
    finally:
        store.close()


def test_two_processes_voting_for_one_household_at_once(store: Store, db_path: Path) -> None:
    home = household(store)
    ann, bob = add(store, "Ann", home), add(store, "Bob", home)
    ballot_id, (benches, planters, _) = make_ballot(store)
    ballots.open_ballot(store, ballot_id)
    context = multiprocessing.get_context("spawn")
    for _ in range(3):
        start = time.time() + 2.0
        workers = [
            context.Process(
                target=_vote_in_another_process, args=(str(db_path), ballot_id, who, choice, start)
            )
            for who, choice in ((ann, benches), (bob, planters))
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(60)
            assert worker.exitcode == 0
    with store.session() as session:
        count = count_ballot(session, ballot_id)
        voters = session.scalar(select(func.count()).select_from(BallotVoter))
    assert (count.votes, voters) == (1, 1)
    assert count.duplicates_refused == 5  # one loser of the race, then two rounds of two


def test_the_share_of_budgets_customers_control(store: Store) -> None:
    """A £5,000 pot decided against £20,000 a year of customer-facing budgets: 25%."""
    from datetime import date, datetime

    from engagement_desktop.services.budget.kpis import Measurer
    from engagement_desktop.services.budget.period import Period
    from engagement_desktop.services.common.settings import save_settings

    ballot_id, (benches, *_) = make_ballot(store)
    ballots.open_ballot(store, ballot_id)
    voting.cast_vote(store, ballot_id, add(store, "A"), benches)
    with store.session() as session:
        closed_year = Period(2026, date(2026, 4, 1), date(2027, 3, 31))
        assert Measurer(session).figure("customer_controlled_share", closed_year).value is None
    save_settings(store, {"customer_facing_pence_per_year": 2_000_000})
    with store.session() as session:
        open_only = Measurer(session).figure("customer_controlled_share", closed_year)
    assert open_only.value == 0  # not decided until voting closes
    ballots.close_ballot(store, ballot_id)
    with store.transaction() as session:
        session.get(Ballot, ballot_id).closed_at = datetime(2026, 7, 1, 17)  # type: ignore[union-attr]
    with store.session() as session:
        share = Measurer(session).figure("customer_controlled_share", closed_year)
    assert (share.numerator, share.denominator, share.value) == (500_000, 2_000_000, 25.0)


def test_home_lists_a_ballot_closing_soon_with_slips_to_type(store: Store) -> None:
    from datetime import date, timedelta

    from engagement_desktop.reports.home import home

    today = date.today()
    ballot_id, _ = make_ballot(store, closes_on=today + timedelta(days=3), opens_on=today)
    later, _ = make_ballot(store, title="Later", closes_on=today + timedelta(days=60))
    for ident in (ballot_id, later):
        ballots.open_ballot(store, ident)
    voting.hand_out_paper(store, ballot_id, add(store, "Paper"))
    with store.session() as session:
        heading = next(h for h in home(session, today).headings if h.title == "You Choose voting")
    assert heading.total == 1 and heading.section == "control:ballots"
    assert heading.lines[0].record_id == ballot_id
    assert "voting closes" in heading.lines[0].text
    assert "1 paper slips to type in" in heading.lines[0].text


def test_a_voter_sees_that_they_voted_in_their_data_and_erasure_keeps_the_vote(
    store: Store,
) -> None:
    from engagement_desktop.services.privacy.erase import erase_person
    from engagement_desktop.services.privacy.where import rows_about

    ann = add(store, "Ann", reference="REF9")
    ballot_id, (benches, *_) = make_ballot(store)
    ballots.open_ballot(store, ballot_id)
    voting.cast_vote(store, ballot_id, ann, benches)
    with store.session() as session:
        found = {w.table: rows for w, rows in rows_about(session, ann).items()}
    assert [r["ballot_id"] for r in found["ballot_voters"]] == [ballot_id]
    assert "ballot_votes" not in found  # how they voted is nobody's to give back
    erase_person(store, ann)
    with store.session() as session:
        count = count_ballot(session, ballot_id)
        keys = list(session.scalars(select(BallotVoter.voter_key)))
    assert count.votes == 1 and count.voters == 1
    assert keys and not any("REF9" in key for key in keys)


def test_bad_ballots_and_proposals_write_nothing(store: Store) -> None:
    from engagement_desktop.errors import ValidationError

    with pytest.raises(ValidationError, match="Pot"):
        ballots.save_ballot(store, None, {"title": "No pot", "pot_pence": 0})
    with pytest.raises(ValidationError, match="Tie rule"):
        ballots.save_ballot(store, None, {"title": "X", "pot_pence": 100, "tie_rule": "coin"})
    ballot_id = ballots.save_ballot(store, None, {"title": "Small", "pot_pence": 100_000})
    ballots.add_proposal(store, ballot_id, "Only one", 50_000)
    with pytest.raises(EngagementError, match="at least two proposals"):
        ballots.open_ballot(store, ballot_id)
    with store.session() as session:
        assert session.get(Ballot, ballot_id).status == "draft"  # type: ignore[union-attr]
        assert session.scalar(select(func.count()).select_from(Ballot)) == 1


def test_an_open_count_says_funded_so_far_and_marks_only_a_tie_that_mattered(
    store: Store, tmp_path: Path
) -> None:
    """The sheet of an open ballot said "Funded" as if decided, and marked a tie between
    two proposals that were both funded anyway."""
    from pypdf import PdfReader

    from engagement_desktop.reports.ballots.result_sheet import _tie_decided, write_result_sheet

    ballot_id, (benches, planters, _) = make_ballot(store, tie_rule="cheaper")
    ballots.open_ballot(store, ballot_id)
    voting.cast_vote(store, ballot_id, add(store, "A"), benches)
    voting.cast_vote(store, ballot_id, add(store, "B"), planters)
    with store.session() as session:
        count = count_ballot(session, ballot_id)
    tied = [p for p in count.placed if p.tied]
    assert tied and all(p.funded for p in tied)  # 150,000 + 200,000 fit the 500,000 pot
    assert not any(_tie_decided(count, p) for p in tied)
    text = " ".join(
        " ".join(page.extract_text().split())
        for page in PdfReader(write_result_sheet(count, tmp_path / "s.pdf")).pages
    )
    assert "Funded so far" in text and "tie settled by rule" not in text


def test_the_list_and_the_count_agree_on_who_voted_and_an_open_count_names_no_winner(
    store: Store,
) -> None:
    """Three voted but one paper slip is not typed in: the list and the count both say
    3 voted and 2 papers counted, and while voting is open nobody is called the winner."""
    from engagement_desktop.services.ballots.count import (
        count_heading,
        outcome_sentence,
        papers_sentence,
    )

    ballot_id, (benches, _planters, _) = make_ballot(store, one_vote_per="person")
    ballots.open_ballot(store, ballot_id)
    voting.cast_vote(store, ballot_id, add(store, "Ann"), benches)
    voting.cast_vote(store, ballot_id, add(store, "Bob"), None, spoilt_reason="blank")
    voting.hand_out_paper(store, ballot_id, add(store, "Cy"))
    with store.session() as session:
        (row,) = ballots.list_ballots(session)
        count = count_ballot(session, ballot_id)
    assert row.voted_text == "3 voted (2 papers counted, 1 paper slip not typed in yet)"
    assert count_heading(count) == "Running count (voting still open)"
    assert papers_sentence(count) == (
        "3 voted; 2 papers counted (1 valid, 1 spoilt), 1 paper slip not typed in yet; "
        "0 second votes refused."
    )
    outcome = outcome_sentence(count)
    assert "Winner" not in outcome and outcome.startswith("Voting is still open")
    summary = count_summary(count)
    assert (summary["winner"], summary["leading"]) == (None, "Benches")

    ballots.close_ballot(store, ballot_id)
    with store.session() as session:
        count = count_ballot(session, ballot_id)
    assert count_heading(count) == "Result"
    assert outcome_sentence(count).startswith("Winner: Benches;")
    assert "1 paper slip not typed in;" in papers_sentence(count)


def test_a_ballot_dated_1752_or_9999_is_refused_under_the_day(store: Store) -> None:
    from datetime import date

    from engagement_desktop.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        ballots.save_ballot(
            store,
            None,
            {
                "title": "Greener Neighbourhoods",
                "pot_pence": 1_000_000,
                "opens_on": date(1752, 9, 14),
                "closes_on": date(9999, 12, 31),
            },
        )
    assert refused.value.errors == {
        "opens_on": "14/09/1752 is not a plausible date (give one from 1990 to 2200)",
        "closes_on": "31/12/9999 is not a plausible date (give one from 1990 to 2200)",
    }
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Ballot)) == 0
