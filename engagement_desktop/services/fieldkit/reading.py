"""Reading a pack brought back: everything the merge needs, keyed by uuid, or one
sentence saying why the file cannot be used (damaged, half copied, wrong passphrase,
not a pack)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import DatabaseRefused, EngagementError
from engagement_desktop.services.fieldkit.pack import PACK_SETTING
from engagement_desktop.store.engine import open_store
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
    event_uuid = dict(session.execute(select(Event.id, Event.uuid)).all())
    person_uuid: dict[int, str] = {}
    people: dict[str, dict[str, Any]] = {}
    for person in session.execute(select(Person.__table__)):
        values = dict(person._mapping)
        person_uuid[values["id"]] = values["uuid"]
        people[values["uuid"]] = values
    ballot_uuid = dict(session.execute(select(Ballot.id, Ballot.uuid)).all())
    proposal_uuid = dict(session.execute(select(BallotProposal.id, BallotProposal.uuid)).all())

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
    if not isinstance(meta["snapshot"], dict) or not isinstance(meta["events"], list):
        raise DatabaseRefused(  # what it held when taken out, as the program writes it
            f"The pack {path.name} is damaged or incomplete (half copied?); nothing was changed."
        )
    return PackContents(path, meta, people, consents, attendance, expenses, voters, votes)
