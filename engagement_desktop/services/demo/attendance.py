"""Demo registers: who was invited to each event, who came, apologies, no-shows, walk-ins.

About five rows per person overall, more each year. Group meetings invite the members whose
term covers the day; local events invite residents of the estate; topic events
invite members interested in the topic. Rows are written in chunks so progress
can be shown and memory stays small.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from engagement_desktop.services.demo.context import Demo, at
from engagement_desktop.services.demo.events import STANDALONE
from engagement_desktop.services.groups.terms import MEETING_OFFICES
from engagement_desktop.store.models import Attendance, Expense

CHUNK = 25_000
#: Register rows (invited, apologies, present ...) per person on the register, all years.
ROWS_PER_PERSON = 5
# status odds for (subscribed, one-off): attended, apologies, no-show (rest stay "invited")
HELD_ODDS = {
    "group": ((0.74, 0.17, 0.06), (0.74, 0.17, 0.06)),
    "members": ((0.82, 0.06, 0.08), (0.82, 0.06, 0.08)),
    "area": ((0.36, 0.08, 0.04), (0.10, 0.02, 0.01)),
    "topics": ((0.40, 0.10, 0.05), (0.15, 0.03, 0.02)),
}


class Registers:
    """Builds attendance rows event by event and flushes them in chunks."""

    def __init__(self, demo: Demo, progress_units: int) -> None:
        self.demo = demo
        self.rows: list[dict[str, Any]] = []
        self.units = progress_units
        self.reported = 0
        self.subscribed = [i for i, p in enumerate(demo.people) if p.subscribed and not p.archived]
        formal = {i for i, g in enumerate(demo.groups) if g["kind"] == "formal"}
        self.formal_members = sorted({t.person for t in demo.terms if t.group in formal})
        self.by_group: dict[int, list[Any]] = {}
        for term in demo.terms:
            self.by_group.setdefault(term.group, []).append(term)

    def build(self) -> None:
        demo = self.demo
        budget = self._standalone_budget()
        events = demo.events
        for number, (index, event) in enumerate(enumerate(events), start=1):
            self._register(index, event, budget)
            if len(self.rows) >= CHUNK:
                self._flush()
            due = self.units * number // len(events)
            if due > self.reported:
                demo.advance(due - self.reported)
                self.reported = due
        self._flush()

    def _standalone_budget(self) -> dict[int, float]:
        """Invitation size per local or topic event so the total is ``ROWS_PER_PERSON`` a person.

        The budget left after group meetings is shared by each type's weight times
        its year's (later years invite more: involvement grows); an event whose pool
        (the estate's residents, the topic's followers) is too small takes everyone
        and its share passes to the others.
        """
        demo = self.demo
        fixed = 0
        for event in demo.events:
            if event["_group"] is not None:
                day = event["starts_at"].date()
                fixed += sum(1 for t in self.by_group.get(event["_group"], ()) if t.covers(day))
            elif event["_basis"] == "members":
                fixed += 4 if event["_kind"] == "Conference" else 11
        left = max(0.0, (ROWS_PER_PERSON * demo.size - fixed) / 1.04)  # walk-ins come on top
        shares: dict[int, tuple[float, int]] = {}
        for index, event in enumerate(demo.events):
            if event["_group"] is None and event["_basis"] in ("area", "topics"):
                year = demo.cal.year_of(event["starts_at"].date())
                weight = STANDALONE[event["_kind"]][1] * demo.cal.weight(year)
                shares[index] = (weight, self._capacity(event))
        sizes: dict[int, float] = {}
        while shares and left > 0:
            per_weight = left / sum(weight for weight, _ in shares.values())
            full = [i for i, (weight, cap) in shares.items() if weight * per_weight >= cap]
            if not full:
                sizes.update({i: weight * per_weight for i, (weight, _) in shares.items()})
                break
            for index in full:
                sizes[index] = shares.pop(index)[1]
                left -= sizes[index]
        return sizes

    def _capacity(self, event: dict[str, Any]) -> int:
        if event["_basis"] == "area":
            return len(self.demo.by_area.get(event["area_id"], ()))
        followers = sum(len(self.demo.interests.get(t, ())) for t in event["_topics"])
        return max(followers, len(self.subscribed))

    def _register(self, index: int, event: dict[str, Any], budget: dict[int, float]) -> None:
        demo, rng = self.demo, self.demo.rng
        day = event["starts_at"].date()
        basis = event["_basis"]
        roles: dict[int, str] = {}
        if event["_group"] is not None:
            invited = []
            seen: set[int] = set()
            for term in self.by_group.get(event["_group"], ()):
                if term.covers(day) and term.person not in seen:
                    seen.add(term.person)
                    invited.append(term.person)
                    if term.role in MEETING_OFFICES:  # the chair chairs, as meeting_roles
                        roles[term.person] = term.role
            if event["_kind"] == "Estate inspection" and len(invited) > 8:
                invited = rng.sample(invited, 8)
        else:
            wanted = budget.get(index, 0.0)
            size = int(wanted) + (1 if rng.random() < wanted % 1 else 0)
            invited = self._sample(event, basis, size)
        invited = [p for p in invited if not self._excluded(p, day)]
        status = event["status"]
        register: list[tuple[int, str]] = []
        if status == "held":
            for person in invited:
                odds = HELD_ODDS[basis][0 if demo.people[person].subscribed else 1]
                roll = rng.random()
                if roll < odds[0]:
                    register.append((person, "attended"))
                elif roll < odds[0] + odds[1]:
                    register.append((person, "apologies"))
                elif roll < odds[0] + odds[1] + odds[2]:
                    register.append((person, "no_show"))
                else:
                    register.append((person, "invited"))
            if basis == "area":
                register += [(p, "walk_in") for p in self._walk_ins(event, invited)]
        else:
            chance = 0.08 if status == "planned" else 0.15
            register = [(p, "apologies" if rng.random() < chance else "invited") for p in invited]
        self._rows(index, event, register, roles)

    def _excluded(self, person: int, day: date) -> bool:
        window = self.demo.excluded.get(person)
        if window is None:
            return False
        start, end = window
        return start <= day and (end is None or day <= end)

    def _sample(self, event: dict[str, Any], basis: str, size: int) -> list[int]:
        demo = self.demo
        if basis == "area":
            pool = demo.by_area.get(event["area_id"], [])
        elif basis == "topics":
            pool = []
            for topic_id in event["_topics"]:
                pool = pool + demo.interests.get(topic_id, [])
            pool = list(dict.fromkeys(pool)) if len(event["_topics"]) > 1 else pool
            if len(pool) < size:
                pool = self.subscribed
        else:
            # A training room seats about a dozen; a handful go to a conference.
            if event["_kind"] == "Conference":
                pool, size = self.formal_members, demo.rng.randint(2, 6)
            else:
                pool, size = self.subscribed, demo.rng.randint(6, 16)
        return demo.rng.sample(pool, min(size, len(pool)))

    def _walk_ins(self, event: dict[str, Any], invited: list[int]) -> list[int]:
        demo, rng = self.demo, self.demo.rng
        pool = demo.by_area.get(event["area_id"], [])
        wanted = int(len(invited) * 0.06) + rng.randint(0, 2)
        if not pool or not wanted:
            return []
        taken = set(invited)
        found: list[int] = []
        for person in rng.sample(pool, min(len(pool), wanted * 2)):
            if person not in taken and not self._excluded(person, event["starts_at"].date()):
                found.append(person)
                taken.add(person)
                if len(found) >= wanted:
                    break
        return found

    def _rows(
        self,
        index: int,
        event: dict[str, Any],
        register: list[tuple[int, str]],
        roles: dict[int, str],
    ) -> None:
        demo, rng = self.demo, self.demo.rng
        starts = event["starts_at"]
        created = event["created_at"]
        updated = event["updated_at"]
        officer = demo.officer()
        on_paper = event["status"] == "held" and rng.random() < 0.5
        position = 0
        kind = event["_kind"]
        note_taker = event["_group"] is not None and rng.random() < 0.4
        for person, status in register:
            present = status in ("attended", "walk_in")
            minutes = checked_in = sheet = None
            role = "attendee"
            if present:
                minutes = event["_minutes"]
                if rng.random() < 0.1:
                    minutes = max(15, minutes - demo.pick((15, 30, 45)))
                checked_in = starts + timedelta(
                    minutes=rng.randint(-10, 20 if status == "attended" else 60)
                )
                role = roles.get(person, "inspector" if kind == "Estate inspection" else "attendee")
                if note_taker and role == "attendee":
                    role, note_taker = "note_taker", False
                elif kind == "Conference" and rng.random() < 0.1:
                    role = "speaker"
                if on_paper:
                    position += 1
                    sheet = position
            row_id = demo.next_id("attendance")
            row_uuid = demo.uuid()
            self.rows.append(
                {
                    "id": row_id,
                    "uuid": row_uuid,
                    "event_id": event["id"],
                    "person_id": demo.people[person].id,
                    "status": status,
                    "role": role,
                    "minutes": minutes,
                    "checked_in_at": checked_in,
                    "sheet_position": sheet,
                    "recorded_by": officer,
                    "created_at": created,
                    "updated_at": updated if event["status"] == "held" else created,
                }
            )
            if present:
                demo.present.append((row_id, row_uuid, person, index, role, minutes or 0))
                seen = demo.first_seen.get(person)
                if seen is None or starts.date() < seen[0]:
                    demo.first_seen[person] = (starts.date(), index)

    def _flush(self) -> None:
        self.demo.write(Attendance, self.rows)
        self.rows = []


def build_attendance(demo: Demo, progress_units: int) -> None:
    Registers(demo, progress_units).build()


def build_expenses(demo: Demo) -> None:
    """Travel and childcare claims from members who came to held events."""
    rng = demo.rng
    today = demo.cal.today
    rows = []
    for _row_id, _uuid, person, index, _role, _minutes in demo.present:
        info = demo.people[person]
        if not info.subscribed or rng.random() > 0.05:
            continue
        event = demo.events[index]
        day = event["starts_at"].date()
        childcare = rng.random() < 0.2
        claimed = min(today, day + timedelta(days=rng.randint(0, 14)))
        age = (today - claimed).days
        status = "paid" if age > 30 else demo.pick(("claimed", "approved", "paid"))
        paid = (
            min(today, claimed + timedelta(days=rng.randint(5, 20))) if status == "paid" else None
        )
        amount = rng.randint(10, 40) * 100 if childcare else rng.randint(5, 50) * 50
        rows.append(
            {
                "id": demo.next_id("expenses"),
                "uuid": demo.uuid(),
                "person_id": info.id,
                "event_id": event["id"],
                "category": "childcare" if childcare else "travel",
                "amount_pence": amount,
                "receipt": rng.random() < 0.85,
                "status": status,
                "claimed_on": claimed,
                "paid_on": paid,
                "notes": "Bus fare and parking" if not childcare and rng.random() < 0.2 else None,
                "created_at": at(claimed, 12),
                "updated_at": at(paid or claimed, 12),
            }
        )
    demo.write(Expense, rows)
