"""Counts in words, for screens, letters and reports alike (no Qt here)."""

from __future__ import annotations


def plural(count: int, one: str, many: str | None = None) -> str:
    """ "1 member" / "12 members" / "3 people" (``many`` when adding an s is wrong)."""
    return f"{count:,} {one if count == 1 else many or one + 's'}"


def salutation(
    title: str | None, first_name: str | None, last_name: str | None, known_as: str | None = None
) -> str:
    """How a letter greets someone, the same in every letter: "Mrs Smith" with a title,
    else the name they go by ("Ming", or their known-as name)."""
    if title and last_name:
        return f"{title} {last_name}"
    return known_as or first_name or last_name or ""
