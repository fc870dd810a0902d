"""What a points statement says, as the letters' little markup (``<b>``, ``<br/>``):
the dates as letters write them, and what became of the points at the year end."""

from __future__ import annotations

from functools import lru_cache
from xml.sax.saxutils import escape

from engagement_desktop.reports.rewards.points_statement import Statement, YearEnd
from engagement_desktop.services.common.wording import long_date, signed


@lru_cache(maxsize=64)
def _points(value: int) -> str:
    return signed(value, 0)


def _pounds(pence: int) -> str:
    return f"£{pence / 100:,.2f}"


def year_end_text(statement: Statement) -> str:
    """What the letter says about the year end: the choice to come while the year runs,
    and afterwards what actually happened (from the ledger and the payouts)."""
    outcome: YearEnd | None = statement.year_end
    scheme = escape(statement.scheme)
    if outcome is None:
        if statement.worth_points:
            extra = statement.closing - statement.worth_points
            worth = (
                f"Your balance is <b>{statement.closing:,d} points</b>. Under the scheme "
                f"({scheme}), {statement.worth_points:,d} of them are worth "
                f"<b>{_pounds(statement.worth_pence)}</b>"
                + (f"; {extra:,d} carry over to next year." if extra else ".")
            )
        else:
            worth = (
                f"Your balance is <b>{statement.closing:,d} points</b>. That is not yet enough "
                f"to turn into a voucher ({scheme}); your points carry over."
            )
        return (
            f"{worth} At the year end you can choose a shopping voucher, a donation to a "
            "charity, or to keep your points for next year."
        )
    ended = f"The {statement.year_label} scheme year ended on {long_date(statement.end)}"
    held = f"{outcome.balance:,d} points"
    nxt = statement.next_year_label
    provider = escape(outcome.provider or "")
    when = f" on {long_date(outcome.day)}" if outcome.day else ""
    became = {
        "voucher": f"a <b>{_pounds(outcome.value_pence)}</b> shopping voucher"
        + (f" ({provider})" if provider else ""),
        "donation": f"a <b>{_pounds(outcome.value_pence)}</b> donation"
        + (f" to {provider}" if provider else " to charity"),
        "rent_credit": f"<b>{_pounds(outcome.value_pence)}</b> off your rent",
    }
    if outcome.outcome in became:
        text = (
            f"{ended} with {held} to your name. At the year end{when}, "
            f"{outcome.points:,d} of them became {became[outcome.outcome]}."
        )
        if outcome.carried:
            text += f" The other {outcome.carried:,d} carried over to {nxt}."
        return text
    if outcome.balance <= 0:
        return f"{ended}. You had no points left to turn into a voucher."
    if outcome.outcome == "carried_over":
        return f"{ended}. You chose to keep your {held}; they carried over to {nxt}."
    if outcome.outcome == "too_few":
        return (
            f"{ended} with {held} to your name. That was not enough for a voucher "
            f"({scheme}), so they carried over to {nxt}."
        )
    return (
        f"{ended} with {held} to your name; {outcome.points:,d} of them are worth "
        f"<b>{_pounds(outcome.value_pence)}</b> ({scheme}). We will write to you soon so you "
        "can choose a shopping voucher, a donation to a charity, or to keep them."
    )
