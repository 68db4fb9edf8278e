"""Values under versioned keys: kept in each process's memory, never served for another version."""

from django.core.cache import cache, caches

from welcome.content.context_processors import navigation_version
from welcome.core import versioned_cache


def test_a_value_read_once_is_served_from_the_process_memory_after():
    versioned_cache.set("menu:7:en", ["Work"], 60)
    cache.delete("menu:7:en")
    assert versioned_cache.get("menu:7:en") == ["Work"]


def test_a_value_another_process_stored_is_read_from_the_shared_cache_and_kept():
    cache.set("menu:8:en", ["Study"], 60)
    assert versioned_cache.get("menu:8:en") == ["Study"]
    assert caches["local"].get("menu:8:en") == ["Study"]
    assert versioned_cache.get("menu:9:en") is None


def test_after_the_shared_cache_is_emptied_the_navigation_version_is_one_never_used_before():
    """Redis keeps nothing on disk: after a restart, copies kept in memory under the old numbers must not match."""
    before = navigation_version()
    cache.clear()
    assert navigation_version() != before
