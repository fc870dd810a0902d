"""The columns of the Rewards screens' short lists: a ledger, vouchers issued, rules
(each a :class:`~engagement_desktop.gui.common.rows_model.RowsModel`)."""

from __future__ import annotations

from datetime import date

from engagement_desktop.gui.common.rows_model import MINUS, Column
from engagement_desktop.gui.common.table_model import format_date
from engagement_desktop.services.common.money import money
from engagement_desktop.services.rewards.accounts import LedgerLine, Payout
from engagement_desktop.services.rewards.rules import RuleRow


def points_text(value: int) -> str:
    """ "+20" / "−20": the sign matters on a ledger."""
    if value > 0:
        return f"+{value:,}"
    return f"{MINUS}{-value:,}" if value < 0 else "0"


def year_text(year: int) -> str:
    return f"{year}/{(year + 1) % 100:02d}"


# --- the columns of each list ---------------------------------------------------------------


def _reversal_tip(line: LedgerLine) -> str | None:
    if line.reversed_by_id is not None:
        return "Reversed by a correction further down; it no longer counts."
    if line.reverses_id is not None:
        return "A correction: it reverses an earlier entry."
    return line.reason if len(line.reason) > 40 else None


LEDGER_COLUMNS: list[Column[LedgerLine]] = [
    Column("Date", lambda r: format_date(r.day), 12),
    Column("What for", lambda r: r.reason, 44, tip=_reversal_tip),
    Column("Points", lambda r: points_text(r.points), 7, number=True),
    Column("Balance", lambda r: f"{r.running:,}", 8, number=True),
    Column("Kind", lambda r: r.kind_label + (" (reversed)" if r.reversed_by_id else ""), 15),
    Column("Source", lambda r: r.source_label, 11),
    Column("Recorded by", lambda r: r.recorded_by, 14),
]


def _handed(payout: Payout) -> str:
    return format_date(payout.handed_over_on) if payout.handed_over_on else "Not yet"


PAYOUT_COLUMNS: list[Column[Payout]] = [
    Column("Person", lambda r: r.name, 24),
    Column("Reference", lambda r: r.reference or "", 10),
    Column("Kind", lambda r: r.kind_label, 11),
    Column("Value", lambda r: money(r.value_pence), 9, number=True),
    Column("Provider or charity", lambda r: r.provider or "", 22),
    Column("Serial number", lambda r: r.serial_number or "", 20),
    Column("Handed over", _handed, 11),
]


def _rule_points(rule: RuleRow) -> str:
    if rule.basis == "per_hour":
        return f"{rule.points} an hour"
    return f"{rule.points}"


def _until(day: date | None) -> str:
    return format_date(day) if day else "Until changed"


RULE_COLUMNS: list[Column[RuleRow]] = [
    Column("Kind of event", lambda r: r.event_type, 18),
    Column("Role", lambda r: r.role_label, 11),
    Column(
        "Basis",
        lambda r: {"per_attendance": "Fixed", "per_hour": "Per hour", "bonus": "Bonus"}.get(
            r.basis, r.basis
        ),
        9,
        tip=lambda r: r.basis_label,
    ),
    Column("Points", _rule_points, 10, number=True),
    Column(
        "Step", lambda r: f"{r.step_minutes} min" if r.basis == "per_hour" else "", 7, number=True
    ),
    Column("Yearly cap", lambda r: f"{r.annual_cap:,}" if r.annual_cap else "", 9, number=True),
    Column("From", lambda r: format_date(r.effective_from), 11),
    Column("To", lambda r: _until(r.effective_to), 13),
    Column("Description", lambda r: r.description or r.bonus_code or "", 30),
]
