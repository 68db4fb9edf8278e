"""Where each city's page is for a reader: in their language, else in the nearest language it has."""

from welcome.core import versioned_cache

from .context_processors import navigation_cache_key
from .links import best_link, reading_order


def city_page_links(language):
    """slug → PageLink to the city's page in `language`, or in the first language of its fallback
    chain that has it (welcome.content.links; cached until the next publish)."""
    from .models import CityPage

    key = navigation_cache_key(language) + ":city-links"
    links = versioned_cache.get(key)
    if links is None:
        pages = CityPage.objects.live().public().filter(locale__language_code__in=reading_order(language))
        by_slug = {}
        for page in pages.select_related("locale"):
            by_slug.setdefault(page.slug, []).append(page)
        links = {slug: link for slug, versions in by_slug.items() if (link := best_link(versions, language))}
        versioned_cache.set(key, links, 3600)
    return links
