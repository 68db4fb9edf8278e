"""One throttle for every login: the password forms (Wagtail admin, Django admin, guides) and the code step.

django-axes counts the failures. Its database handler knows one limit; ours adds the second,
slower one: an account is paused after AXES_FAILURE_LIMIT failures from one network, or after
LOGIN_ACCOUNT_FAILURE_LIMIT failures from all networks together. So a stranger on another
network cannot lock a person out with a few wrong passwords, and guessing spread over many
networks still stops.
"""

from axes.handlers.database import AxesDatabaseHandler
from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.db.models import Sum
from django.shortcuts import render


class LoginThrottle(AxesDatabaseHandler):
    """Failures per account and network (AXES_LOCKOUT_PARAMETERS[0]), and per account (the second)."""

    def get_failures(self, request, credentials=None):
        per_network, per_account = (
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        )
        if per_account >= settings.LOGIN_ACCOUNT_FAILURE_LIMIT:
            return max(per_network, settings.AXES_FAILURE_LIMIT)
        return per_network


def credentials_of(user):
    return {"username": user.get_username()}


def is_paused(request, user):
    """True while this account may not try again from this network."""
    return not AxesProxyHandler.is_allowed(request, credentials_of(user))


def count_failure(request, user):
    """A wrong second-factor code counts like a wrong password."""
    user_login_failed.send(sender=__name__, credentials=credentials_of(user), request=request)


def forget_failures(request, user):
    """After a complete login (password and code), this network starts again from zero for this account."""
    AxesProxyHandler.reset_attempts(ip_address=request.axes_ip_address, username=user.get_username())


def lockout_response(request, original_response=None, credentials=None):
    """The page a paused login gets instead of the form: what happened and what to do, in the reader's language."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "accounts/locked.html", {"minutes": minutes}, status=429)
