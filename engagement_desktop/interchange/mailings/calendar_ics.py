"""An event as an .ics calendar invitation (icalendar), for email drafts to carry."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar
from icalendar import Event as CalendarEvent

from engagement_desktop import APP_NAME
from engagement_desktop.store.models import Event

UK = ZoneInfo("Europe/London")  # events are typed in UK local time


def event_ics(event: Event, landlord: str) -> bytes:
    """One VEVENT with the event's times, place and a stable UID (its uuid)."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//mailings//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    entry = CalendarEvent()
    entry.add("uid", f"{event.uuid}@engagement-desktop")
    entry.add("summary", event.title)
    entry.add("dtstart", event.starts_at.replace(tzinfo=UK))
    ends = event.ends_at or event.starts_at + timedelta(hours=2)
    entry.add("dtend", ends.replace(tzinfo=UK))
    entry.add("dtstamp", event.updated_at.replace(tzinfo=UK) if event.updated_at else ends)
    location = event.venue or event.online_url or ""
    if location:
        entry.add("location", location)
    if event.online_url:
        entry.add("url", event.online_url)
    entry.add("organizer", landlord)
    calendar.add_component(entry)
    return calendar.to_ical()
