"""Input no database can store answers 400 or 404 with the portal's own page, never 500."""

import pytest
from django.contrib.auth.models import Group

from welcome.core.testing import log_in

LONE_SURROGATE = "%ED%A0%80"  # "\ud800" as a client can send it: UTF-8 bytes that no decoder accepts
LONG = "x" * 10_000


def _portal_page(response, language):
    html = response.content.decode()
    assert f'<html lang="{language}"' in html, html[:300]
    return html


@pytest.mark.parametrize(
    "path",
    ["/en/%00", "/en/%00/", "/de/places/%00/", "/ar/guides/c/%00/", "/en/guides/%00/", "/en/events/%00/"],
)
def test_a_nul_byte_in_the_path_is_a_bad_request(client, site_content, path):
    response = client.get(path)
    assert response.status_code == 400
    language = path.split("/")[1]
    html = _portal_page(response, language)
    if language == "de":
        assert "Bei der Anfrage stimmte etwas nicht" in html


def test_a_nul_byte_in_a_query_a_form_or_a_cookie_is_a_bad_request(client, site_content):
    assert client.get("/en/search/", {"q": "visa\x00"}).status_code == 400
    assert client.get("/en/search/", {"q\x00": "visa"}).status_code == 400
    assert client.post("/en/guides/link/", {"email": "a\x00@example.com"}).status_code == 400
    client.cookies["sessionid"] = "abc\x00def"
    _portal_page(client.get("/tr/"), "tr")
    assert client.get("/tr/").status_code == 400


def test_a_nul_byte_in_the_coordinators_audit_search_is_a_bad_request(client, django_user_model):
    user = django_user_model.objects.create_user("coord", "coord@example.org", "pw-coord-123")
    user.groups.add(Group.objects.get_or_create(name="Coordinators")[0])
    log_in(client, user)
    assert client.get("/en/guides/coordination/audit/", {"q": "approve"}).status_code == 200
    response = client.get("/en/guides/coordination/audit/", {"q": "\x00"})
    assert response.status_code == 400
    _portal_page(response, "en")


@pytest.mark.parametrize(
    "path",
    [
        f"/en/{LONE_SURROGATE}/",
        f"/en/places/{LONE_SURROGATE}/",
        f"/en/guides/c/{LONE_SURROGATE}/",
        f"/en/{LONG}/",
        f"/en/guides/c/{LONG}/",
        f"/en/places/{LONG}/",
    ],
)
def test_lone_surrogates_and_over_long_paths_are_not_found(client, site_content, path):
    response = client.get(path)
    assert response.status_code == 404
    _portal_page(response, "en")


@pytest.mark.parametrize("value", [LONE_SURROGATE, "x" * 10_000])
def test_lone_surrogates_and_over_long_queries_are_answered(client, site_content, value):
    for path in ("/en/search/?q=", "/en/places/?q=", "/en/guides/?language=", "/en/events/?city="):
        response = client.get(path + value)
        assert response.status_code == 200, path
