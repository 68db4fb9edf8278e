"""Fixtures shared by every app's tests."""

from pathlib import Path

import pytest

FIXTURE_CONTENT = Path(__file__).resolve().parent / "welcome" / "demo" / "tests" / "content"


@pytest.fixture(autouse=True)
def _isolated_media_and_cache(settings, tmp_path):
    from django.core.cache import cache

    from welcome.core.page_cache import clear_page_cache

    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    clear_page_cache()


@pytest.fixture
def site_content(db):
    """A small portal: home (de, en, ar), a Work section with an article, a city; synonyms; search index.

    Built by the real content loader from welcome/demo/tests/content/.
    """
    from welcome.demo.loader.files import read_content
    from welcome.demo.loader.pages import ContentImporter
    from welcome.demo.loader.synonyms import load_synonyms
    from welcome.search.indexing import rebuild_index

    load_synonyms()
    report = ContentImporter(read_content(FIXTURE_CONTENT)).run()
    rebuild_index()
    return report


@pytest.fixture
def client(client):
    """Django's test client with a host the settings allow."""
    client.defaults["HTTP_HOST"] = "127.0.0.1"
    return client
