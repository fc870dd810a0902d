"""Demo Tenant Satisfaction Measures: the perception surveys of the last two finished years.

Each winter a contractor phones a sample of tenants and the returns come back
as a spreadsheet; here they are written as if imported, linked to the tenants
who answered. Results sit near the sector's typical figures (complaints
handling lowest), move a few points between the years, and vary by area, so
the Surveys page, the dashboard and the impact assessment have something
true-looking to show, with last year's figure beside this year's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from functools import partial

from engagement_desktop.services.demo.context import Demo, add_months
from engagement_desktop.services.demo.names import LANDLORD
from engagement_desktop.services.surveys.tsm import MEASURES
from engagement_desktop.store.models import Survey, SurveyQuestion, SurveyResponse

#: Per cent satisfied (or agreeing, TP08), TP01 to TP12: the year before last, then last year.
_ORDER = tuple(MEASURES)
RATES: tuple[dict[str, int], ...] = (
    dict(zip(_ORDER, (71, 73, 66, 69, 75, 58, 67, 73, 33, 61, 63, 56), strict=True)),
    dict(zip(_ORDER, (73, 75, 69, 68, 77, 62, 70, 74, 37, 64, 64, 58), strict=True)),
)
#: Fieldwork runs from about six months into the scheme year for about four months.
FIELDWORK_FROM_MONTHS, FIELDWORK_DAYS = 6, 130
FILTER_QUESTIONS = {
    "REPAIR": (f"Has {LANDLORD} carried out a repair to your home in the last 12 months?", 0.64),
    "COMPLAINT": (f"Have you made a complaint to {LANDLORD} in the last 12 months?", 0.17),
    "COMMUNAL": (
        "Do you live in a building with communal areas, either inside or outside, that "
        f"{LANDLORD} is responsible for maintaining?",
        0.36,
    ),
}
ASKED_IF = {"TP02": "REPAIR", "TP03": "REPAIR", "TP09": "COMPLAINT", "TP10": "COMMUNAL"}
SATISFIED = ("Very satisfied", "Fairly satisfied")
UNSATISFIED = ("Neither satisfied nor dissatisfied", "Fairly dissatisfied", "Very dissatisfied")
AGREE = ("Strongly agree", "Agree")
DISAGREE = ("Neither agree nor disagree", "Disagree", "Strongly disagree")
TENANTS = ("general_needs", "sheltered")


def build_surveys(demo: Demo) -> None:
    """Two years of TSM returns from a sample of current tenants."""
    tenants = [i for i, p in enumerate(demo.people) if p.tenure in TENANTS and not p.archived]
    if not tenants:
        return
    # A few points better or worse by area, the same both years (estates differ).
    mood = {a["id"]: demo.rng.uniform(-0.08, 0.06) for a in demo.areas}
    years = _finished(demo)
    for year, rates in zip(years, RATES, strict=True):
        name, start, end = _fieldwork(demo, year)
        sample = demo.rng.sample(tenants, min(len(tenants), demo.scale(1800, 120)))
        wording = [(code, text) for code, (text, _) in FILTER_QUESTIONS.items()]
        wording += [(code, f"{code}. {text}") for code, text in MEASURES.items()]
        answers = partial(_tenant_answers, demo, rates, mood)
        write_survey(demo, name, (start, end), wording, sample, answers)


def _fieldwork(demo: Demo, year: int) -> tuple[str, date, date]:
    start = add_months(demo.cal.start_of(year), FIELDWORK_FROM_MONTHS)
    start += timedelta(days=(7 - start.weekday()) % 7)  # from a Monday
    name = f"TSM perception survey {year}/{(year + 1) % 100:02d}"
    return name, start, start + timedelta(days=FIELDWORK_DAYS)


def _finished(demo: Demo) -> list[int]:
    """The two latest scheme years whose fieldwork is over by today, oldest first."""
    year = demo.cal.current
    while _fieldwork(demo, year)[2] >= demo.cal.today:
        year -= 1
    return [year - 1, year]


def write_survey(
    demo: Demo,
    name: str,
    period: tuple[date, date],
    wording: list[tuple[str, str]],
    sample: list[int],
    answers: Callable[[int], list[tuple[str, str]]],
    measure_set: str = "tsm",
) -> None:
    """One telephone survey and its returns; ``answers(person index)`` gives one tenant's."""
    start, end = period
    survey_id, survey_uuid = demo.next_id("surveys"), demo.uuid()
    demo.write(
        Survey,
        [
            {
                "id": survey_id,
                "uuid": survey_uuid,
                "name": name,
                "period_start": start,
                "period_end": end,
                "method": "phone",
                "measure_set": measure_set,
                "notes": "Telephone survey by the research contractor (demo data).",
                "created_at": datetime.combine(end + timedelta(days=10), time(11)),
                "updated_at": datetime.combine(end + timedelta(days=10), time(11)),
            }
        ],
    )
    questions: dict[str, int] = {}
    rows = []
    for position, (code, text) in enumerate(wording, start=1):
        questions[code] = demo.next_id("survey_questions")
        rows.append(
            {
                "id": questions[code],
                "survey_id": survey_id,
                "position": position,
                "code": code,
                "text": text,
                "kind": "choice",
            }
        )
    demo.write(SurveyQuestion, rows)
    responses = []
    days = (end - start).days
    for number, index in enumerate(sample, start=1):
        person = demo.people[index]
        response_id = demo.next_id("survey_responses")
        day = start + timedelta(days=demo.rng.randint(0, days))
        minute = demo.rng.randint(9 * 60, 19 * 60)
        said = answers(index)
        responses.append(
            {
                "id": response_id,
                "uuid": demo.uuid(),
                "survey_id": survey_id,
                "person_id": person.id,
                "respondent_ref": person.row.get("reference"),
                "completed_at": datetime.combine(day, time(minute // 60, minute % 60)),
                "import_batch_id": None,
                "source_key": f"demo:survey:{survey_uuid}:{number}",
                "answers": {str(questions[code]): value for code, value in said},
            }
        )
    demo.write(SurveyResponse, responses)


def _tenant_answers(
    demo: Demo, rates: dict[str, int], mood: dict[int, float], index: int
) -> list[tuple[str, str]]:
    return _answers(demo, rates, mood.get(demo.people[index].area_id or 0, 0.0))


def _answers(demo: Demo, rates: dict[str, int], mood: float) -> list[tuple[str, str]]:
    """One tenant's answers: the filter questions, then each measure they were asked."""
    rng = demo.rng
    said = []
    yes = {}
    for code, (_, share) in FILTER_QUESTIONS.items():
        yes[code] = rng.random() < share
        said.append((code, "Yes" if yes[code] else "No"))
    for code in MEASURES:
        if code in ASKED_IF and not yes[ASKED_IF[code]]:
            continue
        if rng.random() < 0.03:
            said.append((code, "Don't know"))
            continue
        good, bad = (AGREE, DISAGREE) if code == "TP08" else (SATISFIED, UNSATISFIED)
        if rng.random() < min(0.97, max(0.03, rates[code] / 100 + mood)):
            said.append((code, good[0] if rng.random() < 0.45 else good[1]))
        else:
            said.append((code, rng.choices(bad, weights=(40, 35, 25))[0]))
    return said
