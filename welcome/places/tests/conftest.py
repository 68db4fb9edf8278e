"""Fixtures for the directory: places made through the model, and the seed file loaded once per module."""

import itertools

import pytest
from wagtail.models import Locale

from welcome.core.testing import kept_for_the_module
from welcome.core.translated_texts import add_translations
from welcome.places.models import Place, PlaceDescription

_numbers = itertools.count(1)


@pytest.fixture
def make_place(db):
    def make(kind="foreigners_office", city="essen", description="", texts=None, **fields):
        """A place; with a German description, `texts` ({code: text}) become its wagtail-localize translations."""
        number = next(_numbers)
        values = {"slug": f"place-{number}", "name": f"Place {number}", "kind": kind, "city": city, "town": "Essen"}
        values.update(fields)
        place = Place.objects.create(**values)
        if description:
            source = PlaceDescription.objects.create(place=place, locale=Locale.get_default(), text=description)
            add_translations(source, {code: {"text": text} for code, text in (texts or {}).items()})
        return place

    return make


@pytest.fixture(scope="module")
def _seeded_for_the_module(django_db_setup, django_db_blocker):
    from welcome.places.seed import load_places

    with kept_for_the_module(django_db_blocker):
        yield load_places()


@pytest.fixture
def seeded_once(_seeded_for_the_module, db):
    """The seed, loaded once for a module whose tests all start from it (test_seed_loaded.py; about ten
    seconds a load). It stays until the module ends."""
    return _seeded_for_the_module
