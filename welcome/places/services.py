"""What the directory does: find places, decide which are verified, describe them, count them per city."""

import json

from django.conf import settings
from django.db.models import Case, Count, IntegerField, Prefetch, Q, Value, When
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from welcome.core.region import CITIES, city_name

from .models import CONTACT_FACTS, FACT_FIELDS, REGION_WIDE, Place, PlaceDescription, PlaceFact, PlaceKind

# The order a newcomer needs them in: residence first, then recognition, work, study, daily life.
KIND_ORDER = [
    PlaceKind.FOREIGNERS_OFFICE,
    PlaceKind.REGISTRATION_OFFICE,
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
    PlaceKind.REGISTRATION_OFFICE: "GovernmentOffice",
    PlaceKind.WELCOME_CENTRE: "GovernmentOffice",
    PlaceKind.RECOGNITION: "GovernmentOrganization",
    PlaceKind.CHAMBER: "Organization",
    PlaceKind.HIGHER_EDUCATION: "CollegeOrUniversity",
    PlaceKind.SCHOOL: "School",
    PlaceKind.MIGRATION_COUNSELLING: "NGO",
    PlaceKind.LANGUAGE_COURSES: "EducationalOrganization",
    PlaceKind.EMPLOYMENT_AGENCY: "GovernmentOffice",
}


def verification_gaps(place):
    """What keeps a place from counting as verified (fact labels); empty when it is verified.

    A place is verified when its address, at least one way to get in touch and its hours (or how
    to book) were each checked on an official page, and no fact readers see lacks a source.
    """
    sources = place.sources_by_fact()
    gaps = [
        fact.label
        for fact, fields in FACT_FIELDS.items()
        if fact not in sources and any(getattr(place, name) for name in fields)
    ]
    # A sourced address without a street is a checked fact too: the service has no visiting address.
    if PlaceFact.ADDRESS not in sources and PlaceFact.ADDRESS.label not in gaps:
        gaps.insert(0, PlaceFact.ADDRESS.label)
    contact_labels = {fact.label for fact in CONTACT_FACTS}
    if not any(fact in sources and getattr(place, fact) for fact in CONTACT_FACTS) and not contact_labels & set(gaps):
        gaps.append(_("Phone, e-mail or contact form"))
    if not (place.opening_hours and PlaceFact.OPENING_HOURS in sources) and PlaceFact.OPENING_HOURS.label not in gaps:
        gaps.append(PlaceFact.OPENING_HOURS.label)
    return gaps


def refresh_verification(place):
    """Sets verified and verified_on from the sources (saved, so the change signals fire)."""
    verified = not verification_gaps(place)
    checked = [source.checked_on for source in place.sources.all()]
    place.verified = verified
    place.verified_on = max(checked) if verified else None
    place.save(update_fields=["verified", "verified_on"])
    return verified


# What every city and district must offer a newcomer in its own directory (issue 9); a region-wide
# service such as online counselling does not stand in for a local office.
REQUIRED_KINDS = [
    PlaceKind.FOREIGNERS_OFFICE,
    PlaceKind.REGISTRATION_OFFICE,
    PlaceKind.EMPLOYMENT_AGENCY,
    PlaceKind.MIGRATION_COUNSELLING,
]


def missing_required_kinds():
    """{city slug: [kinds it has no place of]} for each city or district still lacking a required kind."""
    present = set(Place.objects.filter(kind__in=REQUIRED_KINDS).exclude(city="").values_list("city", "kind"))
    missing = {}
    for slug, _name, _kind in CITIES:
        kinds = [kind for kind in REQUIRED_KINDS if (slug, kind) not in present]
        if kinds:
            missing[slug] = kinds
    return missing


def verified_share_by_kind():
    """[(kind label, verified, total)] for every kind that has places, in the order readers need them."""
    rows = Place.objects.values("kind").annotate(total=Count("pk"), verified=Count("pk", filter=Q(verified=True)))
    counts = {row["kind"]: (row["verified"], row["total"]) for row in rows}
    return [(kind.label, *counts[kind]) for kind in KIND_ORDER if kind in counts]


def _in_kind_order(places):
    order = Case(*[When(kind=kind, then=Value(i)) for i, kind in enumerate(KIND_ORDER)], output_field=IntegerField())
    return places.annotate(kind_rank=order).order_by("kind_rank", "city", "name")


def readable_places(language):
    """Places with what readers see of them: their descriptions in `language` and its fallbacks, and
    their sources, each in one query (Place.description_in picks the description)."""
    descriptions = Prefetch("descriptions", queryset=PlaceDescription.objects.readable_in(language))
    return Place.objects.prefetch_related(descriptions, "sources")


def find_places(language, city="", kind=""):
    """Places in a city (or REGION_WIDE: those serving the whole region) and of a kind; empty means any."""
    places = readable_places(language)
    if city == REGION_WIDE:
        places = places.filter(city="")
    elif city:
        places = places.filter(city=city)
    if kind:
        places = places.filter(kind=kind)
    return _in_kind_order(places)


def places_for_city(city):
    """The places of one city, most important first: what its city page shows.

    Without their texts and sources: the city page lists names and kinds only, so it reads the
    places in one query and leaves the descriptions and facts to the directory.
    """
    return _in_kind_order(Place.objects.filter(city=city))


def count_by_city():
    """{city slug: number of places}, for the map and its text alternative."""
    rows = Place.objects.exclude(city="").values("city").annotate(n=Count("pk"))
    return {row["city"]: row["n"] for row in rows}


def place_schema(place, page_url, language):
    """The place as schema.org data (a dict), in the reader's language where we have the text."""
    description, _lang = place.description_in(language)
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(place.kind, "Organization"),
        "name": place.name,
        "url": page_url,
        "description": description.text if description else str(place.kind_explanation),
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
