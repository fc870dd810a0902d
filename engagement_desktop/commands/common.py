"""What every command shares: opening the chosen database and printing results."""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from engagement_desktop import paths
from engagement_desktop.errors import EngagementError

if TYPE_CHECKING:
    from engagement_desktop.store.engine import Store


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def iso_day(text: str) -> date:
    """A date typed as YYYY-MM-DD, or the one sentence argparse shows."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-04-01") from None


def add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print a JSON summary on stdout")


def emit(args: argparse.Namespace, summary: Any, lines: Sequence[str]) -> None:
    """JSON on stdout with --json, otherwise lines for a person to read."""
    if getattr(args, "json", False):
        print(json.dumps(summary, ensure_ascii=False, default=str))
    else:
        for line in lines:
            print(line)


def target(args: argparse.Namespace) -> str | None:
    if args.demo and not args.db:
        demo = paths.demo_database()
        demo.parent.mkdir(parents=True, exist_ok=True)  # first run: no data folder yet
        return str(demo)
    return args.db


def resolved_target(args: argparse.Namespace) -> str:
    return paths.resolve_target(target(args))


def open_database(args: argparse.Namespace, *, verify: bool = True) -> Store:
    """Open the chosen database; the store is imported lazily for start-up speed."""
    from engagement_desktop.store.engine import open_store

    return open_store(target(args), verify=verify)


@contextmanager
def opened(
    args: argparse.Namespace, *, create: bool = False, preview: bool = False
) -> Iterator[Store]:
    """The chosen database, open for one command. Only a command that adds data
    (``create``) may start a new database file, so a report or a mistyped --db path
    never leaves an empty database behind. A ``preview`` of an import into a database
    that does not exist yet runs against a new one in a temporary folder, removed after."""
    chosen = resolved_target(args)
    if not create and "://" not in chosen and not Path(chosen).exists():
        if not preview:
            raise EngagementError(f"There is no database at {chosen}; nothing was done.")
        from engagement_desktop.store.engine import open_store

        with tempfile.TemporaryDirectory(prefix="engagement-preview-") as folder:
            scratch = open_store(Path(folder) / "preview.sqlite")
            try:
                yield scratch
            finally:
                scratch.close()
        return
    store = open_database(args)
    try:
        yield store
    finally:
        store.close()


def person_by_reference(store: Store, reference: str) -> int:
    """A person id from a tenancy reference, or ``#123`` for a record id.

    A reference shared by a household is refused with the names, so a script
    never credits the wrong member.
    """
    from engagement_desktop.services.people import find_by_reference, get_person

    with store.session() as session:
        if reference.startswith("#") and reference[1:].isdigit():
            return get_person(session, int(reference[1:])).id
        found = [p for p in find_by_reference(session, reference) if not p.archived]
        if not found:
            raise EngagementError(f"Nobody has the reference '{reference}'.")
        if len(found) > 1:
            names = ", ".join(f"{p.full_name} (#{p.id})" for p in found)
            raise EngagementError(
                f"'{reference}' is shared by {len(found)} people: {names}; give #ID instead."
            )
        return found[0].id
