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
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import DatabaseRefused, EngagementError
from engagement_desktop.services.common import audit
from engagement_desktop.services.events.events import mark
from engagement_desktop.services.fieldkit.pack import COMPARED_FIELDS, PACK_SETTING, register_uuid
from engagement_desktop.services.people.consents import add_consent
from engagement_desktop.services.people.duplicates import find_duplicates
from engagement_desktop.services.people.people import (
    HoldDataConsent,
    PersonChanges,
    save_person_in,
)
from engagement_desktop.store.base import utcnow
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import (
    Attendance,
    Ballot,
    BallotProposal,
    BallotVote,
    BallotVoter,
    Consent,
    Event,
    Expense,
    FieldkitPack,
    Person,
    Setting,
)

#: Walk-in fields carried from the pack into the register.
WALK_IN_FIELDS = ("reference", "title", *COMPARED_FIELDS, "involvement_status")


@dataclass
class Duplicate:
    walk_in: str  # the walk-in's uuid
    name: str
    postcode: str | None
    candidates: list[dict[str, Any]]  # {"person_id", "name", "postcode", "reference", "reason"}


@dataclass
class Conflict:
    key: str  # "attendance:<uuid>" or "person:<uuid>"
    what: str
    office: dict[str, Any]
    pack: dict[str, Any]


@dataclass
class Resolutions:
    """The officer's choices: a walk-in's uuid -> a register person's id (the same
    person) or "apart"; a conflict's key -> "office" or "pack". ``duplicates`` and
    ``conflicts`` answer every item not named."""

    walk_ins: dict[str, int | str] = field(default_factory=dict)
    conflicts: dict[str, str] = field(default_factory=dict)
    duplicates_default: str | None = None  # "same" (the first candidate) / "apart"
    conflicts_default: str | None = None  # "office" / "pack"


@dataclass
class MergeReport:
    pack_id: str
    attendance: int = 0
    walk_ins: int = 0
    matched_existing: int = 0
    consents: int = 0
    votes: int = 0
    claims: int = 0
    people_updated: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    undecided: int = 0
    dry_run: bool = False

    def as_json(self) -> dict[str, Any]:
        found = asdict(self)
        return found


class _DryRun(Exception):
    def __init__(self, report: MergeReport) -> None:
        self.report = report


@dataclass
class PackContents:
    path: Path
    pack: dict[str, Any]
    people: dict[str, dict[str, Any]]  # by uuid
    consents: list[dict[str, Any]]
    attendance: list[dict[str, Any]]  # with event_uuid, person_uuid
    expenses: list[dict[str, Any]]
    voters: list[dict[str, Any]]  # with ballot_uuid, person_uuid
    votes: list[dict[str, Any]]  # with ballot_uuid, proposal_uuid


def read_pack(path: Path, passphrase: str | None = None) -> PackContents:
    """Everything the merge needs from the pack, or one sentence why it cannot be read."""
    path = path.expanduser().absolute()
    if not path.is_file():
        raise DatabaseRefused(f"There is no pack at {path}; nothing was changed.")
    try:
        pack = open_store(str(path), create=False, passphrase=passphrase)
    except DatabaseRefused as exc:
        raise DatabaseRefused(f"The pack {path.name} cannot be opened: {exc}") from exc
    except Exception as exc:  # a damaged file can fail in many ways; it is one sentence
        raise DatabaseRefused(
            f"The pack {path.name} is damaged or incomplete (half copied?); nothing was changed."
        ) from exc
    try:
        with pack.session() as session:
            return _contents(session, path)
    except EngagementError:
        raise
    except Exception as exc:
        raise DatabaseRefused(
            f"The pack {path.name} is damaged or incomplete (half copied?); nothing was changed."
        ) from exc
    finally:
        pack.close()


