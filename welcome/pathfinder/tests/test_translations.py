"""Step texts as wagtail-localize translatable snippets: loaded, read, outdated and synced (decision 0021)."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils.html import escape
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, TranslationSource

from welcome.core.testing import log_in
from welcome.core.translated_texts import SEED_TOOL_NAME, outdated_translations
from welcome.pathfinder.models import ChecklistStep, StepText

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = sorted({code for code, _name in settings.LANGUAGES} - {settings.LANGUAGE_CODE})
INDEX = "/admin/snippets/pathfinder/steptext/"
RESULT = (
    "/{lang}/path/result/?purpose=work_offer&where_now=abroad&citizenship=IN&qualification=degree"
    "&qualification_country=other&field=other&recognised=no&salary=50700&german=none&family=none&city=dortmund"
)
ROUTE = "route-blue-card"


@pytest.fixture
def editor(client, django_user_model):
    log_in(client, django_user_model.objects.create_superuser("step-editor", password="pw"))
    return client


def _text(key, code):
    return StepText.objects.get(step__key=key, locale__language_code=code)


def test_after_the_load_every_step_text_and_its_translations_are_known_to_wagtail_localize(rules):
    sources = TranslationSource.objects.filter(
        specific_content_type__model="steptext", locale__language_code=settings.LANGUAGE_CODE
    ).prefetch_related("translations__target_locale")
    assert sources.count() == ChecklistStep.objects.count()
    for source in sources:
        assert sorted(t.target_locale.language_code for t in source.translations.all()) == OTHER_LANGUAGES
    assert outdated_translations(StepText) == []


def test_a_reader_gets_their_language_else_the_next_of_their_chain(client, rules, settings):
    ukrainian = _text(ROUTE, "uk").title
    assert escape(ukrainian) in client.get(RESULT.format(lang="uk")).content.decode()
    _text(ROUTE, "uk").delete()
    html = client.get(RESULT.format(lang="uk")).content.decode()
    assert f'<h3 class="checklist__title" lang="en">{escape(_text(ROUTE, "en").title)}</h3>' in html
    settings.LANGUAGE_FALLBACKS = {**settings.LANGUAGE_FALLBACKS, "uk": ["pl", "de"]}
    html = client.get(RESULT.format(lang="uk")).content.decode()
    assert f'<h3 class="checklist__title" lang="pl">{escape(_text(ROUTE, "pl").title)}</h3>' in html


def test_seeded_translations_carry_the_notice_until_a_translator_saves_them(client, rules):
    notice = "not yet reviewed by a person"
    assert notice in client.get(RESULT.format(lang="en")).content.decode()
    # What the translation editor stores when a translator saves each string.
    english = Locale.objects.get(language_code="en")
    StringTranslation.objects.filter(locale=english, tool_name=SEED_TOOL_NAME).update(
        translation_type="manual", tool_name=""
    )
    assert notice not in client.get(RESULT.format(lang="en")).content.decode()


def test_changing_the_german_text_makes_the_translations_outdated_and_sync_keeps_the_title(editor, client, rules):
    german = _text(ROUTE, "de")
    english_title = _text(ROUTE, "en").title
    response = editor.post(
        f"{INDEX}edit/{german.pk}/", {"step": german.step_id, "title": german.title, "text": "Neu: {blue-card}."}
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert sorted(t.target_locale.language_code for t in outdated_translations(StepText)) == OTHER_LANGUAGES

    source = TranslationSource.objects.get_for_instance(german)
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert editor.post(sync, {"publish_translations": "on"}).status_code == 302
    assert outdated_translations(StepText) == []
    english = _text(ROUTE, "en")
    # The unchanged title keeps its translation; the changed explanation waits for a translator,
    # and readers meanwhile get the German text marked as German.
    assert (english.title, english.text) == (english_title, "Neu: {blue-card}.")
    html = client.get(RESULT.format(lang="en")).content.decode()
    assert f'<h3 class="checklist__title" lang="de">{escape(german.title)}</h3>' in html


def test_a_german_text_naming_an_unknown_figure_is_refused_in_the_admin(editor, rules):
    german = _text(ROUTE, "de")
    response = editor.post(
        f"{INDEX}edit/{german.pk}/", {"step": german.step_id, "title": german.title, "text": "Mind. {blue-crad}."}
    )
    assert response.status_code == 200 and "blue-crad" in response.content.decode()
    assert _text(ROUTE, "de").text == german.text


def test_the_text_list_offers_translate_for_a_new_text(editor, rules):
    step = ChecklistStep.objects.create(key="library-card", phase="months")
    text = StepText.objects.create(step=step, title="Bibliotheksausweis holen", text="Bücher und Deutschkurse.")
    html = editor.get(INDEX, {"q": "Bibliotheksausweis"}).content.decode()
    assert f"/admin/localize/submit/snippet/pathfinder/steptext/{text.pk}/" in html
