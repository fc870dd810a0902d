"""Survey returns: TSM questions and answers recognised, linked to people, counted by hand."""

from __future__ import annotations

import gzip
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from engagement_desktop.errors import ValidationError
from engagement_desktop.interchange.reading.readers import Table, read_table
from engagement_desktop.interchange.surveys.commit import commit_survey
from engagement_desktop.interchange.surveys.mapping import guess_survey_mapping
from engagement_desktop.interchange.surveys.plan import plan_survey
from engagement_desktop.interchange.surveys.respondents import month_first
from engagement_desktop.reports.surveys.tsm_publication import tsm_report
from engagement_desktop.reports.surveys.tsm_report import write_tsm_pdf, write_tsm_workbook
from engagement_desktop.services.people import people
from engagement_desktop.services.surveys.details import survey_details
from engagement_desktop.services.surveys.results import (
    confidence_interval,
    sample_needed,
    tsm_results,
)
from engagement_desktop.store.engine import Store, open_store
from engagement_desktop.store.models import SurveyResponse
from tests.consent import GIVEN
from tests.unit.import_corpus import tsm


def import_tsm(store: Store, path: Path, **kw):
    table = read_table(path)
    plan = plan_survey(table, guess_survey_mapping(table), keep_unknown_references=True)
    return plan, commit_survey(
        store, plan, survey_name="TSM 2025/26", file_name=path.name, sha256="x", **kw
    )


def test_mapping_recognises_tsm_questions(tmp_path: Path) -> None:
    table = read_table(tsm.write(tmp_path))
    mapping = guess_survey_mapping(table)
    assert mapping["Completion time"] == "completed_at" and mapping["Email"] == "email"
    assert mapping["Tenancy reference"] == "reference" and mapping["ID"] is None
    assert mapping[tsm.QUESTIONS["TP01"]] == "question:TP01"
    assert mapping[tsm.QUESTIONS["REPAIR"]] == "question:REPAIR"
    assert mapping[tsm.QUESTIONS["FREE"]] == "question"


def test_mapping_of_smartsurvey_and_surveymonkey_columns(tmp_path: Path) -> None:
    """Their bookkeeping columns are left out; the end time is the completion time."""
    table = read_table(tsm.write_two_heading_rows(tmp_path))
    mapping = guess_survey_mapping(table)
    assert (mapping["Respondent ID"], mapping["End Date"]) == (None, "completed_at")
    smart = Table(
        "s.xlsx",
        "Sheet",
        ["Sheet"],
        1,
        ["UserNo", "Started", "Ended", "IP Address", "Email", tsm.QUESTIONS["TP01"]],
        [[7, "01/02/2025 10:00", "01/02/2025 10:04", "1.2.3.4", "a@b.org", "Very satisfied"]],
        [2],
    )
    assert guess_survey_mapping(smart) == {
        "UserNo": None,
        "Started": None,
        "Ended": "completed_at",
        "IP Address": None,
        "Email": "email",
        tsm.QUESTIONS["TP01"]: "question:TP01",
    }


def test_import_links_people_and_keeps_text_as_typed(store: Store, tmp_path: Path) -> None:
    people.add_person(
        store,
        {
            "first_name": "Zoë",
            "last_name": "O'Neill",
            "reference": "T0001",
            "email": "zoe@example.org",
        },
        hold_data=GIVEN,
    )
    people.add_person(
        store, {"first_name": "Łukasz", "last_name": "Nowak", "reference": "T0002"}, hold_data=GIVEN
    )
    plan, result = import_tsm(store, tsm.write(tmp_path))
    assert plan.tsm_codes == ["TP01", "TP02", "TP08"]
    assert plan.unrecognised == {}
    assert (
        result.rows_read,
        result.responses_created,
        result.linked_to_people,
        result.anonymous,
    ) == (6, 6, 3, 3)
    with store.session() as session:
        typed = {
            v
            for answers in session.scalars(select(SurveyResponse.answers))
            for v in answers.values()
        }
    assert '=HYPERLINK("x")' in typed and "Fairly satisifed" in typed


def test_importing_the_same_returns_again_adds_nothing(store: Store, tmp_path: Path) -> None:
    path = tsm.write(tmp_path)
    import_tsm(store, path)
    _, again = import_tsm(store, path)
    assert (again.responses_created, again.already_imported) == (0, 6)
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(SurveyResponse)) == 6


