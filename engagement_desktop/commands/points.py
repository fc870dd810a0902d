"""``points``: balances, statements and the year-end run from the command line."""

from __future__ import annotations

import argparse
from typing import Any

from engagement_desktop.commands.common import (
    add_json,
    emit,
    iso_day,
    opened,
    output_file,
    person_by_reference,
    protect,
)


def register(commands: Any) -> None:
    points = commands.add_parser("points", help="reward points: balance, statement, year end")
    sub = points.add_subparsers(dest="points_command", metavar="ACTION", required=True)

    balance = sub.add_parser("balance", help="a member's points balance")
    balance.add_argument("reference", metavar="REF", help="tenancy reference, or #ID")
    add_json(balance)
    balance.set_defaults(handler=_balance)

    statement = sub.add_parser("statement", help="a member's points statement as a PDF letter")
    statement.add_argument("reference", metavar="REF", help="tenancy reference, or #ID")
    statement.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    statement.add_argument("--year", type=int, help="scheme year (default: the current one)")
    statement.add_argument(
        "--large-print",
        action="store_true",
        default=None,
        help="large print (default: as the person's record says)",
    )
    add_json(statement)
    statement.set_defaults(handler=_statement)

    batch = sub.add_parser("statements", help="statements for every member with points")
    batch.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    batch.add_argument("--year", type=int, help="scheme year (default: the current one)")
    add_json(batch)
    batch.set_defaults(handler=_statements)

    run = sub.add_parser("year-end", help="preview (or --commit) the year-end conversion")
    run.add_argument("--year", type=int, required=True, help="scheme year, e.g. 2025 for 2025/26")
    run.add_argument(
        "--commit",
        action="store_true",
        help="write the conversions (default: preview only, nothing changes)",
    )
    run.add_argument("--provider", default=None, help="voucher provider for --commit")
    add_json(run)
    run.set_defaults(handler=_year_end)

    catch_up = sub.add_parser(
        "catch-up",
        help="preview (or --commit) the points no rule has paid for attendance already recorded",
    )
    catch_up.add_argument(
        "--since", type=iso_day, required=True, metavar="YYYY-MM-DD", help="attendance from"
    )
    catch_up.add_argument(
        "--until", type=iso_day, metavar="YYYY-MM-DD", help="attendance to (default: today)"
    )
    catch_up.add_argument(
        "--commit", action="store_true", help="pay the points (default: preview only)"
    )
    add_json(catch_up)
    catch_up.set_defaults(handler=_catch_up)


def _balance(args: argparse.Namespace) -> int:
    from engagement_desktop.services.common.settings import get_setting
    from engagement_desktop.services.people.people import get_person
    from engagement_desktop.services.rewards.ledger import balance
    from engagement_desktop.services.rewards.year_end import Conversion

    with opened(args) as store:
        person_id = person_by_reference(store, args.reference)
        with store.session() as session:
            person = get_person(session, person_id)
            points = balance(session, person_id)
            conversion = Conversion.from_setting(get_setting(session, "reward_conversion"))
    worth_points, worth_pence = conversion.convert(points)
    emit(
        args,
        {
            "person_id": person.id,
            "reference": person.reference,
            "name": person.full_name,
            "balance": points,
            "convertible_points": worth_points,
            "worth_pence": worth_pence,
        },
        [
            f"{person.full_name} ({person.reference or 'no reference'}): {points:,} points, "
            f"worth £{worth_pence / 100:,.2f} at the year end"
        ],
    )
    return 0


def _statement(args: argparse.Namespace) -> int:
    from engagement_desktop.reports.rewards.points_statement import current_year, statements
    from engagement_desktop.reports.rewards.statement_pdf import write_statements
    from engagement_desktop.services.common.settings import get_setting

    output = output_file(args.output, ".pdf")
    with opened(args) as store:
        person_id = person_by_reference(store, args.reference)
        with store.session() as session:
            year = current_year(session) if args.year is None else args.year
            [statement] = list(statements(session, year, [person_id]))
            landlord = get_setting(session, "landlord_name")
    path, _ = write_statements(output, [statement], landlord=landlord, large_print=args.large_print)
    emit(
        args,
        {
            "output": str(path),
            "name": statement.name,
            "year": year,
            "balance": statement.closing,
            "lines": len(statement.lines),
        },
        [f"Statement for {statement.name} ({statement.year_label}) written to {path}"],
    )
    return 0


