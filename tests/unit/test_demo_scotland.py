"""The Scottish demo landlord: Scottish places, the regulator set to Scotland, and two
years of Charter survey returns worded as the Scottish Housing Regulator words them."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from engagement_desktop.errors import EngagementError
from engagement_desktop.reports.surveys.breakdowns import (
    EVERYONE_ELSE,
    INVOLVED,
    survey_breakdown,
)
from engagement_desktop.services.demo import generate_demo
from engagement_desktop.services.demo.charter import INDICATORS
from engagement_desktop.services.surveys.results import satisfaction_results
from engagement_desktop.store.engine import Store, open_store

TODAY = date(2026, 12, 5)
LANDLORD = "Clydeforth Housing Association"
POSITIVE = {code: good for code, _, good, _ in INDICATORS}
SCALES = {code: good + bad for code, _, good, bad in INDICATORS}


@pytest.fixture(scope="module")
def scottish(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    folder: Path = tmp_path_factory.mktemp("scotland")
    store = open_store(folder / "scotland.sqlite", actor="test.officer")
    generate_demo(store, people=1500, seed=1, today=TODAY, regime="scotland")
    yield store
    store.close()


def _rows(store: Store, sql: str) -> list:
    with store.engine.connect() as connection:
        return list(connection.execute(text(sql)).all())


def _answers(raw: object) -> dict[str, str]:
    return json.loads(raw) if isinstance(raw, str) else dict(raw)  # type: ignore[arg-type]


def test_the_landlord_is_scottish_and_answers_to_the_scottish_regulator(scottish: Store) -> None:
    settings = dict(_rows(scottish, "SELECT key, value FROM settings"))
    assert json.loads(settings["regulator"]) == "scotland"
    assert json.loads(settings["landlord_name"]).startswith(LANDLORD)
    towns = Counter(t for (t,) in _rows(scottish, "SELECT town FROM people WHERE town IS NOT NULL"))
    assert set(towns) <= {"Glasgow", "Edinburgh", "Dundee"} and towns["Glasgow"] > 0
    postcodes = [p for (p,) in _rows(scottish, "SELECT postcode FROM people") if p]
    assert postcodes and all(re.match(r"(G|EH|DD)\d{1,2} \d[A-Z]{2}$", p) for p in postcodes)


def test_two_years_of_charter_returns_worded_as_the_regulator_words_them(scottish: Store) -> None:
    surveys = _rows(scottish, "SELECT id, name FROM surveys ORDER BY period_start")
    assert [name for _, name in surveys] == [
        "Charter tenant satisfaction survey 2024/25",
        "Charter tenant satisfaction survey 2025/26",
    ]
    for survey_id, _ in surveys:
        wording = dict(
            _rows(
                scottish, f"SELECT code, text FROM survey_questions WHERE survey_id = {survey_id}"
            )
        )
        assert set(wording) == {"REPAIR", "I1", "I2", "I5", "I7", "I12", "I13", "I25"}
        assert wording["I1"] == (
            "Taking everything into account, how satisfied or dissatisfied are you with "
            f"the overall service provided by {LANDLORD}?"
        )
        assert "represents good or poor value for money" in wording["I25"]
        assert not any("TSM" in w or w.startswith("TP") for w in wording.values())


def test_repairs_satisfaction_is_asked_only_of_tenants_who_had_a_repair(scottish: Store) -> None:
    codes = dict(_rows(scottish, "SELECT id, code FROM survey_questions"))
    for (raw,) in _rows(scottish, "SELECT answers FROM survey_responses"):
        said = {codes[int(k)]: v for k, v in _answers(raw).items()}
        assert ("I12" in said) == (said["REPAIR"] == "Yes")


def _percent_positive(store: Store, code: str, who: set[int] | None = None) -> tuple[float, int]:
    codes = dict(_rows(store, "SELECT id, code FROM survey_questions"))
    positive = base = 0
    for person, raw in _rows(store, "SELECT person_id, answers FROM survey_responses"):
        if who is not None and person not in who:
            continue
        said = {codes[int(k)]: v for k, v in _answers(raw).items()}
        if said.get(code) in SCALES[code]:
            base += 1
            positive += said[code] in POSITIVE[code]
    return 100 * positive / base, base


def test_results_sit_either_side_of_the_90_percent_kpis(scottish: Store) -> None:
    overall, base = _percent_positive(scottish, "I1")
    assert base > 500
    assert 86 <= overall <= 96
    assert _percent_positive(scottish, "I25")[0] < 88  # value for money below the KPI
    assert _percent_positive(scottish, "I12")[0] > _percent_positive(scottish, "I25")[0]


def test_involved_members_feel_more_able_to_participate(scottish: Store) -> None:
    members = {p for (p,) in _rows(scottish, "SELECT person_id FROM memberships")}
    everyone = {p for (p,) in _rows(scottish, "SELECT id FROM people")}
    involved, involved_base = _percent_positive(scottish, "I5", members)
    others, _ = _percent_positive(scottish, "I5", everyone - members)
    assert involved_base >= 20
    assert involved > others + 3


def test_an_unknown_regime_is_refused_and_nothing_written(tmp_path: Path) -> None:
    store = open_store(tmp_path / "x.sqlite", actor="test.officer")
    try:
        with pytest.raises(EngagementError, match="england, scotland"):
            generate_demo(store, people=200, today=TODAY, regime="narnia")
        assert _rows(store, "SELECT COUNT(*) FROM people") == [(0,)]
    finally:
        store.close()


def test_the_english_demo_names_no_regulator_and_keeps_its_tsm_surveys(tmp_path: Path) -> None:
    store = open_store(tmp_path / "england.sqlite", actor="test.officer")
    try:
        generate_demo(store, people=200, today=TODAY)
        keys = {k for (k,) in _rows(store, "SELECT key FROM settings")}
        names = [n for (n,) in _rows(store, "SELECT name FROM surveys")]
    finally:
        store.close()
    assert "regulator" not in keys
    assert names and all(n.startswith("TSM perception survey") for n in names)


def test_the_charter_results_and_involvement_breakdown_match_a_count_of_the_returns(
    scottish: Store,
) -> None:
    """I5 (participation) for the latest survey: the program's count, then the count made
    here from the raw answers, latest return per tenancy, members on a roll in fieldwork."""
    (sid, name, start, end), *_ = _rows(
        scottish,
        "SELECT id, name, period_start, period_end FROM surveys ORDER BY period_end DESC",
    )
    start, end = date.fromisoformat(str(start)), date.fromisoformat(str(end))
    codes = dict(_rows(scottish, f"SELECT id, code FROM survey_questions WHERE survey_id = {sid}"))
    latest: dict[str, tuple] = {}
    for row in _rows(
        scottish,
        "SELECT r.id, r.person_id, p.reference, r.completed_at, r.answers FROM survey_responses r "
        f"JOIN people p ON p.id = r.person_id WHERE r.survey_id = {sid}",
    ):
        if row[2] not in latest or (str(row[3]), row[0]) > (
            str(latest[row[2]][3]),
            latest[row[2]][0],
        ):
            latest[row[2]] = row
    on_roll = set()
    for person, begun, ends, left in _rows(
        scottish, "SELECT person_id, term_start, term_end, left_on FROM memberships"
    ):
        until = left or ends
        if date.fromisoformat(str(begun)) <= end and (
            until is None or date.fromisoformat(str(until)) >= start
        ):
            on_roll.add(person)
    expected = {INVOLVED: [0, 0], EVERYONE_ELSE: [0, 0]}
    for _, person, _, _, raw in latest.values():
        said = {codes[int(k)]: v for k, v in _answers(raw).items()}
        group = expected[INVOLVED if person in on_roll else EVERYONE_ELSE]
        if said.get("I5") in SCALES["I5"]:
            group[1] += 1
            group[0] += said["I5"] in POSITIVE["I5"]
    with scottish.session() as session:
        whole = satisfaction_results(session, name)
        split = survey_breakdown(session, name, "involvement", minimum=5)
    assert whole.measure_set.id == "scotland_charter"
    assert sorted(whole.measures) == sorted(["I1", "I2", "I5", "I7", "I12", "I13", "I25"])
    assert whole.measures["I5"].satisfied == sum(s for s, _ in expected.values())
    assert whole.measures["I5"].base == sum(b for _, b in expected.values())
    found = {c.group: [c.satisfied, c.base] for c in split.measures["I5"]}
    assert found == expected
    involved, others = (c.percent or 0 for c in split.measures["I5"])
    assert involved > others
