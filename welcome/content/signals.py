from django.core.cache import cache
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .context_processors import NAVIGATION_CACHE_VERSION_KEY


@receiver(page_published)
@receiver(page_unpublished)
def refresh_navigation(sender, **kwargs):
    """A published or withdrawn page may change the menu in its language."""
    try:
        cache.incr(NAVIGATION_CACHE_VERSION_KEY)
    except ValueError:
        cache.set(NAVIGATION_CACHE_VERSION_KEY, 1, None)
