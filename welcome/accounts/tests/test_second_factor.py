"""Every account sets up an authenticator app at its first login, then enters a code at every login."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.utils import translation
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from welcome.accounts.models import SecondFactorEvent
from welcome.core.testing import log_in

from .conftest import PASSWORD, app_code

LOGINS = {
    "guides": ("/en/guides/login/", "/en/guides/dashboard/"),
    "wagtail admin": ("/admin/login/", "/admin/"),
    "django admin": ("/django-admin/login/", "/django-admin/"),
}


def _account_for(area, make_account):
    if area == "guides":
        from welcome.guides.services.guides import create_guide

        user = make_account("guide")
        create_guide(
            user,
            display_name="G",
            city="essen",
            origin="SY",
            profession="x",
            languages=["ar"],
            topics=["job"],
            stories={},
        )
        return user
    return make_account("admin", is_staff=True, is_superuser=True)


def _log_in_with_password(client, area, user):
    login_url, area_url = LOGINS[area]
    response = client.post(login_url, {"username": user.username, "password": PASSWORD, "next": area_url})
    assert response.status_code == 302, response.content.decode()[:500]
    return area_url


@pytest.mark.parametrize("area", LOGINS)
def test_first_login_reaches_nothing_but_the_set_up_page(area, client, make_account):
    user = _account_for(area, make_account)
    area_url = _log_in_with_password(client, area, user)
    response = client.get(area_url)
    assert response.status_code == 302
    assert re.match(r"^/(en|de)/account/second-factor/set-up/\?next=", response["Location"])
    for url in (area_url, "/en/", "/en/guides/coordination/", "/admin/pages/", "/django-admin/auth/user/"):
        assert client.get(url).status_code == 302, url

    set_up = client.get(response["Location"])
    html = set_up.content.decode()
    assert set_up.status_code == 200 and "<svg" in html and "no-store" in set_up["Cache-Control"]
    assert 'autocomplete="one-time-code"' in html and 'inputmode="numeric"' in html
    secret = re.search(r'<code id="secret" dir="ltr">([A-Z2-7 ]+)</code>', html).group(1)
    assert len(secret.replace(" ", "")) == 32

    wrong = client.post(response["Location"], {"code": "000000" if app_code(user) != "000000" else "111111"})
    assert wrong.status_code == 200 and "not correct" in wrong.content.decode()
    assert client.get(area_url).status_code == 302

    done = client.post(response["Location"], {"code": app_code(user), "next": area_url})
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", done.content.decode())
    assert done.status_code == 200 and len(codes) == 10
    assert client.get(area_url).status_code == 200
    assert SecondFactorEvent.objects.filter(username=user.username, action="set_up").count() == 1


def test_later_logins_ask_for_a_code_and_never_offer_a_new_app(client, make_account):
    user = make_account("editor", group="Editors", is_staff=True, is_superuser=True)
    device = TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    _log_in_with_password(client, "django admin", user)
    response = client.get("/django-admin/")
    assert re.match(r"^/(en|de)/account/second-factor/\?next=", response["Location"])
    code_page = client.get(response["Location"])
    assert 'autocomplete="one-time-code"' in code_page.content.decode()
    # With only a password, nobody can add their own app to the account.
    assert client.get("/en/account/second-factor/set-up/")["Location"].startswith("/en/account/second-factor/")
    assert TOTPDevice.objects.filter(user=user).count() == 1
    ok = client.post("/en/account/second-factor/", {"code": app_code(user), "next": "/django-admin/"})
    assert ok.status_code == 302 and ok["Location"] == "/django-admin/"
    assert client.get("/django-admin/").status_code == 200
    device.refresh_from_db()
    assert device.last_used_at is not None


def test_a_recovery_code_works_once_and_is_audited(client, make_account):
    user = make_account("translator", group="Translators")
    TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    recovery = StaticDevice.objects.create(user=user, name="recovery codes", confirmed=True)
    StaticToken.objects.create(device=recovery, token="abcd2345")
    client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    ok = client.post("/de/account/second-factor/", {"recovery_code": " ABCD 2345 ", "next": "/admin/"})
    assert ok.status_code == 302 and ok["Location"] == "/admin/"
    assert SecondFactorEvent.objects.filter(username=user.username, action="recovery_code_used").count() == 1
    client.logout()
    client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    again = client.post("/de/account/second-factor/", {"recovery_code": "abcd2345"})
    assert again.status_code == 200 and client.get("/admin/").status_code == 302


def test_an_administrator_resets_a_second_factor_in_the_django_admin(client, make_account, django_user_model):
    guide = make_account("lost-phone")
    log_in(client, guide)
    administrator = make_account("root", is_staff=True, is_superuser=True)
    admin_client = client.__class__(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_LANGUAGE="en")
    log_in(admin_client, administrator)
    response = admin_client.post(
        "/django-admin/auth/user/", {"action": "reset_second_factor", "_selected_action": [guide.pk]}, follow=True
    )
    assert response.status_code == 200 and "Second factor reset for 1 account" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=guide).exists()
    event = SecondFactorEvent.objects.get(action="reset")
    assert event.username == "lost-phone" and event.actor_name == "root"
    # The person's session is no longer verified: at the next page they set up a new app.
    assert "/account/second-factor/set-up/" in client.get("/en/guides/dashboard/")["Location"]


def test_only_superusers_get_the_reset_action(client, make_account):
    staff = make_account("staff", is_staff=True)
    staff.user_permissions.add(*Permission.objects.filter(codename__in=["view_user", "change_user"]))
    log_in(client, staff)
    page = client.get("/django-admin/auth/user/").content.decode()
    assert "reset_second_factor" not in page


@pytest.mark.parametrize("language", ["de", "ar", "uk"])
def test_second_factor_pages_are_in_the_readers_language(language, client, make_account):
    user = make_account("coordinator", group="Coordinators")
    client.force_login(user)
    html = client.get(f"/{language}/account/second-factor/set-up/").content.decode()
    with translation.override(language):
        title = translation.gettext("Set up your second factor")
    assert title != "Set up your second factor" and title in html
    assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in html


def test_the_next_address_stays_on_this_site(client, make_account):
    user = make_account("person")
    TOTPDevice.objects.create(user=user, name="app", confirmed=True)
    client.force_login(user)
    response = client.post("/en/account/second-factor/", {"code": app_code(user), "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == "/"


def test_an_unverified_account_can_log_out(client, make_account):
    client.force_login(make_account("person"))
    response = client.post("/en/account/logout/")
    assert response.status_code == 302 and "_auth_user_id" not in client.session
