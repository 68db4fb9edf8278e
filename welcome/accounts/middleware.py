"""No account reaches anything but its second-factor pages before the second factor is verified."""

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from .services import has_second_factor

# What an account may open between password and code: the second-factor pages and every logout.
OPEN_BEFORE_SECOND_FACTOR = {
    "accounts:set_up",
    "accounts:code",
    "accounts:logout",
    "guides:logout",
    "wagtailadmin_logout",
    "admin:logout",
}


class SecondFactorRequiredMiddleware:
    """Sends a logged-in account without a verified second factor to set one up, or to enter a code.

    Runs after django-otp's OTPMiddleware (request.user.is_verified) and before every view, so the
    Wagtail admin, the Django admin, the guides' and coordinators' areas and any future page are
    covered alike.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        if request.resolver_match.view_name in OPEN_BEFORE_SECOND_FACTOR:
            return None
        step = "accounts:code" if has_second_factor(user) else "accounts:set_up"
        return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
