"""What one save of a person carries: their fields and the details kept beside them.

Its own module so that ``people`` (the person row) and ``details`` (interests,
support needs, equality, code of conduct) can both read it without reading each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


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
