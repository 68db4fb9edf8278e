"""The network address of the person behind a request, seen through the proxies we trust."""

import ipaddress

from django.conf import settings


def client_ip(request):
    """The address every rate limit and the login throttle count against.

    With TRUSTED_PROXY_COUNT = 0 it is REMOTE_ADDR. Behind N proxies, each appends the address it
    received the request from to X-Forwarded-For, so the client is the N-th entry from the right;
    entries further left were written by the client and prove nothing. A header with fewer
    entries did not pass all our proxies, so REMOTE_ADDR is the only address we can trust.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [entry for entry in forwarded if entry]
    if len(forwarded) < count:
        return remote
    try:
        return str(ipaddress.ip_address(forwarded[-count]))
    except ValueError:
        return remote
