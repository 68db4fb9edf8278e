"""iCalendar files: one per event and the feed of upcoming events, read back with a real parser."""

from datetime import UTC, datetime, timedelta

import icalendar
import pytest
from django.utils import timezone

from .conftest import berlin

pytestmark = pytest.mark.django_db


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def test_one_event_as_ics_with_berlin_time_and_the_right_utc_instant(client, make_event):
    event = make_event(
        starts_at=berlin(2030, 7, 15, 18, 0),
        hours=1.5,
        online_url="https://example.org/join",
        texts={"en": ("Online evening", "About recognition")},
    )
    response = client.get(f"/en/events/{event.pk}/event.ics")
    assert "attachment" in response["Content-Disposition"]
    calendar = parse(response)
    [item] = calendar.walk("VEVENT")
    start, end = item.decoded("DTSTART"), item.decoded("DTEND")
    assert item["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert start.replace(tzinfo=None) == datetime(2030, 7, 15, 18, 0)
    assert start.astimezone(UTC) == datetime(2030, 7, 15, 16, 0, tzinfo=UTC)
    assert end - start == timedelta(minutes=90)
    assert str(item["SUMMARY"]) == "Online evening"
    assert "https://example.org/join" in str(item["DESCRIPTION"])
    assert str(item["UID"]) == f"event-{event.pk}@127.0.0.1"
    assert item.decoded("DTSTAMP").tzinfo is not None


def test_the_calendar_defines_the_berlin_time_zone_for_winter_and_summer(client, make_event):
    winter = make_event(starts_at=berlin(2030, 1, 15, 18, 0))
    calendar = parse(client.get(f"/en/events/{winter.pk}/event.ics"))
    [zone] = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Berlin"
    offsets = {str(part["TZNAME"]): part["TZOFFSETTO"].td for part in zone.subcomponents}
    assert offsets == {"CET": timedelta(hours=1), "CEST": timedelta(hours=2)}
    # A parser that applies the VTIMEZONE gets 17:00 UTC for 18:00 German winter time.
    [item] = calendar.walk("VEVENT")
    assert item.decoded("DTSTART").astimezone(UTC).hour == 17


def test_texts_in_the_language_of_the_url(client, make_event):
    event = make_event(title="Infoabend", texts={"ar": ("أمسية معلومات", "وصف")})
    [item] = parse(client.get(f"/ar/events/{event.pk}/event.ics")).walk("VEVENT")
    assert str(item["SUMMARY"]) == "أمسية معلومات"
    assert item["SUMMARY"].params["LANGUAGE"] == "ar"
    assert str(item["URL"]).endswith(f"/ar/events/{event.pk}/")


def test_feed_has_every_upcoming_event_and_no_past_one(client, make_event):
    now = timezone.now()
    upcoming = [make_event(title=f"Next {n}", starts_at=now + timedelta(days=n)) for n in (1, 5, 40)]
    make_event(title="Over", starts_at=now - timedelta(days=2))
    calendar = parse(client.get("/de/events/feed.ics"))
    items = calendar.walk("VEVENT")
    assert [str(item["SUMMARY"]) for item in items] == [event.title for event in upcoming]
    for item, event in zip(items, upcoming, strict=True):
        assert item.decoded("DTSTART") == event.starts_at.replace(microsecond=0)  # iCalendar counts whole seconds
    assert len({str(item["UID"]) for item in items}) == 3


def test_feed_without_events_is_still_a_valid_calendar(client, db):
    calendar = parse(client.get("/en/events/feed.ics"))
    assert calendar.walk("VEVENT") == []
    assert str(calendar["VERSION"]) == "2.0"


def test_ics_of_an_unknown_event_is_not_found(client, db):
    assert client.get("/en/events/424242/event.ics").status_code == 404


def test_sample_events_say_so_in_the_calendar(client, make_event):
    event = make_event(is_sample=True)
    [item] = parse(client.get(f"/en/events/{event.pk}/event.ics")).walk("VEVENT")
    assert "sample event" in str(item["DESCRIPTION"])
