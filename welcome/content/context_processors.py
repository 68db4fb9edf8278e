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


def navigation(request):
    """The main sections for the header, in the reader's language."""
    try:
        sections = main_sections_for(get_language())
    except DatabaseError:
        # The error page must render even when the database is down.
        sections = []
    path = request.path
    return {"main_sections": [{**item, "active": path.startswith(item["url"])} for item in sections]}
