"""Bringing a pack back: what happened at the door goes into the register in one
transaction, decided from what the register holds at that moment.

Walk-ins are matched against the register as it is now (the people service's own
duplicate finder); a likely duplicate waits for the officer (the same person, or keep
apart). A record changed at the door and in the office while the pack was out is a
conflict: both versions are shown and the officer chooses; nothing is overwritten
silently. Records keep their uuids, and the register notes the pack as merged, so the
same pack brought back twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import DatabaseRefused, EngagementError, ValidationError
from engagement_desktop.services.common import audit
from engagement_desktop.services.common.validation import check_done_at
from engagement_desktop.services.common.wording import short_date
from engagement_desktop.services.events.events import mark
from engagement_desktop.services.fieldkit import records
from engagement_desktop.services.fieldkit.decisions import (
    Conflict,
    Duplicate,
    MergeReport,
    Resolutions,
)
from engagement_desktop.services.fieldkit.pack import COMPARED_FIELDS, fingerprint, register_uuid
from engagement_desktop.services.fieldkit.reading import PackContents, read_pack
from engagement_desktop.services.people.duplicates import find_duplicates
from engagement_desktop.services.people.people import (
    HoldDataConsent,
    PersonChanges,
    save_person_in,
)
from engagement_desktop.store.base import utcnow
from engagement_desktop.store.engine import Store
from engagement_desktop.store.id_lists import id_chunks
from engagement_desktop.store.models import (
    Attendance,
    Consent,
    Event,
    FieldkitPack,
    Person,
)

#: Walk-in fields carried from the pack into the register.
WALK_IN_FIELDS = ("reference", "title", *COMPARED_FIELDS, "involvement_status")


class _DryRun(Exception):
    def __init__(self, report: MergeReport) -> None:
        self.report = report


def merge_pack(
    store: Store,
    path: Path,
    *,
    passphrase: str | None = None,
    resolutions: Resolutions | None = None,
    dry_run: bool = False,
) -> MergeReport:
    """Bring the pack at ``path`` back into ``store`` in one transaction.

    With ``dry_run`` (the review before merging) it does all the work and rolls it back,
    reporting what it would do, the likely duplicates and the conflicts. A real merge
    with a duplicate or conflict the officer has not decided changes nothing and says so.
    """
    contents = read_pack(path, passphrase or store.passphrase)
    resolutions = resolutions or Resolutions()
    try:
        with store.transaction() as session:
            report = _merge(session, store.actor, contents, resolutions)
            report.dry_run = dry_run
            if dry_run:
                raise _DryRun(report)
            if report.undecided:
                raise EngagementError(
                    f"{report.undecided} decisions are needed before {path.name} can be "
                    "brought back (likely duplicates or conflicts: see --dry-run); "
                    "nothing was changed."
                )
            return report
    except _DryRun as done:
        return done.report


def _merge(
    session: Session, actor: str, contents: PackContents, choices: Resolutions
) -> MergeReport:
    meta = contents.pack
    name = contents.path.name
    if meta["register_uuid"] != register_uuid(session):
        raise DatabaseRefused(f"{name} was taken out of another register; nothing was changed.")
    record = session.scalar(
        select(FieldkitPack).where(FieldkitPack.pack_id == meta["pack_id"]).with_for_update()
    )
    if record is not None and record.merged_at is not None:
        raise DatabaseRefused(
            f"{name} was already brought back on {short_date(record.merged_at)} at "
            f"{record.merged_at:%H:%M}; nothing was changed."
        )
    snapshot: dict[str, Any] = meta["snapshot"]
    report = MergeReport(meta["pack_id"])
    people = _people(session, actor, contents, snapshot, choices, report)
    events = dict(
        session.execute(select(Event.uuid, Event).where(Event.uuid.in_(meta["events"]))).all()
    )
    _attendance(session, actor, contents, snapshot, choices, report, people, events)
    records.consents(session, actor, contents, report, people, events)
    records.votes(session, contents, snapshot, report, people)
    records.claims(session, actor, contents, report, people, events)
    if record is None:  # the register's note was lost (restored backup): keep one now
        record = FieldkitPack(**{k: v for k, v in meta.items() if k != "id"})
        session.add(record)
    record.merged_at, record.merged_by = utcnow(), actor
    record.summary = {
        k: v for k, v in report.as_json().items() if k not in ("conflicts", "duplicates")
    }
    session.flush()
    audit.record(
        session,
        actor,
        "fieldkit.merge",
        "fieldkit_packs",
        record.id,
        {"attendance": [None, report.attendance], "walk_ins": [None, report.walk_ins]},
        summary=f"Brought back a field kit: {report.attendance} marks, {report.walk_ins} walk-ins",
    )
    return report


def _people(
    session: Session,
    actor: str,
    contents: PackContents,
    snapshot: Mapping[str, Any],
    choices: Resolutions,
    report: MergeReport,
) -> dict[str, Person]:
    """The register's person for each pack person that matters (walk-ins added or
    matched; register people with their door edits applied or in conflict)."""
    found: dict[str, Person] = {}
    # Those the door touched: not the rest of the register that came for look-ups.
    exported: Mapping[str, Mapping[str, Any]] = snapshot["people"]
    touched = {a["person_uuid"] for a in contents.attendance}
    touched |= {c["person_uuid"] for c in (*contents.consents, *contents.expenses)}
    touched |= {v["person_uuid"] for v in contents.voters if v["person_uuid"]}
    uuids = sorted(set(exported) | touched)
    for chunk in id_chunks(uuids):
        for person in session.scalars(select(Person).where(Person.uuid.in_(chunk))):
            found[person.uuid] = person
    for uuid, then in exported.items():
        on_register = found.get(uuid)
        if on_register is None:
            continue
        person = on_register
        door = {k: contents.people[uuid].get(k) for k in COMPARED_FIELDS}
        office = {k: getattr(person, k) for k in COMPARED_FIELDS}
        salt = contents.pack["pack_id"]
        at_door = {k: v for k, v in door.items() if fingerprint(salt, v) != then.get(k)}
        if not at_door:
            continue
        in_office = {k for k, v in office.items() if fingerprint(salt, v) != then.get(k)}
        if in_office and any(office[k] != door[k] for k in in_office | set(at_door)):
            key = f"person:{uuid}"
            choice = choices.conflicts.get(key, choices.conflicts_default)
            report.conflicts.append(Conflict(key, f"{person.full_name}'s details", office, door))
            if choice is None:
                report.undecided += 1
            if choice != "pack":
                continue
        save_person_in(session, actor, person.id, PersonChanges(fields=at_door))
        report.people_updated += 1
    created: set[int] = set()
    for uuid in sorted(touched):
        values = contents.people[uuid]
        if uuid in found or uuid in exported:
            continue
        if not _is_walk_in(uuid, contents):
            continue
        fields = {k: values.get(k) for k in WALK_IN_FIELDS if values.get(k) is not None}
        # Against the register as it was, not the walk-ins this merge has just added.
        candidates = [c for c in find_duplicates(session, fields) if c.person_id not in created]
        target: int | str | None = None
        if candidates:
            target = choices.walk_ins.get(uuid)
            if target is None and choices.duplicates_default == "same":
                target = candidates[0].person_id
            elif target is None and choices.duplicates_default == "apart":
                target = "apart"
            report.duplicates.append(
                Duplicate(
                    uuid,
                    f"{values['first_name']} {values['last_name']}".strip(),
                    values.get("postcode"),
                    [asdict(c) for c in candidates],
                )
            )
            if target is None:
                report.undecided += 1
                continue
        if isinstance(target, int) or (isinstance(target, str) and target.isdigit()):
            same = session.get(Person, int(target))
            if same is None:
                raise EngagementError(f"There is no person {target} to match a walk-in with.")
            found[uuid] = same
            report.matched_existing += 1
            continue
        hold = next(
            (
                c
                for c in contents.consents
                if c["person_uuid"] == uuid and c["purpose"] == "hold_data"
            ),
            None,
        )
        consent = (
            HoldDataConsent("in_person", hold["wording_version"], hold["context"], None)
            if hold and hold["given"]
            else None
        )
        try:
            person = save_person_in(
                session, actor, None, PersonChanges(fields=fields, hold_data=consent)
            )
        except ValidationError as exc:  # say which walk-in, among a door's dozen
            who = " ".join(str(fields.get(k) or "") for k in ("first_name", "last_name"))
            raise ValidationError(
                {f"walk-in {who.strip() or uuid}: {k}": v for k, v in exc.errors.items()}
            ) from exc
        person.uuid = uuid
        if hold is not None and consent is not None:
            made = session.scalar(
                select(Consent).where(
                    Consent.person_id == person.id, Consent.purpose == "hold_data"
                )
            )
            if made is not None:
                name = f"walk-in {person.full_name}"
                made.uuid = hold["uuid"]
                made.recorded_at = records.checked(
                    records.consent_time(name, hold), hold["recorded_at"], check_done_at
                )
                report.consents += 1
        session.flush()
        found[uuid] = person
        created.add(person.id)
        report.walk_ins += 1
    return found


def _is_walk_in(uuid: str, contents: PackContents) -> bool:
    """A person made in the pack: on a register of the pack's events and not exported."""
    return any(a["person_uuid"] == uuid for a in contents.attendance)


