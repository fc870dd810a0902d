"""What one save of a person carries: their fields and the details kept beside them.

Its own module so that ``people`` (the person row) and ``details`` (interests,
support needs, equality, code of conduct) can both read it without reading each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class HoldDataConsent:
    """The person's consent for us to hold their details, as they gave it: needed to
    add anyone by hand (people imported from the tenancy export are held under the
    tenancy instead; see ``people.save_person_in``)."""

    method: str  # a key of vocab.CONSENT_METHODS: "in_person", "paper_form", "phone" ...
    wording_version: str | None = None
    context: str | None = None
    event_id: int | None = None


@dataclass
class PersonChanges:
    """Everything the person editor saves in one go (one transaction).

    ``None`` in a list or dict member means "leave as it is".
    """

    fields: dict[str, Any] = field(default_factory=dict)
    interests: list[int] | None = None  # topic ids
    support_needs: list[tuple[str, str]] | None = None  # (need code, detail)
    equality: dict[str, Any] | None = None  # answers and written_objection
    code_of_conduct_signed_on: date | None = None
    hold_data: HoldDataConsent | None = None  # adding someone: their consent (required)
