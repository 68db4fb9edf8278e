"""Loading hundreds of objects with one index update at the end instead of a task per save.

On every save Wagtail queues a reference-index task and modelsearch an admin-search task, and on every publish
the frontend cache queues a purge: a full load queued about 6,700 tasks, which kept the task worker busy for
about a minute of CPU after the load. While loading, those handlers are off; afterwards Wagtail's own commands
rebuild both indexes once, and with a caching proxy configured the live pages are purged in one task.
On PostgreSQL the load ends with ANALYZE, as its manual advises after a bulk load.
"""

import io
from contextlib import contextmanager
from contextvars import ContextVar

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.models.signals import post_save
from modelsearch import index as admin_search
from modelsearch.signal_handlers import post_save_signal_handler as admin_search_on_save
from wagtail.contrib.frontend_cache.signal_handlers import page_published_signal_handler as purge_on_publish
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
from wagtail.models import Page
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.signals import page_published

# A whole load (load_ruhr_content) holds several loaders that use this too: only the outermost updates.
_loading = ContextVar("bulk_loading", default=False)


@contextmanager
def indexes_updated_once():
    """Runs the block without per-save index and purge tasks, then updates the indexes and the proxy once."""
    if _loading.get():
        yield
        return
    token = _loading.set(True)
    searched = [model for model in admin_search.get_indexed_models() if getattr(model, "search_auto_update", True)]
    page_models = [model for model in apps.get_models() if issubclass(model, Page)]
    for model in searched:
        post_save.disconnect(admin_search_on_save, sender=model)
    for model in page_models:
        page_published.disconnect(purge_on_publish, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        _loading.reset(token)
        for model in searched:
            post_save.connect(admin_search_on_save, sender=model)
        for model in page_models:
            page_published.connect(purge_on_publish, sender=model)
    # Their progress lines (a line per model) say nothing a person loading content needs.
    call_command("rebuild_references_index", stdout=io.StringIO())
    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
    _refresh_planner_statistics()
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        purge_pages_from_cache(Page.objects.live().specific())


def _refresh_planner_statistics():
    """Row counts for PostgreSQL's planner: without them (until autovacuum gets there, or never where it is
    off) it guessed, and the query that reads the path check's texts took 48 ms instead of 17."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
