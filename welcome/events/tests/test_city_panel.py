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
def test_titles_picked_in_sql_are_those_text_for_picks(make_event, language):
    """The city panel's one-query titles follow the same chain as the detail page: reader, English, German."""
    from welcome.events.models import Event

    make_event(title="Nur Deutsch")
    make_event(title="Mit Englisch", texts={"en": ("With English", "")})
    make_event(title="Mit Ukrainisch", texts={"uk": ("З українською", "")})
    make_event(title="Mit beiden", texts={"en": ("With both", ""), "uk": ("З обома", "")})
    for event in Event.objects.with_title_in(language).prefetch_related("texts"):
        title, _description, text_language = event.text_for(language)
        assert (event.text_title, event.text_language) == (title, text_language)
