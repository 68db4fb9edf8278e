"""One throttle for every login: per account and network, and a slower limit per account across networks."""

import pytest
from django.utils import translation
from django_otp.plugins.otp_totp.models import TOTPDevice

from .conftest import PASSWORD, app_code

LOGIN_URLS = ["/en/guides/login/", "/admin/login/", "/django-admin/login/"]
ALICE, BOB = "198.51.100.7", "203.0.113.9"


def _try(client, url, username, password, address):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address)


@pytest.mark.parametrize("url", LOGIN_URLS)
def test_wrong_passwords_pause_the_account_from_that_network_only(url, client, make_account, settings):
    user = make_account("guide-or-editor", is_staff=True)
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _try(client, url, user.username, "wrong", ALICE).status_code == 200
    paused = _try(client, url, user.username, "wrong", ALICE)
    assert paused.status_code == 429 and "Logging in is paused" in paused.content.decode()
    # Not even the right password is checked from that network now ...
    assert _try(client, url, user.username, PASSWORD, ALICE).status_code == 429
    # ... but the person, on their own network, still logs in.
    assert _try(client, url, user.username, PASSWORD, BOB).status_code == 302


def test_guessing_spread_over_many_networks_stops_at_the_account_limit(client, make_account, settings):
    settings.LOGIN_ACCOUNT_FAILURE_LIMIT = 12
    user = make_account("guide")
    for number in range(12):
        assert _try(client, "/en/guides/login/", user.username, "wrong", f"192.0.2.{number}").status_code in (200, 429)
    assert _try(client, "/en/guides/login/", user.username, PASSWORD, BOB).status_code == 429
    other = make_account("other-guide")
    assert _try(client, "/en/guides/login/", other.username, PASSWORD, BOB).status_code == 302


def test_the_old_guides_throttle_no_longer_locks_out_after_ten_strangers_tries(client, make_account):
    """Ten wrong passwords from ten other networks used to lock a guide out for an hour."""
    user = make_account("guide")
    for number in range(10):
        _try(client, "/en/guides/login/", user.username, "wrong", f"192.0.2.{number}")
    assert _try(client, "/en/guides/login/", user.username, PASSWORD, BOB).status_code == 302


def test_wrong_codes_count_like_wrong_passwords(client, make_account, settings):
    user = make_account("coordinator")
    TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    assert _try(client, "/en/guides/login/", user.username, PASSWORD, ALICE).status_code == 302
    wrong = "000000" if app_code(user) != "000000" else "111111"
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post("/en/account/second-factor/", {"code": wrong}, REMOTE_ADDR=ALICE)
        assert response.status_code == 200 and "not correct" in response.content.decode()
    assert client.post("/en/account/second-factor/", {"code": wrong}, REMOTE_ADDR=ALICE).status_code == 429
    assert client.post("/en/account/second-factor/", {"code": app_code(user)}, REMOTE_ADDR=ALICE).status_code == 429
    assert client.get("/en/guides/coordination/", REMOTE_ADDR=ALICE).status_code == 302


def test_a_complete_login_clears_the_count_for_that_network(client, make_account, settings):
    user = make_account("editor")
    TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        _try(client, "/admin/login/", user.username, "wrong", ALICE)
    _try(client, "/admin/login/", user.username, PASSWORD, ALICE)
    assert client.post("/de/account/second-factor/", {"code": app_code(user)}, REMOTE_ADDR=ALICE).status_code == 302
    client.logout()
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert _try(client, "/admin/login/", user.username, "wrong", ALICE).status_code == 200


@pytest.mark.parametrize("language", ["de", "ar", "tr"])
def test_the_pause_is_explained_in_the_readers_language(language, client, make_account, settings):
    user = make_account("guide")
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        response = _try(client, f"/{language}/guides/login/", user.username, "wrong", ALICE)
    with translation.override(language):
        title = translation.gettext("Logging in is paused")
    assert response.status_code == 429 and title != "Logging in is paused" and title in response.content.decode()


def test_behind_a_proxy_each_client_is_counted_on_its_own(client, make_account, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    user = make_account("guide")
    proxy = "10.0.0.2"
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            "/en/guides/login/",
            {"username": user.username, "password": "wrong"},
            REMOTE_ADDR=proxy,
            HTTP_X_FORWARDED_FOR=f"1.2.3.4, {ALICE}",
        )
    alice = client.post(
        "/en/guides/login/",
        {"username": user.username, "password": PASSWORD},
        REMOTE_ADDR=proxy,
        HTTP_X_FORWARDED_FOR=ALICE,
    )
    bob = client.post(
        "/en/guides/login/",
        {"username": user.username, "password": PASSWORD},
        REMOTE_ADDR=proxy,
        HTTP_X_FORWARDED_FOR=BOB,
    )
    assert alice.status_code == 429 and bob.status_code == 302


def test_the_throttle_keeps_no_password_or_code_it_was_sent(client, make_account):
    from axes.models import AccessAttempt

    user = make_account("editor")
    TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    _try(client, "/admin/login/", user.username, "nearly-the-Passw0rd", ALICE)
    _try(client, "/admin/login/", user.username, PASSWORD, ALICE)
    client.post("/en/account/second-factor/", {"code": "123456", "recovery_code": "abcd2345"}, REMOTE_ADDR=ALICE)
    stored = " ".join(attempt.post_data for attempt in AccessAttempt.objects.all())
    assert stored and "nearly-the-Passw0rd" not in stored and "123456" not in stored and "abcd2345" not in stored