def test_dry_run_writes_nothing(store: Store, tmp_path: Path) -> None:
    _, result = import_tsm(store, tsm.write(tmp_path), dry_run=True)
    assert result.responses_created == 6 and result.batch_id is None
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(SurveyResponse)) == 0


def test_tsm_arithmetic_by_hand(store: Store, tmp_path: Path) -> None:
    people.add_person(
        store,
        {
            "first_name": "Zoë",
            "last_name": "O'Neill",
            "reference": "T0001",
            "email": "zoe@example.org",
        },
        hold_data=GIVEN,
    )
    import_tsm(store, tsm.write(tmp_path))
    with store.session() as session:
        results = tsm_results(session, "TSM 2025/26", homes=1200)
    # Zoë's first return (row 1) is replaced by her later one (row 6): 5 respondents.
    assert results.respondents == 5
    tp01 = results.measures["TP01"]
    # Łukasz fairly, Siobhán very, Zoë(2nd) fairly satisfied; Ann neither; "don't know" out.
    assert (tp01.satisfied, tp01.base, tp01.percent) == (3, 4, 75.0)
    tp02 = results.measures["TP02"]
    # Only "yes" to the repair question: anon fairly dissatisfied, Siobhán fairly satisfied,
    # Ann not applicable (out), Zoë very satisfied; Łukasz said no.
    assert (tp02.satisfied, tp02.base) == (2, 3)
    tp08 = results.measures["TP08"]
    # Strongly agree (Łukasz), agree (anon), neither (Siobhán), agree (Ann), strongly (Zoë).
    assert (tp08.satisfied, tp08.base, tp08.percent) == (4, 5, 80.0)
    assert tp01.ci95 == confidence_interval(3, 4, 1200)
    # Under 2,500 homes the regulator asks for ±5 points: 384.16 / (1 + 383.16 / 1200)
    assert results.sample_needed == sample_needed(1200) == 292


def test_confidence_interval_by_hand() -> None:
    """Wilson's score interval, checked against published values (2 of 4: 15.0-85.0%;
    0 of 2: 0-65.8%; 10 of 10: 72.2-100%), and by hand with the finite population
    correction: p = 401/600, effective n = 600 x 4999/4400 = 681.7, z = 1.96:
    centre (p + z²/2n)/(1 + z²/n) = 0.6674, half-width 0.0353."""
    assert confidence_interval(2, 4) == (15.0, 85.0)
    assert confidence_interval(0, 2) == (0.0, 65.8)
    assert confidence_interval(10, 10) == (72.2, 100.0)
    assert confidence_interval(401, 600, 5000) == (63.2, 70.3)
    assert confidence_interval(401, 600) == (63.0, 70.5)  # wider without the correction
    assert confidence_interval(30, 40, 40) == (75.0, 75.0)  # every home answered
    assert confidence_interval(0, 0) is None


def test_reports_reopen(store: Store, tmp_path: Path) -> None:
    import_tsm(store, tsm.write(tmp_path))
    with store.session() as session:
        report = tsm_report(session, "TSM 2025/26")
    pdf = write_tsm_pdf(report, tmp_path / "tsm.pdf")
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Tenant Satisfaction Measures: TSM 2025/26" in text and "75.0%" in text
    book = openpyxl.load_workbook(write_tsm_workbook(report, tmp_path / "tsm.xlsx"))
    rows = list(book["TSM results"].iter_rows(min_row=4, values_only=True))  # under the titles
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [
        ("TP01", 3, 4, 75.0),
        ("TP02", 2, 3, 66.7),
        ("TP08", 4, 5, 80.0),
    ]


