import time

from django.core.cache import cache
from django.db import DatabaseError
from django.utils.translation import get_language

from welcome.core import versioned_cache
from welcome.core.links import PageLink

NAVIGATION_CACHE_VERSION_KEY = "content:navigation:version"


def first_navigation_version():
    """A version no process has seen: after the cache is cleared (or Redis restarts empty), the
    processes' own copies of an earlier version's values must not match again."""
    return time.time_ns()


def navigation_version(request=None):
    """Bumped whenever what pages show of other pages may have changed (welcome.content.signals);
    read once per request when there is one."""
    version = getattr(request, "navigation_version", None)
    if version is None:
        version = cache.get_or_set(NAVIGATION_CACHE_VERSION_KEY, first_navigation_version, None)
        if request is not None:
            request.navigation_version = version
    return version


def navigation_cache_key(language_code, request=None):
    return f"content:navigation:{navigation_version(request)}:{language_code}"


def main_sections_for(language_code, request=None):
    """The home page's sections in one language, as plain data (cached)."""
    from .models import HomePage, SectionPage

    key = navigation_cache_key(language_code, request)
    sections = versioned_cache.get(key)
    if sections is None:
        home = HomePage.objects.filter(locale__language_code=language_code).live().first()
        sections = []
        if home is not None:
            sections = [
                {"title": section.title, "url": url, "path": section.url_path}
                for section in SectionPage.objects.child_of(home).live().public().in_menu()
                # A section outside every site (its home page is not a site's root) has no address.
                if (url := section.get_url()) is not None
            ]
        versioned_cache.set(key, sections, 3600)
    return sections


# The pages every page links to (header and footer), by their slug under about/.
ABOUT_PAGES = {
    "about": "about",
    "privacy": "privacy",
    "imprint": "imprint",
    "accessibility": "accessibility",
    "easy_language": "easy-language",
}


def site_links_for(language_code, request=None):
    """{"home": PageLink, "about": …, "privacy": …}: the home page and the pages in ABOUT_PAGES for a
    reader of `language_code`, each in the first language of their reading order that has it
    (welcome.content.links); a page that exists in none is left out (cached)."""
    from django.db.models import Q
    from wagtail.models import Page

    from .links import best_link, reading_order

    key = navigation_cache_key(language_code, request).replace("navigation", "site-links", 1)
    links = versioned_cache.get(key)
    if links is None:
        languages = reading_order(language_code)
        slugs = set(ABOUT_PAGES.values())
        candidates = (
            Page.objects.live()
            .filter(locale__language_code__in=languages)
            .filter(
                Q(depth=2) | Q(depth=3, slug="about") | Q(depth__gt=3, slug__in=slugs, url_path__contains="/about/")
            )
            .select_related("locale")
        )
        by_name = {}
        for page in candidates:
            name = "home" if page.depth == 2 else next(n for n, slug in ABOUT_PAGES.items() if slug == page.slug)
            by_name.setdefault(name, []).append(page)
        links = {name: link for name, pages in by_name.items() if (link := best_link(pages, language_code))}
        versioned_cache.set(key, links, 3600)
    return links


def navigation(request):
    """The main sections for the header, the home page's and the about pages' links, for the reader,
    and the navigation version."""
    language = get_language()
    try:
        sections = main_sections_for(language, request)
        site_links = site_links_for(language, request)
    except DatabaseError:
        # The error page must render even when the database is down: the home page's address is
        # the language prefix itself, so it needs no lookup.
        sections, site_links = [], {"home": PageLink(f"/{language}/", "", language)}
    about_links = {name: link for name, link in site_links.items() if name in ABOUT_PAGES}
    path = request.path
    return {
        "main_sections": [{**item, "active": path.startswith(item["url"])} for item in sections],
        "home_link": site_links.get("home"),
        "about_links": about_links,
        # Part of the key of every fragment kept in the cache (the article body).
        "navigation_version": navigation_version(request),
    }
