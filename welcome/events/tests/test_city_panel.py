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
