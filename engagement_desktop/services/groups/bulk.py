"""Many people put on a group at once: a new panel's members, a recruitment day's
sign-ups. One transaction, each term audited as if added one by one; the checks are
read for everyone in a few queries (not three per person), so a whole register
selected is a second, not a wait."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from engagement_desktop.errors import NotFound, ValidationError
from engagement_desktop.services.common.checks import choice, get_or_404
from engagement_desktop.services.common.progress import Progress, report
from engagement_desktop.services.common.wording import plural
from engagement_desktop.services.groups.groups import (
    Term,
    join_term,
    overlap_condition,
    term_problems,
)
from engagement_desktop.services.people.conduct import excluded_on
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store
from engagement_desktop.store.id_lists import id_chunks
from engagement_desktop.store.models import Group, Membership, Person

#: What a stopped add says (the window's Cancel).
CANCELLED = "Cancelled: nobody was added to the group."


@dataclass(frozen=True)
class AddedMembers:
    """Who a bulk add put on the group, and who already had a term on it then."""

    group: str
    added: list[str]
    already: list[str]

    def describe(self) -> str:
        text = f"{plural(len(self.added), 'person', 'people')} added to {self.group}"
        if self.already:
            shown = ", ".join(self.already[:5]) + (" …" if len(self.already) > 5 else "")
            text += f"; {len(self.already):,} already had a term on it then ({shown})"
        return text + "."


def add_members(
    store: Store,
    group_id: int,
    person_ids: Collection[int],
    *,
    role: str = "member",
    term_start: date | None = None,
    term_end: date | None = None,
    progress: Progress | None = None,
) -> AddedMembers:
    """Put many people on a group for the same term, in one transaction. Those who
    already have a term on it then are left as they are and named; an archived or
    excluded person stops the whole add, named."""
    start = term_start or date.today()
    with store.transaction() as session:
        group = get_or_404(session, Group, group_id, "group")
        errors = term_problems(role, start, term_end, group.term_years)
        wanted = sorted(set(person_ids))
        found: dict[int, Person] = {}
        for chunk in id_chunks(wanted):
            found.update(
                (p.id, p) for p in session.scalars(select(Person).where(Person.id.in_(chunk)))
            )
        missing = [person_id for person_id in wanted if person_id not in found]
        if missing:
            raise NotFound(f"There is no person with id {missing[0]}.")
        people = [found[person_id] for person_id in wanted]
        archived = [person.full_name for person in people if person.archived]
        shut_out = excluded_on(session, wanted, start)
        excluded = [person.full_name for person in people if person.id in shut_out]
        if archived:
            errors["person_id"] = f"{_names(archived)} archived; restore them first"
        elif excluded:
            errors["person_id"] = (
                f"{_names(excluded)} excluded from involvement then; add them one by one "
                "if the exclusion allows it"
            )
        if not people:
            errors["person_id"] = "choose the people to add"
        if role in ("chair", "vice_chair") and len(people) > 1:
            errors["role"] = (
                f"a group has one {vocab.MEMBERSHIP_ROLES[role].lower()}: add them as members "
                "and give that office to one person"
            )
        if errors:
            raise ValidationError(errors)
        on_it: set[int] = set()
        for chunk in id_chunks(wanted):
            on_it.update(
                session.scalars(
                    select(Membership.person_id).where(
                        overlap_condition(group.id, start, term_end),
                        Membership.person_id.in_(chunk),
                    )
                )
            )
        term = Term(choice(role, vocab.MEMBERSHIP_ROLES), start, term_end)
        added: list[str] = []
        already: list[str] = []
        in_order = sorted(people, key=lambda p: (p.name_sort_key or b"", p.id))
        for done, person in enumerate(in_order):
            if done % 100 == 0:
                report(progress, done, len(in_order), CANCELLED)
            if person.id in on_it:
                already.append(person.full_name)
            else:
                join_term(session, store.actor, group, person, term)
                added.append(person.full_name)
        report(progress, len(in_order), len(in_order), CANCELLED)
        return AddedMembers(group.name, added, already)


def _names(names: list[str]) -> str:
    """ "Ann Lee is" / "Ann Lee, Bo Ng and 3 more are" """
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    return f"{shown} {'is' if len(names) == 1 else 'are'}"
