"""``privacy erase`` and ``privacy retention``: anonymise a person, review what is kept."""

from __future__ import annotations

import argparse
from typing import Any

from engagement_desktop.commands.common import add_json, emit, opened, protect
from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common.wording import short_date

SHOWN = 20  # people and consents listed in the plain-text review


def register(sub: Any) -> None:
    erase = sub.add_parser(
        "erase", help="erase a person by anonymisation (facts stay, identity goes)"
    )
    erase.add_argument("reference", metavar="REF", help="tenancy reference, or #ID")
    erase.add_argument("--person-id", type=int, help="which member of a household sharing REF")
    erase.add_argument(
        "--confirm", action="store_true", help="really erase (without: say what would)"
    )
    erase.add_argument(
        "--points",
        choices=("forfeit", "keep"),
        help="points not yet converted: forfeit them, or keep them as an anonymous balance",
    )
    add_json(erase)
    erase.set_defaults(handler=_erase)

    retention = sub.add_parser("retention", help="who and what is due for review under the periods")
    retention.add_argument("--anonymise", action="store_true", help="anonymise the people due")
    retention.add_argument("--confirm", action="store_true", help="really do it (with --anonymise)")
    retention.add_argument(
        "--person-id", type=int, action="append", help="only this person (repeat for more)"
    )
    retention.add_argument("--points", choices=("forfeit", "keep"), help="as for erase")
    add_json(retention)
    retention.set_defaults(handler=_retention)


def _chosen(store: Any, reference: str, person_id: int | None) -> int:
    """The one person REF names (``--person-id`` picks one of a household)."""
    from engagement_desktop.services.people.people import by_record_number, find_by_reference

    with store.session() as session:
        if (numbered := by_record_number(session, reference)) is not None:
            return numbered.id
        found = [p.id for p in find_by_reference(session, reference)]
    if not found:
        raise EngagementError(f"Nobody has the reference '{reference}'; nothing changed.")
    if person_id is not None:
        if person_id not in found:
            raise EngagementError(f"Person #{person_id} does not have the reference '{reference}'.")
        return person_id
    if len(found) > 1:
        ids = ", ".join(f"#{i}" for i in found)
        raise EngagementError(
            f"'{reference}' is shared by {len(found)} people ({ids}); choose one with --person-id."
        )
    return found[0]


def _erase(args: argparse.Namespace) -> int:
    from engagement_desktop.services.privacy.erase import (
        GOES,
        STAYS,
        erase_person,
        erased_ids,
        points_to_settle,
    )

    with opened(args, write=args.confirm) as store:
        person_id = _chosen(store, args.reference, args.person_id)
        with store.session() as session:
            if person_id in erased_ids(session):
                raise EngagementError(f"Person #{person_id} was erased already; nothing changed.")
            owed = points_to_settle(session, person_id)
        if not args.confirm:
            raise EngagementError(
                f"Erasing person #{person_id} removes their {GOES}; it keeps {STAYS}"
                + (
                    f"; they have {owed:,} points not yet converted (--points forfeit|keep)"
                    if owed > 0
                    else ""
                )
                + ". Nothing changed: add --confirm to erase."
            )
        if owed > 0 and args.points is None:
            raise EngagementError(
                f"Person #{person_id} has {owed:,} points not yet converted: add --points forfeit "
                "or --points keep; nothing changed."
            )
        protect(store, "erasure")
        done = erase_person(store, person_id, unconverted_points=args.points)
    emit(
        args,
        {
            "person_id": done.person_id,
            "erased": True,
            "points_balance": done.points_balance,
            "points": done.points,
            "tables": done.counts,
            "wal_truncated": done.wal_truncated,
        },
        [
            f"Person #{done.person_id} erased: {sum(done.counts.values()):,} records anonymised "
            f"or removed in {len(done.counts)} tables"
            + (
                f"; {done.points_balance:,} points {POINTS_DONE[done.points]}"
                if done.points
                else ""
            )
            + "."
        ],
    )
    return 0


#: What became of the points not yet converted, as the erasure's sentence says it (the
#: choice itself is a verb, "keep", which read "85 points keep").
POINTS_DONE = {"forfeit": "forfeited", "keep": "kept as an anonymous balance"}


def _retention(args: argparse.Namespace) -> int:
    from engagement_desktop.services.privacy.retention import apply_retention, review

    if args.confirm and not args.anonymise:
        raise EngagementError("--confirm goes with --anonymise; nothing changed.")
    with opened(args, write=args.anonymise and args.confirm) as store:
        with store.session() as session:
            due = review(session)
        if args.anonymise and not args.confirm:
            chosen = len(args.person_id) if args.person_id else len(due.people)
            raise EngagementError(
                f"{chosen:,} people would be anonymised, {due.import_changes:,} import change "
                f"records pruned and {due.audit_details:,} audit entries' detail cleared. "
                "Nothing changed: add --confirm to do it."
            )
        if args.anonymise:
            protect(store, "retention anonymisation")
            run = apply_retention(store, args.person_id, unconverted_points=args.points)
            emit(
                args,
                {
                    "anonymised": run.people,
                    "import_changes_pruned": run.import_changes,
                    "audit_details_cleared": run.audit_details,
                    "wal_truncated": run.wal_truncated,
                },
                [
                    f"{run.people:,} people anonymised, {run.import_changes:,} import change "
                    f"records pruned, {run.audit_details:,} audit entries' detail cleared."
                ],
            )
            return 0
    emit(args, due.as_json(), _review_lines(due))
    return 0


def _review_lines(due: Any) -> list[str]:
    lines = [f"Due for review: {len(due.people):,} people"]
    lines += [f"  #{p.person_id} {p.reference or ''}: {p.reason}" for p in due.people[:SHOWN]]
    if len(due.people) > SHOWN:
        lines.append(f"  and {len(due.people) - SHOWN:,} more (--json lists all)")
    lines.append(f"Import change records past their period: {due.import_changes:,}")
    lines.append(f"Audit entries whose detail is past its period: {due.audit_details:,}")
    lines.append(f"Consents to renew: {len(due.consents):,}")
    lines += [
        f"  #{c.person_id} {c.purpose}, given {short_date(c.recorded_on)}"
        for c in due.consents[:SHOWN]
    ]
    if len(due.consents) > SHOWN:
        lines.append(f"  and {len(due.consents) - SHOWN:,} more (--json lists all)")
    return lines