def _attendance(
    session: Session,
    actor: str,
    contents: PackContents,
    snapshot: Mapping[str, Any],
    choices: Resolutions,
    report: MergeReport,
    people: Mapping[str, Person],
    events: Mapping[str, Event],
) -> None:
    exported: Mapping[str, list[Any]] = snapshot["attendance"]
    for row in contents.attendance:
        event = events.get(row["event_uuid"])
        person = people.get(row["person_uuid"])
        if event is None or person is None:
            continue
        door = [row["status"], row["role"], row["minutes"]]
        then = exported.get(row["uuid"])
        if then is not None and list(then) == door:
            continue  # nothing happened at the door
        current = session.scalar(
            select(Attendance).where(
                Attendance.event_id == event.id, Attendance.person_id == person.id
            )
        )
        office = [current.status, current.role, current.minutes] if current else None
        if office == door:
            continue
        if then is not None and office is not None and office != list(then):
            key = f"attendance:{row['uuid']}"
            choice = choices.conflicts.get(key, choices.conflicts_default)
            report.conflicts.append(
                Conflict(
                    key,
                    f"{person.full_name} at {event.title}",
                    dict(zip(("status", "role", "minutes"), office, strict=True)),
                    dict(zip(("status", "role", "minutes"), door, strict=True)),
                )
            )
            if choice is None:
                report.undecided += 1
            if choice != "pack":
                continue
        status = row["status"]
        if status == "walk_in" and current is not None and current.status != "walk_in":
            status = "attended"  # a walk-in matched to someone already on this register
        marked, _ = mark(session, actor, event, person, status, row["role"], row["minutes"])
        if current is None and marked.uuid != row["uuid"]:
            taken = session.scalar(select(Attendance.id).where(Attendance.uuid == row["uuid"]))
            if taken is None:
                marked.uuid = row["uuid"]
        if row["checked_in_at"] is not None:
            marked.checked_in_at = records.checked(
                f"The check-in time of {person.full_name} at {event.title}",
                row["checked_in_at"],
                check_done_at,
            )
        report.attendance += 1
