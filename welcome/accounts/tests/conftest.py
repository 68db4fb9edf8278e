"""Accounts in every role, and the codes their authenticator app would show."""

import time

import pytest
from django.contrib.auth.models import Group
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD = "a-Long-passw0rd-for-tests"


def app_code(user, steps_ahead=0):
    """The code the person's app shows now (or that many 30-second steps later)."""
    device = TOTPDevice.objects.filter(user=user).order_by("-confirmed", "-id").first()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


@pytest.fixture
def client(client):
    """The admin areas have no language in their address: these readers ask for English."""
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture
def make_account(db, django_user_model):
    def make(username="person", group=None, **extra):
        user = django_user_model.objects.create_user(username, f"{username}@example.org", PASSWORD, **extra)
        if group:
            user.groups.add(Group.objects.get_or_create(name=group)[0])
        return user

    return make
