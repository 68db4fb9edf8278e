from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished

from .context_processors import NAVIGATION_CACHE_VERSION_KEY
from .figure_tokens import forget_figures
from .figures import Figure


@receiver(page_published)
@receiver(page_unpublished)
def refresh_navigation(sender, **kwargs):
    """A published or withdrawn page may change the menu in its language."""
    try:
        cache.incr(NAVIGATION_CACHE_VERSION_KEY)
    except ValueError:
        cache.set(NAVIGATION_CACHE_VERSION_KEY, 1, None)


# Pages read the figures from the cache; a changed figure must show on the next render.
post_save.connect(forget_figures, sender=Figure, dispatch_uid="forget-figures-saved")
post_delete.connect(forget_figures, sender=Figure, dispatch_uid="forget-figures-deleted")
