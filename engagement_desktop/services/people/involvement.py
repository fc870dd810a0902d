"""Changing the involvement of many people at once: a panel's list imported as one-off
contacts, or everyone who signed up at a recruitment day, made subscribed members in
one step (and back). One transaction; each person's change is audited as an edit of
their record would be, so their history says who changed it and when."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select

from engagement_desktop.errors import ValidationError
from engagement_desktop.services.common.progress import Progress, report
from engagement_desktop.services.people.changes import PersonChanges
from engagement_desktop.services.people.people import save_person_in
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store
from engagement_desktop.store.id_lists import id_chunks
from engagement_desktop.store.models import Person

#: What a stopped change says (the window's Cancel).
CANCELLED = "Cancelled: nobody's involvement was changed."


def set_involvement(
    store: Store, person_ids: Collection[int], status: str, progress: Progress | None = None
) -> int:
    """Give everyone in ``person_ids`` the involvement ``status``; how many changed
    (those already so are left as they are)."""
    if status not in vocab.INVOLVEMENT_STATUSES:
        raise ValidationError(
            {"involvement_status": f"is one of {', '.join(vocab.INVOLVEMENT_STATUSES.values())}"}
        )
    wanted = sorted(set(person_ids))
    changed = 0
    with store.transaction() as session:
        # Whole records, kept here (the session holds them only while someone does): each
        # edit below then finds its person without a query of its own.
        held: dict[int, Person] = {}
        for chunk in id_chunks(wanted):  # a whole register selected is more than one IN list
            held.update(
                (person.id, person)
                for person in session.scalars(select(Person).where(Person.id.in_(chunk)))
            )
        found = {person_id: person.involvement_status for person_id, person in held.items()}
        missing = [person_id for person_id in wanted if person_id not in found]
        if missing:
            raise ValidationError(
                {"people": f"{len(missing):,} of them are no longer on the register"}
            )
        for done, person_id in enumerate(wanted):
            if done % 100 == 0:
                report(progress, done, len(wanted), CANCELLED)
            if found[person_id] != status:
                changes = PersonChanges(fields={"involvement_status": status})
                save_person_in(session, store.actor, person_id, changes)
                changed += 1
        report(progress, len(wanted), len(wanted), CANCELLED)
    return changed
