from django_tasks import task

from .indexing import rebuild_index


@task()
def rebuild_search_index():
    """Rebuilds the whole index, e.g. after editors changed synonyms."""
    return rebuild_index()
