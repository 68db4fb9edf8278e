"""Which pages need an editor: reviews that are due and translations left behind."""

from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from wagtail.models import Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation, TranslationSource

from welcome.core import translated_texts

from .models import CONTENT_PAGE_MODELS


@dataclass
class OutdatedTranslation:
    page: Page
    source: Page
    reason: str


def pages_due_for_review(today=None):
    """Live content pages whose review date has passed, the longest overdue first."""
    today = today or timezone.localdate()
    due = []
    for model in CONTENT_PAGE_MODELS:
        for page in model.objects.live().select_related("locale"):
            if page.review_due < today:
                due.append(page)
    return sorted(due, key=lambda page: page.review_due)


def outdated_translations():
    """Translations whose German source changed after they were last brought up to date.

    A translation wagtail-localize manages is outdated when the source page was published after
    wagtail-localize last read it ("Sync translated pages" brings it up to date). A translation it
    does not manage (written by hand in the page editor) is outdated when its source was published
    after it.
    """
    source_language = settings.LANGUAGE_CODE
    source_pages = {
        page.translation_key: page
        for page in Page.objects.type(*CONTENT_PAGE_MODELS).live().filter(locale__language_code=source_language)
    }
    synced = {
        source.object_id: source.last_updated_at
        for source in TranslationSource.objects.filter(locale__language_code=source_language)
    }
    managed = set(
        Translation.objects.filter(enabled=True, source__locale__language_code=source_language).values_list(
            "source__object_id", "target_locale_id"
        )
    )
    outdated = []
    translations = (
        Page.objects.type(*CONTENT_PAGE_MODELS)
        .live()
        .exclude(locale__language_code=source_language)
        .select_related("locale")
        .order_by("locale__language_code", "path")
    )
    for page in translations:
        source = source_pages.get(page.translation_key)
        if source is None or source.last_published_at is None:
            continue
        if (page.translation_key, page.locale_id) in managed:
            if source.last_published_at > synced[page.translation_key]:
                outdated.append(OutdatedTranslation(page, source, "sync"))
        elif page.last_published_at and source.last_published_at > page.last_published_at:
            outdated.append(OutdatedTranslation(page, source, "newer_source"))
    return outdated


def outdated_snippet_translations():
    """Translations of translatable snippets (place descriptions, events, step texts, programmes)
    whose German words changed since the last "Sync translated snippets"."""
    return [
        translation
        for model in get_snippet_models()
        if issubclass(model, TranslatableMixin)
        for translation in translated_texts.outdated_translations(model)
    ]
