"""Links between pages in rich text, resolved to the reader's language in one query per page.

Wagtail's own handler looks up the locale and the translation of every link on its own (an
article took about 30 queries). This one resolves them through welcome.content.links: the live
translation in the active language, else the first language of its fallback chain that has the
page. A link that leaves the reader's language gets hreflang here; the rich-text template
(wagtailcore/shared/richtext.html) then adds "(in English)" inside it. While a page is served,
the links of its whole body are resolved at once, when the first text is rendered (a body taken
from the fragment cache needs none); elsewhere, each text's links together.
"""

import re
from contextlib import contextmanager
from contextvars import ContextVar

from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail.rich_text.pages import PageLinkHandler

from .links import links_by_id

LINK_TAG = re.compile(r"<a\s[^>]*>")
PAGE_LINK = re.compile(r"""\blinktype=\\?["']page\b""")
LINK_ID = re.compile(r"""\bid=\\?["'](\d+)""")

# The links of the page being served.
_served_page_links = ContextVar("served_page_links", default=None)


def linked_page_ids(*stream_values):
    """The ids of the pages the rich text in these StreamField values links to."""
    found = set()
    for value in stream_values:
        for tag in LINK_TAG.findall(str(value.raw_data)):
            if PAGE_LINK.search(tag) and (pk := LINK_ID.search(tag)):
                found.add(int(pk.group(1)))
    return found


class ServedPageLinks:
    """The links in the rich text of the page being served, read in one query the first time one is needed."""

    def __init__(self, stream_values, language, request):
        self.stream_values = stream_values
        self.language = language
        self.request = request

    @cached_property
    def page_ids(self):
        return linked_page_ids(*self.stream_values)

    @cached_property
    def by_id(self):
        return links_by_id(self.page_ids, self.language, self.request) if self.page_ids else {}


@contextmanager
def page_links_resolved(stream_values, request):
    """While rendering a page: the links of these StreamField values, resolved together for the active language."""
    token = _served_page_links.set(ServedPageLinks(stream_values, get_language(), request))
    try:
        yield
    finally:
        _served_page_links.reset(token)


def opening_tag(link):
    if link is None:
        return "<a>"
    if link.leaves_language:
        return format_html('<a href="{}" hreflang="{}">', link.url, link.language)
    return format_html('<a href="{}">', link.url)


class LocalizedPageLinkHandler(PageLinkHandler):
    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        language = get_language()
        ids = [int(attrs["id"]) if str(attrs.get("id", "")).isdigit() else None for attrs in attrs_list]
        served = _served_page_links.get()
        known = served.page_ids if served is not None and served.language == language else set()
        links = served.by_id if known.intersection(ids) else {}
        missing = {pk for pk in ids if pk is not None and pk not in known}
        if missing:
            links = {**links, **links_by_id(missing, language)}
        return [opening_tag(links.get(pk)) for pk in ids]
