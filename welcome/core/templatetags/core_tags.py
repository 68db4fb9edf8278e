"""Template tags of the design system: language links and small formatting helpers."""

import re

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from ..languages import in_language, language_choices

register = template.Library()


def _alternates(context):
    """The current page in every language: what the view gave us, else the same URL path.

    Views of Wagtail pages put `language_alternates` in the context (only the
    translations that exist are available); Django views share their URL patterns in
    every language, so the same path with another prefix is the same page.
    """
    given = context.get("language_alternates")
    if given is not None:
        return given
    request = context.get("request")
    path = request.get_full_path() if request else "/"
    return [
        {"code": lang["code"], "url": translate_url(path, lang["code"]), "available": True}
        for lang in language_choices()
    ]


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    by_code = {item["code"]: item for item in _alternates(context)}
    links = []
    for lang in language_choices():
        item = by_code.get(lang["code"])
        if item:
            links.append({**lang, "url": item["url"], "available": item.get("available", True)})
    current_code = context.get("LANG")
    current = next((link for link in links if link["code"] == current_code), language_choices()[0])
    return {
        "links": links,
        "current": current,
        "some_missing": any(not link["available"] for link in links),
    }


@register.inclusion_tag("includes/hreflang_links.html", takes_context=True)
def hreflang_links(context):
    """`<link rel=alternate hreflang>` for every language the page exists in."""
    base = settings.SITE_URL
    links = [
        {"code": item["code"], "absolute_url": base + item["url"]}
        for item in _alternates(context)
        if item.get("available", True)
    ]
    default = next((link["absolute_url"] for link in links if link["code"] == settings.FALLBACK_LANGUAGE), None)
    return {"links": links, "default_url": default}


@register.inclusion_tag("includes/page_link.html")
def page_link(link, text="", class_name=""):
    """`<a>` to a PageLink (welcome.core.links): `text` in the reader's words, else the page's title.

    A page in another language gets hreflang and the label "(in English)" inside the link, so
    that the link's name says where it leads.
    """
    return {"link": link, "text": text, "class_name": class_name}


# A rich-text page link that leaves the reader's language (content/rich_text.py gives it hreflang).
OTHER_LANGUAGE_LINK = re.compile(r"""(<a\b[^>]*\bhreflang="([a-z-]+)"[^>]*>)(.*?)</a>""", re.DOTALL)


@register.filter
def label_other_language_links(html):
    """Adds "(in English)" before the end of each rich-text link that leads to another language."""

    def labelled(match):
        opening, code, content = match.groups()
        if 'class="link-language"' in content:
            return match.group(0)
        return format_html(
            '{}{} <span class="link-language">({})</span></a>',
            mark_safe(opening),
            mark_safe(content),
            in_language(code),
        )

    return mark_safe(OTHER_LANGUAGE_LINK.sub(labelled, str(html)))
