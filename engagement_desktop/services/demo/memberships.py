"""Demo membership rows, agreements (code of conduct, terms of reference) and exclusions.

The terms were planned with the groups (groups.py); here they become rows, with
the agreements a member signs on joining, and the few people kept out of forums
for a time under the persistent complainants policy or the code of conduct.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from engagement_desktop.services.demo.context import Demo, at
from engagement_desktop.store.models import Agreement, Exclusion, Membership

LEFT_REASONS = (
    "Resigned: moved away.",
    "Stepped down for health reasons.",
    "Resigned: new job.",
    "Stepped down to care for a relative.",
    "Moved to the Associate Scrutiny Members.",
)


def write_memberships(demo: Demo) -> None:
    """Membership rows, code-of-conduct and terms-of-reference agreements."""
    rows = []
    first_formal: dict[int, date] = {}
    first_in_group: dict[tuple[int, int], date] = {}
    for term in demo.terms:
        group = demo.groups[term.group]
        person = demo.people[term.person]
        note = None
        if term.left is not None:
            note = demo.pick(LEFT_REASONS)
        elif term.role == "project_team":
            note = "Project team for the damp and mould review."
        created = max(demo.cal.loaded_at, at(term.start))
        rows.append(
            {
                "id": demo.next_id("memberships"),
                "uuid": demo.uuid(),
                "group_id": group["id"],
                "person_id": person.id,
                "role": term.role,
                "constituency": term.constituency,
                "term_start": term.start,
                "term_end": term.end,
                "left_on": term.left,
                "notes": note,
                "created_at": created,
                "updated_at": created,
            }
        )
        if group["kind"] == "formal":
            first_formal[term.person] = min(first_formal.get(term.person, term.start), term.start)
            key = (term.person, term.group)
            first_in_group[key] = min(first_in_group.get(key, term.start), term.start)
    demo.write(Membership, rows)
    agreements: list[dict[str, Any]] = []
    revised = demo.cal.start_of(demo.cal.first + 1)  # the code of conduct was last revised
    for who, start in first_formal.items():
        signed = start - timedelta(days=demo.rng.randint(0, 21))
        agreements.append(
            _agreement(
                demo,
                who,
                "code_of_conduct",
                None,
                f"{revised.year}" if signed >= revised else f"{revised.year - 3}",
                signed,
            )
        )
    for (who, which), start in first_in_group.items():
        if demo.chance(0.9):
            agreements.append(
                _agreement(demo, who, "terms_of_reference", demo.groups[which]["id"], "v3", start)
            )
    demo.write(Agreement, agreements)


def _agreement(
    demo: Demo, person: int, kind: str, group_id: int | None, version: str, signed: date
) -> dict[str, Any]:
    return {
        "id": demo.next_id("agreements"),
        "uuid": demo.uuid(),
        "person_id": demo.people[person].id,
        "kind": kind,
        "group_id": group_id,
        "version": version,
        "signed_on": signed,
        "recorded_by": demo.officer(),
    }


# policy, reason, (starts, ends, lifted) in days before today (None: not set)
EXCLUSIONS: tuple[tuple[str, str, tuple[int, int | None, int | None]], ...] = (
    (
        "Persistent complainants policy",
        "Repeated abusive calls to staff about a closed complaint; contact through one named "
        "officer only and no open forums for 12 months.",
        (298, -66, None),
    ),
    (
        "Code of conduct",
        "Personal remarks to another resident at the Neighbourhoods open forum; excluded from "
        "meetings for six months after a warning.",
        (552, 369, None),
    ),
    (
        "Persistent complainants policy",
        "Unreasonable persistence over a repairs complaint; review showed the behaviour had "
        "stopped, so the restriction was lifted early.",
        (460, None, 158),
    ),
)


def _exclusion_dates(demo: Demo, days: tuple[int, int | None, int | None]) -> list[date | None]:
    return [None if d is None else demo.cal.today - timedelta(days=d) for d in days]


def plan_exclusions(demo: Demo) -> None:
    """Pick a couple of people (not on any group) who are kept out of forums for a time."""
    count = 2 if demo.size < 40_000 else 3
    candidates = [i for i, p in enumerate(demo.people) if p.subscribed and not p.archived]
    for spec in EXCLUSIONS[:count]:
        if not candidates:
            break
        person = candidates.pop(demo.rng.randrange(len(candidates)))
        starts, ends, lifted = _exclusion_dates(demo, spec[2])
        assert starts is not None
        demo.excluded[person] = (starts, lifted or ends)


def write_exclusions(demo: Demo) -> None:
    rows = []
    for (person, _window), spec in zip(demo.excluded.items(), EXCLUSIONS, strict=False):
        policy, reason, days = spec
        starts, ends, lifted = _exclusion_dates(demo, days)
        assert starts is not None
        rows.append(
            {
                "id": demo.next_id("exclusions"),
                "uuid": demo.uuid(),
                "person_id": demo.people[person].id,
                "reason": reason,
                "policy": policy,
                "starts_on": starts,
                "ends_on": ends,
                "lifted_on": lifted,
                "recorded_by": demo.officer(),
                "created_at": at(starts),
                "updated_at": at(starts),
            }
        )
    demo.write(Exclusion, rows)
