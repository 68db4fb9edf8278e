from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
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
@receiver(post_delete, sender=PageViewRestriction)
def reindex_after_privacy_change(sender, instance, **kwargs):
    """A page made private leaves the search at once, with everything below it; made public again, it returns."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:  # None when the restriction goes because its page was deleted
        index_subtree(page)


@receiver(post_save, sender=SynonymGroup)
@receiver(post_delete, sender=SynonymGroup)
def rebuild_after_synonym_change(sender, **kwargs):
    """Every page may use the changed words; rebuild in the background once the change is saved."""
    forget_synonyms()
    transaction.on_commit(lambda: rebuild_search_index.enqueue())