def test_undo_takes_back_one_batch_only(store: Store, tmp_path: Path) -> None:
    from engagement_desktop.interchange.imports.history import undo_batch
    from engagement_desktop.services.outcomes import outcomes
    from engagement_desktop.store.models import Survey

    first = import_tsm(store, tsm.write(tmp_path))[1]
    book = openpyxl.load_workbook(tsm.write(tmp_path, "later.xlsx"))
    book.active.cell(row=2, column=11, value="A later comment")  # Zoë's first return changed
    book.save(tmp_path / "later.xlsx")
    second = import_tsm(store, tmp_path / "later.xlsx")[1]
    assert (first.responses_created, second.responses_created) == (6, 1)
    outcomes.add_outcome(
        store,
        {
            "source": "survey",
            "survey_id": first.survey_id,
            "asked": "Tell us sooner when repairs are late",
        },
    )

    assert undo_batch(store, first.batch_id) == {"responses_removed": 6, "surveys_removed": 0}
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(SurveyResponse)) == 1
        (answers,) = session.scalars(select(SurveyResponse.answers))
        assert len(answers) == 5  # its 5 answers
    assert undo_batch(store, second.batch_id) == {"responses_removed": 1, "surveys_removed": 0}
    with store.session() as session:  # kept: a "you said, we did" item came from it
        assert session.scalar(select(func.count()).select_from(Survey)) == 1
        assert session.scalar(select(func.count()).select_from(SurveyResponse)) == 0


FIXTURES = Path(__file__).parent / "fixtures"


def test_returns_imported_before_version_0005_are_still_recognised(
    store: Store, tmp_path: Path
) -> None:
    """The fixture is this corpus file imported by the program at schema 0004 (one row
    per answer, source keys made from those rows), as an officer's laptop would hold it."""
    old = tmp_path / "old" / "engagement.sqlite"
    old.parent.mkdir()
    packed = FIXTURES / "schema-0004-tsm-import.sqlite.gz"
    old.write_bytes(gzip.decompress(packed.read_bytes()))
    upgraded = open_store(old)
    try:
        assert upgraded.upgraded_from == "0004"
        table = read_table(tsm.write(tmp_path))
        plan = plan_survey(table, guess_survey_mapping(table), keep_unknown_references=True)
        again = commit_survey(upgraded, plan, survey_name="TSM 2025", file_name="x", sha256="x")
        assert (again.responses_created, again.already_imported) == (0, 6)
        with upgraded.session() as session:
            kept = tsm_results(session, "TSM 2025").measures
    finally:
        upgraded.close()
    import_tsm(store, tsm.write(tmp_path))  # the same file into a new database
    with store.session() as session:
        fresh = tsm_results(session, "TSM 2025/26").measures
    assert kept == fresh and kept["TP01"].base > 0


def test_second_heading_row_names_the_options_and_is_not_a_return(
    store: Store, tmp_path: Path
) -> None:
    table = read_table(tsm.write_two_heading_rows(tmp_path))
    assert table.headings[3:] == [
        tsm.QUESTIONS["TP01"],
        "Which of our services have you used this year?: Repairs",
        "Which of our services have you used this year?: Caretaking",
        "Which of our services have you used this year?: Other (please specify)",
        tsm.QUESTIONS["FREE"],
    ]
    assert table.row_numbers == [3, 4] and "Row 2 labels the answers" in table.notes[0]
    plan = plan_survey(table, guess_survey_mapping(table), keep_unknown_references=True)
    assert plan.notes == [] and plan.tsm_codes == ["TP01"]
    result = commit_survey(store, plan, survey_name="Monkey", file_name="m", sha256="x")
    assert (result.rows_read, result.responses_created) == (2, 2)


def test_a_first_row_that_says_response_is_still_data(tmp_path: Path) -> None:
    """Only a row shaped like SurveyMonkey's second heading row is read as one."""
    path = tmp_path / "people.csv"
    path.write_text(
        "Reference,Name,Postcode,How heard\n"
        "A1,Jane Smith,AB1 2CD,Response\n"
        "A2,Jo Bloggs,AB1 2CE,Leaflet\n",
        encoding="utf-8",
    )
    table = read_table(path)
    assert table.headings == ["Reference", "Name", "Postcode", "How heard"]
    assert (table.row_numbers, table.notes) == ([2, 3], [])


