"""Keeping misuse out without a CAPTCHA: blocked addresses, rate limits, duplicates.

Limits are counted in the cache, so with REDIS_URL every app process shares them.
Every rejection carries a message for the person, in their language, that says what
to do next; the view shows it above the form and keeps what they typed.
"""

from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

from ..models import BlockedAddress
from ..privacy import address_hash

HOUR = 3600
DAY = 24 * HOUR

# action: (per network address per hour, per e-mail address per day)
LIMITS = {
    "request": (10, 3),
    "new_link": (10, 3),
    "application": (5, 2),
    "message": (60, 100),
}


class Rejected(Exception):
    """A request we will not carry out, with the reason for the person and the field it concerns."""

    def __init__(self, message, field=None):
        super().__init__(str(message))
        self.message = message
        self.field = field


def is_blocked(address):
    return BlockedAddress.objects.filter(address_hash=address_hash(address)).exists()


def _keys(action, client_ip, address):
    keys = []
    if client_ip:
        keys.append((f"guides-limit:{action}:ip:{client_ip}", LIMITS[action][0], HOUR))
    if address:
        keys.append((f"guides-limit:{action}:addr:{address_hash(address)}", LIMITS[action][1], DAY))
    return keys


def check_rate(action, client_ip="", address=""):
    """Raises Rejected when this network address or e-mail address has used up its limit."""
    for key, limit, _window in _keys(action, client_ip, address):
        if (cache.get(key) or 0) >= limit:
            if ":ip:" in key:
                raise Rejected(
                    _(
                        "Many messages came from your network in the last hour. Please wait an hour and send again. What you wrote is still here."
                    )
                )
            raise Rejected(
                _(
                    "This e-mail address has reached today's limit. Please try again tomorrow, or continue in the conversation you already have."
                ),
                field="email",
            )


def count_use(action, client_ip="", address=""):
    """Counts one successful use against the limits (rejected attempts do not count)."""
    for key, _limit, window in _keys(action, client_ip, address):
        cache.add(key, 0, window)
        try:
            cache.incr(key)
        except ValueError:  # the key expired between add and incr
            cache.set(key, 1, window)
