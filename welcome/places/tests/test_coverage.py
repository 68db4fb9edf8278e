"""Which kinds of office each city and district still lacks, and which seed places must stay verified."""

import pytest
from django.core.management import call_command

from welcome.core.region import CITIES
from welcome.places import services
from welcome.places.models import Place, PlaceKind

pytestmark = pytest.mark.django_db


def give_every_required_kind(make_place, city):
    for kind in services.REQUIRED_KINDS:
        make_place(kind=kind, city=city)


def test_a_city_with_every_required_kind_is_not_reported_and_one_without_is(make_place):
    give_every_required_kind(make_place, "essen")
    missing = services.missing_required_kinds()
    assert "essen" not in missing
    assert missing["hamm"] == services.REQUIRED_KINDS
    assert set(missing) == {slug for slug, _name, _kind in CITIES} - {"essen"}


def test_removing_the_only_counselling_service_of_a_city_reports_it(make_place):
    give_every_required_kind(make_place, "essen")
    Place.objects.filter(city="essen", kind=PlaceKind.MIGRATION_COUNSELLING).delete()
    assert services.missing_required_kinds()["essen"] == [PlaceKind.MIGRATION_COUNSELLING]


def test_online_counselling_for_the_whole_region_does_not_stand_in_for_a_local_service(make_place):
    give_every_required_kind(make_place, "essen")
    Place.objects.filter(city="essen", kind=PlaceKind.MIGRATION_COUNSELLING).update(city="")
    assert services.missing_required_kinds()["essen"] == [PlaceKind.MIGRATION_COUNSELLING]


def test_places_report_names_what_each_city_lacks(make_place, capsys):
    give_every_required_kind(make_place, "essen")
    make_place(kind=PlaceKind.FOREIGNERS_OFFICE, city="herne")
    call_command("places_report", "--gaps")
    output = capsys.readouterr().out
    assert "Missing in essen" not in output
    assert "Missing in herne: Registration office, Employment agency and job centre, Migration counselling" in output


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
