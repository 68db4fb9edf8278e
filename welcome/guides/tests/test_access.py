"""Who may see what: foreign tokens, other guides' requests and guessed ids answer 404; private pages are not stored."""

import pytest
from django.urls import reverse

from welcome.core.testing import log_in
from welcome.guides.models import Message
from welcome.guides.services import requests as services


@pytest.fixture
def two_guides(make_guide, confirmed, client):
    mine, other = make_guide(), make_guide()
    my_request, my_token = confirmed(guide=mine)
    other_request, other_token = confirmed(guide=other, email="someone@example.com", message="Other question")
    return mine, other, my_request, other_request, my_token, other_token


def test_a_guide_sees_only_their_own_requests(two_guides, client):
    mine, _other, my_request, other_request, *_ = two_guides
    log_in(client, mine.user)
    assert client.get(reverse("guides:request", args=[my_request.pk])).status_code == 200
    assert client.get(reverse("guides:request", args=[other_request.pk])).status_code == 404
    assert client.post(reverse("guides:request_action", args=[other_request.pk, "accept"])).status_code == 404
    assert client.get(reverse("guides:request", args=[999999])).status_code == 404
    dashboard = client.get(reverse("guides:dashboard")).content.decode()
    assert my_request.name in dashboard and "Other question" not in dashboard


def test_a_newcomer_token_opens_only_their_own_conversation(two_guides, client):
    *_, my_request, other_request, my_token, other_token = two_guides
    page = client.get(reverse("guides:conversation", args=[my_token]))
    assert page.status_code == 200 and my_request.message in page.content.decode()
    assert "Other question" not in page.content.decode()
    assert client.get(reverse("guides:conversation", args=["guessed-" + "a" * 40])).status_code == 404
    assert (
        client.post(
            reverse("guides:conversation_action", args=["x" * 43, "delete"]), {"delete-confirm": "on"}
        ).status_code
        == 404
    )


def test_a_revoked_token_answers_404(two_guides, client, committed):
    *_, my_request, _other_request, my_token, _ = two_guides
    committed(services.send_new_links, my_request.email)
    assert client.get(reverse("guides:conversation", args=[my_token])).status_code == 404


def test_unknown_confirmation_links_answer_404(db, client):
    assert client.get(reverse("guides:confirm", args=["nope"])).status_code == 404


def test_guide_pages_need_a_login_and_a_guide(db, client, django_user_model):
    response = client.get(reverse("guides:dashboard"))
    assert response.status_code == 302 and reverse("guides:login") in response["Location"]
    log_in(client, django_user_model.objects.create_user("plain", password="pw"))
    assert client.get(reverse("guides:dashboard")).status_code == 404


def test_coordination_is_for_coordinators_only(make_guide, coordinator, client):
    log_in(client, make_guide().user)
    for name in (
        "guides:coordination",
        "guides:coordination_statistics",
        "guides:coordination_audit",
        "guides:coordination_guides",
    ):
        assert client.get(reverse(name)).status_code == 404
    log_in(client, coordinator)
    assert client.get(reverse("guides:coordination")).status_code == 200


def test_coordinators_cannot_open_unconfirmed_requests_or_guessed_ids(submit, coordinator, client):
    request, _ = submit()
    log_in(client, coordinator)
    assert client.get(reverse("guides:coordination_request", args=[request.pk])).status_code == 404
    assert client.get(reverse("guides:coordination_request", args=[424242])).status_code == 404


def test_inactive_guides_have_no_public_profile(make_guide, client):
    from welcome.guides.models import Guide

    guide = make_guide(status=Guide.Status.DEACTIVATED)
    assert client.get(reverse("guides:profile", args=[guide.pk])).status_code == 404
    assert client.get(reverse("guides:contact", args=[guide.pk])).status_code == 404


def test_private_pages_are_never_stored(two_guides, client, coordinator):
    mine, _other, my_request, _o, my_token, _t = two_guides
    pages = [reverse("guides:conversation", args=[my_token])]
    log_in(client, mine.user)
    pages += [reverse("guides:dashboard"), reverse("guides:request", args=[my_request.pk]), reverse("guides:export")]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"], url
    log_in(client, coordinator)
    assert "no-store" in client.get(reverse("guides:coordination"))["Cache-Control"]


def test_email_addresses_never_reach_the_other_side(two_guides, client, committed):
    mine, _other, my_request, *_ = two_guides
    committed(services.accept_request, mine, my_request)
    committed(services.post_message, my_request, Message.Sender.GUIDE, "Hello", guide=mine)
    log_in(client, mine.user)
    assert my_request.email not in client.get(reverse("guides:request", args=[my_request.pk])).content.decode()


def test_behind_a_trusted_proxy_rate_limits_count_each_newcomer_on_their_own(db, client, settings):
    """Before TRUSTED_PROXY_COUNT every visitor behind the proxy shared one limit (REMOTE_ADDR)."""
    settings.TRUSTED_PROXY_COUNT = 1

    def ask(number, address):
        return client.post(
            "/en/guides/link/",
            {"email": f"person{number}@example.com"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=address,
        ).content.decode()

    for number in range(10):
        assert "Many messages came from your network" not in ask(number, "198.51.100.7")
    assert "Many messages came from your network" in ask(10, "198.51.100.7")
    assert "Many messages came from your network" not in ask(11, "203.0.113.9")
