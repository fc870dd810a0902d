"""The count tables a TSM report publishes: responses by collection method, and the
respondents beside the stock for each profile dimension, with small counts hidden in
the same cells wherever they are printed (:mod:`engagement_desktop.reports.common.disclosure`).

Pure functions of counts already gathered (by
:mod:`~engagement_desktop.reports.surveys.tsm_publication`); nothing here reads the database.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from engagement_desktop.reports.common.disclosure import hidden_cells
from engagement_desktop.services.surveys.measure_sets import MeasureSet
from engagement_desktop.services.surveys.publication import SurveyFacts
from engagement_desktop.store import vocab

NOT_KNOWN = "Not known"
PROFILE_DIMENSIONS = {"age_band": "Age", "tenure": "Tenure", "area": "Estate / area"}


@dataclass
class CountTable:
    """A table of counts whose total is printed. A hidden cell (``hidden`` holds its row
    and column) is ``None``, as is a percentage that does not apply (the total's)."""

    title: str
    columns: list[str]
    rows: list[list[Any]]
    hidden: set[tuple[int, int]] = field(default_factory=set)
    note: str = ""
    source: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "source": self.source,
            "columns": self.columns,
            "rows": self.rows,
            "hidden": sorted([r, c] for r, c in self.hidden),
            "note": self.note,
        }


def _label(dimension: str, category: str) -> str:
    if dimension == "tenure":
        return vocab.TENURES.get(category, category)
    if dimension == "age_band":
        return vocab.EQUALITY_QUESTIONS["age_band"].get(category, category)
    return category


def _percent(count: int, of: int) -> float | None:
    """``count`` as a percentage of ``of`` to one decimal; None when ``of`` is nothing."""
    return round(100 * count / of, 1) if of else None


def profile_table(
    dimension: str, respondents: Counter[str], stock: Counter[str], source: str, minimum: int
) -> CountTable:
    """Respondents beside the stock for one dimension, small counts hidden in each column
    (with a second cell where one alone could be worked back from the total)."""
    order = list(vocab.TENURES) if dimension == "tenure" else []
    if dimension == "age_band":
        order = list(vocab.EQUALITY_QUESTIONS["age_band"])
    others = sorted((set(respondents) | set(stock)) - set(order) - {NOT_KNOWN}, key=str.casefold)
    categories = [c for c in [*order, *others] if respondents[c] or stock[c]]
    categories += [NOT_KNOWN] if respondents[NOT_KNOWN] or stock[NOT_KNOWN] else []
    ours = [respondents[c] for c in categories]
    theirs = [stock[c] for c in categories]
    ours_hidden, theirs_hidden = hidden_cells(ours, minimum), hidden_cells(theirs, minimum)
    ours_known = sum(n for c, n in zip(categories, ours, strict=True) if c != NOT_KNOWN)
    theirs_known = sum(n for c, n in zip(categories, theirs, strict=True) if c != NOT_KNOWN)
    rows: list[list[Any]] = []
    hidden: set[tuple[int, int]] = set()
    for i, category in enumerate(categories):
        known = category != NOT_KNOWN
        a = None if ours_hidden[i] else ours[i]
        b = None if theirs_hidden[i] else theirs[i]
        a_pct = _percent(ours[i], ours_known) if known and a is not None else None
        b_pct = _percent(theirs[i], theirs_known) if known and b is not None else None
        gap = round(a_pct - b_pct, 1) if a_pct is not None and b_pct is not None else None
        rows.append([_label(dimension, category), a, a_pct, b, b_pct, gap])
        hidden |= {(i, c) for c in (1, 2, 5) if ours_hidden[i]}
        hidden |= {(i, c) for c in (3, 4, 5) if theirs_hidden[i]}
    rows.append(["Total", sum(ours), None, sum(theirs), None, None])
    return CountTable(
        PROFILE_DIMENSIONS[dimension],
        # "All customers", as the impact report says: people, not homes (the homes'
        # number is the survey's relevant homes, above)
        [
            "Group",
            "Respondents",
            "Respondents %",
            "All customers",
            "All customers %",
            "Gap (points)",
        ],
        rows,
        hidden,
        note="Percentages are of those whose answer is known.",
        source=source,
    )