def test_the_portable_way_stores_and_reads_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another database (PostgreSQL) takes the portable paths (no SQLite JSON functions,
    no raw driver insert); forced here on SQLite, they must agree with the quick ones."""
    from engagement_desktop.interchange.people import matching as people_matching
    from engagement_desktop.interchange.surveys import commit as survey_commit
    from engagement_desktop.services.surveys import answers as survey_answers
    from engagement_desktop.services.surveys.details import survey_details

    def imported(folder: Path) -> tuple[Any, ...]:
        folder.mkdir()
        opened = open_store(folder / "e.sqlite")
        try:
            people.add_person(
                opened,
                {
                    "first_name": "Zoë",
                    "last_name": "O'Neill",
                    "reference": "T0001",
                    "email": "zoe@example.org",
                },
                hold_data=GIVEN,
            )
            _, result = import_tsm(opened, tsm.write(folder))
            with opened.session() as session:
                stored = session.execute(
                    select(
                        SurveyResponse.completed_at,
                        SurveyResponse.person_id,
                        SurveyResponse.answers,
                    ).order_by(SurveyResponse.id)
                ).all()
                return (
                    result.linked_to_people,
                    stored,
                    survey_details(session, result.survey_id).questions,
                    tsm_results(session, "TSM 2025/26").measures,
                )
        finally:
            opened.close()

    quick = imported(tmp_path / "quick")
    for module in (people_matching, survey_commit, survey_answers):
        monkeypatch.setattr(module, "on_sqlite", lambda session: False)
    portable = imported(tmp_path / "portable")
    assert portable == quick and quick[0] == 2 and quick[1][0].completed_at is not None


def test_mapping_reads_longer_headings_and_never_guesses_a_measure_twice() -> None:
    headings = [
        "Timestamp",
        "Your tenancy reference (if you know it)",
        "What is your email address?",
        "Which of these have you contacted us about in the last year? (tick all): Repairs",
        tsm.QUESTIONS["REPAIR"],
        tsm.QUESTIONS["TP01"],
        "TP01 again: " + tsm.QUESTIONS["TP01"],
        "Date received",
    ]
    table = Table("g.csv", "g", ["g"], 1, headings, [["x"] * len(headings)], [2])
    assert list(guess_survey_mapping(table).values()) == [
        "completed_at",
        "reference",
        "email",
        "question",  # an option of a tick-box question, not the repair filter
        "question:REPAIR",
        "question:TP01",
        "question",  # TP01 is already the column before: the officer can move it
        "question",  # a second date column is kept as typed
    ]


def test_a_row_with_no_answers_is_listed_not_lost_silently(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(tsm.write(tmp_path))
    book.active.append(["Total responses: 6"])  # a contractor's footer line
    book.save(tmp_path / "footer.xlsx")
    table = read_table(tmp_path / "footer.xlsx")
    plan = plan_survey(table, guess_survey_mapping(table), keep_unknown_references=True)
    assert len(plan.responses) == 6
    assert [(p.row, p.message) for p in plan.unanswered] == [
        (8, "no question is answered in this row: left out")
    ]


def test_completion_times_written_month_first_are_read_month_first(tmp_path: Path) -> None:
    """Forms set to US English write 4/13/2025: the whole column is then read month
    first, so 4/2/2025 is 2 April, not 4 February. A column that mixes 13/4 and 4/13
    stays day first, and its impossible dates are errors naming row and column."""
    path = tmp_path / "us.csv"
    path.write_text(
        "Completion time,Email," + tsm.QUESTIONS["TP01"].replace(",", "") + "\n"
        "4/13/2025 9:04:40 PM,a@example.org,Very satisfied\n"
        "4/2/2025 10:05,b@example.org,Fairly satisfied\n",
        encoding="utf-8",
    )
    table = read_table(path)
    plan = plan_survey(table, guess_survey_mapping(table), keep_unknown_references=True)
    assert [r["who"]["completed_at"] for r in plan.responses] == [
        datetime(2025, 4, 13, 21, 4, 40),
        datetime(2025, 4, 2, 10, 5),
    ]
    assert month_first(["13/4/2025", "4/13/2025"]) is False
    assert month_first(["4/2/2025", datetime(2025, 1, 1)]) is False  # nothing says so


def test_a_completion_time_no_return_could_have_is_named_by_row(tmp_path: Path) -> None:
    """1900 and 9999 were taken as completion times, and the returns then fell out of
    every period without a word; "1/1/1" was read as 2001."""
    path = tmp_path / "odd.csv"
    path.write_text(
        "Completion time,Email," + tsm.QUESTIONS["TP01"].replace(",", "") + "\n"
        "01/01/1900 09:00,a@example.org,Very satisfied\n"
        "12/05/2025 10:05,b@example.org,Fairly satisfied\n"
        "31/12/9999 10:05,c@example.org,Fairly satisfied\n"
        "1/1/1,d@example.org,Fairly satisfied\n",
        encoding="utf-8",
    )
    table = read_table(path)
    plan = plan_survey(table, guess_survey_mapping(table), keep_unknown_references=True)
    problems = [(p.row, p.column, p.message) for p in plan.problems]
    assert [(row, column) for row, column, _ in problems] == [
        (2, "Completion time"), (4, "Completion time"), (5, "Completion time")
    ]  # fmt: skip
    assert "01/01/1900 is not a day a return could be completed" in problems[0][2]
    assert problems[2][2] == "'1/1/1' is not a date"


def test_returns_outside_the_period_are_counted_and_left_out_of_results(
    store: Store, tmp_path: Path
) -> None:
    _, result = import_tsm(store, tsm.write(tmp_path), period=(date(2025, 6, 1), date(2025, 6, 30)))
    assert (result.responses_created, result.outside_period) == (6, 1)  # Zoë's July return
    with store.session() as session:
        assert tsm_results(session, "TSM 2025/26").respondents == 5  # her June one counts


def test_a_period_ending_in_9999_is_refused_and_nothing_imported(
    store: Store, tmp_path: Path
) -> None:
    for period, expected in (
        ((date(2025, 4, 1), date(9999, 12, 31)), "Period end: 31/12/9999"),
        ((date(1989, 4, 1), date(2025, 4, 1)), "Period start: 01/04/1989"),  # no return then
    ):
        with pytest.raises(ValidationError) as caught:
            import_tsm(store, tsm.write(tmp_path), period=period)
        assert str(caught.value) == (
            f"{expected} is not a plausible date (give one from 1990 to 2200)"
        )
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(SurveyResponse)) == 0


def test_numbered_answers_read_on_the_survey_scale(store: Store, tmp_path: Path) -> None:
    table = read_table(tsm.write_numbered(tmp_path))
    mapping = guess_survey_mapping(table)
    assert mapping["Repair in last 12 months"] == "question:REPAIR"
    as_words = plan_survey(
        table, mapping, keep_unknown_references=True
    )  # numbers are not words: every one is listed
    assert len(as_words.notes) == 16
    assert (
        "'1' is a number: if the file's answers are numbered, say how" in as_words.notes[0].message
    )
    plan = plan_survey(table, mapping, "first_best", keep_unknown_references=True)
    assert [(n.row, n.column, n.message[:5]) for n in plan.notes] == [(5, "TP08", "'7' i")]
    result = commit_survey(store, plan, survey_name="Coded", file_name="c", sha256="x")
    with store.session() as session:
        measures = tsm_results(session, "Coded").measures
        details = survey_details(session, result.survey_id)
    # TP01: 1 very, 5 very dis, 2 fairly, 9 out -> 2 of 3. TP02 (repair = 1 only):
    # 2 fairly, 9 out, 4 fairly dis -> 1 of 2. TP08: 1 strongly, 4 disagree, 2 agree,
    # 7 not understood -> 2 of 3.
    assert [(m.satisfied, m.base) for m in measures.values()] == [(2, 3), (1, 2), (2, 3)]
    assert [q.not_understood for q in details.questions] == [0, 0, 0, 1]
    flipped = plan_survey(table, mapping, "last_best", keep_unknown_references=True)
    commit_survey(store, flipped, survey_name="Coded backwards", file_name="c", sha256="x")
    with store.session() as session:
        backwards = tsm_results(session, "Coded backwards").measures["TP01"]
    assert (backwards.satisfied, backwards.base) == (1, 3)  # only the 5 is satisfied now


def test_the_commit_itself_leaves_out_a_reference_no_one_has(store: Store, tmp_path: Path) -> None:
    """Decided inside the write's transaction: a tenant added since the preview counts."""
    path = tmp_path / "returns.csv"
    path.write_text(
        "Tenancy reference,How satisfied are you with the service?\n"
        "T0001,Very satisfied\nT0002,Fairly satisfied\n,Very dissatisfied\n",
        encoding="utf-8",
    )
    table = read_table(path)
    plan = plan_survey(table, guess_survey_mapping(table))
    people.add_person(
        store, {"first_name": "Zoë", "last_name": "O'Neill", "reference": "T0001"}, GIVEN
    )
    result = commit_survey(store, plan, survey_name="S", file_name="r.csv", sha256="x")
    assert (result.responses_created, result.linked_to_people, result.anonymous) == (2, 1, 1)
    assert [(p.row, p.column) for p in plan.problems] == [(3, "Tenancy reference")]


