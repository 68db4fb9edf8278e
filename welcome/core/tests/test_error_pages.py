from django.test import RequestFactory

from welcome.core import views


def test_404_speaks_the_readers_language_and_offers_a_way_back(client, site_content):
    response = client.get("/ar/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'dir="rtl"' in html
    assert 'href="/ar/"' in html


def test_500_page_renders_without_the_database_in_the_readers_language(settings):
    request = RequestFactory().get("/uk/some/page/")
    response = views.server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert 'lang="uk"' in html
    assert 'href="/uk/"' in html


def test_public_pages_forbid_other_hosts_and_framing(client, site_content):
    response = client.get("/en/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"


def test_the_maintenance_page_promises_nothing_it_cannot_know(client):
    """The proxy shows it when no app server answers: a form sent just then did not arrive."""
    from django.contrib.staticfiles import finders

    html = open(finders.find("core/maintenance.html"), encoding="utf-8").read()
    assert "A form you sent just now did not reach us" in html
    assert "Nothing you sent us is lost" not in html and "geht verloren" not in html
