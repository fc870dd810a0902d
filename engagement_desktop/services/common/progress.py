"""How a long change says how far it is, and stops when told to: one shape for all.

The caller (the window's database worker) passes ``progress(done, total)``; it answers
False to stop. The change reports its last word, ``done`` at ``total``, inside its
transaction just before the commit: a stop until then rolls everything back, and the
window refuses a Cancel after it, so "cancelled" is never said of work that was done."""

from __future__ import annotations

from collections.abc import Callable

from engagement_desktop.errors import EngagementError

Progress = Callable[[int, int], bool | None]


class Cancelled(EngagementError):
    """Stopped when asked to: the database is as it was."""


def report(
    progress: Progress | None,
    done: int,
    total: int,
    cancelled: str,
    error: type[Cancelled] = Cancelled,
) -> None:
    """Tell ``progress`` how far; raise ``error`` (``cancelled`` as its sentence) when it
    answers False."""
    if progress is not None and progress(done, total) is False:
        raise error(cancelled)
