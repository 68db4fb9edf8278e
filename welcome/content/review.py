"""Which pages need an editor: reviews that are due and translations left behind."""

from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

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
    """Translations whose source page changed after they were last updated.

    For translations made in wagtail-localize, its sync status counts: the source was
    edited after wagtail-localize last read it. For the others (imported or written by
    hand), the versions decide: the source was published after the translation.
    """
    source_pages = {
        page.translation_key: page
        for page in Page.objects.type(*CONTENT_PAGE_MODELS).live().filter(locale__language_code=settings.LANGUAGE_CODE)
    }
    synced = {
        source.object_id: source.last_updated_at
        for source in TranslationSource.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    }
    outdated = []
    translations = (
        Page.objects.type(*CONTENT_PAGE_MODELS)
        .live()
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .select_related("locale")
        .order_by("locale__language_code", "path")
    )
    for page in translations:
        source = source_pages.get(page.translation_key)
        if source is None or source.last_published_at is None:
            continue
        last_sync = synced.get(page.translation_key)
        if last_sync is not None and source.last_published_at > last_sync:
            outdated.append(OutdatedTranslation(page, source, "sync"))
        elif page.last_published_at and source.last_published_at > page.last_published_at:
            outdated.append(OutdatedTranslation(page, source, "newer_source"))
    return outdated
