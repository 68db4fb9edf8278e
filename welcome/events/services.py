"""What the calendar does: find events by city, language and month, and export them as iCalendar."""

from datetime import UTC, datetime

from django.conf import settings
from django.utils.formats import date_format
from django.utils.translation import gettext
from icalendar import Calendar, Timezone
from icalendar import Event as CalendarEvent

from welcome.core.translated_texts import text_in

from .models import BERLIN, Event

# German time as calendar apps expect it: the EU summer-time rule (since 1996) as two yearly rules,
# a few hundred bytes instead of a list of every change until 2038.
BERLIN_VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
"""


def upcoming_events(now=None):
    return Event.objects.upcoming(now).select_related("place")


def upcoming_in_city(city, language, limit):
    """The next events in a city, titles in the reader's language: what its city page shows."""
    return Event.objects.upcoming().filter(city=city).with_title_in(language)[:limit]


def past_events(now=None):
    return Event.objects.past(now).select_related("place")


def with_texts(events, language):
    """The events (German rows) with text_title, text_description and text_language for the reader.

    The texts of all of them come in one query: the reader's language, else the next of their
    fallback chain, else the German row's own.
    """
    events = list(events)
    rows = Event.objects.readable_in(language).filter(translation_key__in=[event.translation_key for event in events])
    by_event = {}
    for row in rows.only("translation_key", "locale", "title", "description"):
        by_event.setdefault(row.translation_key, []).append(row)
    for event in events:
        text, code = text_in(by_event.get(event.translation_key, []), language)
        if text is None:  # a chain without German: the German row is the last resort
            text, code = event, settings.LANGUAGE_CODE
        event.text_title, event.text_description, event.text_language = text.title, text.description, code
    return events


def month_range(month):
    """("2026-05") -> the first moment of May 2026 and of June 2026, in Berlin time."""
    year, number = (int(part) for part in month.split("-"))
    start = datetime(year, number, 1, tzinfo=BERLIN)
    end = datetime(year + number // 12, number % 12 + 1, 1, tzinfo=BERLIN)
    return start, end


def filter_events(events, city="", language="", month=""):
    """Narrows a list of events; an empty filter means any."""
    if city:
        events = events.filter(city=city)
    if language:
        events = events.filter(languages__contains=Event._meta.get_field("languages").lookup(language))
    if month:
        start, end = month_range(month)
        events = events.filter(starts_at__gte=start, starts_at__lt=end)
    return events


def months_with_events(events):
    """[("2026-05", "May 2026"), ...]: the months (Berlin time) in which these events start."""
    months = events.order_by().datetimes("starts_at", "month", tzinfo=BERLIN)
    return [(f"{month:%Y-%m}", date_format(month, "YEAR_MONTH_FORMAT")) for month in sorted(set(months))]


def _host():
    return settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]


def _calendar_event(event, language):
    title, description, text_language = event.text_title, event.text_description, event.text_language
    url = settings.SITE_URL + f"/{language}/events/{event.pk}/"
    details = (
        [gettext("This is a sample event for trying the portal. It does not take place."), description]
        if event.is_sample
        else [description]
    )
    if event.online_url:
        details.append(f"Online: {event.online_url}")
    if event.registration_required:
        details.append(f"Registration / Anmeldung: {event.registration_url}")
    details.append(url)
    item = CalendarEvent()
    item.add("uid", f"event-{event.pk}@{_host()}")
    changed = event.updated_at.astimezone(UTC)
    item.add("dtstamp", changed)
    item.add("last-modified", changed)
    # Local time with TZID=Europe/Berlin (plus a VTIMEZONE below): calendar apps abroad convert it correctly.
    item.add("dtstart", event.local_start)
    item.add("dtend", event.local_end)
    item.add("summary", title, parameters={"LANGUAGE": text_language})
    item.add("description", "\n\n".join(details), parameters={"LANGUAGE": text_language})
    location = event.location_text or event.online_url
    if location:
        item.add("location", location)
    item.add("url", url)
    item.add("categories", [str(event.get_kind_display())])
    return item


def calendar_file(events, language, name):
    """An iCalendar file (bytes) with these events, their texts in the reader's language."""
    calendar = Calendar()
    calendar.add("prodid", "-//welcome.ruhr//events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Berlin")
    calendar.add_component(Timezone.from_ical(BERLIN_VTIMEZONE.replace("\n", "\r\n")))
    for event in with_texts(events, language):
        calendar.add_component(_calendar_event(event, language))
    return calendar.to_ical()
