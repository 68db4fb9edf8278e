"""Per-fact sources: what makes a place verified and what readers see (the seed's sources: test_seed_loaded.py)."""

import datetime

import pytest
from django.utils import translation

from welcome.places import services
from welcome.places.models import PlaceFact, PlaceSource

pytestmark = pytest.mark.django_db

OFFICIAL = "https://www.essen.de/auslaenderbehoerde"
TODAY = datetime.date(2026, 12, 1)


def source(place, *facts, checked_on=TODAY):
    for fact in facts:
        PlaceSource.objects.create(place=place, fact=fact, url=OFFICIAL, checked_on=checked_on)
    services.refresh_verification(place)
    place.refresh_from_db()
    return place


@pytest.fixture
def office(make_place):
    return make_place(street_address="Kruppstraße 16", opening_hours="Nur mit Termin.", phone="+49 201 88-38883")


def test_address_contact_and_hours_each_with_a_source_make_a_place_verified(office):
    source(office, PlaceFact.ADDRESS, PlaceFact.PHONE, PlaceFact.OPENING_HOURS, checked_on=TODAY)
    assert office.verified and office.verified_on == TODAY
    assert services.verification_gaps(office) == []


def test_a_fact_readers_see_without_a_source_keeps_the_place_unverified(office):
    office.email = "abh@essen.de"
    office.save()
    source(office, PlaceFact.ADDRESS, PlaceFact.PHONE, PlaceFact.OPENING_HOURS)
    assert not office.verified and office.verified_on is None
    with translation.override("en"):
        assert [str(gap) for gap in services.verification_gaps(office)] == ["E-mail"]


def test_without_any_way_to_get_in_touch_a_place_is_not_verified(make_place):
    place = make_place(street_address="Olpe 1", opening_hours="Nur mit Termin.")
    source(place, PlaceFact.ADDRESS, PlaceFact.OPENING_HOURS)
    assert not place.verified
    with translation.override("en"):
        assert "Phone, e-mail or contact form" in [str(gap) for gap in services.verification_gaps(place)]


def test_reader_sees_please_check_with_the_office_for_unverified_facts_in_their_language(client, make_place):
    place = make_place(street_address="Olpe 1", phone="+49 231 50-27132")
    source(place, PlaceFact.PHONE)
    html = client.get(f"/de/places/{place.slug}/").content.decode()
    assert "Bitte fragen Sie bei der Stelle nach." in html
    assert f'href="{OFFICIAL}" rel="external">Quelle</a>' in html
    assert "Please check with the office." not in html
    arabic = client.get(f"/ar/places/{place.slug}/").content.decode()
    assert "يرجى الاستفسار لدى الجهة نفسها." in arabic


def test_reader_sees_when_and_where_each_fact_was_checked(client, office):
    source(office, PlaceFact.ADDRESS, PlaceFact.PHONE, PlaceFact.OPENING_HOURS)
    html = client.get(f"/en/places/{office.slug}/").content.decode()
    assert html.count(f'href="{OFFICIAL}" rel="external">source</a>') == 3
    assert "checked on 1 December 2026" in html
    assert "Please check with the office." in html  # e-mail and languages: not known


def test_a_service_checked_to_have_no_visiting_address_says_so(client, make_place):
    place = make_place(town="", email="recognition@arbeitsagentur.de", opening_hours="Per E-Mail.")
    source(place, PlaceFact.ADDRESS, PlaceFact.EMAIL, PlaceFact.OPENING_HOURS)
    assert place.verified
    html = client.get(f"/en/places/{place.slug}/").content.decode()
    assert "no visiting address" in html
