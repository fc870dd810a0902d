"""What became of each demo event: held, cancelled or still planned, its notes and cost lines.

Held events carry the costs the value-for-money figures add up; a cancelled
one may leave a cancellation fee; a planned one may already have its room booked.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from engagement_desktop.services.demo.context import Demo, at

CANCEL_NOTES = (
    "Cancelled: venue flooded.",
    "Cancelled: too few replies.",
    "Cancelled: officer ill.",
    "Cancelled: clashed with the estate clean-up day.",
    "Postponed: rearranged date to follow.",
)
HELD_NOTES = (
    "Good turnout; tea and biscuits ran out.",
    "Two new people signed up on the day.",
    "Interpreter booked for two attendees.",
    "Hearing loop not working; moved to room 2.",
    "Several residents raised parking; passed to Neighbourhoods.",
)
GROUP_OUTCOMES = (
    "Agreed to recommend evening repairs appointments to the Board.",
    "Reviewed the quarterly complaints report; asked for the damp and mould figures by estate.",
    "Approved three community fund grants.",
    "Signed off the new estate inspection checklist.",
    "Asked for a plain-English version of the service charge letter.",
)


def settle(demo: Demo, event: dict[str, Any]) -> None:
    """Past events mostly held (a few cancelled), future ones planned; notes and outcomes."""
    rng = demo.rng
    day = event["starts_at"].date()
    if day < demo.cal.today:
        event["status"] = "cancelled" if rng.random() < 0.05 else "held"
        event["updated_at"] = at(day + timedelta(days=1), 16)
    elif rng.random() < 0.04:
        event["status"] = "cancelled"
    if event["status"] == "cancelled":
        event["notes"] = demo.pick(CANCEL_NOTES)
        event["staff_hours"] = 0.5
    elif event["status"] == "held":
        if rng.random() < 0.12:
            event["notes"] = demo.pick(HELD_NOTES)
        if event["_group"] is not None and rng.random() < 0.3:
            event["outcomes"] = demo.pick(GROUP_OUTCOMES)


def costs(demo: Demo, event: dict[str, Any]) -> list[dict[str, Any]]:
    """Cost lines: room hire, refreshments, travel, interpreters, printing, delegate places."""
    rng = demo.rng
    status = event["status"]
    if status == "cancelled":
        lines = (
            [("venue", rng.randint(20, 60) * 100, "Cancellation fee")] if rng.random() < 0.2 else []
        )
    else:
        in_person = event["venue"] is not None
        hired = in_person and "Fenland House" not in event["venue"]
        lines = []
        if hired and rng.random() < 0.8:
            lines.append(("venue", rng.randint(35, 180) * 100, "Room hire"))
        if status == "planned":
            lines = lines if rng.random() < 0.5 else []
        else:
            if in_person and rng.random() < 0.7:
                lines.append(("catering", rng.randint(15, 120) * 100, "Refreshments"))
            if rng.random() < 0.3:
                lines.append(("travel", rng.randint(5, 60) * 100, "Members' mileage and fares"))
            if rng.random() < 0.06:
                language = demo.pick(("Polish", "Urdu", "Arabic", "BSL", "Romanian"))
                lines.append(("interpreter", rng.randint(90, 240) * 100, f"{language} interpreter"))
            if rng.random() < 0.2:
                lines.append(("materials", rng.randint(5, 50) * 100, "Printing and display"))
            if event["_kind"] == "Conference":
                lines.append(("other", rng.randint(150, 450) * 100, "Delegate places"))
    return [
        {
            "id": demo.next_id("event_costs"),
            "uuid": demo.uuid(),
            "event_id": event["id"],
            "category": category,
            "amount_pence": amount,
            "note": note,
        }
        for category, amount, note in lines
    ]
