"""Links between pages in rich text, resolved to the reader's language in one query per page.

Wagtail's own handler looks up the locale and the translation of every link on its own (an
article took about 30 queries). This one resolves them through welcome.content.links: the live
translation in the active language, else the first language of its fallback chain that has the
page. A link that leaves the reader's language gets hreflang here; the rich-text template
(wagtailcore/shared/richtext.html) then adds "(in English)" inside it. While a page is served,
the links of its whole body are resolved at once; elsewhere, each text's links together.
"""

import re
from contextlib import contextmanager
from contextvars import ContextVar

from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail.rich_text.pages import PageLinkHandler

from .links import links_by_id

LINK_TAG = re.compile(r"<a\s[^>]*>")
PAGE_LINK = re.compile(r"""\blinktype=\\?["']page\b""")
LINK_ID = re.compile(r"""\bid=\\?["'](\d+)""")

# (language, page id) -> PageLink, for the page being served.
_resolved = ContextVar("resolved_page_links", default=None)


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
    links = links_by_id(page_ids, language, request) if page_ids else {}
    token = _resolved.set({(language, pk): link for pk, link in links.items()})
    try:
        yield
    finally:
        _resolved.reset(token)


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
        known = _resolved.get() or {}
        ids = [int(attrs["id"]) if str(attrs.get("id", "")).isdigit() else None for attrs in attrs_list]
        missing = {pk for pk in ids if pk is not None and (language, pk) not in known}
        links = {pk: link for (code, pk), link in known.items() if code == language}
        if missing:
            links.update(links_by_id(missing, language))
        return [opening_tag(links.get(pk)) for pk in ids]
