from django.core.cache import cache
from django.db import DatabaseError
from django.utils.translation import get_language

NAVIGATION_CACHE_VERSION_KEY = "content:navigation:version"


def navigation_cache_key(language_code):
    version = cache.get_or_set(NAVIGATION_CACHE_VERSION_KEY, 1, None)
    return f"content:navigation:{version}:{language_code}"


def main_sections_for(language_code):
    """The home page's sections in one language, as plain data (cached)."""
    from .models import HomePage, SectionPage

    key = navigation_cache_key(language_code)
    sections = cache.get(key)
    if sections is None:
        home = HomePage.objects.filter(locale__language_code=language_code).live().first()
        sections = []
        if home is not None:
            sections = [
                {"title": section.title, "url": section.get_url(), "path": section.url_path}
                for section in SectionPage.objects.child_of(home).live().public().in_menu()
            ]
        cache.set(key, sections, 3600)
    return sections


# The pages every page links to (header and footer), by their slug under about/.
ABOUT_PAGES = {
    "privacy": "privacy",
    "imprint": "imprint",
    "accessibility": "accessibility",
    "easy_language": "easy-language",
}


def about_links_for(language_code):
    """The URL of each page in ABOUT_PAGES in one language, else its German page's, else None (cached)."""
    from django.conf import settings

    from .models import ArticlePage

    key = navigation_cache_key(language_code).replace("navigation", "about-links", 1)
    links = cache.get(key)
    if links is None:
        languages = [language_code, settings.LANGUAGE_CODE]
        candidates = ArticlePage.objects.live().filter(
            slug__in=ABOUT_PAGES.values(), locale__language_code__in=languages, url_path__contains="/about/"
        )
        found = {(page.slug, page.locale.language_code): page for page in candidates.select_related("locale")}
        links = {}
        for name, slug in ABOUT_PAGES.items():
            page = found.get((slug, language_code)) or found.get((slug, settings.LANGUAGE_CODE))
            links[name] = page.get_url() if page else None
        cache.set(key, links, 3600)
    return links


def navigation(request):
    """The main sections for the header and the about pages' links, in the reader's language."""
    language = get_language()
    try:
        sections = main_sections_for(language)
        about_links = about_links_for(language)
    except DatabaseError:
        # The error page must render even when the database is down.
        sections, about_links = [], {}
    path = request.path
    return {
        "main_sections": [{**item, "active": path.startswith(item["url"])} for item in sections],
        "about_links": about_links,
    }
