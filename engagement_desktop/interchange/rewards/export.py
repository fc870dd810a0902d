"""The points ledger and the year-end summary as Excel workbooks."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from engagement_desktop.interchange.writing.xlsx_export import (
    Progress,
    Sheet,
    about_workbook,
    long_date,
    pounds,
    write_workbook,
)
from engagement_desktop.services.rewards.year_end import YearEndPreview
from engagement_desktop.store import vocab
from engagement_desktop.store.models import LedgerEntry, Person, RewardPayout

LEDGER_HEADINGS = [
    "Date",
    "Reference",
    "Person",
    "Points",
    "Kind",
    "Reason",
    "Source",
    "Scheme year",
    "Recorded by",
    "Recorded at",
    "Entry id",
    "Reverses entry",
]


def export_ledger(
    session: Session,
    path: str | os.PathLike[str],
    *,
    person_id: int | None = None,
    year: int | None = None,
    progress: Progress | None = None,
) -> Path:
    """Every ledger entry (or one person's, or one scheme year's), oldest first."""
    query = (
        select(
            LedgerEntry.entry_date,
            Person.reference,
            Person.first_name + " " + Person.last_name,
            LedgerEntry.points,
            LedgerEntry.kind,
            LedgerEntry.reason,
            LedgerEntry.source,
            LedgerEntry.scheme_year,
            LedgerEntry.recorded_by,
            LedgerEntry.recorded_at,
            LedgerEntry.id,
            LedgerEntry.reverses_id,
        )
        .join(Person, Person.id == LedgerEntry.person_id)
        .order_by(LedgerEntry.entry_date, LedgerEntry.id)
    )
    count = select(func.count()).select_from(LedgerEntry)
    if person_id is not None:
        query = query.where(LedgerEntry.person_id == person_id)
        count = count.where(LedgerEntry.person_id == person_id)
    if year is not None:
        query = query.where(LedgerEntry.scheme_year == year)
        count = count.where(LedgerEntry.scheme_year == year)

    def rows() -> Iterator[list[Any]]:
        for row in session.execute(query.execution_options(yield_per=5000)):
            values = list(row)
            values[4] = vocab.LEDGER_KINDS.get(values[4], values[4])
            values[6] = vocab.LEDGER_SOURCES.get(values[6], values[6])
            yield values

    sheet = Sheet("Ledger", LEDGER_HEADINGS, rows(), total=session.scalar(count), widths={5: 50})
    scope = "Every scheme year" if year is None else f"Scheme year {year}/{(year + 1) % 100:02d}"
    title = "Points ledger" if person_id is None else "Points ledger of one person"
    about = about_workbook(session, title, scope)
    return write_workbook(path, [sheet], progress, about=about)


def export_year_end(
    session: Session,
    path: str | os.PathLike[str],
    plan: YearEndPreview,
) -> Path:
    """The year-end summary (one row a member) and the vouchers, donations and credits."""
    label = f"{plan.year}/{(plan.year + 1) % 100:02d}"
    summary = Sheet(
        f"Year end {label}",
        [
            "Reference",
            "Person",
            "Earned in year",
            "Balance at year end",
            "Points converted",
            "Value",
            "Carried over",
            "Status",
        ],
        [
            [
                line.reference,
                line.name,
                line.earned,
                line.balance,
                line.points,
                pounds(line.value_pence),
                line.carry_over,
                line.status,
            ]
            for line in plan.lines
        ],
        kinds={5: "money"},
        totals=[
            [
                "Total",
                f"{len(plan.lines):,} members",
                sum(x.earned for x in plan.lines),
                sum(x.balance for x in plan.lines),
                plan.total_points,
                pounds(plan.total_value_pence),
                sum(x.carry_over for x in plan.lines),
                None,
            ]
        ],
    )
    payouts = session.execute(
        select(
            Person.reference,
            Person.first_name + " " + Person.last_name,
            RewardPayout.kind,
            RewardPayout.value_pence,
            RewardPayout.provider,
            RewardPayout.serial_number,
            RewardPayout.handed_over_on,
            RewardPayout.notes,
        )
        .join(Person, Person.id == RewardPayout.person_id)
        .where(RewardPayout.scheme_year == plan.year)
        .order_by(Person.name_sort_key, Person.id)
    ).all()
    issued = Sheet(
        "Vouchers and donations",
        [
            "Reference",
            "Person",
            "Kind",
            "Value",
            "Provider or charity",
            "Serial number",
            "Handed over",
            "Notes",
        ],
        [
            [
                ref,
                name,
                vocab.PAYOUT_KINDS.get(kind, kind),
                pounds(pence),
                provider,
                serial,
                handed,
                notes,
            ]
            for ref, name, kind, pence, provider, serial, handed, notes in payouts
        ],
        kinds={3: "money"},
        totals=[["Total", None, None, pounds(sum(p[3] for p in payouts))]],
    )
    when = f"Scheme year {label}: {long_date(plan.start)} to {long_date(plan.end)}"
    about = about_workbook(session, f"Year end {label}", when)
    return write_workbook(path, [summary, issued], about=about)
