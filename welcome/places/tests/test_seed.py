"""The seed file and `load_places`: complete, honest about verification, safe to run again."""

import pytest
from django.conf import settings
from django.core.management import call_command

from welcome.places.models import Place
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
