"""Where each city's page is for a reader: in their language, else in the nearest language it has."""

from django.core.cache import cache

from welcome.core.languages import fallback_chain

from .context_processors import navigation_cache_key


def city_page_urls(language):
    """slug → URL of the city's page in `language`, or in the first language of its fallback
    chain that has it (cached until the next publish)."""
    from .models import CityPage

    key = navigation_cache_key(language) + ":cities"
    urls = cache.get(key)
    if urls is None:
        languages = [language, *fallback_chain(language)]
        pages = CityPage.objects.live().public().filter(locale__language_code__in=languages).select_related("locale")
        by_language = sorted(pages, key=lambda page: languages.index(page.locale.language_code), reverse=True)
        urls = {page.slug: page.get_url() for page in by_language}
        cache.set(key, urls, 3600)
    return urls