def methods_table(facts: SurveyFacts, respondents: int, minimum: int) -> CountTable:
    """Responses by collection method: as recorded for a mixed survey, else all by its
    one method."""
    labels = vocab.SURVEY_METHODS
    note = ""
    if facts.method_counts:
        counted = dict(facts.method_counts)
        total = sum(counted.values())
        if total != respondents:
            note = (
                f"Counts by method as recorded for the survey ({total:,}); "
                f"{respondents:,} responses are counted in the results (one per household)."
            )
    elif facts.method and facts.method != "mixed":
        counted = {facts.method: respondents}
    else:
        counted = {"": respondents}
        note = (
            "Responses by method not recorded: record them in the survey's settings."
            if facts.method == "mixed"
            else "Collection method not recorded."
        )
    names = list(counted)
    hidden = hidden_cells([counted[n] for n in names], minimum)
    total = sum(counted.values())
    rows: list[list[Any]] = [
        [
            labels.get(name, name) or "Not recorded",
            None if hide else counted[name],
            None if hide else _percent(counted[name], total),
        ]
        for name, hide in zip(names, hidden, strict=True)
    ]
    rows.append(["Total", total, None])
    cells = {(i, c) for i, hide in enumerate(hidden) if hide for c in (1, 2)}
    return CountTable("Collection method", ["Method", "Responses", "%"], rows, cells, note=note)


def method_notes(measures: MeasureSet, unfiltered: Sequence[str] = ()) -> str:
    """How the set's measures are counted, from its definition; ``unfiltered``: those
    whose filter question the survey has not got (counted over all who answered)."""
    filtered = [c for c, m in measures.measures.items() if m.filter and c not in unfiltered]
    parts = [
        f"How these are counted: {measures.counting_rule} Returns with no reference and "
        "no linked person all count. A measure counts its positive answers (very or fairly "
        "satisfied, strongly agree or agree, very or fairly good) out of the answers on its "
        f"scale. {measures.excluded_note}",
        f" {', '.join(filtered)} count only tenants whose filter answer was yes."
        if filtered
        else "",
        f" {unfiltered_note(measures, unfiltered)}" if unfiltered else "",
        f" Not confirmed: {measures.unconfirmed}" if measures.unconfirmed else "",
    ]
    return "".join(parts) + " " + _METHOD_REST


def unfiltered_note(measures: MeasureSet, unfiltered: Sequence[str]) -> str:
    """Which measures were counted over everyone who answered them because the survey
    has not got their filter question ("" when none): one sentence pair per question.
    Printed in the method note and shown above the results on the Surveys page."""
    by_filter: dict[str, list[str]] = {}
    for code in unfiltered:
        by_filter.setdefault(measures.measures[code].filter or "", []).append(code)
    sentences = []
    for filter_code, codes in by_filter.items():
        one = len(codes) == 1
        named = codes[0] if one else f"{', '.join(codes[:-1])} and {codes[-1]}"
        it = "it" if one else "them"
        sentences.append(
            f"{named} {'was' if one else 'were'} counted over everyone who answered {it}, "
            f"not only tenants who {measures.filters[filter_code].who}, because the survey "
            f"has no question asking that. That is right if the survey tool only asked {it} "
            "of those tenants."
        )
    return " ".join(sentences)


_METHOD_REST = (
    "Intervals are Wilson score intervals (sound for small bases "
    "and for 0% or 100%), with a finite population correction for the relevant homes. "
    "Responses needed = n₀ / (1 + (n₀ − 1) / homes), n₀ = 1.96² × 0.25 / margin². "
    "Where both tenure types are recorded, a respondent counts as low-cost home ownership "
    "when the linked person is a shared owner, otherwise as low-cost rental. People who "
    "objected in writing to equality monitoring are left out of the respondent profile."
)
