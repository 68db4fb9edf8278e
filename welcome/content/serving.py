"""Serving a page: Wagtail's view, started from the site and home page kept in the cache.

Before Wagtail routes a path it finds the request's site, the active locale, the translation of
the site's root page and its specific page: four queries that give the same answer to every
reader of a language until a site is edited or a page is published, moved or deleted. Those
events bump the navigation version (welcome.content.signals), under whose key the answer is kept.
Wagtail keeps what it found on the request (`_wagtail_site`, `_wagtail_route_for_request`, as its
docstrings say): setting them before its view runs is all it takes for the view to skip them.
"""

from django.http import Http404
from django.http.request import split_domain_port
from django.utils.translation import get_language
from wagtail import views as wagtail_views
from wagtail.models import Site

from welcome.core import versioned_cache

from .context_processors import navigation_cache_key


def site_and_home(request):
    """(the request's Site, its home page in the active language as a specific page), cached."""
    hostname = split_domain_port(request.get_host())[0]
    port = request.get_port()
    key = f"{navigation_cache_key(get_language(), request)}:serving:{hostname}:{port}"
    found = versioned_cache.get(key)
    if found is None:
        site = Site.find_for_request(request)
        # Like Wagtail: the home page in the reader's language, else the site's own.
        found = (site, site.root_page.localized.specific if site else None)
        versioned_cache.set(key, found, 3600)
    return found


class ServeFromCachedHomeMiddleware:
    """Routes a request for Wagtail's page view from the cached home page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve:
            return None
        site, home = site_and_home(request)
        request._wagtail_site = site
        if home is not None:
            path = view_args[0] if view_args else view_kwargs.get("path", "")
            try:
                request._wagtail_route_for_request = home.route(request, [part for part in path.split("/") if part])
            except Http404:
                request._wagtail_route_for_request = None
        return None