def test_answers_are_stored_as_one_json_text_whichever_way_it_is_built() -> None:
    """The commit and the preview join a return's answers from pieces encoded once per
    distinct answer, a column at a time; the text (and so the key the return is known
    again by) is the one stored_answers makes, quotes, accents, blanks and all."""
    import json

    from engagement_desktop.interchange.surveys.returns import encoded_answers, stored_answers

    keys = ["q1", 'q"2', "q3"]
    returns = [
        ["Very satisfied", None, "Don't know"],
        ['He said "fine"', "Très bien, merci", ""],
        [None, None, None],
        ["Very satisfied", "Line one\nline two", "\\ and 😀"],
    ]
    assert encoded_answers(keys, []) == []
    built = encoded_answers(keys, returns * 2)  # repeats join the pieces already made
    assert len(built) == len(returns) * 2
    for answers, text in zip(returns * 2, built, strict=True):
        assert text == stored_answers(keys, answers)
        given = {k: a for k, a in zip(keys, answers, strict=True) if a is not None}
        assert json.loads(text) == given


def test_a_measure_whose_filter_question_is_missing_says_whom_it_counts(
    store: Store, tmp_path: Path
) -> None:
    """A survey routed in the survey tool (TP02 asked only of those who had a repair)
    may come without the filter question: TP02 then counts everyone who answered it,
    and the report's method note says so instead of claiming a filter it did not use."""
    from tests.unit.import_corpus.tsm import import_routed

    import_routed(store)
    with store.session() as session:
        results = tsm_results(session, "Routed 2025/26")
        report = tsm_report(session, "Routed 2025/26")
    assert results.unfiltered == ["TP02"]
    assert (results.measures["TP02"].satisfied, results.measures["TP02"].base) == (1, 2)
    book = openpyxl.load_workbook(write_tsm_workbook(report, tmp_path / "routed.xlsx"))
    how = next(
        r[1] for r in book["About the survey"].iter_rows(values_only=True) if r[0] == "How counted"
    )
    assert (
        "TP02 was counted over everyone who answered it, not only tenants who had a repair "
        "in the last 12 months, because the survey has no question asking that. That is "
        "right if the survey tool only asked it of those tenants." in how
    )
    assert "right where" not in how
    assert "TP02, TP03" not in how  # not claimed as filtered


