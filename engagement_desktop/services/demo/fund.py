"""A community fund for the demo: last year's round from applications to evaluations
(scores from the Community Fund Panel with one conflict declared, awards, a decline,
a withdrawal, staged payments, two evaluations received, one late and one not yet due)
and this year's round open with applications coming in, partly scored.

It draws from a Random of its own, so the rest of the demo is the same with or without it.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from random import Random
from typing import Any

from engagement_desktop.services.demo.context import Demo, add_months
from engagement_desktop.services.mailings.audience import build_audience
from engagement_desktop.store.base import utcnow
from engagement_desktop.store.models import (
    FundApplication,
    FundConflict,
    FundPayment,
    FundRound,
    FundScore,
)

CRITERIA = ("Benefit to residents", "Involves customers in running it", "Value for money")
#: (group, project, asked £, match funding £, how it ends, people benefiting)
LAST_ROUND = (
    ("Riverside Allotment Club", "Raised beds for older members", 1800, 400, "evaluated", 42),
    ("Oakfield Youth Football", "Kit and coaching badges", 1500, 0, "evaluated", 60),
    ("Friends of Millbrook Park", "Summer fun days", 2000, 750, "late", None),
    ("Hillside Lunch Club", "A new cooker for the lunch club", 1200, 200, "later", None),
    ("Tenants' Book Swap", "Shelving for the community room", 600, 0, "declined", None),
    ("Canal Walkers", "Guided heritage walks", 900, 100, "withdrawn", None),
)
THIS_ROUND = (
    ("Westgate Community Garden", "A water butt and tool store", 1400, 300),
    ("Parents Together", "Stay-and-play sessions", 1900, 500),
    ("Brookside Over-60s", "Digital skills tea mornings", 800, 0),
)


def build_fund(demo: Demo) -> None:
    rng = Random(f"fund-{demo.size}-{demo.cal.today.isoformat()}")
    today = demo.cal.today
    panel = _panel(demo)
    contacts = _contacts(demo, rng)
    if len(panel) < 3 or not contacts:
        return
    rounds: list[dict[str, Any]] = []
    apps: list[dict[str, Any]] = []
    scores: list[dict[str, Any]] = []
    conflicts: list[dict[str, Any]] = []
    payments: list[dict[str, Any]] = []
    now = utcnow()

    def new_uuid() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    def add_round(rid: int, name: str, opens: date, closes: date, pot: int) -> None:
        rounds.append(
            {
                "id": rid,
                "uuid": new_uuid(),
                "name": name,
                "opens_on": opens,
                "closes_on": closes,
                "budget_pence": pot,
                "max_award_pence": 200_000,
                "criteria": "\n".join(CRITERIA),
                "scale_max": 5,
                "evaluation_months": 6,
                "notes": "Groups of customers may apply for up to £2,000.",
                "created_at": now,
                "updated_at": now,
            }
        )

    def add_app(rid: int, aid: int, group: str, project: str, asked: int, match: int) -> dict:
        contact = rng.choice(contacts)
        row = {
            "id": aid,
            "uuid": new_uuid(),
            "round_id": rid,
            "applicant": group,
            "person_id": contact,
            "project": project,
            "summary": f"{group} asks for help with: {project.lower()}.",
            "requested_pence": asked * 100,
            "match_funding_pence": match * 100,
            "received_on": today,
            "status": "received",
            "award_pence": None,
            "decided_on": None,
            "reasons": None,
            "conditions": None,
            "evaluation_due": None,
            "evaluation_received": None,
            "evaluation_notes": None,
            "people_benefiting": None,
            "created_at": now,
            "updated_at": now,
        }
        apps.append(row)
        return row

    def score(aid: int, members: list[int], base: int) -> None:
        for pid in members:
            for criterion in CRITERIA:
                value = max(0, min(5, base + rng.choice((-1, 0, 0, 1))))
                scores.append(
                    {
                        "application_id": aid,
                        "person_id": pid,
                        "criterion": criterion,
                        "score": value,
                    }
                )

    opened = today - timedelta(days=330)
    decided = opened + timedelta(days=95)
    add_round(1, f"Community Fund {opened.year}", opened, opened + timedelta(days=60), 1_000_000)
    for aid, (group, project, asked, match, end, helped) in enumerate(LAST_ROUND, start=1):
        row = add_app(1, aid, group, project, asked, match)
        row["received_on"] = opened + timedelta(days=rng.randint(5, 55))
        members = list(panel)
        if aid == 3:  # a panel member helps run the park's friends group
            conflicts.append(
                {"application_id": aid, "person_id": panel[0], "reason": "Treasurer of the group"}
            )
            members = panel[1:]
        score(aid, members, 2 if end in ("declined", "withdrawn") else 4)
        if end == "withdrawn":
            row.update(status="withdrawn", decided_on=decided - timedelta(days=20))
            row["reasons"] = "The group found other funding before the panel met."
            continue
        if end == "declined":
            row.update(status="declined", decided_on=decided)
            row["reasons"] = "Scored below the line; the panel suggested the library's grant."
            continue
        day = decided + timedelta(days=100) if end == "later" else decided
        award = asked * 100 if end != "evaluated" or aid == 1 else asked * 80
        row.update(status="awarded", award_pence=award, decided_on=day)
        row["reasons"] = "Strong support from residents and good value for money."
        row["conditions"] = "Receipts kept; the fund's support acknowledged in publicity."
        row["evaluation_due"] = add_months(day, 6)
        half = award // 2
        for stage, paid_on, amount in (
            ("First half", day + timedelta(days=14), half),
            ("Final payment", day + timedelta(days=200 if end == "later" else 75), award - half),
        ):
            if paid_on <= today:
                payments.append(
                    {
                        "id": len(payments) + 1,
                        "uuid": new_uuid(),
                        "application_id": aid,
                        "stage": stage,
                        "paid_on": paid_on,
                        "amount_pence": amount,
                    }
                )
        if end == "evaluated":
            row["evaluation_received"] = row["evaluation_due"] - timedelta(days=rng.randint(1, 20))
            row["evaluation_notes"] = f"{project} done as planned; photos and receipts sent."
            row["people_benefiting"] = helped
    opens = today - timedelta(days=20)
    add_round(2, f"Community Fund {opens.year} autumn", opens, today + timedelta(days=25), 800_000)
    for offset, (group, project, asked, match) in enumerate(THIS_ROUND):
        aid = len(apps) + 1
        row = add_app(2, aid, group, project, asked, match)
        row["received_on"] = opens + timedelta(days=3 + 5 * offset)
        if offset == 0:
            score(aid, panel[:2], 4)
    demo.write(FundRound, rounds)
    demo.write(FundApplication, apps)
    demo.write(FundConflict, [{"id": i + 1, **c} for i, c in enumerate(conflicts)])
    demo.write(FundScore, [{"id": i + 1, **s} for i, s in enumerate(scores)])
    demo.write(FundPayment, payments)


def _contacts(demo: Demo, rng: Random) -> list[int]:
    """Groups' contacts a decision letter can reach by post (the mailing rules pass them)."""
    members = [p.id for p in demo.people if p.subscribed and not p.archived]
    sample = rng.sample(members, min(300, len(members)))
    if not sample:
        return []
    return [
        r.person_id
        for r in build_audience(demo.session, sample, "post", on=demo.cal.today).recipients
    ]


def _panel(demo: Demo) -> list[int]:
    """The current members of the Community Fund Panel (up to five)."""
    index = next(
        (i for i, g in enumerate(demo.groups) if g["name"] == "Community Fund Panel"), None
    )
    if index is None:
        return []
    today = demo.cal.today
    members = sorted(
        {demo.people[t.person].id for t in demo.terms if t.group == index and t.covers(today)}
    )
    return members[:5]