def _statements(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from engagement_desktop.reports.rewards.points_statement import current_year, statements
    from engagement_desktop.reports.rewards.statement_pdf import write_statements
    from engagement_desktop.services.common.settings import get_setting, year_starting
    from engagement_desktop.store.models import LedgerEntry, Person

    output = output_file(args.output, ".pdf")
    with opened(args) as store, store.session() as session:
        year = current_year(session) if args.year is None else args.year
        end = year_starting(year, get_setting(session, "scheme_year_start"))[1]
        total = session.scalar(
            select(func.count(func.distinct(LedgerEntry.person_id)))
            .join(Person, Person.id == LedgerEntry.person_id)
            .where(LedgerEntry.entry_date <= end, Person.archived.is_(False))
        )
        path, count = write_statements(
            output,
            statements(session, year),
            landlord=get_setting(session, "landlord_name"),
            total=total,
        )
    emit(
        args,
        {"output": str(path), "year": year, "statements": count},
        [f"{count:,} statements for {year}/{(year + 1) % 100:02d} written to {path}"],
    )
    return 0


def _year_end(args: argparse.Namespace) -> int:
    from engagement_desktop.services.rewards import year_end

    with opened(args, write=args.commit) as store:
        if args.commit:
            protect(store, "year end")
            result = year_end.commit(
                store, args.year, default=year_end.Choice("voucher", provider=args.provider)
            )
        else:
            with store.session() as session:
                result = year_end.preview(session, args.year)
    label = f"{result.year}/{(result.year + 1) % 100:02d}"
    todo = [line for line in result.lines if line.status == "to do" and line.points]
    done = [line for line in result.lines if line.status == "converted"]
    summary = {
        "year": result.year,
        "committed": bool(args.commit),
        "scheme": result.conversion.describe(),
        "members": len(result.lines),
        "to_convert": len(todo),
        "converted": len(done),
        "points": sum(line.points for line in result.lines if line.status != "carried over"),
        "value_pence": sum(
            line.value_pence for line in result.lines if line.status != "carried over"
        ),
        "lines": [
            {
                "person_id": line.person_id,
                "reference": line.reference,
                "name": line.name,
                "earned": line.earned,
                "balance": line.balance,
                "points": line.points,
                "value_pence": line.value_pence,
                "carry_over": line.carry_over,
                "status": line.status,
            }
            for line in result.lines
        ],
    }
    verb = "Committed" if args.commit else "Preview (nothing written)"
    emit(
        args,
        summary,
        [
            f"{verb}: year end {label}, {result.conversion.describe()}",
            f"  members with points: {len(result.lines):,}; still to convert: {len(todo):,}; "
            f"converted: {len(done):,}",
            f"  total: {summary['points']:,} points = £{summary['value_pence'] / 100:,.2f}",
        ],
    )
    return 0


def _catch_up(args: argparse.Namespace) -> int:
    from engagement_desktop.services.rewards.catch_up import pay_missing_points

    # The preview is the work, rolled back: on a read-only database, in a copy.
    with opened(args, write=args.commit, preview=not args.commit) as store:
        if args.commit:
            protect(store, "points catch-up")
        result = pay_missing_points(store, args.since, until=args.until, dry_run=not args.commit)
    emit(
        args,
        {
            "committed": bool(args.commit),
            "since": result.since.isoformat(),
            "until": result.until.isoformat(),
            "points": result.points,
            "attendances": result.attendances,
            "members": [
                {
                    "person_id": payee.person_id,
                    "reference": payee.reference,
                    "name": payee.name,
                    "attendances": payee.attendances,
                    "points": payee.points,
                }
                for payee in result.payees
            ],
        },
        [
            ("" if args.commit else "Preview (nothing written): ") + result.describe(),
            *(
                f"  {payee.name} ({payee.reference or 'no reference'}): {payee.points:,} "
                f"points for {payee.attendances:,} attendance"
                f"{'s' if payee.attendances != 1 else ''}"
                for payee in result.payees
            ),
        ],
    )
    return 0
