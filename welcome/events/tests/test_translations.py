"""Events as wagtail-localize translatable snippets: loaded, read, outdated and synced (decision 0021)."""

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from welcome.core.testing import log_in
from welcome.core.translated_texts import outdated_translations
from welcome.events.models import Event
from welcome.events.sample_data import SAMPLE_EVENTS

pytestmark = pytest.mark.django_db

INDEX = "/admin/snippets/events/event/"


@pytest.fixture
def editor(client, django_user_model):
    log_in(client, django_user_model.objects.create_superuser("event-editor", password="pw"))
    return client


def _form_data(event, **changes):
    """The German event's edit form as the editor submits it."""
    data = {
        "title": event.title,
        "kind": event.kind,
        "description": event.description,
        "starts_at": event.local_start.strftime("%Y-%m-%d %H:%M"),
        "ends_at": event.local_end.strftime("%Y-%m-%d %H:%M"),
        "city": event.city,
        "venue": event.venue,
        "languages": event.languages,
    }
    return data | changes


def test_after_the_sample_load_every_event_and_its_translations_are_known_to_wagtail_localize():
    call_command("load_sample_events", stdout=open("/dev/null", "w"))
    for sample in SAMPLE_EVENTS:
        event = Event.objects.for_readers().get(sample_key=sample["key"])
        source = TranslationSource.objects.get_for_instance(event)
        assert sorted(t.target_locale.language_code for t in source.translations.all()) == sorted(sample["texts"])
        assert sorted(event.get_translations().values_list("locale__language_code", flat=True)) == sorted(
            sample["texts"]
        )
    assert outdated_translations(Event) == []
    # Readers see each event once, however many languages it has.
    assert Event.objects.upcoming().filter(is_sample=True).count() == len(SAMPLE_EVENTS)


def test_a_reader_gets_their_language_else_the_next_of_their_chain(client, make_event, settings):
    event = make_event(title="Infoabend", texts={"uk": ("Інформаційний вечір", "Опис"), "en": ("Info evening", "Text")})
    other = make_event(title="Stammtisch", texts={"en": ("Regulars' table", "Meet"), "pl": ("Spotkanie", "Opis")})
    assert "Інформаційний вечір</h1>" in client.get(f"/uk/events/{event.pk}/").content.decode()
    assert ' lang="en">Regulars&#x27; table</h1>' in client.get(f"/uk/events/{other.pk}/").content.decode()
    settings.LANGUAGE_FALLBACKS = {**settings.LANGUAGE_FALLBACKS, "uk": ["pl", "de"]}
    assert ' lang="pl">Spotkanie</h1>' in client.get(f"/uk/events/{other.pk}/").content.decode()


def test_a_translation_is_not_an_event_of_its_own(client, make_event):
    event = make_event(title="Infoabend", texts={"en": ("Info evening", "Text")})
    translation = event.get_translation(Locale.objects.get(language_code="en"))
    assert client.get(f"/en/events/{translation.pk}/").status_code == 404
    html = client.get("/en/events/").content.decode()
    assert html.count("Info evening") == 1


def test_changing_the_german_title_makes_the_translations_outdated_and_sync_keeps_the_rest(editor, client, make_event):
    event = make_event(
        title="Infoabend", description="Über Anerkennung.", texts={"en": ("Info evening", "On recognition.")}
    )
    assert outdated_translations(Event) == []
    response = editor.post(f"{INDEX}edit/{event.pk}/", _form_data(event, title="Infoabend am Dienstag"))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert [t.target_locale.language_code for t in outdated_translations(Event)] == ["en"]

    source = TranslationSource.objects.get_for_instance(event)
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert editor.post(sync, {"publish_translations": "on"}).status_code == 302
    assert outdated_translations(Event) == []
    english = event.get_translation(Locale.objects.get(language_code="en"))
    # The unchanged description keeps its translation; the changed title waits for a translator.
    assert (english.title, english.description) == ("Infoabend am Dienstag", "On recognition.")
    html = client.get(f"/en/events/{event.pk}/").content.decode()
    assert ' lang="de">Infoabend am Dienstag</h1>' in html


def test_a_fact_changed_on_the_german_event_reaches_every_reader_at_once(client, make_event):
    event = make_event(venue="Rathaus", texts={"uk": ("Вечір", "Опис")})
    event.venue = "Stadtbibliothek"
    event.save()
    assert "Stadtbibliothek" in client.get(f"/uk/events/{event.pk}/").content.decode()
    assert outdated_translations(Event) == []  # no words changed: nothing for a translator to do


def test_the_event_list_offers_translate(editor, make_event):
    for code, _name in settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    event = make_event(title="Zu übersetzen")
    html = editor.get(INDEX).content.decode()
    assert f"/admin/localize/submit/snippet/events/event/{event.pk}/" in html
