"""Who took part compared with the whole customer base.

For every equality question collected, tenure and area: the people involved, the
survey respondents and the whole customer base side by side, the gap in percentage
points (involved minus base), and the groups under-represented by more than the
threshold. People who objected in writing are left out of all three.

Each column is a table of its own whose total can be worked out, so it goes through
:func:`disclosure.hidden_cells`: small counts and a second cell with them are hidden,
and so are their percentages and gaps. Percentages are of everyone counted in the
column (the "not known" row included), so no hidden total can be rebuilt from them.

The base is everyone in the store, or the customer profile loaded from the housing
system (:mod:`services.people.base_profile`, which also names the dimensions),
dimension by dimension: where that profile has no figures for a dimension the report
says so rather than quietly using the register.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from engagement_desktop.reports.common.disclosure import hidden_cells, shown_count
from engagement_desktop.reports.impact.profile_counts import profile_counts
from engagement_desktop.services.budget.period import Period
from engagement_desktop.services.people.base_profile import DIMENSIONS, NOT_KNOWN, base_profile
from engagement_desktop.store import vocab


@dataclass(frozen=True)
class ProfileLine:
    category: str
    involved: int
    base: int
    involved_pct: float | None  # None when hidden, or when there is no base column
    base_pct: float | None
    gap: float | None  # percentage points, involved minus base; None when either is hidden
    under_represented: bool
    involved_suppressed: bool
    base_suppressed: bool
    respondents: int = 0
    respondents_pct: float | None = None
    respondents_suppressed: bool = False
    known: bool = True  # False for the "not known / prefer not to say" row

    def shown(self, which: str) -> str:
        """The count as printed: '1,234', or the one mark for every hidden cell."""
        value, hidden = {
            "involved": (self.involved, self.involved_suppressed),
            "respondents": (self.respondents, self.respondents_suppressed),
            "base": (self.base, self.base_suppressed),
        }[which]
        return shown_count(value, hidden)


@dataclass
class ProfileComparison:
    dimension: str
    label: str
    lines: list[ProfileLine] = field(default_factory=list)
    involved_total: int = 0
    base_total: int = 0
    respondents_total: int = 0
    #: Where the base came from: "Everyone in the database", "Customer profile from the
    #: housing system, as at 1 April 2026", or "No base figures for this dimension".
    base_source: str = ""
    has_base: bool = True

    @property
    def hidden(self) -> bool:
        return any(
            x.involved_suppressed or x.base_suppressed or x.respondents_suppressed
            for x in self.lines
        )


def _labels(dimension: str) -> dict[str, str]:
    if dimension == "tenure":
        return dict(vocab.TENURES)
    if dimension == "area":
        return {}
    return dict(vocab.EQUALITY_QUESTIONS[dimension])


def _shares(counts: list[int], hidden: list[bool]) -> list[float | None]:
    total = sum(counts)
    return [
        None if h or not total else round(100 * n / total, 1)
        for n, h in zip(counts, hidden, strict=True)
    ]


def compare(
    session: Session,
    period: Period,
    *,
    threshold: float = 5.0,
    minimum: int = 5,
    base_source: str = "people",
) -> list[ProfileComparison]:
    """The comparison for every dimension. ``base_source`` "people" uses everyone in
    the store; "table" uses the customer profile loaded from the housing system, and
    only that: a dimension it lacks has no base column."""
    involved_counts, respondent_counts, everyone = profile_counts(session, period)
    loaded = base_profile(session) if base_source == "table" else None
    results = []
    for dimension, label in DIMENSIONS.items():
        labels = _labels(dimension)
        involved, respondents = involved_counts[dimension], respondent_counts[dimension]
        if loaded is None:
            base, source = everyone[dimension], "Everyone in the database"
        elif dimension in loaded.counts:
            base, source = loaded.counts[dimension], loaded.source
        else:
            base, source = Counter(), "No base figures for this dimension"
        has_base = bool(base)
        others = (set(base) | set(involved) | set(respondents)) - set(labels) - {NOT_KNOWN}
        order = [*dict.fromkeys([*labels, *sorted(others)]), NOT_KNOWN]
        order = [c for c in order if involved.get(c) or base.get(c) or respondents.get(c)]
        columns = [[counts.get(c, 0) for c in order] for counts in (involved, respondents, base)]
        hidden = [hidden_cells(column, minimum) for column in columns]
        shares = [_shares(column, h) for column, h in zip(columns, hidden, strict=True)]
        comparison = ProfileComparison(
            dimension,
            label,
            involved_total=sum(columns[0]),
            respondents_total=sum(columns[1]),
            base_total=sum(columns[2]),
            base_source=source,
            has_base=has_base,
        )
        for i, category in enumerate(order):
            a_pct, r_pct, b_pct = shares[0][i], shares[1][i], shares[2][i]
            known = category != NOT_KNOWN
            gap = (
                round(a_pct - b_pct, 1)
                if known and a_pct is not None and b_pct is not None
                else None
            )
            comparison.lines.append(
                ProfileLine(
                    labels.get(category, category),
                    columns[0][i],
                    columns[2][i],
                    a_pct,
                    b_pct,
                    gap,
                    gap is not None and gap <= -threshold,
                    hidden[0][i],
                    hidden[2][i],
                    respondents=columns[1][i],
                    respondents_pct=r_pct,
                    respondents_suppressed=hidden[1][i],
                    known=known,
                )
            )
        results.append(comparison)
    return results


def under_represented(comparisons: list[ProfileComparison]) -> list[tuple[str, str, float]]:
    return [
        (c.label, line.category, line.gap)
        for c in comparisons
        for line in c.lines
        if line.under_represented and line.gap is not None
    ]


__all__ = ["ProfileComparison", "ProfileLine", "compare", "under_represented"]
