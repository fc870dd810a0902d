"""``review``: list scrutiny reviews, show one, write its end-of-review report."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from engagement_desktop.commands.common import add_json, emit, opened, output_file, positive_int
from engagement_desktop.services.common.wording import day_text


def register(commands: Any) -> None:
    review = commands.add_parser("review", help="scrutiny reviews and their recommendations")
    sub = review.add_subparsers(dest="review_command", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="every review with its stage and recommendations")
    add_json(listing)
    listing.set_defaults(handler=_list)
    show = sub.add_parser("show", help="one review: team, evidence, recommendations, responses")
    show.add_argument("id", type=positive_int, metavar="ID")
    add_json(show)
    show.set_defaults(handler=_show)
    report = sub.add_parser("report", help="write the end-of-review report (PDF)")
    report.add_argument("id", type=positive_int, metavar="ID")
    report.add_argument("-o", "--output", dest="out", type=Path, required=True, metavar="FILE.pdf")
    add_json(report)
    report.set_defaults(handler=_report)


def _day(value: Any) -> str | None:
    return value.isoformat() if value else None


def _list(args: argparse.Namespace) -> int:
    from engagement_desktop.services.reviews.overview import review_lines

    with opened(args) as store, store.session() as session:
        lines = review_lines(session)
    summary = [
        {
            "id": r.review_id,
            "topic": r.topic,
            "group": r.group or None,
            "stage": r.stage,
            "started_on": _day(r.started_on),
            "stage_due_on": _day(r.stage_due_on),
            "completed_on": _day(r.completed_on),
            "recommendations": r.recommendations,
            "accepted": r.accepted,
            "implemented": r.implemented,
        }
        for r in lines
    ]
    text = [
        f"#{r.review_id}  {r.topic}  ({r.stage}; {r.recommendations} recommendations, "
        f"{r.accepted} accepted, {r.implemented} implemented)"
        for r in lines
    ] or ["No scrutiny reviews yet."]
    emit(args, {"reviews": summary}, text)
    return 0


def _show(args: argparse.Namespace) -> int:
    from engagement_desktop.services.reviews.overview import review_detail

    with opened(args) as store, store.session() as session:
        d = review_detail(session, args.id)
    summary = {
        "id": d.review_id,
        "topic": d.topic,
        "scope": d.scope,
        "group": d.group or None,
        "stage": d.stage_key,
        "started_on": _day(d.started_on),
        "stage_due_on": _day(d.stage_due_on),
        "follow_up_on": _day(d.follow_up_on),
        "completed_on": _day(d.completed_on),
        "lead": d.lead or None,
        "team": d.team,
        "findings": d.findings,
        "evidence": [
            {"kind": e.kind, "title": e.title, "gathered_on": _day(e.gathered_on), "note": e.note}
            for e in d.evidence
        ],
        "recommendations": [
            {
                "number": r.number,
                "outcome_id": r.outcome_id,
                "text": r.text,
                "response": r.response,
                "responded_by": r.responded_by or None,
                "reason": r.reason or None,
                "action": r.action or None,
                "owner": r.owner or None,
                "due_on": _day(r.due_on),
                "status": r.status,
                "completed_on": _day(r.completed_on),
            }
            for r in d.recommendations
        ],
    }
    text = [
        f"Scrutiny review #{d.review_id}: {d.topic}",
        f"Stage: {d.stage}; started {day_text(d.started_on)}"
        + (f"; completed {day_text(d.completed_on)}" if d.completed_on else ""),
        f"Panel: {d.group or '-'}; lead: {d.lead or '-'}; team: {', '.join(d.team) or '-'}",
        f"Evidence: {len(d.evidence)} items",
    ]
    for r in d.recommendations:
        by = f" ({r.responded_by})" if r.responded_by else ""
        text.append(f"  {r.number}. {r.text} - {r.response}{by}; {r.status}")
    emit(args, summary, text)
    return 0


def _report(args: argparse.Namespace) -> int:
    from engagement_desktop.reports.reviews.review_pdf import write_review_pdf

    output = output_file(str(args.out), ".pdf")
    with opened(args) as store:
        path = write_review_pdf(store, args.id, output)
    emit(args, {"review": args.id, "file": str(path)}, [f"Report written to {path}"])
    return 0
