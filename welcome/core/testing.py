"""Helpers for the tests of every app."""

from contextlib import contextmanager

from django.db import transaction
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice


def log_in(client, user):
    """Logs `user` in on the test client as after password and second factor (a confirmed TOTP app)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    device = device or TOTPDevice.objects.create(user=user, name="test app", confirmed=True)
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return user


@contextmanager
def kept_for_the_module(django_db_blocker):
    """Data several tests of a module read, made once: inside a transaction that is rolled back after the module.

    Each test still runs in a savepoint of its own (pytest-django's `db`), so it starts from this data and leaves
    nothing behind; loading it per test made the suite minutes slower.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)
