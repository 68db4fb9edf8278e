"""The directory as load_places leaves it: what the seed gives every city, verified and translated.

The seed is loaded once for the whole module (about ten seconds a load; each test runs in a savepoint
of its own), and its tests run on one test worker, so it is loaded once per suite.
"""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail_localize.models import TranslationSource

from welcome.core.region import CITIES
from welcome.core.translated_texts import outdated_translations
from welcome.places import services
from welcome.places.models import Place, PlaceDescription, PlaceFact, PlaceKind
from welcome.places.seed import read_seed

pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("places-seed")]

OTHER_LANGUAGES = sorted({code for code, _name in settings.LANGUAGES} - {settings.LANGUAGE_CODE})


def test_seed_has_a_foreigners_office_for_each_of_the_15_cities_and_districts(seeded_once):
    cities = set(Place.objects.filter(kind=PlaceKind.FOREIGNERS_OFFICE).values_list("city", flat=True))
    assert cities == {slug for slug, _name, _kind in CITIES}


def test_seed_covers_every_kind_and_the_named_bodies(seeded_once):
    assert set(Place.objects.values_list("kind", flat=True)) == set(PlaceKind.values)
    for slug in [
        "welcomecenter-essen",
        "welcome-office-bochum",
        "buergerdienste-international-dortmund",
        "zab",
        "ihk-fosa",
        "bezirksregierung-muenster-gesundheitsberufe",
        "bezirksregierung-detmold-lehrkraefte",
        "bezirksregierung-arnsberg-lehrkraefte",
        "zsba",
        "ruhr-universitaet-bochum",
        "tu-dortmund",
        "universitaet-duisburg-essen",
        "international-school-ruhr",
    ]:
        assert Place.objects.filter(slug=slug).exists(), slug


def test_a_reader_gets_the_description_in_their_own_language(client, seeded_once):
    entry = next(entry for entry in read_seed() if entry["slug"] == "buergerdienste-international-dortmund")
    for code in sorted({code for code, _name in settings.LANGUAGES} - {settings.LANGUAGE_CODE}):
        with translation.override(code):
            html = client.get(reverse("places:detail", args=[entry["slug"]])).content.decode()
        first_words = " ".join(entry["texts"][code].split()[:4])
        assert f'<p class="lead" dir="auto">{first_words}' in html, code


def test_the_nrw_recognition_authorities_and_the_checked_city_offices_are_verified_in_the_seed(seeded_once):
    slugs = [
        "bezirksregierung-muenster-gesundheitsberufe",
        "bezirksregierung-detmold-lehrkraefte",
        "bezirksregierung-arnsberg-lehrkraefte",
        "zsba",
        "buergerdienste-international-dortmund",
        "buergerdienste-dortmund",
        "buergeramt-hagen",
        "buergerbuero-castrop-rauxel",
    ]
    verified = set(Place.objects.filter(slug__in=slugs, verified=True).values_list("slug", flat=True))
    assert verified == set(slugs)


def test_the_seed_gives_every_city_and_district_a_foreigners_and_a_registration_office(seeded_once):
    missing = services.missing_required_kinds()
    for kind in (PlaceKind.FOREIGNERS_OFFICE, PlaceKind.REGISTRATION_OFFICE):
        assert [city for city, kinds in missing.items() if kind in kinds] == [], kind


def test_every_verified_place_of_the_seed_has_a_source_for_every_fact_it_shows(seeded_once):
    verified = Place.objects.filter(verified=True).prefetch_related("sources")
    assert verified.count() >= 13
    for place in verified:
        assert services.verification_gaps(place) == [], place.slug
        assert all(source.url.startswith(("https://", "http://")) for source in place.sources.all())


def test_seed_names_essens_new_office_and_every_district_says_which_towns_it_serves(seeded_once):
    essen = Place.objects.get(slug="auslaenderbehoerde-essen")
    assert essen.street_address == "Kruppstraße 16" and essen.verified
    assert "Schederhof" not in essen.street_address
    for slug in ("ennepe-ruhr-kreis", "kreis-recklinghausen", "kreis-unna", "kreis-wesel"):
        office = Place.objects.get(kind="foreigners_office", city=slug)
        assert office.sources.filter(fact=PlaceFact.AREA).exists(), slug
        assert "eigene Ausländerbehörde" in office.descriptions.get(locale__language_code="de").text, slug


def test_seed_holds_no_placeholder_counselling_entries(seeded_once):
    assert not Place.objects.filter(
        website__in=["https://www.caritas.de", "https://www.diakonie.de", "https://www.awo.org"]
    )


def test_places_report_prints_the_verified_share_per_kind(seeded_once, capsys):
    call_command("places_report", "--gaps")
    output = capsys.readouterr().out
    offices = Place.objects.filter(kind="foreigners_office")
    assert f"Foreigners' office: {offices.filter(verified=True).count()} of {offices.count()} verified" in output
    assert "All places: " in output
    assert "  auslaenderbehoerde-hamm: Address" in output


def test_after_a_load_every_description_and_its_translations_are_known_to_wagtail_localize(seeded_once):
    described = [entry for entry in read_seed() if entry.get("description")]
    sources = TranslationSource.objects.filter(
        specific_content_type__model="placedescription", locale__language_code=settings.LANGUAGE_CODE
    )
    assert sources.count() == len(described) > 0
    for source in sources.prefetch_related("translations__target_locale"):
        locales = sorted(t.target_locale.language_code for t in source.translations.all())
        assert locales == OTHER_LANGUAGES, source.object_repr
    assert PlaceDescription.objects.count() == len(described) * len(settings.LANGUAGES)
    assert outdated_translations(PlaceDescription) == []


def test_load_places_is_idempotent_and_keeps_editors_changes(seeded_once, capsys):
    first = Place.objects.count()
    Place.objects.filter(slug="zab").update(phone="+49 228 000", verified=True, verified_on="2026-11-25")
    call_command("load_places")
    out = capsys.readouterr().out
    assert Place.objects.count() == first
    assert Place.objects.get(slug="zab").phone == "+49 228 000"
    assert "0 created" in out and f"{first} in the directory" in out
