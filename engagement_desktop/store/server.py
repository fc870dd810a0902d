"""Saying why a database server could not be used, in words an IT person can act on."""

from __future__ import annotations


def server_refusal(label: str, exc: BaseException) -> str:
    """Why a database server could not be used, in one sentence an IT person can act on."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "password" in text or "authentication" in text or "no pg_hba.conf entry" in text:
        why = "it refused the user name or password (see the README's Team mode section)"
    elif "does not exist" in text and "database" in text:
        why = "the server has no database of that name (ask IT to create it)"
    elif "timeout" in text or "refused" in text or "could not" in text or "no route" in text:
        why = "the server cannot be reached (is it running, and is the address right?)"
    else:
        why = "the server would not let us connect"
    return f"Cannot open {label}: {why}; nothing was changed."
