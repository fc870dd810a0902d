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
from engagement_desktop.services.rewards.year_end import CHOICES, YearEndLine, YearEndPreview


def carry_over_text(whole: list[YearEndLine], converting: list[YearEndLine]) -> str:
    """Every point that stays on the members' balances, split into those carried over in
    full (too few points to convert, or carried over by choice) and the remainders of
    those who convert: "295 points carry over" alone read as the whole."""
    part = [line for line in converting if line.carry_over > 0]
    in_full = sum(line.balance for line in whole)
    remainders = sum(line.carry_over for line in part)
    return (
        f"{in_full + remainders:,} points carry over: {in_full:,} in full "
        f"({plural(len(whole), 'member')} who do not convert) and {remainders:,} "
        f"as the remainders of {plural(len(part), 'member')} who convert"
    )


def preview_totals(plan: YearEndPreview) -> str:
    """The preview page's sentence: who held points, what converts, what is already done."""
    lines = plan.lines
    open_lines = [line for line in lines if line.status == "to do"]
    todo = [line for line in open_lines if line.points > 0]
    done = [line for line in lines if line.status == "converted"]
    carried = sum(1 for line in lines if line.status == "carried over")
    text = (
        f"<b>{plural(len(lines), 'member')}</b> held points at {format_date(plan.end)}: "
        f"{sum(x.earned for x in lines):,} earned in the year, "
        f"{sum(x.balance for x in lines):,} held. "
        f"<b>{sum(x.points for x in todo):,} points convert, worth "
        f"{money(sum(x.value_pence for x in todo))}</b> ({plural(len(todo), 'member')}); "
        f"{carry_over_text([x for x in open_lines if x.points == 0], todo)}."
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
    kept = [row.line for row in todo if row.kind == "carry_over"]
    below = [line for line in plan.lines if line.status == "to do" and line.points == 0]
    if below:
        lines.append(
            f"• {plural(len(below), 'member')} below the minimum keep "
            f"{sum(line.balance for line in below):,} points"
        )
    converting = [row.line for row in todo if row.kind != "carry_over"]
    lines.append(f"<br>{carry_over_text([*kept, *below], converting)}.")
    return "<br>".join(lines)


def commit_blocked(plan: YearEndPreview | None, today: date) -> str:
    """Why Commit is greyed out, shown beside it; empty when it can be pressed."""
    if plan is None or plan.end < today:
        return ""
    return (
        f"The {year_text(plan.year)} year ends on {format_date(plan.end)}: "
        "Commit is available from the day after."
    )
