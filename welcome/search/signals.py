from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .indexing import index_subtree
from .models import SynonymGroup
from .synonyms import forget_synonyms
from .tasks import rebuild_search_index


@receiver(page_published)
@receiver(page_unpublished)
@receiver(page_slug_changed)
def reindex_after_page_change(sender, instance, **kwargs):
    index_subtree(instance)


@receiver(post_page_move)
def reindex_after_move(sender, instance, **kwargs):
    index_subtree(instance)


@receiver(post_save, sender=PageViewRestriction)
def reindex_after_page_made_private(sender, instance, **kwargs):
    """A page made private leaves the search at once, with everything below it."""
    index_subtree(instance.page)


@receiver(post_delete, sender=PageViewRestriction)
def reindex_after_page_made_public(sender, instance, origin=None, **kwargs):
    """Public again, the page returns; when the page itself is deleted, its entry goes with it."""
    # `origin` is what was deleted: the restriction (or a queryset of them), or the page it belonged to.
    if isinstance(origin, PageViewRestriction) or getattr(origin, "model", None) is PageViewRestriction:
        index_subtree(instance.page)


@receiver(post_save, sender=SynonymGroup)
@receiver(post_delete, sender=SynonymGroup)
def rebuild_after_synonym_change(sender, **kwargs):
    """Every page may use the changed words; rebuild in the background once the change is saved."""
    forget_synonyms()
    transaction.on_commit(lambda: rebuild_search_index.enqueue())
