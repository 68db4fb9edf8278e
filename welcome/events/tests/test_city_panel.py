"""Upcoming events on a city page."""

from datetime import timedelta

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db


def test_city_page_shows_its_upcoming_events_only(client, site_content, make_event):
    from welcome.content.models import CityPage

    city = CityPage.objects.first()
    make_event(title="Here soon", city=city.slug, starts_at=timezone.now() + timedelta(days=3))
    make_event(title="Here past", city=city.slug, starts_at=timezone.now() - timedelta(days=3))
    html = client.get(city.url).content.decode()
    assert "Here soon" in html
    assert "Here past" not in html
    assert f"/events/?city={city.slug}" in html


def test_city_page_shows_the_german_title_even_when_translations_exist(client, site_content, make_event):
    from welcome.content.models import CityPage

    city = CityPage.objects.first()
    make_event(
        title="Willkommenstag",
        city=city.slug,
        starts_at=timezone.now() + timedelta(days=3),
        texts={"en": ("Welcome day", "In English"), "uk": ("День привітання", "Українською")},
    )
    html = client.get(city.url).content.decode()
    assert "Willkommenstag" in html
    assert "Welcome day" not in html and "День привітання" not in html


@pytest.mark.parametrize("language", ["de", "en", "uk", "ar", "fr"])
def test_titles_picked_in_sql_are_those_the_listing_picks(make_event, language):
    """The city panel's one-query titles follow the same chain as the detail page: reader, fallbacks, German."""
    from welcome.events.models import Event
    from welcome.events.services import with_texts

    make_event(title="Nur Deutsch")
    make_event(title="Mit Englisch", texts={"en": ("With English", "")})
    make_event(title="Mit Ukrainisch", texts={"uk": ("З українською", "")})
    make_event(title="Mit beiden", texts={"en": ("With both", ""), "uk": ("З обома", "")})
    picked = {
        event.pk: (event.text_title, event.text_language)
        for event in Event.objects.for_readers().with_title_in(language)
    }
    listed = {
        event.pk: (event.text_title, event.text_language) for event in with_texts(Event.objects.for_readers(), language)
    }
    assert picked == listed and len(picked) == 4
