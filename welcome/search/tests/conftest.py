from pathlib import Path

import pytest

SEARCH_CONTENT = Path(__file__).resolve().parent / "content"


@pytest.fixture
def search_content(db):
    """Pages that compete for the same words: registration, Essen, a first-week page full of question words,
    the Opportunity Card next to another card, German childcare compounds; some only in en or de."""
    from welcome.demo.loader.files import read_content
    from welcome.demo.loader.pages import ContentImporter
    from welcome.demo.loader.synonyms import load_synonyms
    from welcome.search.indexing import rebuild_index

    load_synonyms()
    report = ContentImporter(read_content(SEARCH_CONTENT)).run()
    rebuild_index()
    return report
