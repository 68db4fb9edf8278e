"""The sitemap: an index with one sitemap per language (Django's sitemap framework).

Each language's sitemap lists its live pages, a thousand per file, each with the languages
it exists in as alternates. Absolute addresses use SITE_URL. The page cache keeps them until
the next publish.
"""

from collections import defaultdict
from functools import reduce
from operator import or_
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Q
from wagtail.models import Page, Site

from welcome.core.languages import language_codes

from .models import CONTENT_PAGE_MODELS


def _public_content_pages():
    """Live public content pages that have an address: under a site's root or one of its translations
    (a home page that is no site's root has none, and its pages are left out)."""
    roots = [root.root_path for root in Site.get_site_root_paths()]
    if not roots:
        return Page.objects.none()
    on_a_site = reduce(or_, (Q(url_path__startswith=root) for root in roots))
    return Page.objects.type(*CONTENT_PAGE_MODELS).live().public().filter(on_a_site)


class LanguageSitemap(Sitemap):
    limit = 1000

    def __init__(self, language):
        self.language = language
        self.protocol = urlsplit(settings.SITE_URL).scheme

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc

    def items(self):
        return _public_content_pages().filter(locale__language_code=self.language).order_by("path")

    def location(self, page):
        return page.get_url()

    def lastmod(self, page):
        return page.last_published_at

    def get_urls(self, page=1, site=None, protocol=None):
        """Django's entries, each with the page's languages as alternates (one query per file)."""
        urls = super().get_urls(page, site, protocol)
        keys = [url["item"].translation_key for url in urls]
        translations = defaultdict(list)
        for translation in _public_content_pages().filter(translation_key__in=keys).select_related("locale"):
            translations[translation.translation_key].append(translation)
        for url in urls:
            url["alternates"] = [
                {"lang_code": item.locale.language_code, "location": settings.SITE_URL + item.get_url()}
                for item in translations[url["item"].translation_key]
            ]
        return urls


SITEMAPS = {code: LanguageSitemap(code) for code in language_codes()}
