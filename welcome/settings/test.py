"""Tests: the same code, with tasks run at once and fast password hashing.

DATABASE_URL and REDIS_URL still apply, so the suite runs on SQLite and on
PostgreSQL + Redis alike.
"""

import os

from .base import *  # noqa: F401,F403
from .base import LOCAL_CACHE, TASK_QUEUES, VAR_DIR

SECRET_KEY = "test-secret-key-not-for-production"
# Absolute links in tests do not depend on the shell the suite runs in (PORT, SITE_URL).
SITE_URL = "http://127.0.0.1:8000"
WAGTAILADMIN_BASE_URL = SITE_URL
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend", "QUEUES": TASK_QUEUES}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = VAR_DIR / "test-media"
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
ALLOWED_HOSTS = ["*"]
if os.environ.get("REDIS_URL"):
    from .base import CACHES, REDIS_URL, redis_database

    # Tests clear the cache, and clearing a Redis cache empties its whole database: each parallel
    # test worker (PYTEST_XDIST_WORKER gw0, gw1, ...) gets a database of its own.
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
    for alias in ("default", "pages"):
        CACHES[alias]["LOCATION"] = redis_database(REDIS_URL, worker)
    CACHES["default"]["KEY_PREFIX"] = f"welcome-test-{os.getpid()}"
    CACHES["pages"]["KEY_PREFIX"] = f"welcome-test-{os.getpid()}-pages"
else:
    # Each test starts with empty caches (conftest clears both); pages are cached as in production.
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "default"},
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
        "local": LOCAL_CACHE,
    }
# Tests change data inside a transaction that never commits, so the page cache would never be
# cleared: it is off here, and on in the tests of the page cache and in the browser tests.
WAGTAIL_CACHE = False
