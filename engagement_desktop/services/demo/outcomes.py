"""Demo "you said, we did": recommendations, feedback and ideas with the landlord's answer.

Raised through every year of the history, more each year. A realistic mix:
most accepted or partly accepted, some declined with a reason, some still
waiting, a few overdue, and most finished ones reported back. Older items are
mostly done, but a few from earlier years are still open, and at least one of
each (open from an earlier year, overdue, declined) is always there.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from engagement_desktop.services.demo.context import Demo, at
from engagement_desktop.services.demo.names import STAFF_OWNERS
from engagement_desktop.store.models import Outcome

# topic, group, what customers said, what we did (or why not)
SAID_DID: tuple[tuple[str, str | None, str, str], ...] = (
    (
        "Repairs",
        "Repairs Service Voice",
        "Offer repairs appointments in the evening and on Saturdays for people who work.",
        "The contractor now offers Saturday mornings and 4pm to 7pm slots.",
    ),
    (
        "Repairs",
        "Repairs Service Voice",
        "Text us when the operative is on the way, not just the day of the appointment.",
        "'On my way' texts with a 30-minute window for all responsive repairs.",
    ),
    (
        "Repairs",
        "Customer Scrutiny Panel",
        "Damp and mould reports should get a visit within 10 working days.",
        "New damp and mould procedure: inspection within 10 working days, follow-up at 6 weeks.",
    ),
    (
        "Complaints",
        "Customer Scrutiny Panel",
        "Complaint letters are too long and full of jargon.",
        "Response templates rewritten with the Reading Group; plain English check added.",
    ),
    (
        "Complaints",
        None,
        "Tell us who is dealing with our complaint and give a direct phone number.",
        "Every acknowledgement now names the case handler with a direct line.",
    ),
    (
        "Communal areas",
        "Neighbourhoods Service Voice",
        "Communal bin stores on {estate} overflow every Monday.",
        "Extra Sunday evening collection added; bin stores cleaned monthly.",
    ),
    (
        "Communal areas",
        "Customer Monitors",
        "Grass cutting leaves clippings on the paths at {estate}.",
        "Contract specification changed: paths blown clear after each cut.",
    ),
    (
        "Anti-social behaviour",
        "Neighbourhoods Service Voice",
        "Residents don't know how to report anti-social behaviour out of hours.",
        "Number added to door cards and the website; a staffed night line was declined on cost.",
    ),
    (
        "Rent and service charges",
        "Consultative Group",
        "Explain service charges line by line in the annual rent letter.",
        "The {next_year} rent letter has a line-by-line service charge table.",
    ),
    (
        "Building and fire safety",
        "Customer Scrutiny Panel",
        "Share fire door inspection results with residents in each block.",
        "Results now posted in each block's entrance and on the website.",
    ),
    (
        "Technology and digital",
        None,
        "Let us report repairs through a WhatsApp-style chat.",
        "Not possible with the current housing system; web chat will be looked at in {later}.",
    ),
    (
        "Neighbourhood investment",
        None,
        "More lighting on the footpath behind the {estate} shops.",
        "Two new lamp columns agreed with the council; installation booked.",
    ),
    (
        "Customer service standards",
        "Customer Scrutiny Panel",
        "Calls should be answered within two minutes and promised call-backs kept.",
        "Call-back tracking introduced; the two-minute target was not adopted.",
    ),
    (
        "Sustainability",
        None,
        "We need advice on using the new heat pumps after the retrofit works.",
        "Heat pump guides and a drop-in with the installer held at {estate}.",
    ),
    (
        "New homes",
        "Consultative Group",
        "New homes need storage for prams and mobility scooters.",
        "Scooter and pram storage added to the design guide for new schemes.",
    ),
    (
        "Community fund",
        "Community Fund Panel",
        "Make the community fund application form shorter.",
        "Form cut from eight pages to three; groups can apply by phone.",
    ),
    (
        "Customer service standards",
        None,
        "Send letters in large print or other languages without us asking every time.",
        "Support needs are now recorded once and used for every letter.",
    ),
    (
        "Repairs",
        "Customer Scrutiny Panel",
        "The lettable standard should include a clean oven and working light fittings.",
        "Void standard updated and checked by Customer Monitors at random.",
    ),
    (
        "Customer service standards",
        "Youth Voice",
        "Hold more meetings in the evening so working people and students can come.",
        "Half of service voice meetings moved to evenings; online option added.",
    ),
    (
        "Complaints",
        None,
        "Publish the Tenant Satisfaction Measures on estate noticeboards.",
        "Results posters produced for every estate noticeboard.",
    ),
    (
        "Customer service standards",
        None,
        "Pay out-of-pocket expenses faster.",
        "Expenses now paid within 10 working days by bank transfer.",
    ),
    (
        "Anti-social behaviour",
        "Neighbourhoods Service Voice",
        "Review the pest control contractor at {estate}.",
        "Contract has a year to run; performance will be reviewed at renewal.",
    ),
)
RESPONSES = (("accepted", 48), ("partly", 18), ("declined", 12), ("pending", 22))
REPORTED_HOW = (
    "Your Voice newsletter",
    "Estate noticeboard",
    "Letter to the panel members",
    "Annual report to customers",
    "Update at the next meeting",
)
DECLINE_REASONS = (
    "Cost could not be met within this year's budget; to be looked at again next year.",
    "Not possible with the current systems.",
    "Outside our control; passed to the council.",
)


def build_outcomes(demo: Demo) -> None:
    rng, cal = demo.rng, demo.cal
    today = cal.today
    groups = {g["name"]: g["id"] for g in demo.groups}
    held = [e for e in demo.events if e["status"] == "held"]
    members = [p for p in demo.people if p.subscribed and not p.archived]
    rows: list[dict[str, Any]] = []
    count = max(24, demo.size // 400)
    for n in range(count):
        topic, group, said, did = SAID_DID[n % len(SAID_DID)]
        share = (n + rng.random()) / count  # each year its fair share
        raised = cal.day_at(share, cal.history_from, today - timedelta(days=3))
        source, group_id, event_id, person_id = "individual", None, None, None
        if group is not None and group in groups and (n == 0 or rng.random() < 0.85):
            source, group_id = "group", groups[group]
        elif held and rng.random() < 0.6:
            event = demo.pick(held)
            source, event_id, raised = "event", event["id"], event["starts_at"].date()
        elif members:
            person_id = demo.pick(members).id
        if n == 0:  # one from the first year, accepted and still not finished
            raised = cal.history_from + timedelta(days=rng.randint(60, 200))
        said, did = _words(demo, said, did, raised)
        response = _response(demo, n, raised)
        due = raised + timedelta(days=rng.randint(30, 150))
        status, completed, reason, action = "open", None, None, None
        if response == "declined":
            status, reason = "done", demo.pick(DECLINE_REASONS)
            completed = min(today, raised + timedelta(days=rng.randint(10, 60)))
        elif response in ("accepted", "partly"):
            action = did
            if response == "partly":
                reason = "Part of the request was not affordable this year."
            years_old = (today - raised).days / 365
            roll = rng.random()
            if n == 0:
                status, due = "in_progress", raised + timedelta(days=150)
            elif roll < min(0.9, 0.6 + 0.15 * years_old) and raised + timedelta(days=30) < today:
                status = "done"
                completed = min(today, raised + timedelta(days=rng.randint(20, 200)))
            elif roll < 0.93:
                status = "in_progress"
        if n == 1 and status != "done":  # always at least one overdue
            due = min(due, today - timedelta(days=rng.randint(10, 60)))
        reported = status == "done" and rng.random() < 0.7
        reported_on = (
            min(today, completed + timedelta(days=rng.randint(3, 45)))
            if reported and completed
            else None
        )
        rows.append(
            {
                "id": demo.next_id("outcomes"),
                "uuid": demo.uuid(),
                "kind": "recommendation" if source == "group" else demo.pick(("feedback", "idea")),
                "source": source,
                "group_id": group_id,
                "event_id": event_id,
                "survey_id": None,
                "person_id": person_id,
                "topic_id": demo.topics.get(topic),
                "raised_on": raised,
                "asked": said,
                "response": response,
                "response_reason": reason,
                "action": action,
                "owner": demo.pick(STAFF_OWNERS),
                "status": status,
                "due_on": due,
                "completed_on": completed,
                "reported_back": reported,
                "reported_back_on": reported_on,
                "reported_back_how": demo.pick(REPORTED_HOW) if reported else None,
                "created_at": at(raised, 14),
                "updated_at": at(completed or raised, 14),
            }
        )
    demo.write(Outcome, rows)


def _words(demo: Demo, said: str, did: str, raised: date) -> tuple[str, str]:
    """Fill in the estate and the years the answer speaks of."""
    year = demo.cal.year_of(raised) + 1
    values = {
        "estate": demo.pick(demo.estates)["name"],
        "next_year": f"{year}/{(year + 1) % 100:02d}",
        "later": str(raised.year + 1),
    }
    return said.format(**values), did.format(**values)


def _response(demo: Demo, n: int, raised: date) -> str:
    """The landlord's answer; still "pending" gets rarer as an item gets older."""
    if n == 0:
        return "accepted"
    if n == 2:
        return "declined"
    codes, weights = [r for r, _ in RESPONSES], [w for _, w in RESPONSES]
    response: str = demo.rng.choices(codes, weights=weights)[0]
    if response == "pending" and (demo.cal.today - raised).days > 300 and demo.chance(0.75):
        response = demo.pick(("accepted", "accepted", "partly", "declined"))
    return response
