"""``fund``: the community fund's rounds and applications, for scripting and checks."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from engagement_desktop.commands.common import add_json, emit, opened, output_file
from engagement_desktop.errors import EngagementError
from engagement_desktop.services.common.wording import day_text, plural


def register(commands: Any) -> None:
    fund = commands.add_parser("fund", help="the community fund: rounds and applications")
    sub = fund.add_subparsers(dest="fund_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="rounds and their applications, scores and awards")
    listing.add_argument("--round", metavar="R", help="one round, by its number or name")
    add_json(listing)
    listing.set_defaults(handler=_list)
    pack = sub.add_parser("pack", help="the panel pack PDF: one page per application to score")
    pack.add_argument("--round", metavar="R", help="the round, by its number or name")
    pack.add_argument("-o", "--output", metavar="FILE.pdf", help="where to write it")
    add_json(pack)
    pack.set_defaults(handler=_pack)
    letters = sub.add_parser("letters", help="decision letters to each decided applicant (PDF)")
    letters.add_argument("--round", metavar="R", help="the round, by its number or name")
    letters.add_argument("-o", "--output", metavar="FILE.pdf", help="where to write them")
    add_json(letters)
    letters.set_defaults(handler=_letters)


def _round_and_output(args: argparse.Namespace, what: str) -> tuple[str, Path]:
    if not args.round:
        raise EngagementError(f"{what} needs the --round (its number or name).")
    return args.round, output_file(args.output, ".pdf")


def _pack(args: argparse.Namespace) -> int:
    from engagement_desktop.reports.fund.panel_pack import panel_pack, write_panel_pack
    from engagement_desktop.services.fund.listing import find_round

    name, output = _round_and_output(args, "The panel pack")
    with opened(args) as store, store.session() as session:
        pack = panel_pack(session, find_round(session, name).id)
    path = write_panel_pack(pack, output)
    emit(
        args,
        {"round": pack.round_name, "applications": len(pack.items), "file": str(path)},
        [f"Panel pack for {pack.round_name}: {plural(len(pack.items), 'application')} in {path}"],
    )
    return 0


def _letters(args: argparse.Namespace) -> int:
    from engagement_desktop.reports.fund.letters import make_decision_letters
    from engagement_desktop.services.fund.listing import find_round

    name, output = _round_and_output(args, "Decision letters")
    with opened(args, write=True) as store:
        with store.session() as session:
            round_id = find_round(session, name).id
        made = make_decision_letters(store, round_id, output)
    left_out = made.audience.counts
    lines = [f"{plural(len(made.letters), 'decision letter')} for {made.round_name} in {output}"]
    if left_out or made.no_contact:
        lines.append(
            "Not written to: "
            + ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in left_out.items())
            + (f"; no contact recorded: {', '.join(made.no_contact)}" if made.no_contact else "")
        )
    emit(
        args,
        {
            "round": made.round_name,
            "letters": len(made.letters),
            "left_out": left_out,
            "no_contact": made.no_contact,
            "file": str(output),
        },
        lines,
    )
    return 0


def _list(args: argparse.Namespace) -> int:
    from engagement_desktop.services.common.money import money, pounds_value
    from engagement_desktop.services.fund.listing import applications, find_round, rounds
    from engagement_desktop.services.fund.rounds import FUND_STATUSES

    today = date.today()
    with opened(args) as store, store.session() as session:
        chosen = find_round(session, args.round).id if args.round else None
        round_rows = [r for r in rounds(session) if chosen is None or r.id == chosen]
        rows = applications(session, chosen)
    summary = {
        "rounds": [
            {
                "id": r.id,
                "name": r.name,
                "opens_on": r.opens_on.isoformat(),
                "closes_on": r.closes_on.isoformat(),
                "budget": pounds_value(r.budget_pence),
                "max_award": pounds_value(r.max_award_pence),
                "applications": r.applications,
                "awarded": pounds_value(r.awarded_pence),
                "paid": pounds_value(r.paid_pence),
                "left": pounds_value(r.left_pence),
            }
            for r in round_rows
        ],
        "applications": [row.as_json(today) for row in rows],
    }
    lines: list[str] = []
    for r in round_rows:
        lines.append(
            f"{r.name} (round {r.id}, {day_text(r.opens_on)} to {day_text(r.closes_on)}): "
            f"budget {money(r.budget_pence)}, awarded {money(r.awarded_pence)}, "
            f"paid {money(r.paid_pence)}, left {money(r.left_pence)}"
        )
        for row in rows:
            if row.round_name != r.name:
                continue
            score = "not scored" if row.average is None else f"{row.average:g}/{row.out_of}"
            status = FUND_STATUSES.get(row.status, row.status).lower()
            if row.award_pence is not None:
                status = f"awarded {money(row.award_pence)}"
            paid = f", paid {money(row.paid_pence)}" if row.paid_pence else ""
            evaluation = row.evaluation(today)
            lines.append(
                f"  {row.id:>5}  {row.applicant[:34]:<34} asked {money(row.requested_pence)}, "
                f"{score}, {status}{paid}"
                + (f"; evaluation {evaluation[:1].lower()}{evaluation[1:]}" if evaluation else "")
            )
    if not round_rows:
        lines.append("No fund rounds yet.")
    emit(args, summary, lines)
    return 0
