"""What the finder does: narrow the confirmed programmes by filters and text, in the reader's language.

Facts live on the source (German) rows, which wagtail-localize keeps in step with every translation;
the finder filters those and then fetches, in one query, the translated names of the programmes shown.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from wagtail.coreutils import get_supported_content_language_variant

from . import search
from .models import Programme, Start

UNCHECKED_AFTER = timedelta(days=365)


def source_programmes():
    # By language code, not Locale.get_default(): one query less on every page that counts programmes.
    source_language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    return Programme.objects.filter(locale__language_code=source_language).select_related("university")


def published_programmes():
    return source_programmes().confirmed()


def find_programmes(
    programmes, degree="", teaching_language="", subject_area="", university="", city="", start="", admission="", q=""
):
    """Narrows programmes; an empty filter means any. "Both languages" programmes count for German and for English."""
    if degree:
        programmes = programmes.filter(degree=degree)
    if teaching_language:
        programmes = programmes.filter(teaching_language__in=[teaching_language, "de-en"])
    if subject_area:
        programmes = programmes.filter(subject_area=subject_area)
    if university:
        programmes = programmes.filter(university__slug=university)
    if city:
        programmes = programmes.filter(city=city)
    if start:
        programmes = programmes.filter(start__in=[start, Start.BOTH])
    if admission:
        programmes = programmes.filter(admission=admission)
    condition = search.matching(q) if q else None
    if condition is not None:
        programmes = programmes.filter(condition)
    return programmes


def add_translations(programmes, language):
    """Sets `shown_translation` on each programme: its name in the reader's language, if translated."""
    programmes = list(programmes)
    keys = [programme.translation_key for programme in programmes]
    translated = dict(
        Programme.objects.filter(translation_key__in=keys, locale__language_code=language).values_list(
            "translation_key", "name_translation"
        )
    )
    for programme in programmes:
        programme.shown_translation = translated.get(programme.translation_key) or (
            programme.name_translation if language == programme.locale.language_code else ""
        )
    return programmes


def programme_in_language(translation_key, language):
    """(source programme, its translation in this language or None) for a confirmed programme."""
    source = published_programmes().get(translation_key=translation_key)
    translated = Programme.objects.filter(translation_key=translation_key, locale__language_code=language).first()
    return source, translated


def unchecked_programmes(today=None):
    """Programmes whose last check is more than 12 months ago (or never happened): the review list."""
    today = today or timezone.localdate()
    return source_programmes().unchecked_since(today - UNCHECKED_AFTER).order_by("checked_on", "name")


# The portal pages a programme page links to, by their content keys (docs/content-format.md).
RELATED_PAGE_KEYS = {
    "recognition": "recognition/overview",
    "visa": "study-research/studying",
    "health_insurance": "living/health-insurance",
}


def related_pages(request=None):
    """{"visa": PageLink, ...}: each page in the reader's language, else in the first language of their
    fallback chain that has it (welcome.content.links); missing ones left out."""
    from welcome.content.links import links_by_key
    from welcome.demo.loader.files import translation_key_for

    keys = {name: translation_key_for(content_key) for name, content_key in RELATED_PAGE_KEYS.items()}
    links = links_by_key(keys.values(), request=request)
    return {name: links[key] for name, key in keys.items() if key in links}
