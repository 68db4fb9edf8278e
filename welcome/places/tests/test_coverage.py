"""Which kinds of office each city and district still lacks (what the seed gives them: test_seed_loaded.py)."""

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
