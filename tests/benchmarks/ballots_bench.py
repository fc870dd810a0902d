"""You Choose at the door: one vote at the kiosk (find the voter, check the household,
cast) and the count of a big ballot with its result sheet.

Run by run.py (``--only ballots``) on the demo database. Targets: a vote under 100 ms
(the queue at a community centre door does not wait for the laptop), the count and
the result sheet of a 20,000-vote ballot under 0.5 s.
"""

from __future__ import annotations

import contextlib
import secrets
import statistics
import time
from pathlib import Path
from typing import Any

LABELS: dict[str, str] = {
    "ballot_vote_ms": "Kiosk vote (find, household check, cast), median of 200",
    "ballot_vote_worst_ms": "Kiosk vote, slowest of 200",
    "ballot_count_ms": "Count of a 20,000-vote ballot",
    "ballot_sheet_s": "Result sheet PDF of that ballot",
}


def measure_ballots(bench: Any) -> dict[str, Any]:
    """You Choose: kiosk votes and the count of a big ballot."""
    from sqlalchemy import insert, select

    from engagement_desktop.reports.ballots.result_sheet import write_result_sheet
    from engagement_desktop.services.ballots import ballots, voting
    from engagement_desktop.services.ballots.count import count_ballot
    from engagement_desktop.services.events import checkin
    from engagement_desktop.store.engine import open_store
    from engagement_desktop.store.models import BallotVote, Person

    store = open_store(bench.db, actor="benchmark", verify=False)
    figures: dict[str, Any] = {}
    try:
        ballot_id = ballots.save_ballot(
            store, None, {"title": "Benchmark pot", "pot_pence": 5_000_000}
        )
        proposals = [
            ballots.add_proposal(store, ballot_id, f"Proposal {n}", 500_000 + n * 1000)
            for n in range(6)
        ]
        ballots.open_ballot(store, ballot_id)
        with store.session() as session:
            people = session.execute(
                select(Person.id, Person.last_name).where(Person.archived.is_(False)).limit(200)
            ).all()
        times = []
        for n, (person_id, surname) in enumerate(people):
            started = time.perf_counter()
            with store.session() as session:
                checkin.search(session, 0, surname[:4])
                voting.voted_at(session, ballot_id, person_id)
            with contextlib.suppress(voting.AlreadyVoted):
                voting.cast_vote(store, ballot_id, person_id, proposals[n % 6])
            times.append(time.perf_counter() - started)
        figures["ballot_vote_ms"] = round(statistics.median(times) * 1000, 1)
        figures["ballot_vote_worst_ms"] = round(max(times) * 1000, 1)
        with store.transaction() as session:
            session.execute(
                insert(BallotVote),
                [
                    {"id": secrets.randbits(62), "ballot_id": ballot_id,
                     "proposal_id": proposals[n % 6], "spoilt": False}
                    for n in range(20_000 - len(people))
                ],
            )  # fmt: skip
        started = time.perf_counter()
        with store.session() as session:
            count = count_ballot(session, ballot_id)
        figures["ballot_count_ms"] = round((time.perf_counter() - started) * 1000, 1)
        started = time.perf_counter()
        write_result_sheet(count, Path(bench.folder) / "ballot.pdf")
        figures["ballot_sheet_s"] = round(time.perf_counter() - started, 2)
        print(f"  {count.votes:,} votes counted, {count.duplicates_refused} second votes refused")
    finally:
        store.close()
    return figures
