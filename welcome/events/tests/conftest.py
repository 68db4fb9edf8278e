"""Fixtures for the calendar: events at fixed Berlin times, and a fixed "now" for upcoming/past."""

import itertools
from datetime import datetime, timedelta

import pytest

from welcome.events.models import BERLIN, Event, EventText

_numbers = itertools.count(1)


def berlin(*args):
    return datetime(*args, tzinfo=BERLIN)


@pytest.fixture
def make_event(db):
    def make(starts_at=None, hours=2, texts=None, **fields):
        number = next(_numbers)
        starts_at = starts_at or berlin(2030, 6, 1, 10, 0) + timedelta(days=number)
        values = {
            "title": f"Veranstaltung {number}",
            "description": f"Beschreibung {number}",
            "starts_at": starts_at,
            "ends_at": starts_at + timedelta(hours=hours),
            "city": "essen",
            "venue": "Rathaus",
            "languages": ["de"],
        }
        values.update(fields)
        event = Event(**values)
        event.full_clean()
        event.save()
        for language, (title, description) in (texts or {}).items():
            EventText.objects.create(event=event, language=language, title=title, description=description)
        return event

    return make
