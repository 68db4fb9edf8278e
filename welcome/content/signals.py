from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .context_processors import NAVIGATION_CACHE_VERSION_KEY, first_navigation_version
from .figure_tokens import forget_figures
from .figures import Figure
from .operator import OperatorDetails


def _bump_navigation_version():
    try:
        cache.incr(NAVIGATION_CACHE_VERSION_KEY)
    except ValueError:
        cache.set(NAVIGATION_CACHE_VERSION_KEY, first_navigation_version(), None)


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
@receiver(post_delete, sender=Page)
@receiver(post_save, sender=Site)
@receiver(post_delete, sender=Site)
@receiver(post_save, sender=Figure)
@receiver(post_delete, sender=Figure)
@receiver(post_save, sender=OperatorDetails)
def refresh_navigation(sender, **kwargs):
    """Forgets what is kept under the navigation version: menus, site links, the home page serving
    starts from (welcome.content.serving) and article bodies with their links, figures and the
    operator's details.

    At once, and again after the commit: a page rendered in between from the old rows would
    otherwise be kept under the new version.
    """
    _bump_navigation_version()
    transaction.on_commit(_bump_navigation_version)


# Pages read the figures from the cache; a changed figure must show on the next render.
post_save.connect(forget_figures, sender=Figure, dispatch_uid="forget-figures-saved")
post_delete.connect(forget_figures, sender=Figure, dispatch_uid="forget-figures-deleted")
