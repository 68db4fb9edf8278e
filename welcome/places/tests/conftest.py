"""Fixtures for the directory: places made through the model, and the seed file loaded."""

import itertools

import pytest

from welcome.places.models import Place, PlaceText

_numbers = itertools.count(1)


@pytest.fixture
def make_place(db):
    def make(kind="foreigners_office", city="essen", texts=None, **fields):
        number = next(_numbers)
        values = {"slug": f"place-{number}", "name": f"Place {number}", "kind": kind, "city": city, "town": "Essen"}
        values.update(fields)
        place = Place.objects.create(**values)
        for language, text in (texts or {}).items():
            PlaceText.objects.create(place=place, language=language, description=text)
        return place

    return make


@pytest.fixture
def seeded(db):
    from welcome.places.seed import load_places

    return load_places()
