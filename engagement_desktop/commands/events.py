"""``events``: list events and print sign-in sheets from the command line."""

from __future__ import annotations

import argparse
from datetime import datetime, time
from typing import Any

from engagement_desktop.commands.common import (
    add_json,
    check_from_to,
    emit,
    iso_day,
    opened,
    output_file,
)
from engagement_desktop.services.common.wording import day_text


def _event_id(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' is not an event number")
    return int(text)


def register(commands: Any) -> None:
    events = commands.add_parser("events", help="events: list them, print sign-in sheets")
    sub = events.add_subparsers(dest="events_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="events in a date range, oldest first")
    listing.add_argument("--from", dest="start", type=iso_day, metavar="YYYY-MM-DD")
    listing.add_argument("--to", dest="end", type=iso_day, metavar="YYYY-MM-DD")
    add_json(listing)
    listing.set_defaults(handler=_list)
    sheet = sub.add_parser("sheet", help="the paper sign-in sheet for an event, as a PDF")
    sheet.add_argument("event_id", type=_event_id, metavar="EVENT_ID")
    sheet.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    sheet.add_argument("--large-print", action="store_true")
    add_json(sheet)
    sheet.set_defaults(handler=_sheet)
    checkin = sub.add_parser("checkin", help="check a person in at the door (as the window does)")
    checkin.add_argument("event_id", type=_event_id, metavar="EVENT_ID")
    checkin.add_argument("reference", metavar="REF", help="tenancy reference, or #ID")
    checkin.add_argument(
        "--confirmed", action="store_true", help="check in despite an exclusion or withdrawal"
    )
    add_json(checkin)
    checkin.set_defaults(handler=_checkin)
    walk_in = sub.add_parser("walk-in", help="add a new person at the door and check them in")
    walk_in.add_argument("event_id", type=_event_id, metavar="EVENT_ID")
    walk_in.add_argument("--first", required=True, metavar="NAME")
    walk_in.add_argument("--last", required=True, metavar="NAME")
    walk_in.add_argument("--postcode", metavar="POSTCODE")
    walk_in.add_argument("--reference", metavar="REF")
    walk_in.add_argument(
        "--consent",
        action="store_true",
        help="they agreed, in person, to us holding their details (required to add them)",
    )
    walk_in.add_argument("--wording", metavar="VERSION", help="the consent wording's version")
    walk_in.add_argument(
        "--add-anyway",
        action="store_true",
        help="add them even though they look like someone already on file",
    )
    add_json(walk_in)
    walk_in.set_defaults(handler=_walk_in)


def _list(args: argparse.Namespace) -> int:
    from sqlalchemy import func, select

    from engagement_desktop.store import vocab
    from engagement_desktop.store.models import Area, Attendance, Event, EventType, Group

    check_from_to(args.start, args.end)
    present = (
        select(func.count(Attendance.id))
        .where(
            Attendance.event_id == Event.id, Attendance.status.in_(sorted(vocab.PRESENT_STATUSES))
        )
        .correlate(Event)
        .scalar_subquery()
    )
    invited = (
        select(func.count(Attendance.id))
        .where(Attendance.event_id == Event.id)
        .correlate(Event)
        .scalar_subquery()
    )
    query = (
        select(
            Event.id,
            Event.starts_at,
            Event.title,
            EventType.name,
            Group.name,
            Area.name,
            Event.status,
            Event.venue,
            invited,
            present,
        )
        .join(EventType, EventType.id == Event.event_type_id)
        .outerjoin(Group, Group.id == Event.group_id)
        .outerjoin(Area, Area.id == Event.area_id)
        .order_by(Event.starts_at, Event.id)
    )
    if args.start:
        query = query.where(Event.starts_at >= datetime.combine(args.start, time.min))
    if args.end:
        query = query.where(Event.starts_at <= datetime.combine(args.end, time.max))
    with opened(args) as store, store.session() as session:
        rows = session.execute(query).all()
    items = [
        {
            "id": r[0],
            "starts_at": r[1].isoformat(timespec="minutes"),
            "title": r[2],
            "type": r[3],
            "group": r[4],
            "area": r[5],
            "status": r[6],
            "venue": r[7],
            "on_register": r[8],
            "attended": r[9],
        }
        for r in rows
    ]
    emit(
        args,
        {"events": items, "count": len(items)},
        [
            f"{r[0]:>6}  {day_text(r[1])} {r[1]:%H:%M}  {r[2]}  "
            f"({r[3]}; {vocab.EVENT_STATUSES[r[6]]}; {r[9]} came)"
            for r in rows
        ]
        + [f"{len(items):,} events"],
    )
    return 0


def _sheet(args: argparse.Namespace) -> int:
    from engagement_desktop.reports.events.signin_sheet import sheet_data, write_sign_in_sheet

    output = output_file(args.output, ".pdf")
    with opened(args) as store, store.session() as session:
        data = sheet_data(session, args.event_id)
    path = write_sign_in_sheet(data, output, large_print=args.large_print)
    emit(
        args,
        {"output": str(path), "event": data.title, "invitees": len(data.invitees)},
        [f"Sign-in sheet for {data.title} ({len(data.invitees)} names) written to {path}"],
    )
    return 0


def _done(args: argparse.Namespace, done: Any, verb: str) -> None:
    emit(
        args,
        {
            "attendance_id": done.attendance_id,
            "person_id": done.person_id,
            "present": done.present,
            "points": done.points,
        },
        [f"{verb} {done.name} (#{done.person_id}): {done.present} here now, +{done.points} points"],
    )


def _checkin(args: argparse.Namespace) -> int:
    from engagement_desktop.commands.common import person_by_reference
    from engagement_desktop.errors import EngagementError
    from engagement_desktop.services.events.checkin import NeedsConfirmation, check_in

    with opened(args, write=True) as store:
        person_id = person_by_reference(store, args.reference)
        try:
            done = check_in(store, args.event_id, person_id, confirmed=args.confirmed)
        except NeedsConfirmation as exc:
            how = "to check them in anyway, run the same command again with --confirmed"
            raise EngagementError(exc.way_on(how)) from exc
    _done(args, done, "Checked in")
    return 0


def _walk_in(args: argparse.Namespace) -> int:
    from engagement_desktop.errors import EngagementError
    from engagement_desktop.services.events.checkin import AlreadyOnFile, add_walk_in

    if not args.consent:
        raise EngagementError(
            "A walk-in is only added with their consent to hold their details (--consent); "
            "otherwise count them as an anonymous attendee. Nothing was changed."
        )
    fields = {"first_name": args.first, "last_name": args.last, "postcode": args.postcode}
    if args.reference:
        fields["reference"] = args.reference
    with opened(args, write=True) as store:
        try:
            done = add_walk_in(
                store,
                args.event_id,
                fields,
                hold_data=True,
                wording_version=args.wording,
                refuse_if_on_file=not args.add_anyway,
            )
        except AlreadyOnFile as exc:  # as the window asks: is it them?
            raise EngagementError(
                f"{exc.who}: check them in with 'events checkin {args.event_id} "
                f'"{exc.reference}"\', or add a new person with --add-anyway; nothing was '
                "changed."
            ) from exc
    _done(args, done, "Added and checked in")
    return 0
