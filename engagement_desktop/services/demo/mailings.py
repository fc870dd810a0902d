"""Demo people a mailing must leave out, each for a reason, and a few past mailings.

Most reasons happen by themselves in the demo (no consent for a channel, another
preferred channel, braille or another language). This step makes sure the rest do too,
among subscribed members (the "everyone involved" selection) and on a group: someone
archived, someone erased, someone excluded with every consent, half an address, no
address, a household of two members who both may be written to. It then records three
past mailings (a welcome letter, an event invitation by email, a text reminder) in the
recipients' contact history, chosen by the program's own rules.

It draws from a Random of its own, so the rest of the demo is the same with or without it.
"""

from __future__ import annotations

from datetime import timedelta
from random import Random
from typing import Any

from sqlalchemy import insert, select, update

from engagement_desktop.services.demo.context import Demo, at
from engagement_desktop.services.mailings.audience import build_audience
from engagement_desktop.services.people.people import search_text_for
from engagement_desktop.store.collation import name_sort_key
from engagement_desktop.store.models import (
    Attendance,
    AuditEntry,
    Consent,
    ContactHistory,
    Exclusion,
    Mailing,
    Membership,
    Person,
)


def build_mailings(demo: Demo) -> None:
    rng = Random(f"mailings-{demo.size}-{demo.cal.today.isoformat()}")
    session = demo.session
    today = demo.cal.today
    members = [p for p in demo.people if p.subscribed and not p.archived and p.row["address_line1"]]
    if len(members) < 20:
        return
    in_groups = set(
        session.scalars(select(Membership.person_id).where(Membership.left_on.is_(None)))
    )
    chosen = rng.sample(members, 12)
    grouped = [p for p in members if p.id in in_groups and p not in chosen][:3]
    when = at(today - timedelta(days=400), 11)

    def consent(person_id: int, *purposes: str) -> None:
        session.execute(
            insert(Consent),
            [
                {
                    "uuid": demo.uuid(),
                    "person_id": person_id,
                    "purpose": purpose,
                    "given": True,
                    "recorded_at": when,
                    "method": "paper_form",
                    "wording_version": "v2.1",
                    "recorded_by": demo.officer(),
                    "context": "Membership form",
                }
                for purpose in purposes
            ],
        )
        demo.counts["consents"] += len(purposes)

    every = ("hold_data", "contact_post", "contact_email", "contact_text", "contact_phone")
    # Archived (one of them on a group), with every consent: left out as archived.
    for person in [chosen[0], *grouped[:1]]:
        consent(person.id, *every)
        session.execute(
            update(Person)
            .where(Person.id == person.id)
            .values(
                archived=True,
                archived_at=at(today - timedelta(days=30), 15),
                updated_at=person.row["updated_at"],
            )
        )
    # Erased by anonymisation: still a subscribed row, the erasure on the audit trail.
    erased = chosen[1]
    session.execute(
        update(Person)
        .where(Person.id == erased.id)
        .values(
            first_name="Erased",
            last_name=f"person #{erased.id}",
            title=None,
            known_as=None,
            date_of_birth=None,
            address_line1=None,
            address_line2=None,
            town=None,
            postcode=None,
            email=None,
            phone=None,
            mobile=None,
            preferred_contact=None,
            reference=None,
            notes=None,
            archived=True,
            updated_at=erased.row["updated_at"],
            name_sort_key=name_sort_key("Erased", f"person #{erased.id}"),
            search_text=search_text_for(
                "Erased", f"person #{erased.id}", None, None, None, None, None
            ),
        )
    )
    session.execute(
        insert(AuditEntry),
        [
            {
                "at": at(today - timedelta(days=60), 12),
                "actor": demo.officer(),
                "action": "privacy.erase",
                "table_name": "people",
                "record_id": erased.id,
                "record_uuid": erased.uuid,
                "changes": None,
                "summary": "Personal details erased by anonymisation",
            }
        ],
    )
    # Excluded (persistent complainants policy) with every consent: left out of invitations.
    for person in (chosen[2], *grouped[1:2]):
        consent(person.id, *every)
        session.execute(
            update(Person)
            .where(Person.id == person.id)
            .values(preferred_contact=None, updated_at=person.row["updated_at"])
        )
        session.execute(
            insert(Exclusion),
            [
                {
                    "uuid": demo.uuid(),
                    "person_id": person.id,
                    "reason": "Persistent complainants policy: abusive emails to staff",
                    "policy": "Persistent complainants policy",
                    "starts_on": today - timedelta(days=90),
                    "ends_on": today + timedelta(days=275),
                    "recorded_by": demo.officer(),
                    "created_at": at(today - timedelta(days=90)),
                    "updated_at": at(today - timedelta(days=90)),
                }
            ],
        )
        demo.counts["exclusions"] += 1
    # Half an address (no first line) and no address at all, for post.
    for person in (chosen[3], chosen[4], *grouped[2:3]):
        consent(person.id, *every)
        session.execute(
            update(Person)
            .where(Person.id == person.id)
            .values(
                address_line1=None,
                address_line2=None,
                preferred_contact="post",
                updated_at=person.row["updated_at"],
            )
        )
    consent(chosen[5].id, *every)
    session.execute(
        update(Person)
        .where(Person.id == chosen[5].id)
        .values(
            address_line1=None,
            address_line2=None,
            town=None,
            postcode=None,
            preferred_contact=None,
            updated_at=chosen[5].row["updated_at"],
        )
    )
    # Two members of one household who may both be written to: one letter per household.
    used = {p.id for p in (*chosen, *grouped)}
    by_household: dict[int, list[Any]] = {}
    for person in demo.people:
        if person.row.get("household_id") and not person.archived:
            by_household.setdefault(person.row["household_id"], []).append(person)
    pair = next(
        (
            people[:2]
            for people in by_household.values()
            if len(people) >= 2
            and not {p.id for p in people} & used
            and not any(
                demo.support.get(i) or i in demo.excluded
                for i in (demo.people.index(p) for p in people[:2])
            )
        ),
        [],
    )
    if pair:
        for person in pair:
            consent(person.id, *every)
            session.execute(
                update(Person)
                .where(Person.id == person.id)
                .values(
                    involvement_status="subscribed",
                    preferred_contact="post",
                    archived=False,
                    updated_at=person.row["updated_at"],
                )
            )
    session.flush()
    _past_mailings(demo, rng, [p.id for p in members])