def test_the_note_names_each_missing_filter_question_in_plain_words() -> None:
    """Measures sharing a missing filter question are named together, each question once;
    nothing is said when every filter question is there."""
    from engagement_desktop.reports.surveys.tsm_counts import unfiltered_note
    from engagement_desktop.services.surveys.measure_sets import measure_set

    assert unfiltered_note(measure_set("tsm"), []) == ""
    assert unfiltered_note(measure_set("tsm"), ["TP02", "TP03", "TP10"]) == (
        "TP02 and TP03 were counted over everyone who answered them, not only tenants who "
        "had a repair in the last 12 months, because the survey has no question asking "
        "that. That is right if the survey tool only asked them of those tenants. "
        "TP10 was counted over everyone who answered it, not only tenants who live in a "
        "building with communal areas, because the survey has no question asking that. "
        "That is right if the survey tool only asked it of those tenants."
    )
    assert "not only tenants who had repairs or maintenance carried out" in unfiltered_note(
        measure_set("scotland_charter"), ["I12"]
    )


def test_the_profile_tables_fit_the_page(store: Store, tmp_path: Path) -> None:
    """Six columns and a long group name: 'Gap (points)' used to run off the page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether
    from reportlab.platypus import Table as PdfTable

    from engagement_desktop.reports.surveys.tsm_counts import CountTable
    from engagement_desktop.reports.surveys.tsm_report import _count_table, _Styles

    table = CountTable(
        "Tenure",
        [
            "Group",
            "Respondents",
            "Respondents %",
            "All customers",
            "All customers %",
            "Gap (points)",
        ],
        [["Tenant (sheltered / older people's housing)", 9, 7.8, 1161, 8.1, -0.3]],
    )
    keep = _count_table(table, _Styles())[0]
    assert isinstance(keep, KeepTogether)
    pdf_table = next(f for f in keep._content if isinstance(f, PdfTable))
    assert sum(pdf_table._colWidths) <= A4[0] - 32 * mm + 0.01
