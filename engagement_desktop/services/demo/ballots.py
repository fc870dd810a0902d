"""Demo You Choose ballots: one closed last summer with its result, one open now that
closes in a few days, with paper slips still to type in, so a newcomer sees both.

It draws from a Random of its own, so the rest of the demo is the same with or without it.
Votes go in shuffled with random ids, as the voting service writes them.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from random import Random
from typing import Any

from engagement_desktop.services.demo.context import Demo
from engagement_desktop.store.models import Ballot, BallotProposal, BallotVote, BallotVoter

CLOSED = (
    "Greener Neighbourhoods",
    1_000_000,
    "household",
    "cheaper",
    [
        ("Community growing beds at Elm Court", 320_000, "Elm Court TARA", 9),
        ("Benches and planters on the green", 280_000, "Repairs Service Voice", 7),
        ("Bulb planting with the primary school", 90_000, "Young People's Voice", 5),
        ("Bike store for the tower blocks", 450_000, "Estate inspectors", 6),
        ("Wildflower verges", 150_000, None, 3),
    ],
)
OPEN = (
    "Young People's Fund",
    500_000,
    "person",
    "lot",
    [
        ("Youth club kit and games", 180_000, "Young People's Voice", 6),
        ("Summer football coaching", 220_000, None, 5),
        ("Music studio sessions", 250_000, "Youth panel", 4),
        ("Skate park repairs", 300_000, None, 3),
    ],
)


def build_ballots(demo: Demo) -> None:
    rng = Random(f"ballots-{demo.size}-{demo.cal.today.isoformat()}")
    today = demo.cal.today
    live = [p for p in demo.people if not p.archived]
    closed_on = today - timedelta(days=130)
    _ballot(demo, rng, CLOSED, live, closed_on - timedelta(days=28), closed_on, True)
    _ballot(demo, rng, OPEN, live, today - timedelta(days=12), today + timedelta(days=5), False)
    # The landlord's customer-facing budgets, against which the pots are measured.
    demo.settings.setdefault("customer_facing_pence_per_year", 6_000_000)


def _ballot(
    demo: Demo,
    rng: Random,
    spec: tuple,
    live: list[Any],
    opens: date,
    closes: date,
    closed: bool,
) -> None:
    title, pot, per, tie, proposals = spec
    ballot_id = demo.next_id("ballots")
    kiosk_day = opens + timedelta(days=min(6, (closes - opens).days))
    electorate = live
    if per == "person":  # the young people's fund: voters under 30
        electorate = [p for p in live if (p.age_on(closes) or 99) < 30] or live
    wanted = min(len(electorate), demo.scale(2500 if closed else 600, 30 if closed else 14))
    voters, keys = [], set()
    for person in rng.sample(electorate, len(electorate)):
        household = person.row.get("household_id")
        key = f"h:{household}" if per == "household" and household else f"p:{person.id}"
        if key in keys:
            continue
        keys.add(key)
        channel = rng.choices(("kiosk", "paper", "postal"), (6, 3, 2))[0]
        day = (
            kiosk_day
            if channel != "postal"
            else demo.day_between(opens, min(closes, demo.cal.today))
        )
        moment = datetime.combine(day, time(10)) + timedelta(minutes=rng.randrange(0, 360))
        voters.append(
            {
                "id": demo.next_id("ballot_voters"),
                "ballot_id": ballot_id,
                "person_id": person.id,
                "voter_key": key,
                "channel": channel,
                "voted_at": moment,
            }
        )
        if len(voters) >= wanted:
            break
    paper = sum(1 for v in voters if v["channel"] == "paper")
    typed = paper if closed else max(0, paper - 3)
    rows, weights = [], []
    for position, (name, cost, by, weight) in enumerate(proposals, start=1):
        rows.append(
            {
                "id": demo.next_id("ballot_proposals"),
                "uuid": demo.uuid(),
                "ballot_id": ballot_id,
                "title": name,
                "description": None,
                "cost_pence": cost,
                "put_forward_by": by,
                "position": position,
            }
        )
        weights.append(weight)
    votes = []
    for _ in range(len(voters) - (paper - typed)):
        spoilt = rng.random() < 0.02
        votes.append(
            {
                "id": rng.getrandbits(62) or 1,
                "ballot_id": ballot_id,
                "proposal_id": None if spoilt else rng.choices(rows, weights)[0]["id"],
                "spoilt": spoilt,
                "spoilt_reason": rng.choice(("blank", "more than one choice")) if spoilt else None,
            }
        )
    rng.shuffle(votes)
    demo.write(
        Ballot,
        [
            {
                "id": ballot_id,
                "uuid": demo.uuid(),
                "title": title,
                "description": "Customers choose how this pot is spent.",
                "pot_pence": pot,
                "one_vote_per": per,
                "tie_rule": tie,
                "status": "closed" if closed else "open",
                "opens_on": opens,
                "closes_on": closes,
                "event_id": None,
                "lot_seed": f"{rng.getrandbits(128):032x}",
                "opened_at": datetime.combine(opens, time(9)),
                "closed_at": datetime.combine(closes, time(17)) if closed else None,
                "paper_typed": typed,
                "duplicates_refused": rng.randrange(2, 9),
            }
        ],
    )
    demo.write(BallotProposal, rows)
    demo.write(BallotVoter, voters)
    demo.write(BallotVote, votes)
