"""Fixtures shared by every app's tests.

The small test portal (the test content, synonyms, search index and the path check's rules) is loaded
once per test session, right after the migrations; each test runs in a transaction that is rolled
back, so every test starts from the same portal whatever the order.
"""

from pathlib import Path

import pytest

FIXTURE_CONTENT = Path(__file__).resolve().parent / "welcome" / "demo" / "tests" / "content"


def _load_site_content():
    from welcome.demo.loader.files import read_content
    from welcome.demo.loader.pages import ContentImporter
    from welcome.demo.loader.synonyms import load_synonyms
    from welcome.search.indexing import rebuild_index

    load_synonyms()
    report = ContentImporter(read_content(FIXTURE_CONTENT)).run()
    rebuild_index()
    return report


def _load_path_rules():
    from django.apps import apps

    if apps.is_installed("welcome.pathfinder"):
        from welcome.pathfinder.seed import load_rules

        return load_rules()
    return None


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return {"content": _load_site_content(), "rules": _load_path_rules()}


@pytest.fixture(autouse=True)
def _isolated_media_and_cache(settings, tmp_path):
    from django.core.cache import cache

    from welcome.core.page_cache import clear_page_cache

    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    clear_page_cache()


@pytest.fixture
def site_content(db, django_db_setup):
    """A small portal: home (de, en, ar, uk), a Work section with an article, a city; synonyms; search index.

    Built by the real content loader from welcome/demo/tests/content/ once per session. A test that
    flushed the database (transaction=True) gets it loaded again.
    """
    from welcome.content.models import HomePage

    if not HomePage.objects.exists():
        return _load_site_content()
    return django_db_setup["content"]


@pytest.fixture
def rules(db, django_db_setup):
    """The path check's real rules, loaded once per session with the test portal; again after a flush."""
    from welcome.pathfinder.models import ChecklistStep
    from welcome.pathfinder.seed import load_rules

    if not ChecklistStep.objects.exists():
        return load_rules()
    return django_db_setup["rules"]


@pytest.fixture
def client(client):
    """Django's test client with a host the settings allow."""
    client.defaults["HTTP_HOST"] = "127.0.0.1"
    return client
