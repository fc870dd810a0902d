"""What a TSM report publishes: one response per household, the responses the regulator's
margin needs, the survey's recorded facts, hidden small counts, last year beside this."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from engagement_desktop.errors import ValidationError
from engagement_desktop.reports.surveys.tsm_publication import tsm_report
from engagement_desktop.reports.surveys.tsm_report import write_tsm_pdf, write_tsm_workbook
from engagement_desktop.services.people.base_profile import replace_base_profile
from engagement_desktop.services.surveys.publication import survey_facts, update_survey_facts
from engagement_desktop.services.surveys.results import required_margin, sample_needed, tsm_results
from engagement_desktop.store.engine import Store
from engagement_desktop.store.models import (
    AuditEntry,
    EqualityProfile,
    Person,
    Survey,
    SurveyQuestion,
    SurveyResponse,
)

_keys = itertools.count(1)


def add_survey(store: Store, name: str, start: date, end: date) -> int:
    with store.transaction() as session:
        survey = Survey(name=name, period_start=start, period_end=end, method="phone")
        session.add(survey)
        session.flush()
        session.add(SurveyQuestion(survey_id=survey.id, position=1, code="TP01", text="Overall"))
        return survey.id


def add_person(store: Store, first: str, reference: str | None, tenure: str = "general_needs",
               age: str | None = None) -> int:  # fmt: skip
    with store.transaction() as session:
        person = Person(first_name=first, last_name="Tenant", reference=reference, tenure=tenure)
        session.add(person)
        session.flush()
        if age:
            session.add(EqualityProfile(person_id=person.id, age_band=age))
        return person.id


def answer(store: Store, survey_id: int, when: datetime, tp01: str, person_id: int | None = None,
           ref: str | None = None) -> None:  # fmt: skip
    with store.transaction() as session:
        question = session.query(SurveyQuestion).filter_by(survey_id=survey_id).one()
        session.add(
            SurveyResponse(
                survey_id=survey_id,
                person_id=person_id,
                respondent_ref=ref,
                completed_at=when,
                source_key=f"test:{next(_keys)}",
                answers={str(question.id): tp01},
            )
        )


def test_one_response_per_household_its_latest(store: Store) -> None:
    """Three households share a tenancy reference each, with two returns each: joint tenants
    who both answered, a tenant who answered twice, and a tenant whose second return came
    unlinked with the reference typed by hand. Each household counts once, latest answer."""
    survey = add_survey(store, "TSM 2025/26", date(2025, 10, 1), date(2026, 2, 28))
    ann, bob = add_person(store, "Ann", "T1"), add_person(store, "Bob", "T1")
    cat = add_person(store, "Cat", "T2")
    dan = add_person(store, "Dan", "T3")
    answer(store, survey, datetime(2025, 11, 1), "Very dissatisfied", ann)
    answer(store, survey, datetime(2025, 12, 1), "Very satisfied", bob)  # T1's latest
    answer(store, survey, datetime(2026, 1, 5), "Fairly satisfied", cat)  # T2's latest
    answer(store, survey, datetime(2025, 10, 5), "Very dissatisfied", cat)
    answer(store, survey, datetime(2025, 10, 9), "Fairly satisfied", dan)
    answer(store, survey, datetime(2026, 2, 1), "Fairly dissatisfied", ref=" t3 ")  # T3's latest
    answer(store, survey, datetime(2026, 2, 2), "Very satisfied")  # anonymous: counts
    with store.session() as session:
        results = tsm_results(session, "TSM 2025/26")
    assert results.respondents == 4
    overall = results.measures["TP01"]
    assert (overall.satisfied, overall.base) == (3, 4)  # Bob, Cat, anonymous; not Dan


def test_responses_needed_follow_the_regulators_margins() -> None:
    assert [required_margin(n) for n in (2_499, 2_500, 9_999, 10_000)] == [0.05, 0.04, 0.04, 0.03]
    # 384.16 / (1 + 383.16 / 2037): the 2,037-home landlord needs 324 for ±5 points
    assert sample_needed(2_037) == 324
    assert sample_needed(8_797) == 562  # ±4: 600.25 / (1 + 599.25 / 8797)
    assert sample_needed(10_000) == 965  # ±3: 1067.11 / (1 + 1066.11 / 10000)
    assert sample_needed(0) is None


def _respondents(store: Store, survey: int, how_many: int, tenure: str, prefix: str) -> None:
    for n in range(how_many):
        person = add_person(store, f"{prefix}{n}", f"{prefix}{n}", tenure, age="35_44")
        answer(store, survey, datetime(2025, 11, 1), "Very satisfied", person)


def test_report_says_each_tenure_type_short_and_by_how_many(store: Store) -> None:
    survey = add_survey(store, "TSM 2025/26", date(2025, 10, 1), date(2026, 2, 28))
    _respondents(store, survey, 40, "general_needs", "R")
    _respondents(store, survey, 3, "shared_owner", "S")
    facts = update_survey_facts(
        store, "TSM 2025/26", {"homes_lcra": 3_000, "homes_lcho": 120, "method": "mixed"}
    )
    assert (facts.homes_lcra, facts.homes_lcho) == (3_000, 120)
    with store.session() as session:
        report = tsm_report(session, "TSM 2025/26")
    lcra, lcho = report.checks
    # 600.25 / (1 + 599.25 / 3000) = 500.3 -> 501 needed at ±4; 40 counted
    assert (lcra.margin, lcra.needed, lcra.responses, lcra.shortfall) == (4, 501, 40, 461)
    # 384.16 / (1 + 383.16 / 120) = 91.7 -> 92 needed at ±5; 3 shared owners counted
    assert (lcho.margin, lcho.needed, lcho.responses, lcho.shortfall) == (5, 92, 3, 89)
    assert lcho.sentence().endswith("3 counted, 89 short of what is needed.")
    assert report.as_json()["sample_size"]["rows"][1] == [
        "Low-cost home ownership (LCHO)", 120, 5, 92, 3, 89
    ]  # fmt: skip


def test_recorded_facts_appear_in_the_pdf_and_workbook(store: Store, tmp_path: Path) -> None:
    survey = add_survey(store, "TSM 2025/26", date(2025, 10, 1), date(2026, 2, 28))
    _respondents(store, survey, 12, "general_needs", "R")
    update_survey_facts(
        store,
        survey,
        {
            "homes_lcra": 900,
            "method": "mixed",
            "method_counts": {"phone": 9, "online": 3},
            "carried_out_by": "Acme Research Ltd",
            "sample_method": "Census: every household invited",
            "weighting": "None",
            "exclusions": "Two households in legal proceedings",
            "incentives": "Prize draw for a £50 voucher",
        },
    )
    with store.session() as session:
        report = tsm_report(session, "TSM 2025/26")
    pdf = write_tsm_pdf(report, tmp_path / "tsm.pdf")
    reader = PdfReader(pdf)
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for fact in (
        "Acme Research Ltd",
        "Census: every household invited",
        "Two households in legal proceedings",
        "Prize draw for a £50 voucher",
        "Low-cost rental (LCRA) 900",
        "one response per household",
        f"Page 1 of {len(reader.pages)}",
        "Tenant Survey Requirements",
    ):
        assert fact in text, fact
    # Online 3 is under 5, so it and the next smallest (Phone 9) are both hidden.
    methods = report.as_json()["tables"]["methods"]
    assert methods["rows"] == [["Online", None, None], ["Phone", None, None], ["Total", 12, None]]
    book = openpyxl.load_workbook(write_tsm_workbook(report, tmp_path / "tsm.xlsx"))
    about = {row[0]: row[1] for row in book["About the survey"].iter_rows(values_only=True)}
    assert about["Carried out by"] == "Acme Research Ltd"
    shown = [row[1:4] for row in book["Collection method"].iter_rows(min_row=2, values_only=True)]
    assert ("Online", "*", "*") in shown and ("Phone", "*", "*") in shown


def test_profile_hides_small_cells_so_none_can_be_worked_back(store: Store) -> None:
    survey = add_survey(store, "TSM 2025/26", date(2025, 10, 1), date(2026, 2, 28))
    _respondents(store, survey, 30, "general_needs", "R")
    _respondents(store, survey, 2, "sheltered", "S")
    with store.session() as session:
        report = tsm_report(session, "TSM 2025/26")
    tenure = next(t for t in report.profiles if t.title == "Tenure")
    for column in (1, 3):  # respondents, stock
        hidden = [r for r, c in tenure.hidden if c == column]
        assert len(hidden) != 1, "one hidden cell alone is worked back from the total"
    rows = {row[0]: row for row in tenure.rows}
    assert rows["Tenant (sheltered / older people's housing)"][1] is None
    assert rows["Tenant (general needs)"][1] is None  # the second cell
    assert rows["Total"][1] == 32


def test_a_profile_short_in_one_table_says_how_many_it_leaves_out(store: Store) -> None:
    """A housing system that gives 50 customers no area: the area table's total is
    smaller than the age table's, and the report says why rather than leaving a reader
    to wonder which is right."""
    survey = add_survey(store, "TSM 2025/26", date(2025, 10, 1), date(2026, 2, 28))
    _respondents(store, survey, 12, "general_needs", "R")
    profile = {
        "age_band": Counter({"35_44": 600, "45_54": 400}),
        "tenure": Counter({"general_needs": 1000}),
        "area": Counter({"Riverside": 950}),
    }
    replace_base_profile(store, profile, date(2026, 4, 1), source="test")
    with store.session() as session:
        report = tsm_report(session, "TSM 2025/26")
    tables = {t.title: t for t in report.profiles}
    assert tables["Estate / area"].rows[-1][3] == 950
    assert "gives the other 50 no estate / area" in tables["Estate / area"].note
    assert "the other" not in tables["Age"].note and "the other" not in tables["Tenure"].note


def test_last_years_results_sit_beside_this_years(store: Store) -> None:
    before = add_survey(store, "TSM 2024/25", date(2024, 10, 1), date(2025, 2, 28))
    now = add_survey(store, "TSM 2025/26", date(2025, 10, 1), date(2026, 2, 28))
    for n, tp01 in enumerate(["Very satisfied", "Very dissatisfied"] * 2):
        answer(store, before, datetime(2024, 11, 1), tp01, ref=f"A{n}")
    for n, tp01 in enumerate(["Very satisfied"] * 3 + ["Neither"]):
        answer(store, now, datetime(2025, 11, 1), tp01, ref=f"A{n}")
    with store.session() as session:
        report = tsm_report(session, "TSM 2025/26")
        earlier = tsm_report(session, "TSM 2024/25")
    assert report.previous is not None and report.previous.survey == "TSM 2024/25"
    assert report.measure_rows()[0][4:] == [75.0, *report.measure_rows()[0][5:7], 50.0, 25.0]
    assert earlier.previous is None
    assert report.as_json()["last_year_survey"] == "TSM 2024/25"


def test_wrong_facts_change_nothing(store: Store) -> None:
    add_survey(store, "TSM 2025/26", date(2025, 10, 1), date(2026, 2, 28))
    with store.session() as session:
        before = survey_facts(session, "TSM 2025/26")
        audits = session.query(AuditEntry).count()
    for changes in (
        {"homes_lcra": -1},
        {"method_counts": {"carrier pigeon": 3}},
        {"period_start": date(2026, 3, 1)},
        {"incentives": "x" * 501},
        {"colour": "blue"},
    ):
        with pytest.raises(ValidationError):
            update_survey_facts(store, "TSM 2025/26", changes)
    with store.session() as session:
        assert survey_facts(session, "TSM 2025/26") == before
        assert session.query(AuditEntry).count() == audits
    update_survey_facts(store, "TSM 2025/26", {"weighting": "  None  "})
    with store.session() as session:
        assert survey_facts(session, "TSM 2025/26").weighting == "None"
        assert session.query(AuditEntry).filter_by(action="survey.edit").count() == 1


def test_a_count_by_method_is_bounded_like_the_homes(store: Store) -> None:
    """A count of 99999999999999999999 phone returns was saved and went into the
    regulator's workbook; it is refused by the homes' bound, and nothing is saved."""
    add_survey(store, "TSM 2025/26", date(2025, 10, 1), date(2026, 2, 28))
    with store.session() as session:
        before = survey_facts(session, "TSM 2025/26")
        audits = session.query(AuditEntry).count()
    for count in (99_999_999_999_999_999_999, 10_000_001):
        with pytest.raises(ValidationError) as caught:
            update_survey_facts(store, "TSM 2025/26", {"method_counts": {"phone": count}})
        said = "Responses by method: are whole numbers from 0 to 10,000,000"
        assert str(caught.value) == said
    with store.session() as session:
        assert survey_facts(session, "TSM 2025/26") == before
        assert session.query(AuditEntry).count() == audits
    facts = update_survey_facts(store, "TSM 2025/26", {"method_counts": {"phone": 10_000_000}})
    assert facts.method_counts == {"phone": 10_000_000}


def test_a_period_outside_the_years_a_report_covers_is_refused(store: Store) -> None:
    """A period ending in 9999 (or starting in 0202) was taken, and the survey then sat
    outside every report year; the refusal names the field and the date."""
    add_survey(store, "TSM 2025/26", date(2025, 10, 1), date(2026, 2, 28))
    for changes, expected in (
        ({"period_end": date(9999, 12, 31)}, "Period to: 31/12/9999"),
        ({"period_start": date(202, 4, 1)}, "Period from: 01/04/0202"),
    ):
        with pytest.raises(ValidationError) as caught:
            update_survey_facts(store, "TSM 2025/26", changes)
        assert (
            str(caught.value) == f"{expected} is not a plausible date (give one from 1990 to 2200)"
        )
    with store.session() as session:
        facts = survey_facts(session, "TSM 2025/26")
    assert (facts.period_start, facts.period_end) == (date(2025, 10, 1), date(2026, 2, 28))


def test_a_period_starts_no_earlier_than_a_return_can_be_completed(store: Store) -> None:
    """The import refuses a return completed before 1990, so a period from 1989 (or 1900)
    would hold nothing: it is refused by the same bound, and nothing is saved."""
    add_survey(store, "TSM 2025/26", date(2025, 10, 1), date(2026, 2, 28))
    with store.session() as session:
        audits = session.query(AuditEntry).count()
    for day, shown in ((date(1989, 12, 31), "31/12/1989"), (date(1900, 4, 1), "01/04/1900")):
        with pytest.raises(ValidationError) as caught:
            update_survey_facts(store, "TSM 2025/26", {"period_start": day})
        assert str(caught.value) == (
            f"Period from: {shown} is not a plausible date (give one from 1990 to 2200)"
        )
    with store.session() as session:
        facts = survey_facts(session, "TSM 2025/26")
        assert session.query(AuditEntry).count() == audits
    assert (facts.period_start, facts.period_end) == (date(2025, 10, 1), date(2026, 2, 28))
    facts = update_survey_facts(store, "TSM 2025/26", {"period_start": date(1990, 1, 1)})
    assert facts.period_start == date(1990, 1, 1)
