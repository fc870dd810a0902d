"""``ballot``: You Choose ballots for scripts and checks: the list, the count (the
result once closed) and the result sheet."""

from __future__ import annotations

import argparse
from typing import Any

from engagement_desktop.commands.common import add_json, emit, opened, output_file, positive_int


def register(commands: Any) -> None:
    ballot = commands.add_parser("ballot", help="You Choose ballots: list, count, result sheet")
    sub = ballot.add_subparsers(dest="ballot_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="every ballot, open ones first")
    add_json(listing)
    listing.set_defaults(handler=_list)
    count = sub.add_parser("count", help="the count so far, or the result of a closed ballot")
    count.add_argument("ballot_id", type=positive_int, metavar="ID")
    add_json(count)
    count.set_defaults(handler=_count)
    sheet = sub.add_parser("sheet", help="write the result sheet (PDF)")
    sheet.add_argument("ballot_id", type=positive_int, metavar="ID")
    sheet.add_argument("-o", "--output", metavar="FILE.pdf")
    sheet.add_argument("--large-print", action="store_true", help="16 pt and over")
    add_json(sheet)
    sheet.set_defaults(handler=_sheet)


def _list(args: argparse.Namespace) -> int:
    from engagement_desktop.services.ballots.ballots import STATUSES, list_ballots
    from engagement_desktop.services.common.money import money, pounds_value

    with opened(args) as store, store.session() as session:
        rows = list_ballots(session)
    emit(
        args,
        [
            {
                "ballot": row.id,
                "title": row.title,
                "status": row.status,
                "pot": pounds_value(row.pot_pence),
                "one_vote_per": row.one_vote_per,
                "proposals": row.proposals,
                "voted": row.voted,
                "papers_counted": row.counted,
                "paper_waiting": row.waiting,
            }
            for row in rows
        ],
        [
            f"{row.id:>4}  {row.title}: {STATUSES[row.status].lower()}, pot {money(row.pot_pence)},"
            f" {row.proposals} proposals, {row.voted_text}"
            for row in rows
        ]
        or ["No ballots yet."],
    )
    return 0


def _count(args: argparse.Namespace) -> int:
    from engagement_desktop.services.ballots.count import (
        count_ballot,
        count_heading,
        count_summary,
        outcome_sentence,
        papers_sentence,
    )

    with opened(args) as store, store.session() as session:
        count = count_ballot(session, args.ballot_id)
    summary = count_summary(count)
    lines = [f"{count_heading(count)}: {count.title}"]
    lines += [f"  {title}: {votes}" for title, votes in summary["per_proposal"].items()]
    lines += [papers_sentence(count), outcome_sentence(count)]
    emit(args, summary, lines)
    return 0


def _sheet(args: argparse.Namespace) -> int:

    from engagement_desktop.reports.ballots.result_sheet import write_result_sheet
    from engagement_desktop.services.ballots.count import count_ballot
    from engagement_desktop.services.common.settings import get_setting

    output = output_file(args.output, ".pdf")
    with opened(args) as store, store.session() as session:
        count = count_ballot(session, args.ballot_id)
        landlord = get_setting(session, "landlord_name") or ""
    path = write_result_sheet(count, output, landlord=landlord, large_print=args.large_print)
    emit(args, {"ballot": count.ballot_id, "file": str(path)}, [f"Wrote {path}"])
    return 0
