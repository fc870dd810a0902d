"""Satisfaction broken down by who answered, checked against a count made here from the
raw returns; small groups hidden as the impact report hides them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from engagement_desktop.errors import EngagementError, NotFound
from engagement_desktop.reports.surveys.breakdowns import (
    DIMENSIONS,
    EVERYONE_ELSE,
    INVOLVED,
    survey_breakdown,
)
from engagement_desktop.services.demo import generate_demo
from engagement_desktop.services.surveys.results import tsm_results
from engagement_desktop.store.engine import Store, open_store

TODAY = date(2026, 12, 5)
POSITIVE = ("Very satisfied", "Fairly satisfied")
SCALE = (
    *POSITIVE,
    "Neither satisfied nor dissatisfied",
    "Fairly dissatisfied",
    "Very dissatisfied",
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    folder: Path = tmp_path_factory.mktemp("breakdown")
    store = open_store(folder / "demo.sqlite", actor="test.officer")
    generate_demo(store, people=600, seed=3, today=TODAY)
    yield store
    store.close()


def _latest_survey(store: Store) -> tuple[str, int, date, date]:
    with store.engine.connect() as c:
        name, sid, start, end = c.execute(
            text("SELECT name, id, period_start, period_end FROM surveys ORDER BY period_end DESC")
        ).first()
    return name, sid, date.fromisoformat(str(start)), date.fromisoformat(str(end))


def _independent_tp01(store: Store) -> dict[str, tuple[int, int]]:
    """(satisfied, base) for TP01 among involved members and everyone else, from raw rows:
    the latest return per tenancy reference, on a group's roll during fieldwork."""
    _name, sid, start, end = _latest_survey(store)
    with store.engine.connect() as c:
        question = c.execute(
            text("SELECT id FROM survey_questions WHERE survey_id = :s AND code = 'TP01'"),
            {"s": sid},
        ).scalar_one()
        returns = c.execute(
            text(
                "SELECT r.id, r.person_id, p.reference, r.completed_at, r.answers "
                "FROM survey_responses r JOIN people p ON p.id = r.person_id "
                "WHERE r.survey_id = :s"
            ),
            {"s": sid},
        ).all()
        terms = c.execute(
            text("SELECT person_id, term_start, term_end, left_on FROM memberships")
        ).all()
    involved = set()
    for person, begun, ends, left in terms:
        until = left or ends
        if date.fromisoformat(str(begun)) <= end and (
            until is None or date.fromisoformat(str(until)) >= start
        ):
            involved.add(person)
    latest: dict[str, tuple] = {}
    for row in returns:
        key = row[2]
        if key not in latest or (str(row[3]), row[0]) > (str(latest[key][3]), latest[key][0]):
            latest[key] = row
    counts = {INVOLVED: [0, 0], EVERYONE_ELSE: [0, 0]}
    for _, person, _, _, answers in latest.values():
        if isinstance(answers, str):
            answers = json.loads(answers)
        said = answers.get(str(question))
        group = INVOLVED if person in involved else EVERYONE_ELSE
        if said in SCALE:
            counts[group][1] += 1
            counts[group][0] += said in POSITIVE
    return {group: (s, b) for group, (s, b) in counts.items()}


def test_by_involvement_matches_a_count_from_the_raw_returns(demo: Store) -> None:
    expected = _independent_tp01(demo)
    assert expected[INVOLVED][1] >= 5, "the demo should have enough involved respondents"
    name = _latest_survey(demo)[0]
    with demo.session() as session:
        found = survey_breakdown(session, name, "involvement", minimum=5)
        whole = tsm_results(session, name)
    assert found.groups == [INVOLVED, EVERYONE_ELSE]
    cells = {cell.group: (cell.satisfied, cell.base) for cell in found.measures["TP01"]}
    assert cells == expected
    assert sum(b for _, b in cells.values()) == whole.measures["TP01"].base
    involved = next(c for c in found.measures["TP01"] if c.group == INVOLVED)
    assert involved.percent == round(100 * expected[INVOLVED][0] / expected[INVOLVED][1], 1)


def test_a_group_under_the_minimum_is_hidden_with_the_next_smallest(demo: Store) -> None:
    """Hiding only the involved members' figures would let a reader subtract them from the
    published total, so everyone else's go too (the impact report's secondary rule)."""
    expected = _independent_tp01(demo)
    minimum = expected[INVOLVED][1] + 1
    name = _latest_survey(demo)[0]
    with demo.session() as session:
        found = survey_breakdown(session, name, "involvement", minimum=minimum)
    cells = found.measures["TP01"]
    assert [c.hidden for c in cells] == [True, True]
    assert all(c.satisfied is None and c.base is None and c.percent is None for c in cells)
    assert found.as_dict()["measures"]["TP01"][INVOLVED]["suppressed"] is True


@pytest.mark.parametrize("by", list(DIMENSIONS))
def test_every_breakdown_adds_up_to_the_whole_survey(demo: Store, by: str) -> None:
    name = _latest_survey(demo)[0]
    with demo.session() as session:
        found = survey_breakdown(session, name, by, minimum=1)
        whole = tsm_results(session, name)
    assert sum(found.respondents.values()) == whole.respondents
    for code, measure in whole.measures.items():
        assert sum(c.base or 0 for c in found.measures[code]) == measure.base


def test_groups_read_as_the_officer_words_them(demo: Store) -> None:
    name = _latest_survey(demo)[0]
    with demo.session() as session:
        ages = survey_breakdown(session, name, "age_band").groups
        method = survey_breakdown(session, name, "method").groups
        children = survey_breakdown(session, name, "children").groups
    assert ages[:2] == ["16-24", "25-34"] or ages[0] == "25-34"
    assert method == ["Phone"]
    assert children[:2] == ["Children in the household", "No children in the household"]


def test_unknown_survey_or_dimension(demo: Store) -> None:
    name = _latest_survey(demo)[0]
    with demo.session() as session:
        with pytest.raises(NotFound):
            survey_breakdown(session, "No such survey", "involvement")
        with pytest.raises(EngagementError, match="broken down by involvement"):
            survey_breakdown(session, name, "shoe size")
