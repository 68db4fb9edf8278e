"""The one place that decides where a link to a page leads for a reader.

The page in the reader's language if it is live; else the first language of the reader's fallback
chain (settings.LANGUAGE_FALLBACKS, welcome.core.languages.fallback_chain) that has it; never
silently German. Each answer is a PageLink that knows the language it landed on, so the link can
say so ("(in English)"). Rich text, navigation, city links, the path check and the study finder
resolve their links here.
"""

from django.db.models import Q
from django.utils.translation import get_language
from wagtail.models import Page

from welcome.core.languages import fallback_chain
from welcome.core.links import PageLink


def reading_order(language):
    """The reader's language, then its fallback chain."""
    return [language, *fallback_chain(language)]


def _best(candidates, languages):
    """The candidate in the earliest language of `languages`, else any (a page only in another language)."""
    ranked = sorted(
        candidates,
        key=lambda page: languages.index(page.locale.language_code) if page.locale.language_code in languages else 99,
    )
    return ranked[0] if ranked else None


def best_link(pages, language=None, request=None):
    """The PageLink to the one of these versions of a page a reader of `language` should get."""
    best = _best(pages, reading_order(language or get_language()))
    return _link(best, request) if best is not None else None


def _link(page, request):
    url = page.get_url(request)
    return PageLink(url, page.title, page.locale.language_code) if url else None


def links_by_key(translation_keys, language=None, request=None):
    """{translation key: PageLink} for pages known by their translation key, in one query."""
    languages = reading_order(language or get_language())
    pages = Page.objects.live().filter(translation_key__in=set(translation_keys), locale__language_code__in=languages)
    by_key = {}
    for page in pages.select_related("locale"):
        by_key.setdefault(page.translation_key, []).append(page)
    links = {key: _link(_best(found, languages), request) for key, found in by_key.items()}
    return {key: link for key, link in links.items() if link}


def links_by_id(page_ids, language=None, request=None):
    """{page id: PageLink} for pages known by the id of any of their versions (rich text), in one query.

    A linked page that is live only in a language outside the chain is still linked, labelled.
    """
    page_ids = set(page_ids)
    languages = reading_order(language or get_language())
    linked_keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    pages = Page.objects.filter(
        Q(pk__in=page_ids) | Q(translation_key__in=linked_keys, locale__language_code__in=languages, live=True)
    )
    by_key, key_of = {}, {}
    for page in pages.select_related("locale"):
        if page.pk in page_ids:
            key_of[page.pk] = page.translation_key
        if page.live:
            by_key.setdefault(page.translation_key, []).append(page)
    links = {pk: _link(best, request) for pk, key in key_of.items() if (best := _best(by_key.get(key, []), languages))}
    return {pk: link for pk, link in links.items() if link}


def link_to(page, language=None, request=None):
    """The PageLink for one page (any of its versions), or None when no version is live."""
    if page is None:
        return None
    return links_by_key([page.translation_key], language, request).get(page.translation_key)
