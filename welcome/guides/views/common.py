"""What every view of the guides app shares: private pages, roles, and showing a rejection."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.utils.cache import add_never_cache_headers, patch_cache_control

from ..services.coordination import is_coordinator


def private(view):
    """Private pages: never stored by a browser or proxy, never indexed."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        add_never_cache_headers(response)
        patch_cache_control(response, no_store=True, private=True)
        response.headers["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapper


def guide_required(view):
    """Logged-in guides only; the guide is passed to the view. Anyone else gets 404."""

    @login_required
    @private
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        guide = getattr(request.user, "guide", None)
        if guide is None:
            raise Http404
        return view(request, guide, *args, **kwargs)

    return wrapper


def coordinator_required(view):
    """Coordinators only; a guide or anyone else logged in gets 404."""

    @login_required
    @private
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_coordinator(request.user):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper


def show_rejection(form, rejected):
    """Puts a service's rejection on the form, on its field when it names one."""
    field = rejected.field if rejected.field in form.fields else None
    form.add_error(field, str(rejected.message))


def action_refusal(form, rejected):
    """For pages that show only the forms the request's state allows: the rejection goes on the
    form (which keeps what was typed), and a refusal of the whole action is also returned for the
    notice at the top, because the form it came from may not be shown in the request's state."""
    if form is not None:
        show_rejection(form, rejected)
        if rejected.field in form.fields:
            return None
    return rejected.message