def _contents(session: Session, path: Path) -> PackContents:
    pack_id = session.scalar(select(Setting.value).where(Setting.key == PACK_SETTING))
    row = session.scalar(select(FieldkitPack).where(FieldkitPack.pack_id == pack_id))
    if not pack_id or row is None:
        raise DatabaseRefused(f"{path.name} is a database but not a field kit pack.")
    event_uuid = dict(session.execute(select(Event.id, Event.uuid)).tuples().all())
    person_uuid: dict[int, str] = {}
    people: dict[str, dict[str, Any]] = {}
    for person in session.execute(select(Person.__table__)):
        values = dict(person._mapping)
        person_uuid[values["id"]] = values["uuid"]
        people[values["uuid"]] = values
    ballot_uuid = dict(session.execute(select(Ballot.id, Ballot.uuid)).tuples().all())
    proposal_uuid = dict(
        session.execute(select(BallotProposal.id, BallotProposal.uuid)).tuples().all()
    )

    def rows(table: Any) -> list[dict[str, Any]]:
        return [dict(r._mapping) for r in session.execute(select(table))]

    attendance = rows(Attendance.__table__)
    for a in attendance:
        a["event_uuid"], a["person_uuid"] = event_uuid[a["event_id"]], person_uuid[a["person_id"]]
    consents = rows(Consent.__table__)
    for c in consents:
        c["person_uuid"] = person_uuid[c["person_id"]]
        c["event_uuid"] = event_uuid.get(c["event_id"]) if c["event_id"] else None
    expenses = rows(Expense.__table__)
    for x in expenses:
        x["person_uuid"] = person_uuid[x["person_id"]]
        x["event_uuid"] = event_uuid.get(x["event_id"]) if x["event_id"] else None
    voters = rows(BallotVoter.__table__)
    for v in voters:
        v["ballot_uuid"] = ballot_uuid[v["ballot_id"]]
        v["person_uuid"] = person_uuid.get(v["person_id"]) if v["person_id"] else None
    votes = rows(BallotVote.__table__)
    for v in votes:
        v["ballot_uuid"] = ballot_uuid[v["ballot_id"]]
        v["proposal_uuid"] = proposal_uuid.get(v["proposal_id"]) if v["proposal_id"] else None
    meta = {c.name: getattr(row, c.name) for c in FieldkitPack.__table__.columns}
    return PackContents(path, meta, people, consents, attendance, expenses, voters, votes)


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
            f"{name} was already brought back on {record.merged_at:%d %b %Y at %H:%M}; "
            "nothing was changed."
        )
    snapshot: dict[str, Any] = meta["snapshot"]
    report = MergeReport(meta["pack_id"])
    people = _people(session, actor, contents, snapshot, choices, report)
    events = dict(
        session.execute(select(Event.uuid, Event).where(Event.uuid.in_(meta["events"])))
        .tuples()
        .all()
    )
    _attendance(session, actor, contents, snapshot, choices, report, people, events)
    _consents(session, actor, contents, report, people, events)
    _votes(session, contents, snapshot, report, people)
    _claims(session, actor, contents, report, people, events)
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
    uuids = list(contents.people)
    for start in range(0, len(uuids), 500):
        for person in session.scalars(
            select(Person).where(Person.uuid.in_(uuids[start : start + 500]))
        ):
            found[person.uuid] = person
    exported: Mapping[str, Mapping[str, Any]] = snapshot["people"]
    for uuid, then in exported.items():
        person = found.get(uuid)
        if person is None:
            continue
        door = {k: contents.people[uuid].get(k) for k in COMPARED_FIELDS}
        office = {k: getattr(person, k) for k in COMPARED_FIELDS}
        at_door = {k: v for k, v in door.items() if v != then.get(k)}
        if not at_door:
            continue
        in_office = {k for k, v in office.items() if v != then.get(k)}
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
    for uuid, values in contents.people.items():
        if uuid in found or uuid in exported:
            continue
        if values.get("id") in set() or not _is_walk_in(uuid, contents):
            continue
        fields = {k: values.get(k) for k in WALK_IN_FIELDS if values.get(k) is not None}
        candidates = find_duplicates(session, fields)
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
            person = session.get(Person, int(target))
            if person is None:
                raise EngagementError(f"There is no person {target} to match a walk-in with.")
            found[uuid] = person
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
        person = save_person_in(
            session, actor, None, PersonChanges(fields=fields, hold_data=consent)
        )
        person.uuid = uuid
        if hold is not None and consent is not None:
            made = session.scalar(
                select(Consent).where(
                    Consent.person_id == person.id, Consent.purpose == "hold_data"
                )
            )
            if made is not None:
                made.uuid, made.recorded_at = hold["uuid"], hold["recorded_at"]
                report.consents += 1
        session.flush()
        found[uuid] = person
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
        marked, _ = mark(session, actor, event, person, row["status"], row["role"], row["minutes"])
        if current is None and marked.uuid != row["uuid"]:
            taken = session.scalar(select(Attendance.id).where(Attendance.uuid == row["uuid"]))
            if taken is None:
                marked.uuid = row["uuid"]
        if row["checked_in_at"] is not None:
            marked.checked_in_at = row["checked_in_at"]
        report.attendance += 1


