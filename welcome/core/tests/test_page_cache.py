"""Anonymous pages are cached and validated; personal pages are never stored anywhere."""

import pytest
from django.contrib.auth import get_user_model

from welcome.content.models import ArticlePage
from welcome.core.page_cache import FetchFromPageCacheMiddleware
from welcome.core.testing import log_in

ARTICLE = "/en/work/blue-card/"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.WAGTAIL_CACHE = True


def test_an_anonymous_page_is_public_briefly_in_browsers_and_longer_in_shared_caches(client, site_content):
    response = client.get(ARTICLE)
    assert response.status_code == 200
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"public", "max-age=60", "s-maxage=3600"} <= cache_control
    assert response["ETag"]
    assert {"accept-encoding", "cookie"} <= {part.strip().lower() for part in response["Vary"].split(",")}


def test_a_conditional_request_for_an_unchanged_page_gets_304(client, site_content):
    etag = client.get(ARTICLE)["ETag"]
    again = client.get(ARTICLE, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    # The 304 itself is not kept: the next plain request still gets the whole page.
    assert client.get(ARTICLE).status_code == 200


def test_the_second_anonymous_reader_is_served_from_the_page_cache(client, site_content):
    assert client.get(ARTICLE)["X-Wagtail-Cache"] == "miss"
    assert client.get(ARTICLE)["X-Wagtail-Cache"] == "hit"
    # Each language is its own page, cached on its own.
    assert client.get("/de/work/blue-card/")["X-Wagtail-Cache"] == "miss"


def test_tracking_parameters_find_the_stored_page_and_others_do_not(client, site_content):
    assert client.get("/en/search/?q=visa")["X-Wagtail-Cache"] == "miss"
    assert client.get("/en/search/?q=visa&utm_source=newsletter&fbclid=x1")["X-Wagtail-Cache"] == "hit"
    assert client.get("/en/search/?q=visa&utm=1")["X-Wagtail-Cache"] == "miss"
    assert client.get("/en/search/?q=visas")["X-Wagtail-Cache"] == "miss"


def test_a_stored_page_is_found_whatever_language_was_served_before(client, site_content):
    # A worker thread keeps the language of the last page it served; the lookup must not depend on it.
    assert client.get(ARTICLE)["X-Wagtail-Cache"] == "miss"
    assert client.get("/de/work/blue-card/")["X-Wagtail-Cache"] == "miss"
    assert client.get(ARTICLE)["X-Wagtail-Cache"] == "hit"
    assert client.get("/de/work/blue-card/")["X-Wagtail-Cache"] == "hit"


def test_publishing_a_change_is_shown_at_once(client, site_content, django_capture_on_commit_callbacks):
    assert client.get(ARTICLE)["X-Wagtail-Cache"] == "miss"
    page = ArticlePage.objects.get(locale__language_code="en", slug="blue-card")
    page.title = "EU Blue Card, updated"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    response = client.get(ARTICLE)
    assert response["X-Wagtail-Cache"] == "miss"
    assert "EU Blue Card, updated" in response.content.decode()


def test_the_cache_is_cleared_only_once_the_change_is_committed(
    client, site_content, django_capture_on_commit_callbacks
):
    client.get(ARTICLE)
    page = ArticlePage.objects.get(locale__language_code="en", slug="blue-card")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        page.unpublish()
    # Before the commit, another reader could still cache the page as it was.
    assert client.get(ARTICLE)["X-Wagtail-Cache"] == "hit"
    for callback in callbacks:
        callback()
    assert client.get(ARTICLE).status_code == 404
    assert client.get(ARTICLE).status_code == 404


def test_a_changed_place_clears_the_cache(client, site_content, django_capture_on_commit_callbacks):
    from welcome.places.models import Place

    client.get("/en/places/")
    assert client.get("/en/places/")["X-Wagtail-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        Place.objects.create(
            slug="welcome-centre", name="Welcome Centre Bochum", kind="foreigners_office", city="bochum"
        )
    response = client.get("/en/places/")
    assert response["X-Wagtail-Cache"] == "miss"
    assert "Welcome Centre Bochum" in response.content.decode()


def test_a_reader_with_a_session_cookie_is_never_served_the_cache(client, site_content):
    client.get(ARTICLE)
    assert client.get(ARTICLE)["X-Wagtail-Cache"] == "hit"
    client.cookies["sessionid"] = "someone-s-session"
    assert client.get(ARTICLE)["X-Wagtail-Cache"] == "skip"


def test_a_stored_page_is_found_whatever_the_lookup_guessed(client, site_content, monkeypatch):
    # The lookup reads the page under the headers the last page found varied on, together with the
    # URL's own list; a wrong guess costs a second read, never a miss or another reader's page.
    client.get(ARTICLE)
    monkeypatch.setattr(FetchFromPageCacheMiddleware, "usual_headers", ["HTTP_USER_AGENT"])
    response = client.get(ARTICLE)
    assert response["X-Wagtail-Cache"] == "hit"
    assert "EU Blue Card" in response.content.decode()
    assert client.get(ARTICLE)["X-Wagtail-Cache"] == "hit"


def test_each_encoding_is_kept_and_found_on_its_own(client, site_content):
    assert client.get(ARTICLE)["X-Wagtail-Cache"] == "miss"
    assert client.get(ARTICLE)["X-Wagtail-Cache"] == "hit"
    assert client.get(ARTICLE, HTTP_ACCEPT_ENCODING="gzip")["X-Wagtail-Cache"] == "miss"
    compressed = client.get(ARTICLE, HTTP_ACCEPT_ENCODING="gzip")
    assert compressed["X-Wagtail-Cache"] == "hit"
    assert compressed["Content-Encoding"] == "gzip"
    plain = client.get(ARTICLE)
    assert plain["X-Wagtail-Cache"] == "hit"
    assert not plain.has_header("Content-Encoding")
    assert "EU Blue Card" in plain.content.decode()


@pytest.fixture
def logged_in_client(client, db):
    user = get_user_model().objects.create_user("reader", password="a-long-password-1")
    log_in(client, user)
    return client


def test_a_logged_in_reader_is_never_cached_nor_served_the_cache(client, site_content, logged_in_client):
    response = logged_in_client.get(ARTICLE)
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert response["X-Wagtail-Cache"] == "skip"
    assert logged_in_client.get(ARTICLE)["X-Wagtail-Cache"] == "skip"


def test_a_form_with_a_csrf_token_is_private(client, site_content):
    response = client.get("/en/guides/write/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert client.get("/en/guides/write/")["X-Wagtail-Cache"] != "hit"


@pytest.mark.parametrize("path", ["/admin/login/", "/en/guides/login/", "/en/guides/c/unknown-token/"])
def test_private_areas_are_never_stored(client, site_content, path):
    response = client.get(path)
    assert "no-store" in response["Cache-Control"]
    assert client.get(path)["X-Wagtail-Cache"] != "hit"


def test_public_guides_pages_are_cached(client, site_content):
    client.get("/en/guides/")
    assert client.get("/en/guides/")["X-Wagtail-Cache"] == "hit"


def test_static_files_are_kept_for_a_year(client, site_content):
    response = client.get("/static/core/css/welcome.css")
    assert response.status_code == 200
    assert "max-age=31536000" in response["Cache-Control"]


def test_a_page_that_gets_a_view_restriction_is_no_longer_served_from_the_cache(
    client, site_content, django_capture_on_commit_callbacks
):
    from wagtail.models import PageViewRestriction

    assert client.get(ARTICLE)["X-Wagtail-Cache"] == "miss"
    assert client.get(ARTICLE)["X-Wagtail-Cache"] == "hit"
    page = ArticlePage.objects.get(locale__language_code="en", slug="blue-card")
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")
    response = client.get(ARTICLE)
    assert response.get("X-Wagtail-Cache") != "hit"
    assert "password" in response.content.decode().lower()
