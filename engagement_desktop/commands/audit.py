"""``audit``: read the audit trail (who changed what and when) from the command line."""

from __future__ import annotations

import argparse
from typing import Any

from engagement_desktop.commands.common import (
    add_json,
    check_from_to,
    emit,
    iso_day,
    opened,
    person_by_reference,
    positive_int,
)


def register(commands: Any) -> None:
    audit = commands.add_parser("audit", help="the audit trail: who changed what and when")
    audit.add_argument("--person", metavar="REF", help="entries about one person (REF or #ID)")
    audit.add_argument("--officer", metavar="NAME", help="changes made by one officer")
    audit.add_argument("--from", dest="since", type=iso_day, metavar="YYYY-MM-DD")
    audit.add_argument("--to", dest="until", type=iso_day, metavar="YYYY-MM-DD")
    audit.add_argument("--action", metavar="ACTION", help="e.g. person, or person.edit")
    audit.add_argument(
        "--limit", type=positive_int, default=200, help="most entries to show (default 200)"
    )
    add_json(audit)
    audit.set_defaults(handler=_audit)


def _audit(args: argparse.Namespace) -> int:
    from engagement_desktop.services.audit.trail import AuditFilter, read_trail

    check_from_to(args.since, args.until)
    with opened(args) as store:
        person_id = person_by_reference(store, args.person) if args.person else None
        wanted = AuditFilter(person_id, args.officer, args.since, args.until, args.action)
        with store.session() as session:
            page = read_trail(session, wanted, limit=args.limit)
    lines: list[str] = []
    for line in page.lines:
        lines.append(f"{line.at:%Y-%m-%d %H:%M}  {line.officer}  {line.summary}")
        lines += [f"    {c.field}: {f'{c.old} -> ' if c.old else ''}{c.new}" for c in line.changes]
    if not page.lines:
        lines.append("No audit entries match.")
    elif page.total > len(page.lines):
        lines.append(f"Showing the newest {len(page.lines)} of {page.total}; --limit shows more.")
    emit(
        args,
        {"total": page.total, "entries": [line.as_json() for line in page.lines]},
        lines,
    )
    return 0
