"""Place descriptions as wagtail-localize translatable snippets: loaded, read, outdated and synced (decision 0021)."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from welcome.core.testing import log_in
from welcome.core.translated_texts import SEED_TOOL_NAME, outdated_translations
from welcome.demo.loader.accounts import setup_roles
from welcome.places.models import PlaceDescription

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = sorted({code for code, _name in settings.LANGUAGES} - {settings.LANGUAGE_CODE})
INDEX = "/admin/snippets/places/placedescription/"


@pytest.fixture
def editor(client, django_user_model):
    setup_roles()
    user = django_user_model.objects.create_superuser("localize-editor", password="pw")
    log_in(client, user)
    return client


def _german(place):
    return PlaceDescription.objects.get(place=place, locale__language_code=settings.LANGUAGE_CODE)


def test_a_reader_gets_the_translation_wagtail_localize_made(client, make_place):
    place = make_place(description="Erteilt Aufenthaltstitel.", texts={"uk": "Видає дозволи на проживання."})
    html = client.get(f"/uk/places/{place.slug}/").content.decode()
    assert '<p class="lead" dir="auto">Видає дозволи на проживання.</p>' in html
    # Made from the seed, not yet seen by a translator: the reader is told.
    assert '<p class="notice" role="note">' in html


def test_without_their_language_a_reader_gets_the_next_of_their_fallback_chain(client, make_place, settings):
    place = make_place(
        description="Erteilt Aufenthaltstitel.", texts={"en": "Issues residence permits.", "pl": "Wydaje"}
    )
    html = client.get(f"/uk/places/{place.slug}/").content.decode()
    assert '<p class="lead" lang="en" dir="auto">Issues residence permits.</p>' in html
    settings.LANGUAGE_FALLBACKS = {**settings.LANGUAGE_FALLBACKS, "uk": ["pl", "de"]}
    html = client.get(f"/uk/places/{place.slug}/").content.decode()
    assert '<p class="lead" lang="pl" dir="auto">Wydaje</p>' in html


def test_a_translator_who_saves_the_string_makes_the_notice_go(client, make_place):
    place = make_place(description="Erteilt Aufenthaltstitel.", texts={"en": "Issues residence permits."})
    assert "not yet been reviewed by a person" in client.get(f"/en/places/{place.slug}/").content.decode()
    # What the translation editor stores when a translator saves a string.
    StringTranslation.objects.filter(tool_name=SEED_TOOL_NAME).update(translation_type="manual", tool_name="")
    assert "not yet been reviewed by a person" not in client.get(f"/en/places/{place.slug}/").content.decode()


def test_changing_the_german_text_makes_the_translations_outdated_until_synced(editor, client, make_place):
    place = make_place(
        description="Erteilt Aufenthaltstitel.", texts={"en": "Issues residence permits.", "uk": "Видає"}
    )
    german = _german(place)
    assert outdated_translations(PlaceDescription) == []
    response = editor.post(
        f"{INDEX}edit/{german.pk}/", {"place": place.pk, "text": "Erteilt Aufenthaltstitel und Visa."}
    )
    assert response.status_code == 302
    outdated = outdated_translations(PlaceDescription)
    assert sorted(t.target_locale.language_code for t in outdated) == ["en", "uk"]
    # The editors' review report lists them, each with the way to "Sync translated snippets".
    source = TranslationSource.objects.get_for_instance(german)
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])
    report = editor.get("/admin/reports/content-review/").content.decode()
    assert report.count(f'<a href="{sync}">{place.name}</a>') == 2

    assert editor.post(sync, {"publish_translations": "on"}).status_code == 302
    assert outdated_translations(PlaceDescription) == []
    assert f'<a href="{sync}">' not in editor.get("/admin/reports/content-review/").content.decode()
    # The changed sentence has no translation yet: readers get the German with lang="de", not German marked as English.
    html = client.get(f"/en/places/{place.slug}/").content.decode()
    assert '<p class="lead" lang="de" dir="auto">Erteilt Aufenthaltstitel und Visa.</p>' in html


def test_syncing_keeps_the_translation_of_an_unchanged_text(make_place):
    place = make_place(description="Erteilt Aufenthaltstitel.", texts={"en": "Issues residence permits."})
    german = _german(place)
    german.place.name = "Renamed office"  # a change outside the translated text
    german.place.save()
    source = TranslationSource.objects.get_for_instance(german)
    source.update_from_db()
    for translation in Translation.objects.filter(source=source):
        translation.save_target()
    assert PlaceDescription.objects.get(place=place, locale__language_code="en").text == "Issues residence permits."


def test_the_description_list_offers_translate(editor, make_place):
    for code in OTHER_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    make_place(name="Office to translate", description="Erteilt Aufenthaltstitel.", texts={"en": "Issues permits."})
    html = editor.get(INDEX).content.decode()
    assert "Office to translate" in html
    assert "/admin/localize/submit/snippet/places/placedescription/" in html
    source = TranslationSource.objects.get(specific_content_type__model="placedescription")
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in html  # "Sync translated snippets"


def test_city_editors_see_and_describe_only_the_places_of_their_city(client, django_user_model, make_place):
    setup_roles()
    user = django_user_model.objects.create_user("dortmund-describer", password="pw")
    user.groups.add(Group.objects.get(name="City editors: Dortmund"))
    log_in(client, user)
    dortmund = make_place(city="dortmund", name="Dortmund office", description="In Dortmund.")
    essen = make_place(city="essen", name="Essen office", description="In Essen.")
    html = client.get(INDEX).content.decode()
    assert "Dortmund office" in html and "Essen office" not in html
    assert client.get(f"{INDEX}edit/{_german(dortmund).pk}/").status_code == 200
    assert client.get(f"{INDEX}edit/{_german(essen).pk}/").status_code in (302, 403)
    form = client.get(f"{INDEX}add/").context["form"]
    assert list(form.fields["place"].queryset) == [dortmund]
