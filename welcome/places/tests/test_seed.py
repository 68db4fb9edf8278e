"""The seed file and `load_places`: complete, honest about verification, safe to run again."""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from welcome.core.region import CITIES
from welcome.places.models import Place, PlaceKind
from welcome.places.seed import read_seed

pytestmark = pytest.mark.django_db


def test_every_verified_place_says_when_and_against_what():
    for entry in read_seed():
        if entry.get("verified"):
            assert entry.get("verified_on") and entry.get("editor_note"), entry["slug"]


def test_unverified_places_tell_editors_what_to_check():
    for entry in read_seed():
        if not entry.get("verified"):
            assert entry.get("editor_note"), entry["slug"]


def test_every_german_description_has_a_text_in_each_other_language():
    languages = {code for code, _name in settings.LANGUAGES} - {settings.LANGUAGE_CODE}
    for entry in read_seed():
        if entry.get("description"):
            texts = {code for code, text in (entry.get("texts") or {}).items() if text and text.strip()}
            assert texts == languages, (entry["slug"], sorted(languages - texts))


def test_load_places_is_idempotent_and_keeps_editors_changes(capsys):
    call_command("load_places")
    first = Place.objects.count()
    Place.objects.filter(slug="zab").update(phone="+49 228 000", verified=True, verified_on="2026-11-25")
    call_command("load_places")
    out = capsys.readouterr().out
    assert Place.objects.count() == first
    assert Place.objects.get(slug="zab").phone == "+49 228 000"
    assert "0 created" in out and f"{first} in the directory" in out


def test_a_broken_seed_file_is_reported(tmp_path):
    from django.core.management.base import CommandError

    broken = tmp_path / "places.yaml"
    broken.write_text("- slug: x\n  name: X\n  kind: palace\n", encoding="utf-8")
    with pytest.raises(CommandError, match="x"):
        call_command("load_places", file=str(broken))
    assert not Place.objects.filter(slug="x").exists()


def test_language_list_field_filters_on_every_database(make_place):
    make_place(name="Arabic", languages=["de", "ar"])
    make_place(name="Not Arabic", languages=["de", "en"])
    lookup = Place._meta.get_field("languages").lookup("ar")
    assert list(Place.objects.filter(languages__contains=lookup).values_list("name", flat=True)) == ["Arabic"]
    assert Place.objects.get(name="Arabic").languages == ["de", "ar"]


# The loaded directory stays until the module ends (seeded_once): these read it, after the tests above that need
# an empty one.
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
