"""Demo reward points: dated rules, earned entries from attendance, manual awards, corrections.

The ledger is written in date order with credits before debits on the same
day; a correction reverses an award within the same scheme year, before its
year end, and a conversion never takes more than the balance (year_end.py), so
no balance is ever below zero at any point in time.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from engagement_desktop.services.demo.context import Demo
from engagement_desktop.services.demo.ledger import ledger_entry
from engagement_desktop.services.demo.year_end import conversion_day, convert_ended_years
from engagement_desktop.services.rewards.attendance_points import attendance_reason
from engagement_desktop.store.models import LedgerEntry, RewardPayout, RewardRule

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
MANUAL_REASONS = (
    "Written contribution to the repairs policy review",
    "Helped set up the summer fun day",
    "Mystery shopping exercise (three calls)",
    "Reviewed the new tenancy agreement from home",
    "Spoke at the Board meeting about the scrutiny report",
    "Photographs for the annual report",
)


def build_rules(demo: Demo) -> list[dict[str, Any]]:
    """The scheme's rules since the history began; meeting points doubled a year ago last April."""
    start, raised = demo.cal.history_from, demo.cal.start_of(demo.cal.current - 1)
    rows = []
    for kind, role, basis, points, bonus, description in RULES:
        first = raised if kind == "Meeting" else start
        rows.append(_rule(demo, kind, role, basis, points, bonus, description, first, None))
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
            start,
            raised - timedelta(days=1),
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
        "created_at": demo.cal.loaded_at,
        "updated_at": demo.cal.loaded_at,
    }


def _points(rule: dict[str, Any], minutes: int) -> int:
    if rule["basis"] == "per_hour":
        steps = minutes // rule["step_minutes"]
        return rule["points"] * steps * rule["step_minutes"] // 60
    return int(rule["points"])


def _rule_on(rules: list[dict[str, Any]], day: date) -> dict[str, Any] | None:
    for rule in rules:
        if rule["effective_from"] <= day and (
            rule["effective_to"] is None or day <= rule["effective_to"]
        ):
            return rule
    return None


def build_ledger(demo: Demo, rules: list[dict[str, Any]]) -> None:
    """Earned points, manual awards and corrections, then each ended year's conversion."""
    by_type: dict[int, list[dict[str, Any]]] = {}
    for dated in rules:
        if dated["event_type_id"] is not None:
            by_type.setdefault(dated["event_type_id"], []).append(dated)
    bonus = [r for r in rules if r["basis"] == "bonus"]
    entries: list[dict[str, Any]] = []
    for row_id, row_uuid, person, index, role, minutes in demo.present:
        info = demo.people[person]
        event = demo.events[index]
        day = event["starts_at"].date()
        if not info.subscribed or info.joined_on is None or info.joined_on > day:
            continue
        applicable: list[dict[str, Any] | None] = [
            _rule_on(by_type.get(event["event_type_id"], []), day)
        ]
        applicable += [r for r in bonus if r["role"] == role]
        for rule in applicable:
            if rule is None:
                continue
            points = _points(rule, minutes)
            if points <= 0:
                continue
            entries.append(
                ledger_entry(
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
    manual = _manual_awards(demo)
    entries += manual
    entries += _corrections(demo, manual)
    payouts = convert_ended_years(demo, entries)
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


def _manual_awards(demo: Demo) -> list[dict[str, Any]]:
    """Points given by hand for contributions, more each year."""
    cal = demo.cal
    members = [i for i, p in enumerate(demo.people) if p.subscribed and not p.archived]
    last = cal.today - timedelta(days=1)
    awards = []
    for _ in range(max(4, demo.size // 150)):
        person = demo.people[demo.pick(members)]
        first = min(last, max(person.joined_on or cal.history_from, cal.history_from))
        day = cal.busy_day(demo.rng, first, last)
        awards.append(
            ledger_entry(
                demo,
                person.id,
                day,
                demo.pick((5, 10, 20, 25, 50)),
                "manual_award",
                demo.pick(MANUAL_REASONS),
                "manual",
                f"manual:{demo.uuid()}",
            )
        )
    return awards


def _corrections(demo: Demo, manual: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A few awards given to the wrong member, reversed within the same scheme year.

    Only awards after the last conversion and reversed before the year ends, so a
    conversion never counts points that are later taken back.
    """
    cal, rng = demo.cal, demo.rng
    wanted = max(2, demo.size // 8000)
    corrections: list[dict[str, Any]] = []
    for original in manual:
        if len(corrections) >= wanted:
            break
        year = cal.year_of(original["entry_date"])
        if original["entry_date"] <= conversion_day(demo, year - 1):
            continue
        day = min(cal.today, original["entry_date"] + timedelta(days=rng.randint(2, 20)))
        if cal.year_of(day) != year:
            continue
        correction = ledger_entry(
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
        corrections.append(correction)
    return corrections
