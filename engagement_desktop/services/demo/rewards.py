"""Demo reward points: rules, earned entries from attendance, manual awards, a year end.

The ledger is written in date order with credits before debits on the same
day, and a conversion never takes more than the balance, so no balance is ever
below zero at any point in time.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from engagement_desktop.services.demo.context import (
    LOADED_AT,
    SCHEME_YEAR_START,
    TODAY,
    Demo,
    at,
    scheme_year,
)
from engagement_desktop.services.demo.names import CHARITIES
from engagement_desktop.services.rewards.attendance_points import attendance_reason
from engagement_desktop.store.models import LedgerEntry, RewardPayout, RewardRule

RULES_FROM = date(2025, 4, 1)
#: (event type or None, role, basis, points, bonus code, description)
RULES: tuple[tuple[str | None, str | None, str, int, str | None, str], ...] = (
    ("Meeting", None, "per_attendance", 10, None, "Group meeting"),
    ("Scrutiny panel", None, "per_hour", 20, None, "Scrutiny panel, 20 points an hour"),
    ("Estate inspection", None, "per_attendance", 20, None, "Estate inspection"),
    ("Focus group", None, "per_attendance", 10, None, "Focus group"),
    ("Consultation", None, "per_attendance", 5, None, "Consultation event"),
    ("Open event", None, "per_attendance", 5, None, "Open event"),
    ("Pop-up meeting", None, "per_attendance", 5, None, "Pop-up meeting"),
    ("Community event", None, "per_attendance", 5, None, "Community event"),
    ("Survey session", None, "per_attendance", 10, None, "Helping with a survey session"),
    ("Training session", None, "per_attendance", 10, None, "Training session"),
    ("Webinar", None, "per_attendance", 5, None, "Webinar"),
    ("Conference", None, "per_attendance", 50, None, "Conference"),
    (None, "chair", "bonus", 10, "chairing", "Chairing bonus"),
)
POINT_VALUE_PENCE = 100  # 50 points = £50 voucher
THRESHOLD = 50
CONVERSION_DAY = date(2026, 4, 21)
MANUAL_REASONS = (
    "Written contribution to the repairs policy review",
    "Helped set up the summer fun day",
    "Mystery shopping exercise (three calls)",
    "Reviewed the new tenancy agreement from home",
    "Spoke at the Board meeting about the scrutiny report",
    "Photographs for the annual report",
)


def build_rules(demo: Demo) -> list[dict[str, Any]]:
    rows = []
    for kind, role, basis, points, bonus, description in RULES:
        rows.append(_rule(demo, kind, role, basis, points, bonus, description, RULES_FROM, None))
    # The rule the meeting points replaced: shows rules are dated.
    rows.append(
        _rule(
            demo,
            "Meeting",
            None,
            "per_attendance",
            5,
            None,
            "Group meeting (old rate)",
            date(2024, 4, 1),
            date(2025, 3, 31),
        )
    )
    demo.write(RewardRule, rows)
    return rows


def _rule(
    demo: Demo,
    kind: str | None,
    role: str | None,
    basis: str,
    points: int,
    bonus: str | None,
    description: str,
    start: date,
    end: date | None,
) -> dict[str, Any]:
    return {
        "id": demo.next_id("reward_rules"),
        "uuid": demo.uuid(),
        "event_type_id": demo.event_types[kind] if kind else None,
        "role": role,
        "basis": basis,
        "points": points,
        "step_minutes": 15,
        "bonus_code": bonus,
        "annual_cap": None,
        "effective_from": start,
        "effective_to": end,
        "description": description,
        "created_at": LOADED_AT,
        "updated_at": LOADED_AT,
    }


def _points(rule: dict[str, Any], minutes: int) -> int:
    if rule["basis"] == "per_hour":
        steps = minutes // rule["step_minutes"]
        return rule["points"] * steps * rule["step_minutes"] // 60
    return int(rule["points"])


def build_ledger(demo: Demo, rules: list[dict[str, Any]]) -> None:
    """Earned points for members present at held events, manual awards, the 2025 year end."""
    rng = demo.rng
    current = [r for r in rules if r["effective_to"] is None]
    by_type = {r["event_type_id"]: r for r in current if r["event_type_id"] is not None}
    bonus = [r for r in current if r["basis"] == "bonus"]
    entries: list[dict[str, Any]] = []
    for row_id, row_uuid, person, index, role, minutes in demo.present:
        info = demo.people[person]
        event = demo.events[index]
        day = event["starts_at"].date()
        if not info.subscribed or info.joined_on is None or info.joined_on > day:
            continue
        applicable = [by_type.get(event["event_type_id"])]
        applicable += [r for r in bonus if r["role"] == role]
        for rule in applicable:
            if rule is None:
                continue
            points = _points(rule, minutes)
            if points <= 0:
                continue
            entries.append(
                _entry(
                    demo,
                    info.id,
                    day,
                    points,
                    "earned",
                    attendance_reason(rule["description"], event["title"]),
                    "attendance",
                    f"attendance:{row_uuid}:{rule['id']}",
                    attendance_id=row_id,
                    rule_id=rule["id"],
                )
            )
    members = [i for i, p in enumerate(demo.people) if p.subscribed and not p.archived]
    manual = []
    for _ in range(max(3, demo.size // 250)):
        person = demo.people[demo.pick(members)]
        first = max(person.joined_on or RULES_FROM, RULES_FROM)
        day = demo.day_between(first, TODAY - timedelta(days=1))
        points = demo.pick((5, 10, 20, 25, 50))
        key = demo.uuid()
        entry = _entry(
            demo,
            person.id,
            day,
            points,
            "manual_award",
            demo.pick(MANUAL_REASONS),
            "manual",
            f"manual:{key}",
        )
        entries.append(entry)
        manual.append(entry)
    late = [e for e in manual if e["entry_date"] >= CONVERSION_DAY + timedelta(days=1)]
    for original in late[: max(1, demo.size // 10_000)]:
        day = min(TODAY, original["entry_date"] + timedelta(days=rng.randint(2, 20)))
        correction = _entry(
            demo,
            original["person_id"],
            day,
            -original["points"],
            "correction",
            "Awarded to the wrong member; reversed",
            "manual",
            f"correction:{original['uuid']}",
        )
        correction["_reverses"] = original
        entries.append(correction)
    payouts = _year_end(demo, entries)
    entries.sort(key=lambda e: (e["entry_date"], e["points"] < 0, e["_order"]))
    for entry in entries:
        entry["id"] = demo.next_id("ledger_entries")
    for entry in entries:
        reverses = entry.pop("_reverses", None)
        entry["reverses_id"] = reverses["id"] if reverses else None
    for payout in payouts:
        payout["ledger_entry_id"] = payout.pop("_entry")["id"]
    for entry in entries:
        del entry["_order"]
    demo.write(LedgerEntry, entries)
    demo.write(RewardPayout, payouts)


def _entry(
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
        "scheme_year": scheme_year(day),
        "recorded_by": demo.officer(),
        "recorded_at": at(min(TODAY, day + timedelta(days=1)), 16),
        "_order": demo.next_id("_ledger_order"),
    }


def _year_end(demo: Demo, entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Convert 2025/26 balances in 50-point steps; spare points carry over."""
    rng = demo.rng
    balance: dict[int, int] = {}
    for entry in entries:
        if entry["entry_date"] < SCHEME_YEAR_START:
            balance[entry["person_id"]] = balance.get(entry["person_id"], 0) + entry["points"]
    uuids = {p.id: p.uuid for p in demo.people}
    payouts = []
    for person_id in sorted(balance):
        points = balance[person_id] // THRESHOLD * THRESHOLD
        if points <= 0:
            continue
        roll = rng.random()
        kind = "voucher" if roll < 0.88 else "donation" if roll < 0.98 else "rent_credit"
        pounds = points * POINT_VALUE_PENCE // 100
        provider = {"voucher": "Love2shop", "donation": demo.pick(CHARITIES), "rent_credit": None}[
            kind
        ]
        reason = {
            "voucher": f"Year-end conversion 2025/26: £{pounds} Love2shop voucher",
            "donation": f"Year-end conversion 2025/26: £{pounds} donated to {provider}",
            "rent_credit": f"Year-end conversion 2025/26: £{pounds} credited to rent",
        }[kind]
        entry = _entry(
            demo,
            person_id,
            CONVERSION_DAY,
            -points,
            kind,
            reason,
            "year_end",
            f"year_end:2025:{uuids[person_id]}",
        )
        entry["scheme_year"] = 2025
        entries.append(entry)
        serial = None
        if kind == "voucher":
            serial = "-".join(f"{rng.randint(0, 9999):04d}" for _ in range(4))
        handed = (
            None if rng.random() < 0.05 else CONVERSION_DAY + timedelta(days=rng.randint(5, 30))
        )
        payouts.append(
            {
                "id": demo.next_id("reward_payouts"),
                "uuid": demo.uuid(),
                "person_id": person_id,
                "_entry": entry,
                "scheme_year": 2025,
                "kind": kind,
                "value_pence": points * POINT_VALUE_PENCE,
                "provider": provider,
                "serial_number": serial,
                "handed_over_on": handed,
                "notes": "Posted by recorded delivery"
                if kind == "voucher" and rng.random() < 0.3
                else None,
                "created_at": at(CONVERSION_DAY, 14),
                "updated_at": at(CONVERSION_DAY, 14),
            }
        )
    return payouts
