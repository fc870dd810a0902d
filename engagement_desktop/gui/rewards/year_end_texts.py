"""What the year-end wizard says: the preview's totals and the commit page's list.

Plain functions of the preview and the members' choices, kept apart from the
wizard's page handling so each can be read (and changed) on its own.
"""

from __future__ import annotations

from datetime import date
from html import escape

from engagement_desktop.gui.common.table_model import format_date, plural
from engagement_desktop.gui.rewards.models import money, year_text
from engagement_desktop.gui.rewards.year_end_model import MemberChoice
from engagement_desktop.services.rewards.year_end import CHOICES, YearEndPreview


def preview_totals(plan: YearEndPreview) -> str:
    """The preview page's sentence: who held points, what converts, what is already done."""
    lines = plan.lines
    todo = [line for line in lines if line.status == "to do" and line.points > 0]
    done = [line for line in lines if line.status == "converted"]
    carried = sum(1 for line in lines if line.status == "carried over")
    text = (
        f"<b>{plural(len(lines), 'member')}</b> held points at {format_date(plan.end)}: "
        f"{sum(x.earned for x in lines):,} earned in the year, "
        f"{sum(x.balance for x in lines):,} held. "
        f"<b>{sum(x.points for x in todo):,} points convert, worth "
        f"{money(sum(x.value_pence for x in todo))}</b> ({plural(len(todo), 'member')}); "
        f"{sum(x.carry_over for x in todo):,} points carry over."
    )
    if done or carried:
        text += (
            f"<br>Already done: {len(done):,} converted "
            f"({sum(x.points for x in done):,} points, "
            f"{money(sum(x.value_pence for x in done))}), {carried:,} carried over."
        )
    return text


def confirm_text(plan: YearEndPreview, todo: list[MemberChoice], today: date) -> str:
    """The commit page: what commit will write for each choice, before the officer commits."""
    label = year_text(plan.year)
    if not todo:
        return (
            f"Nothing is left to convert for {label}: every member with enough points "
            "has been converted or carried over. Commit writes nothing."
        )
    lines = [f"For {label}, commit will write:"]
    for kind, name in CHOICES.items():
        chosen = [row for row in todo if row.kind == kind]
        if not chosen:
            continue
        if kind == "carry_over":
            lines.append(
                f"• {plural(len(chosen), 'member')} carry over "
                f"{sum(r.line.balance for r in chosen):,} points"
            )
            continue
        points = sum(row.line.points for row in chosen)
        value = sum(row.line.value_pence for row in chosen)
        lines.append(
            f"• {escape(name)}: {plural(len(chosen), 'member')}, {points:,} points, {money(value)}"
        )
    if plan.end >= today:
        lines.append(
            f"<br><b>The year ends on {format_date(plan.end)}; it can be committed after that.</b>"
        )
    return "<br>".join(lines)
