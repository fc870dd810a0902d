"""Counts in words, for screens, letters and reports alike (no Qt here)."""

from __future__ import annotations


def plural(count: int, one: str, many: str | None = None) -> str:
    """ "1 member" / "12 members" / "3 people" (``many`` when adding an s is wrong)."""
    return f"{count:,} {one if count == 1 else many or one + 's'}"
