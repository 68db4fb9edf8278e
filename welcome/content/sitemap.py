"""/sitemap.xml: every live page in every language it exists in, with its alternates."""

from collections import defaultdict

from django.conf import settings
from django.shortcuts import render
from django.views.decorators.cache import cache_page
from wagtail.models import Page

from .models import CONTENT_PAGE_MODELS


@cache_page(600)
def sitemap(request):
    pages = Page.objects.type(*CONTENT_PAGE_MODELS).live().public().select_related("locale").specific()
    by_key = defaultdict(list)
    for page in pages:
        by_key[page.translation_key].append(page)
    entries = []
    for group in by_key.values():
        alternates = [
            {"code": page.locale.language_code, "url": settings.SITE_URL + page.get_url(request)} for page in group
        ]
        for page in group:
            entries.append(
                {
                    "url": settings.SITE_URL + page.get_url(request),
                    "lastmod": page.last_published_at,
                    "alternates": alternates,
                }
            )
    return render(request, "content/sitemap.xml", {"entries": entries}, content_type="application/xml")
