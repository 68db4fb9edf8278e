"""The embedded default's file cache stays within its size without listing its folder on every write."""

from welcome.core.file_cache import FileCache


def _cache(tmp_path, max_entries):
    return FileCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": max_entries, "CULL_FREQUENCY": 2}})


def test_the_folder_is_listed_once_every_hundred_writes(tmp_path, monkeypatch):
    cache = _cache(tmp_path, max_entries=1000)
    listings = []
    original = cache._list_cache_files
    monkeypatch.setattr(cache, "_list_cache_files", lambda: listings.append(1) or original())
    for number in range(300):
        cache.set(f"key-{number}", "value")
    assert len(listings) == 3


def test_a_full_cache_is_still_culled(tmp_path, monkeypatch):
    monkeypatch.setattr(FileCache, "CHECK_EVERY", 5)
    cache = _cache(tmp_path, max_entries=10)
    for number in range(100):
        cache.set(f"key-{number}", "value")
    assert len(list(tmp_path.glob("*.djcache"))) <= 10 + 5
    assert cache.get("key-99") == "value"
