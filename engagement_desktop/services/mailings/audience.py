"""The rules a mailing follows, applied by the program and counted by reason.

For one channel (post, email, text, phone) a person is left out, for the first reason
that applies: erased; archived; excluded from forums (invitations only); no consent to
hold their details or to be contacted that way; a preferred channel that is another;
no address (or half of one), email or mobile for the channel; a second person of a
household when one letter per household is asked for. People who need braille, easy
read or another language are listed for the officer to arrange, not sent the standard
letter. Everything is read in a few set-wise queries, so 5,000 people take no time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common.wording import salutation
from engagement_desktop.services.people.conduct import excluded_on
from engagement_desktop.services.people.consents import CONTACT_PURPOSE
from engagement_desktop.services.privacy.erase import erased_ids
from engagement_desktop.store.collation import name_sort_key
from engagement_desktop.store.id_lists import id_chunks
from engagement_desktop.store.models import Consent, Person, SupportNeed

CHANNELS: dict[str, str] = {
    "post": "Post",
    "email": "Email",
    "text": "Text message",
    "phone": "Phone",
}

#: Why someone is left out, in the order the rules are tried.
REASONS: dict[str, str] = {
    "erased": "Erased",
    "archived": "Archived",
    "excluded": "Excluded from forums (invitation)",
    "no_consent": "No consent to be contacted this way",
    "prefers_other": "Prefers another channel",
    "no_address": "No postal address",
    "incomplete_address": "Half an address (no first line or no postcode)",
    "no_email": "No email address",
    "no_mobile": "No mobile number",
    "no_phone": "No phone number",
    "same_household": "Another person of the household gets it",
    "other_format": "Needs braille, easy read or another language (listed to arrange)",
}
#: Needs the program cannot print: the officer arranges these.
ARRANGED = ("braille", "easy_read", "interpreter")


@dataclass(frozen=True)
class Recipient:
    """One person a mailing goes to, with what the output needs."""

    person_id: int
    reference: str | None
    title: str | None
    first_name: str
    last_name: str
    known_as: str | None
    address: tuple[str, ...]  # UK order: lines, TOWN, POSTCODE (blank lines dropped)
    street: tuple[str, ...]  # the lines before the town
    town: str
    postcode: str | None
    email: str | None
    mobile: str | None
    phone: str | None
    preferred: str | None
    needs: tuple[str, ...]  # labels, e.g. "large print", "hearing loop"
    large_print: bool
    household_id: int | None

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def called(self) -> str:
        """The name they go by (their known-as name, else their first name)."""
        return self.known_as or self.first_name

    @property
    def addressee(self) -> str:
        """How the envelope names them: "Mrs Jane Smith"."""
        return f"{self.title} {self.name}" if self.title else self.name

    @property
    def salutation(self) -> str:
        """ "Mrs Smith" with a title, else the name they are known by."""
        return salutation(self.title, self.first_name, self.last_name, self.known_as)

    @property
    def format(self) -> str | None:
        return "large print" if self.large_print else None


@dataclass(frozen=True)
class LeftOut:
    person_id: int
    name: str
    reference: str | None
    reason: str


@dataclass
class Audience:
    """Who gets the mailing, in posting order, and who does not, counted by reason."""

    channel: str
    selected: int
    recipients: list[Recipient]
    left_out: list[LeftOut] = field(default_factory=list)
    #: (name, reference, what to arrange) for braille, easy read, another language.
    to_arrange: list[tuple[str, str | None, str]] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        """Left out per reason, in the rules' order; only reasons that applied."""
        found = Counter(row.reason for row in self.left_out)
        return {reason: found[reason] for reason in REASONS if found[reason]}

    @property
    def incomplete(self) -> list[LeftOut]:
        return [row for row in self.left_out if row.reason == "incomplete_address"]

    def summary_lines(self) -> list[str]:
        """What the officer reads before anything is made."""
        lines = [
            f"Selected: {self.selected:,}",
            f"Will receive it ({CHANNELS[self.channel].lower()}): {len(self.recipients):,}",
        ]
        for reason, count in self.counts.items():
            lines.append(f"  Left out, {REASONS[reason].lower()}: {count:,}")
        if self.incomplete:
            names = ", ".join(
                f"{row.name} ({row.reference})" if row.reference else row.name
                for row in self.incomplete[:5]
            )
            more = len(self.incomplete) - 5
            lines.append(
                f"  Complete the address of {names}"
                + (f" and {more:,} more" if more > 0 else "")
                + " to include them."
            )
        return lines


def _latest_consents(session: Session, ids: Sequence[int]) -> dict[int, dict[str, bool]]:
    """Per person, the latest given/withdrawn per purpose (rows read in time order)."""
    state: dict[int, dict[str, bool]] = {}
    for chunk in id_chunks(ids):
        rows = session.execute(
            select(Consent.person_id, Consent.purpose, Consent.given)
            .where(Consent.person_id.in_(chunk))
            .order_by(Consent.recorded_at, Consent.id)
        )
        for person_id, purpose, given in rows:
            state.setdefault(person_id, {})[purpose] = bool(given)
    return state


def _needs(session: Session, ids: Sequence[int]) -> dict[int, list[tuple[str, str]]]:
    found: dict[int, list[tuple[str, str]]] = {}
    for chunk in id_chunks(ids):
        rows = session.execute(
            select(SupportNeed.person_id, SupportNeed.need, SupportNeed.detail).where(
                SupportNeed.person_id.in_(chunk)
            )
        )
        for person_id, need, detail in rows:
            found.setdefault(person_id, []).append((need, detail or ""))
    return found


