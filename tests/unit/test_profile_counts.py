"""Who took part against everyone: every dimension's three columns (people involved,
survey respondents, all customers) checked against counts made in Python from the raw
rows. The database counts them grouped several dimensions at a time, so a dimension
left out of a grouping, or one grouping's answers read as another's, shows here."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from engagement_desktop.reports.impact.profile import _labels, compare
from engagement_desktop.services.budget.figures import PRESENT
from engagement_desktop.services.budget.period import report_period
from engagement_desktop.services.demo import generate_demo
from engagement_desktop.services.people.base_profile import DIMENSIONS, NOT_KNOWN, age_band
from engagement_desktop.store import vocab
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import (
    Area,
    Attendance,
    EqualityProfile,
    Event,
    Membership,
    Person,
    Survey,
    SurveyResponse,
)

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(tmp_path_factory.mktemp("profile") / "demo.sqlite")
    generate_demo(store, people=300, seed=11, today=TODAY)
    with store.transaction() as session:  # the edges the grouped reads must keep apart
        odd = [
            # archived, with answers: counted nowhere
            (Person(first_name="Ann", last_name="Archived", archived=True), {"sex": "female"}),
            # objected in writing: counted nowhere
            (Person(first_name="Obi", last_name="Objector"), {"written_objection": True}),
            # no age band given: the birth date counts
            (Person(first_name="Em", last_name="Unstated", date_of_birth=date(1990, 1, 1)), {}),
            # "prefer not to say" given: the birth date counts
            (Person(first_name="Pru", last_name="Private", date_of_birth=date(1950, 1, 1)), {}),
            # no profile row at all: "not known" for every answer, the birth date counts
            (Person(first_name="Nel", last_name="None", date_of_birth=date(2000, 5, 5)), None),
        ]
        bands = ["25_34", None, None, vocab.PREFER_NOT_TO_SAY, None]
        for (person, answers), band in zip(odd, bands, strict=True):
            session.add(person)
            session.flush()
            if answers is not None:
                session.add(EqualityProfile(person_id=person.id, age_band=band, **answers))
    yield store
    store.close()


def _known(value: str | None) -> str:
    return NOT_KNOWN if not value or value == vocab.PREFER_NOT_TO_SAY else value


@pytest.mark.parametrize("year", [2025, 2026])
def test_every_dimension_counts_as_the_register_does(demo: Store, year: int) -> None:
    with demo.session() as session:
        period = report_period(session, year)
        comparisons = {c.dimension: c for c in compare(session, period)}
        areas = {key: name for key, name in session.execute(select(Area.id, Area.name))}
        answers = {p.person_id: p for p in session.scalars(select(EqualityProfile))}
        everyone = [
            p
            for p in session.scalars(select(Person))
            if not p.archived and not (p.id in answers and answers[p.id].written_objection)
        ]
        held = {
            e.id
            for e in session.scalars(select(Event))
            if e.status == "held" and period.start <= e.starts_at.date() <= period.end
        }
        involved = {
            a.person_id
            for a in session.scalars(select(Attendance))
            if a.event_id in held and a.status in PRESENT
        } | {
            m.person_id
            for m in session.scalars(select(Membership))
            if m.term_start <= period.end
            and (m.term_end is None or m.term_end >= period.start)
            and (m.left_on is None or m.left_on >= period.start)
        }
        surveys = {s.id: s for s in session.scalars(select(Survey))}
        responded = {
            r.person_id
            for r in session.scalars(select(SurveyResponse))
            if r.person_id is not None
            and (
                period.start <= r.completed_at.date() <= period.end
                if r.completed_at is not None
                else surveys[r.survey_id].period_start <= period.end
                and surveys[r.survey_id].period_end >= period.start
            )
        }

    def answer(person: Person, dimension: str) -> str:
        given = answers.get(person.id)
        if dimension == "tenure":
            return _known(person.tenure)
        if dimension == "area":
            return areas.get(person.area_id, NOT_KNOWN) if person.area_id else NOT_KNOWN
        if dimension == "age_band":
            stated = given.age_band if given else None
            if stated and stated != vocab.PREFER_NOT_TO_SAY:
                return stated
            return _known(age_band(person.date_of_birth, period.end))
        return _known(getattr(given, dimension) if given else None)

    assert involved  # so the columns are tested (2025 has survey returns as well)
    assert responded or year == 2026
    assert set(comparisons) == set(DIMENSIONS)
    for dimension in DIMENSIONS:
        labels = _labels(dimension)
        expected = [
            Counter(labels.get(c, c) for c in (answer(p, dimension) for p in group))
            for group in (
                [p for p in everyone if p.id in involved],
                [p for p in everyone if p.id in responded],
                everyone,
            )
        ]
        lines = comparisons[dimension].lines
        found = [
            Counter({line.category: count for line in lines if (count := getattr(line, key))})
            for key in ("involved", "respondents", "base")
        ]
        assert found == expected, dimension
