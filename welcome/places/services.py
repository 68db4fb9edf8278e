"""What the directory does: find places, describe them for search engines, count them per city."""

import json

from django.conf import settings
from django.db.models import Case, Count, IntegerField, Value, When
from django.utils.safestring import mark_safe

from welcome.core.region import city_name

from .models import REGION_WIDE, Place, PlaceKind

# The order a newcomer needs them in: residence first, then recognition, work, study, daily life.
KIND_ORDER = [
    PlaceKind.FOREIGNERS_OFFICE,
    PlaceKind.WELCOME_CENTRE,
    PlaceKind.RECOGNITION,
    PlaceKind.CHAMBER,
    PlaceKind.EMPLOYMENT_AGENCY,
    PlaceKind.MIGRATION_COUNSELLING,
    PlaceKind.LANGUAGE_COURSES,
    PlaceKind.HIGHER_EDUCATION,
    PlaceKind.SCHOOL,
]

SCHEMA_TYPES = {
    PlaceKind.FOREIGNERS_OFFICE: "GovernmentOffice",
    PlaceKind.WELCOME_CENTRE: "GovernmentOffice",
    PlaceKind.RECOGNITION: "GovernmentOrganization",
    PlaceKind.CHAMBER: "Organization",
    PlaceKind.HIGHER_EDUCATION: "CollegeOrUniversity",
    PlaceKind.SCHOOL: "School",
    PlaceKind.MIGRATION_COUNSELLING: "NGO",
    PlaceKind.LANGUAGE_COURSES: "EducationalOrganization",
    PlaceKind.EMPLOYMENT_AGENCY: "GovernmentOffice",
}


def _in_kind_order(places):
    order = Case(*[When(kind=kind, then=Value(i)) for i, kind in enumerate(KIND_ORDER)], output_field=IntegerField())
    return places.annotate(kind_rank=order).order_by("kind_rank", "city", "name")


def find_places(city="", kind=""):
    """Places in a city (or REGION_WIDE: those serving the whole region) and of a kind; empty means any."""
    places = Place.objects.prefetch_related("texts")
    if city == REGION_WIDE:
        places = places.filter(city="")
    elif city:
        places = places.filter(city=city)
    if kind:
        places = places.filter(kind=kind)
    return _in_kind_order(places)


def places_for_city(city):
    """The places of one city, most important first: what its city page shows."""
    return find_places(city=city)


def count_by_city():
    """{city slug: number of places}, for the map and its text alternative."""
    rows = Place.objects.exclude(city="").values("city").annotate(n=Count("pk"))
    return {row["city"]: row["n"] for row in rows}


def place_schema(place, page_url, language):
    """The place as schema.org data (a dict), in the reader's language where we have the text."""
    description, _lang = place.text_for(language)
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(place.kind, "Organization"),
        "name": place.name,
        "url": page_url,
        "description": description or str(place.kind_explanation),
    }
    if place.website:
        data["sameAs"] = place.website
    if place.phone:
        data["telephone"] = place.phone
    if place.email:
        data["email"] = place.email
    if place.street_address or place.town:
        address = {"@type": "PostalAddress", "addressCountry": "DE"}
        for key, value in (
            ("streetAddress", place.street_address),
            ("postalCode", place.postcode),
            ("addressLocality", place.town),
        ):
            if value:
                address[key] = value
        data["address"] = address
    if place.city:
        data["areaServed"] = city_name(place.city)
    if place.languages:
        data["availableLanguage"] = place.languages
    return data


# Escaped like Django's json_script, so "</script>" inside a text cannot end the block.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def json_ld(data):
    """A JSON-LD body safe inside <script type="application/ld+json"> (no "</script>" can end it early)."""
    return mark_safe(json.dumps(data, ensure_ascii=False, indent=1).translate(JSON_ESCAPES))


def absolute_url(path):
    return settings.SITE_URL + path