def _address(person: Person) -> tuple[str, ...]:
    town = (person.town or "").strip().upper()  # Royal Mail: the post town in capitals
    parts = (person.address_line1, person.address_line2, person.address_line3, town)
    lines = [" ".join(str(p).split()) for p in parts if p and str(p).strip()]
    if person.postcode and person.postcode.strip():
        lines.append(person.postcode.strip().upper())
    return tuple(lines)


def _street(person: Person) -> list[str]:
    parts = (person.address_line1, person.address_line2, person.address_line3)
    return [p for p in parts if p and str(p).strip()]


def _postal_order(recipient: Recipient) -> tuple:
    """Posting order: postcode (outward then inward), then street and house, then name."""
    postcode = (recipient.postcode or "").upper().split()
    outward = postcode[0] if postcode else "~"
    inward = postcode[1] if len(postcode) > 1 else ""
    first = recipient.address[0] if recipient.address else ""
    number = "".join(ch for ch in first.split(" ")[0] if ch.isdigit()) if first else ""
    return (outward, inward, first.lstrip("0123456789 ,"), int(number or 0), recipient.name)


def build_audience(
    session: Session,
    person_ids: Sequence[int],
    channel: str,
    *,
    invitation: bool = False,
    one_per_household: bool = False,
    on: date | None = None,
) -> Audience:
    """Apply the rules to the selected people for one channel."""
    if channel not in CHANNELS:
        raise EngagementError(f"'{channel}' is not a channel: {', '.join(CHANNELS)}.")
    ids = sorted(set(person_ids))
    if not ids:
        raise EngagementError("Nobody is in that selection: there is nobody to write to.")
    day = on or date.today()
    people: list[Person] = []
    for chunk in id_chunks(ids):
        people += session.scalars(select(Person).where(Person.id.in_(chunk))).all()
    people.sort(key=lambda p: (p.name_sort_key or name_sort_key(p.first_name, p.last_name), p.id))
    gone = erased_ids(session) & set(ids)
    excluded = excluded_on(session, ids, day) if invitation else set()
    consents = _latest_consents(session, ids)
    needs = _needs(session, ids)
    purpose = CONTACT_PURPOSE[channel]
    audience = Audience(channel, len(ids), [])
    households: set[object] = set()
    for person in people:
        reason = _reason(person, channel, purpose, gone, excluded, consents)
        own_needs = needs.get(person.id, [])
        arrange = [_need_label(n, d) for n, d in own_needs if n in ARRANGED]
        if reason is None and arrange and channel in ("post", "email"):
            reason = "other_format"
            audience.to_arrange.append((person.full_name, person.reference, ", ".join(arrange)))
        if reason is None and one_per_household:
            key = _household_key(person)
            if key is not None and key in households:
                reason = "same_household"
            elif key is not None:
                households.add(key)
        if reason is not None:
            audience.left_out.append(LeftOut(person.id, person.full_name, person.reference, reason))
            continue
        address = _address(person)
        audience.recipients.append(
            Recipient(
                person_id=person.id,
                reference=person.reference,
                title=person.title,
                first_name=person.first_name,
                last_name=person.last_name,
                known_as=person.known_as,
                address=address,
                street=address[: len(_street(person))],
                town=(person.town or "").strip().upper(),
                postcode=(person.postcode or "").strip().upper() or None,
                email=person.email,
                mobile=person.mobile,
                phone=person.phone or person.mobile,
                preferred=person.preferred_contact,
                needs=tuple(_need_label(n, d) for n, d in own_needs),
                large_print=any(n == "large_print" for n, _d in own_needs),
                household_id=person.household_id,
            )
        )
    if channel == "post":
        audience.recipients.sort(key=_postal_order)
    return audience


def _reason(
    person: Person,
    channel: str,
    purpose: str,
    gone: set[int],
    excluded: set[int],
    consents: dict[int, dict[str, bool]],
) -> str | None:
    if person.id in gone:
        return "erased"
    if person.archived:
        return "archived"
    if person.id in excluded:
        return "excluded"
    state = consents.get(person.id, {})
    if not state.get("hold_data") or not state.get(purpose):
        return "no_consent"
    if person.preferred_contact and person.preferred_contact != channel:
        return "prefers_other"
    if channel == "post":
        has_line, has_postcode = (
            bool((person.address_line1 or "").strip()),
            bool((person.postcode or "").strip()),
        )
        if not has_line and not has_postcode and not (person.town or "").strip():
            return "no_address"
        if not has_line or not has_postcode:
            return "incomplete_address"
    elif channel == "email" and not (person.email or "").strip():
        return "no_email"
    elif channel == "text" and not (person.mobile or "").strip():
        return "no_mobile"
    elif channel == "phone" and not (person.phone or person.mobile or "").strip():
        return "no_phone"
    return None


def _household_key(person: Person) -> object:
    """The household, or for someone without one, the address they share."""
    if person.household_id is not None:
        return ("household", person.household_id)
    line = " ".join((person.address_line1 or "").lower().split())
    postcode = "".join((person.postcode or "").upper().split())
    return ("address", line, postcode) if line and postcode else None


def _need_label(need: str, detail: str) -> str:
    if need == "interpreter":
        return f"{detail} translation" if detail else "another language"
    return need.replace("_", " ") + (f" ({detail})" if detail else "")