def _past_mailings(demo: Demo, rng: Random, members: list[int]) -> None:
    """Three runs in the last few months, to whoever the rules let them go to then."""
    session = demo.session
    today = demo.cal.today
    past_event = next(
        (e for e in reversed(demo.events) if e["starts_at"].date() < today - timedelta(days=14)),
        None,
    )
    runs: list[tuple[str, str, str, list[int], int]] = [
        (
            "post",
            "letters",
            "Letter: Welcome to new members",
            rng.sample(members, min(40, len(members))),
            120,
        )
    ]
    if past_event is not None:
        invited = list(
            session.scalars(
                select(Attendance.person_id).where(Attendance.event_id == past_event["id"])
            )
        )
        if invited:
            runs.append(
                (
                    "email",
                    "eml",
                    "Email: Event invitation",
                    invited,
                    (today - past_event["starts_at"].date()).days + 21,
                )
            )
    runs.append(
        ("text", "sms", "Text: Text message", rng.sample(members, min(60, len(members))), 20)
    )
    for channel, output, what, ids, days_ago in runs:
        audience = build_audience(
            session,
            ids,
            channel,
            invitation="invitation" in what,
            on=today - timedelta(days=days_ago),
        )
        if not audience.recipients:
            continue
        made_at = at(today - timedelta(days=days_ago), 14, 30)
        by = demo.officer()
        mailing_id = demo.next_id("mailings")
        row: dict[str, Any] = {
            "id": mailing_id,
            "uuid": demo.uuid(),
            "made_at": made_at,
            "made_by": by,
            "channel": channel,
            "output": output,
            "what": what,
            "selection": "Demo mailing",
            "selected": audience.selected,
            "recipients": len(audience.recipients),
            "left_out": audience.counts,
            "files": None,
        }
        demo.write(Mailing, [row])
        demo.write(
            ContactHistory,
            [
                {
                    "uuid": demo.uuid(),
                    "person_id": r.person_id,
                    "mailing_id": mailing_id,
                    "made_at": made_at,
                    "channel": channel,
                    "what": what,
                    "format": r.format if output == "letters" else None,
                    "made_by": by,
                }
                for r in audience.recipients
            ],
        )
