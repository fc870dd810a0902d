"""Demo events over the years of history and a few weeks ahead: meetings and local activity.

Group meetings follow each group's pattern through every year; the rest
(inspections, pop-ups, open days, focus groups, consultations, training,
conferences, webinars) are spread over the estates and topics, more of them each
year as involvement grows. Past events are mostly held, future ones planned, a
few cancelled; held events carry cost lines and staff time.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from engagement_desktop.services.demo.context import Demo, at
from engagement_desktop.services.demo.happened import costs, settle
from engagement_desktop.store.models import Event, EventCost, EventTopic

#: Events a year for each person on the register, in the current (busiest) year...
EVENTS_PER_PERSON_YEAR = 0.018
#: ...but even a small landlord holds about this many.
MINIMUM_EVENTS_A_YEAR = 40

# type: (how many, share of the invitation budget, who is invited)
STANDALONE: dict[str, tuple[float, float, str]] = {
    "Estate inspection": (18, 0.25, "area"),
    "Pop-up meeting": (15, 1.0, "area"),
    "Open event": (8, 3.0, "area"),
    "Community event": (12, 2.0, "area"),
    "Survey session": (8, 1.0, "area"),
    "Meeting": (3, 0.6, "area"),
    "Focus group": (12, 0.3, "topics"),
    "Consultation": (8, 2.5, "topics"),
    "Webinar": (6, 1.2, "topics"),
    "Training session": (8, 0.25, "members"),
    "Conference": (2, 0.05, "members"),
}
# group name: (event type, weekday, start hour, minutes)
GROUP_PATTERN: dict[str, tuple[str, int, float, int]] = {
    "Customer Scrutiny Panel": ("Scrutiny panel", 1, 18, 150),
    "Associate Scrutiny Members": ("Meeting", 3, 14, 120),
    "Repairs Service Voice": ("Meeting", 3, 18, 120),
    "Neighbourhoods Service Voice": ("Meeting", 2, 13.5, 120),
    "Customer Monitors": ("Estate inspection", 2, 10, 120),
    "Youth Voice": ("Meeting", 5, 10.5, 90),
    "Community Fund Panel": ("Meeting", 1, 14, 150),
    "Consultative Group": ("Meeting", 0, 18, 120),
    "Reading Group": ("Focus group", 2, 11, 90),
}
REVIEWS = (
    "damp and mould review",
    "complaints handling review",
    "void standard review",
    "repairs appointments review",
    "communication with customers review",
    "anti-social behaviour case handling review",
    "service charges review",
)
WORKS = (
    "window replacement programme",
    "new door entry and CCTV",
    "car park resurfacing",
    "external wall insulation works",
    "lift replacement",
    "bin store redesign",
)


def plan_events(demo: Demo) -> None:
    """Decide every event (dates, types, places, topics) and write events, topics and costs."""
    cal = demo.cal
    busy_years = cal.year_equivalents(cal.history_from, cal.activity_to)
    a_year = max(MINIMUM_EVENTS_A_YEAR, demo.size * EVENTS_PER_PERSON_YEAR)
    total = round(a_year * busy_years)
    group_counts = _group_meeting_counts(demo, total)
    for group_index, count in group_counts.items():
        for k in range(count):
            _group_meeting(demo, group_index, k, count)
    standalone = max(0, total - len(demo.events))
    for kind, count in _kind_counts(standalone).items():
        for k in range(count):  # each kind spread so each year has its fair share
            _standalone(demo, kind, (k + demo.rng.random()) / count)
    demo.events.sort(key=lambda e: (e["starts_at"], e["title"]))
    rows, topic_rows, cost_rows = [], [], []
    for event in demo.events:
        event["id"] = demo.next_id("events")
        settle(demo, event)
        rows.append({k: v for k, v in event.items() if not k.startswith("_")})
        for topic_id in event["_topics"]:
            topic_rows.append({"event_id": event["id"], "topic_id": topic_id})
        cost_rows += costs(demo, event)
    demo.write(Event, rows)
    demo.write(EventTopic, topic_rows)
    demo.write(EventCost, cost_rows)


def _kind_counts(total: int) -> dict[str, int]:
    """How many of each standalone kind, by weight (largest remainders round up)."""
    weights = {kind: spec[0] for kind, spec in STANDALONE.items()}
    exact = {kind: total * w / sum(weights.values()) for kind, w in weights.items()}
    counts = {kind: int(x) for kind, x in exact.items()}
    by_remainder = sorted(exact, key=lambda kind: counts[kind] - exact[kind])
    for kind in by_remainder[: total - sum(counts.values())]:
        counts[kind] += 1
    return counts


def _span_days(demo: Demo) -> int:
    return (demo.cal.activity_to - demo.cal.history_from).days


def _group_meeting_counts(demo: Demo, total: int) -> dict[int, int]:
    years = _span_days(demo) / 365
    natural = {i: int(g["_meetings"]) * years for i, g in enumerate(demo.groups)}
    scale = min(1.0, 0.4 * total / sum(natural.values()))
    return {i: max(1, round(n * scale)) for i, n in natural.items()}


def _when(demo: Demo, day: date, weekday: int) -> date:
    day += timedelta(days=(weekday - day.weekday()) % 7)
    if day > demo.cal.activity_to:
        day -= timedelta(days=7)
    if (day.month, day.day) >= (12, 22) or (day.month, day.day) <= (1, 3):
        day += timedelta(days=14)
    return day


def _clock(day: date, hour: float) -> datetime:
    return datetime.combine(day, time(int(hour), round((hour % 1) * 60)))


def _group_meeting(demo: Demo, group_index: int, k: int, count: int) -> None:
    rng = demo.rng
    group = demo.groups[group_index]
    name = group["name"]
    kind, weekday, hour, minutes = GROUP_PATTERN.get(name, ("Meeting", 0, 19, 120))
    offset = int((k + 0.2 + 0.6 * rng.random()) * _span_days(demo) / count)
    day = _when(demo, demo.cal.history_from + timedelta(days=offset), weekday)
    area_id = group["area_id"]
    title = f"{name} meeting"
    topics = _group_topics(demo, name)
    if name == "Customer Scrutiny Panel":
        title = f"Customer Scrutiny Panel: {REVIEWS[(k // 3) % len(REVIEWS)]}"
    elif name == "Customer Monitors":
        estate = demo.pick(demo.estates)
        area_id, title = estate["id"], f"Estate inspection – {estate['name']}"
    elif name == "Reading Group":
        title = "Reading Group: " + demo.pick(
            ("tenant handbook", "rent letter", "complaints leaflet", "damp and mould guide")
        )
    elif group["category"] == "TARA":
        title = f"{name} committee meeting"
        if day.month == 6:
            title = f"{name} AGM"
    starts = _clock(day, hour)
    online = name == "Reading Group" or rng.random() < 0.15
    venue = None if name == "Reading Group" else _venue(demo, area_id)
    _add_event(
        demo,
        title,
        kind,
        group["id"],
        starts,
        minutes,
        venue,
        online,
        area_id,
        "group",
        topics,
        basis="group",
        group_index=group_index,
    )


def _group_topics(demo: Demo, name: str) -> list[int]:
    wanted = {
        "Repairs Service Voice": ["Repairs"],
        "Neighbourhoods Service Voice": ["Anti-social behaviour", "Communal areas"],
        "Community Fund Panel": ["Community fund"],
        "Customer Scrutiny Panel": ["Complaints", "Customer service standards"],
        "Consultative Group": ["Rent and service charges"],
    }.get(name, [])
    return [demo.topics[t] for t in wanted if t in demo.topics]


def _standalone(demo: Demo, kind: str, share: float) -> None:
    rng = demo.rng
    day = demo.cal.day_at(share, demo.cal.history_from, demo.cal.activity_to)
    estate = demo.pick(demo.estates)
    topic_names = list(demo.topics)
    topic = demo.pick(topic_names)
    topics = [demo.topics[topic]]
    area_id: int | None = estate["id"]
    online = False
    minutes, hour, weekday = 120, 10.0, rng.randint(0, 4)
    course = None
    if kind == "Estate inspection":
        title = f"Estate inspection – {estate['name']}"
    elif kind == "Pop-up meeting":
        title = f"Pop-up meeting – {estate['name']}"
        if estate["kind"] == "estate" and rng.random() < 0.5:
            title = f"Pop-up stall at {estate['name'].removesuffix(' Estate')} shops"
        hour, minutes = 15.0, 150
    elif kind == "Open event":
        title = demo.pick((f"{estate['name']} open day", f"Repairs open day – {estate['name']}"))
        weekday, hour, minutes = 5, 13.0, 210
    elif kind == "Community event":
        title, weekday, hour, minutes = _community_title(demo, day, estate["name"]), 5, 11, 240
    elif kind == "Survey session":
        drop_in = demo.profile.survey_drop_in
        title = demo.pick(
            (f"{drop_in} – {estate['name']}", f"Door-knocking survey – {estate['name']}")
        )
    elif kind == "Meeting":
        title = f"Residents' meeting: {demo.pick(WORKS)} at {estate['name']}"
        hour, minutes = 18.5, 90
    elif kind == "Focus group":
        title, area_id, hour, minutes = f"Focus group: {topic.lower()}", None, 18.0, 90
    elif kind == "Consultation":
        title = (
            f"Rent and service charges consultation {day.year}/{(day.year + 1) % 100:02d}"
            if topic == "Rent and service charges"
            else f"Consultation: {topic.lower()}"
        )
        area_id, hour, minutes = None, 10.0, 540
        online = rng.random() < 0.5
    elif kind == "Webinar":
        area_id, online, hour, minutes = None, True, demo.pick((12.5, 18.5)), 60
        title = f"Webinar: {topic.lower()}"
        if rng.random() < 0.3:
            course = _course_of(demo, ("webinar",))
            title = f"Webinar: {course}" if course else title
    elif kind == "Training session":
        course = _course_of(demo, ("course", "accredited", "induction"))
        title = f"Training: {course}"
        area_id, hour, minutes = None, 10.0, 180
        topics = []
    else:  # Conference
        course = _course_of(demo, ("conference", "regional_forum"))
        title = f"{course} {day.year}"
        area_id, hour, minutes, weekday = None, 9.5, 420, rng.randint(1, 4)
        topics = []
    day = _when(demo, day, weekday)
    starts = _clock(day, hour)
    venue = None if kind == "Webinar" else _venue(demo, area_id, conference=kind == "Conference")
    basis = STANDALONE[kind][2]
    rule = {"area": "chosen", "topics": "topics", "members": "chosen"}[basis]
    _add_event(
        demo,
        title,
        kind,
        None,
        starts,
        minutes,
        venue,
        online,
        area_id,
        rule,
        topics,
        basis=basis,
        course=course,
    )


def _community_title(demo: Demo, day: date, estate: str) -> str:
    if day.month in (6, 7, 8):
        return f"{estate} summer fun day"
    if day.month in (11, 12, 1, 2):
        return f"Winter warm space – {estate}"
    return demo.pick((f"Community litter pick – {estate}", f"Coffee morning – {estate}"))


def _course_of(demo: Demo, kinds: tuple[str, ...]) -> str | None:
    titles = [t for t, c in demo.courses.items() if c["kind"] in kinds]
    return demo.pick(titles) if titles else None


def _venue(demo: Demo, area_id: int | None, conference: bool = False) -> str:
    if conference:
        return demo.pick(
            (
                "ICC Birmingham",
                "Manchester Central",
                "Cambridge Corn Exchange",
                "The Hive, Worcester",
            )
        )
    if area_id is not None:
        estate = next((e for e in demo.estates if e["id"] == area_id), None)
        if estate is not None:
            if estate["kind"] == "scheme":
                return f"{estate['name']} residents' lounge"
            short = estate["name"].removesuffix(" Estate")
            return demo.pick(
                (f"{short} Community Centre", f"{short} community room", "St Mark's Church Hall")
            )
    return demo.pick(
        (
            "Fenland House, Boardroom",
            "Fenland House, Training Suite",
            "Fenland House, Room 2",
            "Peterborough Central Library, Meeting Room",
        )
    )


def _add_event(
    demo: Demo,
    title: str,
    kind: str,
    group_id: int | None,
    starts: datetime,
    minutes: int,
    venue: str | None,
    online: bool,
    area_id: int | None,
    rule: str,
    topics: list[int],
    *,
    basis: str,
    group_index: int | None = None,
    course: str | None = None,
) -> None:
    rng = demo.rng
    if not topics and rng.random() < 0.5 and kind not in ("Training session", "Conference"):
        topics = [demo.topics[demo.pick(list(demo.topics))]]
    link = f"https://teams.example.com/l/meetup/{rng.getrandbits(40):010x}" if online else None
    demo.events.append(
        {
            "uuid": demo.uuid(),
            "title": title,
            "event_type_id": demo.event_types[kind],
            "group_id": group_id,
            "starts_at": starts,
            "ends_at": starts + timedelta(minutes=minutes),
            "venue": venue,
            "online_url": link,
            "area_id": area_id,
            "status": "planned",
            "invite_rule": rule,
            # The meeting itself plus preparation and write-up, in half hours.
            "staff_hours": round(2 * (minutes / 60 + demo.pick((0.5, 1.0, 1.5, 2.0, 3.0)))) / 2,
            "staff_hourly_rate_pence": demo.pick((2350, 2475, 2610, 2840)),
            "notes": None,
            "outcomes": None,
            # set up four weeks before, but never after today (a subject access export
            # showed invitations "created" next week)
            "created_at": at(min(starts.date() - timedelta(days=28), demo.cal.today), 11),
            "updated_at": at(min(starts.date() - timedelta(days=28), demo.cal.today), 11),
            "_kind": kind,
            "_basis": basis,
            "_group": group_index,
            "_course": course,
            "_topics": list(dict.fromkeys(topics)),
            "_minutes": minutes,
        }
    )
