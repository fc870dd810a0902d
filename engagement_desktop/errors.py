"""Domain exceptions whose message can be shown to a user as it is.

Every layer raises these for problems the user can fix (bad input, a file that
is not a database, a database from a newer program). The CLI prints the message
on one line and exits 1; the GUI shows it in a message box.
"""

from __future__ import annotations


class EngagementError(Exception):
    """A problem the user can understand and act on."""


class ValidationError(EngagementError):
    """One or more fields are wrong; ``errors`` maps field name to reason."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{_label(k)}: {v}" for k, v in self.errors.items()))


class NotFound(EngagementError):
    """A record the user named does not exist."""


class DatabaseRefused(EngagementError):
    """The database cannot be opened safely; it has been left untouched."""


#: A record a form chose, named as the officer knows it (never "Person id").
_CHOSEN = {"person_id": "Person", "event_id": "Event", "group_id": "Group", "area_id": "Estate"}


def _label(field: str) -> str:
    """ "period_end" -> "Period end", "person_id" -> "Person"; a column heading keeps
    its own capitals."""
    if field in _CHOSEN:
        return _CHOSEN[field]
    text = field.replace("_", " ")
    return text[:1].upper() + text[1:]