def _consents(
    session: Session,
    actor: str,
    contents: PackContents,
    report: MergeReport,
    people: Mapping[str, Person],
    events: Mapping[str, Event],
) -> None:
    uuids = [c["uuid"] for c in contents.consents]
    known = set()
    for start in range(0, len(uuids), 500):
        known |= set(
            session.scalars(
                select(Consent.uuid).where(Consent.uuid.in_(uuids[start : start + 500]))
            )
        )
    for c in contents.consents:
        person = people.get(c["person_uuid"])
        if c["uuid"] in known or person is None:
            continue
        event = events.get(c["event_uuid"]) if c["event_uuid"] else None
        made = add_consent(
            session,
            actor,
            person,
            c["purpose"],
            c["given"],
            c["method"],
            wording_version=c["wording_version"],
            context=c["context"],
            event_id=event.id if event else None,
            when=min(c["recorded_at"], utcnow()),
        )
        made.uuid = c["uuid"]
        report.consents += 1


def _votes(
    session: Session,
    contents: PackContents,
    snapshot: Mapping[str, Any],
    report: MergeReport,
    people: Mapping[str, Person],
) -> None:
    ballots = dict(session.execute(select(Ballot.uuid, Ballot.id)).tuples().all())
    proposals = dict(session.execute(select(BallotProposal.uuid, BallotProposal.id)).tuples().all())
    seen_votes = set(snapshot.get("votes", []))
    for vote in contents.votes:
        if str(vote["id"]) in seen_votes or vote["ballot_uuid"] not in ballots:
            continue
        if session.get(BallotVote, vote["id"]) is not None:
            continue
        session.add(
            BallotVote(
                id=vote["id"],
                ballot_id=ballots[vote["ballot_uuid"]],
                proposal_id=proposals.get(vote["proposal_uuid"]) if vote["proposal_uuid"] else None,
                spoilt=vote["spoilt"],
                spoilt_reason=vote["spoilt_reason"],
            )
        )
        report.votes += 1
    for voter in contents.voters:
        ballot_id = ballots.get(voter["ballot_uuid"])
        if ballot_id is None:
            continue
        there = session.scalar(
            select(BallotVoter.id).where(
                BallotVoter.ballot_id == ballot_id, BallotVoter.voter_key == voter["voter_key"]
            )
        )
        if there is not None:
            continue
        person = people.get(voter["person_uuid"]) if voter["person_uuid"] else None
        session.add(
            BallotVoter(
                ballot_id=ballot_id,
                person_id=person.id if person else None,
                voter_key=voter["voter_key"],
                channel=voter["channel"],
                voted_at=voter["voted_at"],
            )
        )
    session.flush()


def _claims(
    session: Session,
    actor: str,
    contents: PackContents,
    report: MergeReport,
    people: Mapping[str, Person],
    events: Mapping[str, Event],
) -> None:
    for claim in contents.expenses:
        person = people.get(claim["person_uuid"])
        if person is None or session.scalar(
            select(Expense.id).where(Expense.uuid == claim["uuid"])
        ):
            continue
        event = events.get(claim["event_uuid"]) if claim["event_uuid"] else None
        values = {
            k: claim[k]
            for k in (
                "uuid",
                "category",
                "amount_pence",
                "receipt",
                "status",
                "claimed_on",
                "notes",
            )
        }
        made = Expense(person_id=person.id, event_id=event.id if event else None, **values)
        session.add(made)
        session.flush()
        audit.record(
            session,
            actor,
            "expense.add",
            "expenses",
            made.id,
            {"amount_pence": [None, made.amount_pence]},
            record_uuid=made.uuid,
            summary=f"Person #{person.id}: expense claim brought back from a field kit",
        )
        report.claims += 1
