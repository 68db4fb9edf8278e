"""The directory page: filters by city and kind, unknown values, pagination, languages."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def names(response):
    return [place.name for place in response.context["page"].object_list]


def test_without_filters_every_place_is_listed_residence_offices_first(client, make_place):
    make_place(kind="language_courses", name="VHS")
    make_place(kind="foreigners_office", name="Office")
    response = client.get("/en/places/")
    assert response.status_code == 200
    assert names(response) == ["Office", "VHS"]


def test_city_filter_shows_only_that_city(client, make_place):
    make_place(city="essen", name="In Essen")
    make_place(city="bochum", name="In Bochum")
    response = client.get("/en/places/", {"city": "essen"})
    assert names(response) == ["In Essen"]


def test_kind_filter_shows_only_that_kind(client, make_place):
    make_place(kind="chamber", name="Chamber")
    make_place(kind="school", name="School")
    response = client.get("/en/places/", {"kind": "school"})
    assert names(response) == ["School"]


def test_city_and_kind_together(client, make_place):
    make_place(city="essen", kind="chamber", name="Essen chamber")
    make_place(city="essen", kind="school", name="Essen school")
    make_place(city="bochum", kind="chamber", name="Bochum chamber")
    response = client.get("/en/places/", {"city": "essen", "kind": "chamber"})
    assert names(response) == ["Essen chamber"]


def test_region_wide_choice_lists_places_without_a_city(client, make_place):
    make_place(city="", kind="recognition", name="ZAB", town="Bonn")
    make_place(city="essen", kind="recognition", name="Local")
    response = client.get("/en/places/", {"city": "region"})
    assert names(response) == ["ZAB"]


@pytest.mark.parametrize(
    "query",
    [
        {"city": "atlantis"},
        {"kind": "palace"},
        {"city": "x" * 500, "kind": "<script>"},
        {"city": ["essen", "bochum"]},
        {"page": "-1"},
        {"page": "abc"},
        {"page": "99999"},
    ],
)
def test_unknown_values_are_reported_never_a_failure(client, make_place, query):
    make_place(name="Still listed", city="bochum")  # a repeated parameter counts with its last value
    response = client.get("/en/places/", query)
    assert response.status_code == 200
    assert "Still listed" in names(response)


def test_an_unknown_city_is_dropped_but_a_good_kind_still_applies(client, make_place):
    make_place(kind="chamber", name="Chamber")
    make_place(kind="school", name="School")
    response = client.get("/en/places/", {"city": "atlantis", "kind": "school"})
    assert names(response) == ["School"]
    html = response.content.decode()
    assert "We do not know this choice" in html
    assert 'aria-describedby="id_city_error"' in html


def test_the_filter_form_keeps_the_chosen_values(client, make_place):
    make_place()
    html = client.get("/en/places/", {"city": "essen", "kind": "chamber"}).content.decode()
    assert '<option value="essen" selected>' in html
    assert '<option value="chamber" selected>' in html


def test_text_in_the_readers_language_else_english_else_german_marked_with_its_language(client, make_place):
    make_place(name="Office", description="Deutscher Text", texts={"ar": "نص عربي", "en": "English text"})
    make_place(name="Other", description="Nur Deutsch")
    assert "نص عربي" in client.get("/ar/places/").content.decode()
    french = client.get("/fr/places/").content.decode()
    assert 'lang="en" dir="auto">English text' in french
    assert 'lang="de" dir="auto">Nur Deutsch' in french


def test_unverified_places_say_so_verified_ones_do_not(client, make_place):
    make_place(name="Unchecked")
    html = client.get("/en/places/").content.decode()
    assert "not yet verified" in html
    from welcome.places.models import Place

    Place.objects.update(verified=True, verified_on="2026-11-25")
    assert "not yet verified" not in client.get("/en/places/").content.decode()


def test_every_language_renders_the_directory(client, make_place):
    make_place()
    for code in ["de", "en", "ar", "tr", "uk", "ru", "pl", "ro", "es", "fr"]:
        assert client.get(f"/{code}/places/", {"city": "essen"}).status_code == 200


def test_detail_page_and_unknown_place(client, make_place):
    place = make_place(
        name="Bürgerdienste", phone="+49 231 50-27132", email="a@example.org", website="https://example.org"
    )
    response = client.get(reverse("places:detail", args=[place.slug]))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'href="tel:+4923150027132"' not in html  # the number keeps its digits as written
    assert 'href="tel:+492315027132"' in html
    assert client.get("/en/places/no-such-place/").status_code == 404


def test_opening_hours_kept_in_german_say_so_to_other_readers(client, make_place):
    # Screen readers switch voice on lang: German hours read with an Arabic voice are noise.
    place = make_place(opening_hours="Mo–Fr 8–12 Uhr", street_address="Kopstadtplatz 13", postcode="45127")
    arabic = client.get(f"/ar/places/{place.slug}/").content.decode()
    assert '<span lang="de" dir="auto">Mo–Fr 8–12 Uhr</span>' in arabic
    assert '<address lang="de" dir="auto">Kopstadtplatz 13' in arabic
    # Sighted readers are told too: the hours are the office's own words.
    assert "<small>(بالألمانية، كما يذكرها المكتب)</small>" in arabic
    german = client.get(f"/de/places/{place.slug}/").content.decode()
    assert '<span dir="auto">Mo–Fr 8–12 Uhr</span>' in german
    assert '<address dir="auto">Kopstadtplatz 13' in german
    assert "auf Deutsch" not in german
