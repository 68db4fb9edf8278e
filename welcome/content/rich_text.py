"""Links between pages in rich text, resolved to the reader's language in two queries per page.

Wagtail's own handler looks up the locale and the translation of every link on its own (an
article took about 30 queries). This one gives the same `<a href>`: the live translation in
the active language, else the linked page itself. While a page is served, the links of its
whole body are resolved at once; elsewhere, each text's links are resolved together.
"""

import re
from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import Q
from django.utils.html import escape
from django.utils.translation import get_language
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler

LINK_TAG = re.compile(r"<a\s[^>]*>")
PAGE_LINK = re.compile(r"""\blinktype=\\?["']page\b""")
LINK_ID = re.compile(r"""\bid=\\?["'](\d+)""")

# (language, page id) -> URL, for the page being served.
_resolved = ContextVar("resolved_page_links", default=None)


def page_urls_in_language(page_ids, language, request=None):
    """Each linked page's URL in `language` where a live translation exists, else its own.

    With the request, Wagtail reads the site's root paths once instead of once per link.
    """
    linked_keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    pages = Page.objects.filter(
        Q(pk__in=page_ids) | Q(translation_key__in=linked_keys, locale__language_code=language, live=True)
    ).select_related("locale")
    linked = {}
    translated = {}
    for page in pages:
        if page.pk in page_ids:
            linked[page.pk] = page
        if page.live and page.locale.language_code == language:
            translated[page.translation_key] = page
    return {pk: translated.get(page.translation_key, page).get_url(request) for pk, page in linked.items()}


def linked_page_ids(*stream_values):
    """The ids of the pages the rich text in these StreamField values links to."""
    found = set()
    for value in stream_values:
        for tag in LINK_TAG.findall(str(value.raw_data)):
            if PAGE_LINK.search(tag) and (pk := LINK_ID.search(tag)):
                found.add(int(pk.group(1)))
    return found


@contextmanager
def page_links_resolved(page_ids, request):
    """While rendering a page: its links, resolved at once for the active language."""
    language = get_language()
    urls = page_urls_in_language(page_ids, language, request) if page_ids else {}
    token = _resolved.set({(language, pk): url for pk, url in urls.items()})
    try:
        yield
    finally:
        _resolved.reset(token)


class LocalizedPageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        language = get_language()
        known = _resolved.get() or {}
        ids = [int(attrs["id"]) if str(attrs.get("id", "")).isdigit() else None for attrs in attrs_list]
        missing = {pk for pk in ids if pk is not None and (language, pk) not in known}
        urls = {**{pk: url for (code, pk), url in known.items() if code == language}}
        if missing:
            urls.update(page_urls_in_language(missing, language))
        return [f'<a href="{escape(urls[pk])}">' if urls.get(pk) else "<a>" for pk in ids]
