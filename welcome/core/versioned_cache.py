"""Values kept under a key that carries a version: in the process's memory in front of the shared cache.

Such a key never gets another value (a change bumps the version, and so the key), so each process
may keep what it has read once. On Redis, the menu, the site's links and the home page Wagtail
routes from were a network round trip each on every page (about 1.5 ms of an uncached article).
The memory is Django's local-memory cache (settings CACHES["local"]), which hands out copies.
"""

from django.core.cache import cache, caches


def get(key):
    """The value under `key`, from this process's memory, else from the shared cache; None if neither has it."""
    local = caches["local"]
    value = local.get(key)
    if value is None:
        value = cache.get(key)
        if value is not None:
            local.set(key, value)
    return value


def set(key, value, timeout):
    cache.set(key, value, timeout)
    caches["local"].set(key, value, timeout)
