"""Fixtures for the calendar: events at fixed Berlin times, and a fixed "now" for upcoming/past."""

import itertools
from datetime import datetime, timedelta

import pytest
from wagtail.models import Locale

from welcome.core.translated_texts import add_translations
from welcome.events.models import BERLIN, Event

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
        event = Event(locale=Locale.get_default(), **values)
        event.full_clean()
        event.save()
        add_translations(
            event, {code: {"title": title, "description": text} for code, (title, text) in (texts or {}).items()}
        )
        return event

    return make
