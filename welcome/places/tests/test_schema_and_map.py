"""schema.org data on each place, the region map and its text list, the city page panel."""

import json
import re

import pytest

from welcome.core.region import CITIES

pytestmark = pytest.mark.django_db


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD block"
    return json.loads(match.group(1))


def test_each_place_carries_schema_org_data(client, make_place):
    place = make_place(
        kind="foreigners_office",
        name="Ausländerbehörde Essen",
        street_address="Kruppstraße 16",
        postcode="45128",
        town="Essen",
        phone="+49 201 123",
        website="https://www.essen.de",
        languages=["de", "en"],
        description="Aufenthalt",
        texts={"en": "Residence permits"},
    )
    data = json_ld(client.get(f"/en/places/{place.slug}/").content.decode())
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "GovernmentOffice"
    assert data["name"] == "Ausländerbehörde Essen"
    assert data["description"] == "Residence permits"
    assert data["address"] == {
        "@type": "PostalAddress",
        "addressCountry": "DE",
        "streetAddress": "Kruppstraße 16",
        "postalCode": "45128",
        "addressLocality": "Essen",
    }
    assert data["telephone"] == "+49 201 123"
    assert data["sameAs"] == "https://www.essen.de"
    assert data["availableLanguage"] == ["de", "en"]
    assert data["url"].endswith(f"/en/places/{place.slug}/")


def test_schema_data_cannot_close_its_script_block(client, make_place):
    place = make_place(name="Evil </script><script>alert(1)</script>")
    html = client.get(f"/en/places/{place.slug}/").content.decode()
    assert "</script><script>alert(1)" not in html
    assert json_ld(html)["name"] == "Evil </script><script>alert(1)</script>"


def _city_link(slug):
    """Dortmund has a page (in German only, the end of the Arabic fallback chain); the others none yet."""
    return "/de/cities/dortmund/" if slug == "dortmund" else f"/ar/places/?city={slug}"


def test_the_map_links_every_city_and_district_to_its_city_page(client, make_place, site_content):
    make_place(city="essen")
    make_place(city="essen")
    html = client.get("/ar/places/").content.decode()
    svg = html[html.index("<svg") : html.index("</svg>")]
    for slug, _name, _kind in CITIES:
        assert f'href="{_city_link(slug)}"' in svg, slug
    assert svg.count("<a href=") == 15
    assert "<title" in svg
    assert "<script" not in svg and "http" not in svg.replace("http://www.w3.org", "")
    # The text alternative: every city page and each city's filtered directory.
    listing = html[html.index('class="places-map__list"') :]
    for slug, _name, _kind in CITIES:
        assert f'href="{_city_link(slug)}"' in listing
        assert f'href="/ar/places/?city={slug}"' in listing


def test_map_shapes_stay_on_the_canvas():
    from welcome.places.map import region_map

    for shape in region_map({}, "en"):
        assert shape["r"] <= shape["x"] <= 600 - shape["r"]
        assert shape["r"] <= shape["y"] <= 340 - shape["r"]


def test_city_page_lists_its_places_and_links_to_the_filtered_directory(client, site_content, make_place):
    from welcome.content.models import CityPage

    city = CityPage.objects.first()
    make_place(city=city.slug, name="Local office")
    make_place(city="nowhere-else" if city.slug != "essen" else "bochum", name="Elsewhere")
    html = client.get(city.url).content.decode()
    assert "Local office" in html
    assert "Elsewhere" not in html
    assert f"/places/?city={city.slug}" in html


def test_city_page_without_places_shows_no_panel(site_content, rf):
    from welcome.content.models import CityPage
    from welcome.places.wagtail_hooks import places_in_city

    city = CityPage.objects.first()
    assert places_in_city(city, rf.get("/")) is None
