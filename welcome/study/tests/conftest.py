"""Fixtures for the finder: two universities and a helper that makes a programme in the source language."""

import datetime
import itertools

import pytest
from wagtail.models import Locale

from welcome.study.models import Programme, University

_numbers = itertools.count(1)


@pytest.fixture
def universities(site_content):
    return {
        "tu": University.objects.create(
            slug="tu-test", name="Test University Dortmund", city="dortmund", website="https://tu.example/"
        ),
        "fh": University.objects.create(
            slug="fh-test",
            name="Test University of Applied Sciences Bochum",
            city="bochum",
            website="https://fh.example/",
        ),
    }


@pytest.fixture
def make_programme(universities):
    def make(university="tu", **fields):
        number = next(_numbers)
        values = {
            "university": universities[university],
            "locale": Locale.get_default(),
            "name": f"Studiengang {number}",
            "name_language": "de",
            "degree": "bachelor",
            "subject_area": "engineering",
            "teaching_language": "de",
            "city": universities[university].city,
            "start": "winter",
            "admission": "open",
            "official_url": f"https://example.org/programme/{number}",
            "source_url": f"https://example.org/programme/{number}",
            "checked_on": datetime.date(2026, 12, 1),
            "confirmed": True,
        }
        values.update(fields)
        programme = Programme(**values)
        programme.full_clean()
        programme.save()
        return programme

    return make


@pytest.fixture
def translate(db):
    """Adds a translation of a programme in another locale, as wagtail-localize would."""

    def add(programme, language, name_translation, description=""):
        locale, _created = Locale.objects.get_or_create(language_code=language)
        copy = programme.copy_for_translation(locale)
        copy.name_translation = name_translation
        copy.description = description
        copy.save()
        return copy

    return add
