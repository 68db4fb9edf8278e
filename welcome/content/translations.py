"""Which languages a page exists in, and what readers see when theirs is missing."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page

from welcome.core.languages import language_codes, language_direction, language_name


def live_translations(page):
    """The page and its live, public translations, keyed by language code."""
    if hasattr(page, "public_only"):
        # A content page being served knows its translations and the site's restrictions already.
        pages = page.public_only(page.live_translations)
    else:
        pages = page.get_translations(inclusive=True).live().public().select_related("locale")
    return {item.locale.language_code: item for item in pages}


def language_alternates(page, request=None):
    """The page in every portal language: its URL there, or the missing-translation notice."""
    existing = live_translations(page)
    alternates = []
    for code in language_codes():
        if code in existing:
            alternates.append({"code": code, "url": existing[code].get_url(request), "available": True})
        else:
            with translation.override(code):
                url = reverse("content:missing_translation", args=[page.pk])
            alternates.append({"code": code, "url": url, "available": False})
    return alternates


def available_versions(page):
    """Where a page exists, for the missing-translation notice: title, language, link."""
    return [
        {
            "code": code,
            "name": language_name(code),
            "dir": language_direction(code),
            "title": item.title,
            "url": item.get_url(),
        }
        for code, item in sorted(live_translations(page).items(), key=lambda pair: language_codes().index(pair[0]))
    ]


def find_page_in_other_languages(path):
    """A page that exists at this path in another language (same slugs), or None.

    Readers who follow a shared link into a language the page is not written in get the
    missing-translation notice instead of a bare 404.
    """
    parts = path.strip("/").split("/", 1)
    if not parts or parts[0] not in language_codes():
        return None
    rest = parts[1] if len(parts) > 1 else ""
    if not rest:
        return None
    homes = Page.objects.filter(depth=2).values_list("url_path", flat=True)
    candidates = [home + rest.rstrip("/") + "/" for home in homes]
    return Page.objects.live().public().filter(url_path__in=candidates).first()


def locale_for(language_code):
    return Locale.objects.filter(language_code=language_code).first() or Locale.objects.get(
        language_code=settings.LANGUAGE_CODE
    )
