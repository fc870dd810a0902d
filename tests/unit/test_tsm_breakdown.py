"""TSM results by estate/area and tenure: the same counting as the whole, split by person."""

from __future__ import annotations

from pathlib import Path

import pytest

from engagement_desktop.errors import NotFound
from engagement_desktop.interchange.reading.readers import read_table
from engagement_desktop.interchange.surveys.commit import commit_survey
from engagement_desktop.interchange.surveys.mapping import guess_survey_mapping
from engagement_desktop.interchange.surveys.plan import plan_survey
from engagement_desktop.services.people import people
from engagement_desktop.services.surveys.results import (
    NOT_LINKED,
    NOT_RECORDED,
    tsm_results,
    tsm_results_by,
)
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import Area, Person
from tests.consent import GIVEN
from tests.unit.import_corpus import tsm


@pytest.fixture
def survey(store: Store, tmp_path: Path) -> str:
    """Zoë (Riverside, general needs) answers twice; Łukasz (Castle Hill, leaseholder);
    Siobhán is on file with no estate or tenure; two returns are anonymous."""
    with store.transaction() as session:
        riverside, castle = Area(name="Riverside"), Area(name="Castle Hill")
        session.add_all([riverside, castle])
    for first, last, ref, area, tenure in (
        ("Zoë", "O'Neill", "T0001", riverside.id, "general_needs"),
        ("Łukasz", "Nowak", "T0002", castle.id, "leaseholder"),
        ("Siobhán", "Ní Bhriain", "T0003", None, None),
    ):
        people.add_person(
            store,
            {
                "first_name": first,
                "last_name": last,
                "reference": ref,
                "area_id": area,
                "tenure": tenure,
            },
            hold_data=GIVEN,
        )
    table = read_table(tsm.write(tmp_path))
    plan = plan_survey(table, guess_survey_mapping(table), keep_unknown_references=True)
    commit_survey(store, plan, survey_name="TSM", file_name="tsm.xlsx", sha256="x")
    return "TSM"


def test_by_area_counts_each_group_like_the_whole(store: Store, survey: str) -> None:
    with store.session() as session:
        groups = tsm_results_by(session, survey, "area")
        whole = tsm_results(session, survey)
    assert [g.group for g in groups] == ["Castle Hill", "Riverside", NOT_RECORDED, NOT_LINKED]
    found = {g.group: g.results for g in groups}
    # Zoë's later return counts (fairly satisfied), as for the whole survey.
    assert found["Riverside"].respondents == 1
    assert found["Riverside"].measures["TP01"].satisfied == 1
    assert found["Castle Hill"].measures["TP01"].percent == 100.0  # "Fairly satisifed"
    # Anonymous "don't know" is left out; Ann Lee (T0004) is not on file.
    assert (found[NOT_LINKED].respondents, found[NOT_LINKED].measures["TP01"].base) == (2, 1)
    assert sum(g.results.respondents for g in groups) == whole.respondents == 5
    for code, measure in whole.measures.items():
        assert sum(g.results.measures[code].base for g in groups) == measure.base
        assert sum(g.results.measures[code].satisfied for g in groups) == measure.satisfied


def test_by_tenure_uses_the_officers_words(store: Store, survey: str) -> None:
    with store.session() as session:
        groups = [g.group for g in tsm_results_by(session, survey, "tenure")]
    assert groups == ["Leaseholder", "Tenant (general needs)", NOT_RECORDED, NOT_LINKED]


def test_unknown_survey_or_split(store: Store, survey: str) -> None:
    with store.session() as session:
        with pytest.raises(NotFound):
            tsm_results_by(session, "No such survey", "area")
        with pytest.raises(ValueError):
            tsm_results_by(session, survey, "ethnicity")
    with store.session() as session:
        assert session.query(Person).count() == 3
