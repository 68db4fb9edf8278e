"""The second factor of every account: set up once, asked at every login, reset by an administrator.

Every account of the portal reads personal data or publishes (administrators, editors,
translators, city editors, coordinators, guides), so every account needs one: a TOTP app,
with single-use recovery codes for a lost phone. django-otp keeps the devices and checks
the codes; this module holds the portal's rules and writes the audit events.
"""

import django_otp
from django.db import transaction
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from .models import SecondFactorEvent

RECOVERY_CODE_COUNT = 10


def has_second_factor(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def pending_app(user):
    """The authenticator app being set up: one unconfirmed TOTP device, made on first use."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name="authenticator app", confirmed=False)


@transaction.atomic
def confirm_app(request, device, code):
    """Confirms the app with a first code; returns the recovery codes (shown once), or None for a wrong code.

    The person is then logged in with their second factor.
    """
    if device.confirmed or not device.verify_token(_clean(code)):
        return None
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    StaticDevice.objects.filter(user=device.user).delete()
    recovery = StaticDevice.objects.create(user=device.user, name="recovery codes", confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    recovery.token_set.bulk_create([StaticToken(device=recovery, token=code) for code in codes])
    django_otp.login(request, device)
    _audit(device.user, request.user, SecondFactorEvent.Action.SET_UP)
    return codes


def verify(request, code):
    """Checks a code from the app, or a recovery code (each works once); True logs the second factor in."""
    user = request.user
    code = _clean(code)
    for model in (TOTPDevice, StaticDevice):
        for device in model.objects.filter(user=user, confirmed=True):
            if django_otp.verify_token(user, device.persistent_id, code):
                django_otp.login(request, device)
                if model is StaticDevice:
                    _audit(user, user, SecondFactorEvent.Action.RECOVERY_CODE_USED)
                return True
    return False


@transaction.atomic
def reset(user, administrator):
    """Removes the person's app and recovery codes: at their next login they set up a new app."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    _audit(user, administrator, SecondFactorEvent.Action.RESET)


def _clean(code):
    """People type codes with spaces or dashes, as apps show them."""
    return "".join(str(code).split()).replace("-", "").lower()


def _audit(user, actor, action):
    SecondFactorEvent.objects.create(
        user=user, username=user.get_username(), actor_name=actor.get_username(), action=action
    )
