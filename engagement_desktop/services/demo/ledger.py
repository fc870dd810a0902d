"""One demo ledger entry, shared by the earning side (rewards.py) and the year ends."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from engagement_desktop.services.demo.context import Demo, at


def ledger_entry(
    demo: Demo,
    person_id: int,
    day: date,
    points: int,
    kind: str,
    reason: str,
    source: str,
    key: str,
    *,
    attendance_id: int | None = None,
    rule_id: int | None = None,
) -> dict[str, Any]:
    """One ledger row; its id is given once the whole ledger is in date order."""
    return {
        "uuid": demo.uuid(),
        "person_id": person_id,
        "entry_date": day,
        "points": points,
        "kind": kind,
        "reason": reason[:500],
        "source": source,
        "source_key": key,
        "reverses_id": None,
        "attendance_id": attendance_id,
        "rule_id": rule_id,
        "scheme_year": demo.cal.year_of(day),
        "recorded_by": demo.officer(),
        "recorded_at": at(min(demo.cal.today, day + timedelta(days=1)), 16),
        "_order": demo.next_id("_ledger_order"),
    }
