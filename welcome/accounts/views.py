"""The second-factor pages: set up the authenticator app once, then enter a code at every login."""

import base64

import segno
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from . import services
from .forms import AppCodeForm, RecoveryCodeForm
from .throttle import count_failure, forget_failures, is_paused, lockout_response


def _next_url(request):
    """Where the person was going; only paths on this site."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return "/"


@never_cache
@login_required
def set_up(request):
    """GET/POST /<lang>/account/second-factor/set-up/: QR code and secret, one code to confirm, recovery codes."""
    if request.user.is_verified():
        return redirect(_next_url(request))
    if services.has_second_factor(request.user):
        # Only a person without an app may add one; otherwise a stolen password would be enough.
        return redirect(f"{reverse('accounts:code')}?{request.GET.urlencode()}")
    device = services.pending_app(request.user)
    form = AppCodeForm(request.POST or None)
    if form.is_valid():
        codes = services.confirm_app(request, device, form.cleaned_data["code"])
        if codes:
            return render(request, "accounts/recovery_codes.html", {"codes": codes, "next": _next_url(request)})
        form.add_error(
            "code",
            _(
                "This code is not correct. Enter the code your app shows now; if it is still refused, check that the time on your phone is right."
            ),
        )
    secret = base64.b32encode(device.bin_key).decode()
    return render(
        request,
        "accounts/set_up.html",
        {
            "form": form,
            "qr_code": mark_safe(segno.make(device.config_url, error="m").svg_inline(scale=4, omitsize=False)),
            "secret_groups": [secret[i : i + 4] for i in range(0, len(secret), 4)],
            "next": _next_url(request),
        },
    )


@never_cache
@login_required
def code(request):
    """GET/POST /<lang>/account/second-factor/: the code from the app, or a recovery code."""
    user = request.user
    if user.is_verified():
        return redirect(_next_url(request))
    if not services.has_second_factor(user):
        return redirect(f"{reverse('accounts:set_up')}?{request.GET.urlencode()}")
    if is_paused(request, user):
        return lockout_response(request)
    app_form = AppCodeForm(request.POST if "code" in request.POST else None)
    recovery_form = RecoveryCodeForm(request.POST if "recovery_code" in request.POST else None)
    for form, field in ((app_form, "code"), (recovery_form, "recovery_code")):
        if form.is_valid():
            if services.verify(request, form.cleaned_data[field]):
                forget_failures(request, user)
                return redirect(_next_url(request))
            count_failure(request, user)
            form.add_error(
                field,
                _(
                    "This code is not correct. Enter the code your app shows now, or one recovery code you have not used yet."
                ),
            )
    return render(
        request,
        "accounts/code.html",
        {"app_form": app_form, "recovery_form": recovery_form, "next": _next_url(request)},
    )
