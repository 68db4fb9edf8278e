"""How many database queries each page type takes, pinned: a change that adds one fails here.

Measured with the page cache off (what a page costs the first time), on the test content with
the real places, path rules, sample events and sample guides loaded. The budget is 10.
"""

import pytest
from django.core.management import call_command

from welcome.core.testing import kept_for_the_module
from welcome.guides.models import Guide

RESULT = (
    "/en/path/result/?purpose=work_offer&where_now=abroad&citizenship=IN&qualification=degree"
    "&qualification_country=other&field=other&recognised=no"
    "&salary=50700&german=none&family=none&city=dortmund"
)

# Wagtail pages start routing from the site and home page kept in the cache (welcome.content.serving):
# the page and its ancestors and translations, the specific page and the view restrictions remain.
# Every page's body is kept in the cache once rendered: the query for its rich-text links (one per
# page) is made only when it is rendered again, after a publish.
PAGES = {
    "home": ("/en/", 4),
    "home in Arabic": ("/ar/", 3),
    "section": ("/en/work/", 5),
    "article": ("/en/work/blue-card/", 3),
    "article in German": ("/de/work/blue-card/", 3),
    # The panels read their rows with what they show in one query each: titles picked in SQL, guides
    # joined with their languages, places without the texts and sources the panel does not show.
    "city": ("/de/cities/dortmund/", 7),
    # Counts and both result pages in one statement (search/query.py).
    "search": ("/en/search/?q=blue+card", 1),
    "guides list": ("/en/guides/", 7),
    # The sources of each shown fact come in one query of their own.
    "places": ("/en/places/", 5),
    "events": ("/en/events/", 4),
    "path-check result": (RESULT, 10),
}


@pytest.fixture(scope="module")
def portal_data(django_db_setup, django_db_blocker):
    """The test content and every feature's data, loaded once for this module and rolled back after it."""
    from conftest import FIXTURE_CONTENT
    from welcome.demo.loader.files import read_content
    from welcome.demo.loader.pages import ContentImporter
    from welcome.search.indexing import rebuild_index

    with kept_for_the_module(django_db_blocker):
        ContentImporter(read_content(FIXTURE_CONTENT)).run()
        for command in ("load_places", "load_path_rules", "load_sample_events", "load_sample_guides"):
            call_command(
                command,
                verbosity=0,
                stdout=open("/dev/null", "w"),
                **({"sample_accounts": True} if command == "load_sample_guides" else {}),
            )
        rebuild_index()
        yield


@pytest.fixture
def uncached(settings, portal_data, db):
    settings.WAGTAIL_CACHE = False


@pytest.mark.parametrize("name", PAGES)
def test_each_page_type_stays_within_its_query_count(client, uncached, django_assert_num_queries, name):
    path, queries = PAGES[name]
    assert client.get(path).status_code == 200  # the first view fills the menu and site caches
    with django_assert_num_queries(queries):
        assert client.get(path).status_code == 200


def test_a_guide_profile_stays_within_its_query_count(client, uncached, django_assert_num_queries):
    path = f"/en/guides/{Guide.objects.filter(status='active').first().pk}/"
    assert client.get(path).status_code == 200
    with django_assert_num_queries(5):
        assert client.get(path).status_code == 200


def test_an_article_after_a_publish_stays_within_its_query_count(client, uncached, django_assert_num_queries):
    """A publish renews everything kept under the navigation version: menus, site links, the home
    page serving starts from and the article's body, each read once more."""
    from welcome.content.signals import refresh_navigation

    path = "/en/work/blue-card/"
    assert client.get(path).status_code == 200
    refresh_navigation(sender=None)
    with django_assert_num_queries(12):
        assert client.get(path).status_code == 200
