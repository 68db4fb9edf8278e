from pathlib import Path

import pytest

from welcome.core.testing import kept_for_the_module

SEARCH_CONTENT = Path(__file__).resolve().parent / "content"


@pytest.fixture(scope="module")
def search_content_loaded(django_db_setup, django_db_blocker):
    from welcome.demo.loader.files import read_content
    from welcome.demo.loader.pages import ContentImporter
    from welcome.demo.loader.synonyms import load_synonyms
    from welcome.search.indexing import rebuild_index

    with kept_for_the_module(django_db_blocker):
        load_synonyms()
        report = ContentImporter(read_content(SEARCH_CONTENT)).run()
        rebuild_index()
        yield report


@pytest.fixture
def search_content(search_content_loaded, db):
    """Pages that compete for the same words: registration, Essen, a first-week page full of question words,
    the Opportunity Card next to another card, German childcare compounds; some only in en or de.

    Loaded once per test module; each test runs in its own savepoint on top of it.
    """
    return search_content_loaded
