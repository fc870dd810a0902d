"""Demo groups and panels, their seats, members' terms of office, agreements, exclusions.

Terms follow each group's rule (e.g. three-year terms, two in a row, then a
year out) with the cases an officer must spot: second terms, terms ending in
the next 90 days, and one member past the limit.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from engagement_desktop.services.demo.context import (
    Demo,
    MemberTerm,
    add_years,
)
from engagement_desktop.services.demo.people import make_subscribed
from engagement_desktop.store.models import Group, GroupSeat

# name, category, kind, mode, (term, max, break), appraisal, full size, min size, pattern
GROUPS: tuple[tuple[Any, ...], ...] = (
    (
        "Customer Scrutiny Panel",
        "scrutiny",
        "formal",
        "collective",
        (3, 2, 1),
        True,
        10,
        5,
        "Monthly, second Tuesday, 6pm to 8.30pm",
        "Investigates how services perform, using complaints and performance data, and makes "
        "recommendations to the Board.",
    ),
    (
        "Associate Scrutiny Members",
        "scrutiny",
        "informal",
        "individual",
        None,
        False,
        18,
        3,
        "Joins reviews as needed",
        "Help the panel with single reviews: mystery shopping, reading reports, interviews.",
    ),
    (
        "Repairs Service Voice",
        "service voice",
        "formal",
        "collective",
        (2, 3, 1),
        False,
        14,
        4,
        "Every six weeks, Thursday, 6pm to 8pm",
        "Works with the repairs team on the repairs policy, contractor performance and "
        "damp and mould.",
    ),
    (
        "Neighbourhoods Service Voice",
        "service voice",
        "formal",
        "collective",
        (2, 3, 1),
        False,
        12,
        4,
        "Every six weeks, Wednesday, 1.30pm to 3.30pm",
        "Estate services, anti-social behaviour, grounds maintenance and communal areas.",
    ),
    (
        "Customer Monitors",
        "monitoring",
        "informal",
        "individual",
        None,
        False,
        35,
        4,
        "Estate inspections and mystery shopping through the year",
        "Estate inspectors and mystery shoppers who check services on the ground.",
    ),
    (
        "Youth Voice",
        "youth",
        "informal",
        "collective",
        None,
        False,
        12,
        3,
        "Monthly, Saturday morning",
        "Young people aged 16 to 25 having a say on homes, neighbourhoods and services.",
    ),
    (
        "Community Fund Panel",
        "community fund",
        "formal",
        "collective",
        (2, 2, 1),
        False,
        8,
        3,
        "Quarterly, after each funding round",
        "Reviews community fund applications and decides grants up to £2,000.",
    ),
    (
        "Consultative Group",
        "consultative",
        "formal",
        "collective",
        (3, 2, 1),
        False,
        11,
        4,
        "Quarterly",
        "Seats for tenants nominated by TARAs, leaseholders and owner occupiers; consulted on "
        "policy and budget.",
    ),
    (
        "Reading Group",
        "reading",
        "informal",
        "individual",
        None,
        False,
        45,
        5,
        "Documents by post or email, comments within two weeks",
        "Reviews letters, leaflets and policies from home for plain English.",
    ),
)
MEETINGS_PER_YEAR = {
    "Customer Scrutiny Panel": 11,
    "Associate Scrutiny Members": 3,
    "Repairs Service Voice": 8,
    "Neighbourhoods Service Voice": 8,
    "Customer Monitors": 6,
    "Youth Voice": 10,
    "Community Fund Panel": 4,
    "Consultative Group": 4,
    "Reading Group": 2,
}
SEATS = (("Tenants (nominated by TARAs)", 7), ("Leaseholders", 2), ("Owner occupiers", 2))


def build_groups(demo: Demo) -> None:
    """Plan groups and terms (may make members subscribed), then write groups and seats."""
    rows: list[dict[str, Any]] = []
    specs = list(GROUPS)
    taras = 2 if demo.size < 10_000 else 3
    estates = [e for e in demo.estates if e["kind"] == "estate"][:taras]
    for spec in specs:
        name, category, kind, mode, rule, appraisal, full, minimum, pattern, purpose = spec
        term, most, rest = rule or (None, None, None)
        rows.append(
            _group_row(
                demo,
                name,
                category,
                kind,
                mode,
                term,
                most,
                rest,
                appraisal,
                pattern,
                purpose,
                None,
            )
        )
        rows[-1]["_size"] = max(minimum, round(full * min(1.0, demo.size / 20_000)))
        rows[-1]["_meetings"] = MEETINGS_PER_YEAR[name]
    for estate in estates:
        short = estate["name"].removesuffix(" Estate")
        name = f"{short} Tenants and Residents Association"
        rows.append(
            _group_row(
                demo,
                name,
                "TARA",
                "formal",
                "collective",
                1,
                None,
                None,
                False,
                "Monthly, first Monday, 7pm, community room",
                f"The recognised tenants' and residents' association for {estate['name']}; "
                "committee elected at the AGM each June.",
                estate["id"],
            )
        )
        rows[-1]["_size"] = max(4, round(15 * min(1.0, demo.size / 20_000)))
        rows[-1]["_meetings"] = 10
    demo.groups = rows
    for index, group in enumerate(rows):
        _plan_terms(demo, index, group)
    demo.write(Group, [_public(row) for row in rows])
    consultative = next(g for g in rows if g["name"] == "Consultative Group")
    demo.write(
        GroupSeat,
        [
            {
                "id": demo.next_id("group_seats"),
                "group_id": consultative["id"],
                "constituency": constituency,
                "seats": seats,
            }
            for constituency, seats in SEATS
        ],
    )


def _public(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if not k.startswith("_")}


def _group_row(
    demo: Demo,
    name: str,
    category: str,
    kind: str,
    mode: str,
    term: int | None,
    most: int | None,
    rest: int | None,
    appraisal: bool,
    pattern: str,
    purpose: str,
    area_id: int | None,
) -> dict[str, Any]:
    return {
        "id": demo.next_id("groups"),
        "uuid": demo.uuid(),
        "name": name,
        "category": category,
        "kind": kind,
        "mode": mode,
        "purpose": purpose,
        "meeting_pattern": pattern,
        "area_id": area_id,
        "term_years": term,
        "max_consecutive_terms": most,
        "break_years": rest,
        "needs_appraisal": appraisal,
        "archived": False,
        "created_at": demo.cal.loaded_at,
        "updated_at": demo.cal.loaded_at,
    }


def _candidates(demo: Demo, group: dict[str, Any]) -> list[int]:
    """Who may sit on this group: subscribed members first, topped up from everyone."""
    name = group["name"]

    def fits(index: int) -> bool:
        person = demo.people[index]
        if person.archived or index in demo.excluded:
            return False
        if group["area_id"] is not None:
            return person.area_id == group["area_id"]
        if name == "Youth Voice":
            age = person.age_on(demo.cal.today)
            return age is not None and 16 <= age <= 25
        return person.tenure not in ("applicant", "garage")

    everyone = [i for i, p in enumerate(demo.people) if fits(i)]
    subscribed = [i for i in everyone if demo.people[i].subscribed]
    demo.rng.shuffle(subscribed)
    if len(subscribed) >= group["_size"] * 2:
        return subscribed
    others = [i for i in everyone if not demo.people[i].subscribed]
    demo.rng.shuffle(others)
    return subscribed + others


def _plan_terms(demo: Demo, index: int, group: dict[str, Any]) -> None:
    rng = demo.rng
    today = demo.cal.today
    pool = _candidates(demo, group)
    if group["name"] == "Consultative Group":
        pool = _seat_pool(demo, pool)
    size = group["_size"]
    members = pool[:size]
    spare = pool[size : size + max(2, size // 3)]
    term = group["term_years"]
    roles = _roles(group["name"], len(members))
    for position, (person, role) in enumerate(zip(members, roles, strict=True)):
        constituency = group["_seats"][position] if "_seats" in group else None
        if term is None:
            longest = 700 if group["name"] == "Youth Voice" else 2400
            start = today - timedelta(days=int(rng.triangular(20, longest, 300)))
            _add(demo, person, index, role, start, None, None, constituency)
            continue
        if group["category"] == "TARA":
            consecutive = rng.randint(1, 4)
            agm = date(today.year, 6, 10 + index % 7)  # elected at the latest AGM
            start = agm if agm <= today else date(today.year - 1, 6, 10 + index % 7)
        else:
            consecutive = 2 if rng.random() < 0.35 else 1
            if group["name"] == "Customer Scrutiny Panel" and position == 2:
                consecutive = 3  # over the limit of two: the check must find them
            if position == 1 or rng.random() < 0.2:  # ends in the next 90 days
                end = today + timedelta(days=rng.randint(5, 85))
                start = add_years(end + timedelta(days=1), -term)
            else:
                start = today - timedelta(days=rng.randint(30, term * 365 - 100))
        for back in range(consecutive - 1, -1, -1):
            first = add_years(start, -term * back)
            last = add_years(first, term) - timedelta(days=1)
            _add(
                demo,
                person,
                index,
                role if back == 0 else "member",
                first,
                last,
                None,
                constituency,
            )
    if term is not None:
        for person in spare:  # past members who left part way through
            first = demo.cal.history_from - timedelta(days=800 - rng.randint(0, 1200))
            last = add_years(first, term) - timedelta(days=1)
            left = first + timedelta(days=rng.randint(90, 600))
            left = min(left, last, today - timedelta(days=10))
            if left <= first:
                continue
            _add(demo, person, index, "member", first, last, left, None)


def _seat_pool(demo: Demo, pool: list[int]) -> list[int]:
    """Consultative Group: 7 tenants, 2 leaseholders, 2 owner occupiers (fewer when small)."""
    group = next(g for g in demo.groups if g["name"] == "Consultative Group")
    wanted = {
        "Tenants (nominated by TARAs)": max(2, group["_size"] - 4),
        "Leaseholders": 2,
        "Owner occupiers": 2,
    }
    tenures = {
        "Tenants (nominated by TARAs)": ("general_needs", "sheltered"),
        "Leaseholders": ("leaseholder",),
        "Owner occupiers": ("owner_occupier",),
    }
    chosen: list[int] = []
    seats: list[str] = []
    for constituency, count in wanted.items():
        fitting = [i for i in pool if demo.people[i].tenure in tenures[constituency]]
        picked = fitting[:count]
        chosen += picked
        seats += [constituency] * len(picked)
    group["_size"] = len(chosen)
    group["_seats"] = seats
    taken = set(chosen)
    rest = [i for i in pool if i not in taken]
    return chosen + rest


def _roles(name: str, count: int) -> list[str]:
    if name in ("Associate Scrutiny Members",):
        return ["associate"] * count
    if name in ("Customer Monitors", "Reading Group"):
        return ["member"] * count
    head = ["chair", "vice_chair"]
    if "Service Voice" in name:
        head = ["chair", "stream_lead", "stream_lead"]
    roles = (head + ["member"] * count)[:count]
    if name == "Customer Scrutiny Panel" and count > 5:
        roles[-1] = "project_team"
    return roles


def _add(
    demo: Demo,
    person: int,
    group: int,
    role: str,
    start: date,
    end: date | None,
    left: date | None,
    constituency: str | None,
) -> None:
    make_subscribed(demo, person, start)
    demo.terms.append(MemberTerm(person, group, role, start, end, left, constituency))
