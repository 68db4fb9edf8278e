"""What anonymous readers may be served from a cache, and for how long.

The page cache itself is wagtail-cache (settings.WAGTAIL_CACHE_BACKEND); this module says which
requests and responses it may keep, sets the Cache-Control that browsers and the proxy follow,
and clears the cache when what pages show changes. See docs/decisions/0007-page-cache-and-caching-proxy.md.
"""

import re

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.cache import _generate_cache_header_key, _generate_cache_key, patch_cache_control
from django.utils.functional import cached_property
from wagtail import hooks
from wagtail.contrib.frontend_cache.utils import purge_page_from_cache, purge_pages_from_cache
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtailcache.cache import FetchFromCacheMiddleware, _chop_querystring

# A request that carries one of these belongs to one person: never answered from the cache.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


class PrivatePaths:
    @cached_property
    def patterns(self):
        return [re.compile(pattern) for pattern in settings.PRIVATE_PATHS]

    def __contains__(self, path):
        return any(pattern.match(path) for pattern in self.patterns)


private_paths = PrivatePaths()


def is_request_cacheable(request):
    """Anonymous GET and HEAD requests outside the private areas."""
    return (
        request.method in ("GET", "HEAD")
        and not any(name in request.COOKIES for name in PERSONAL_COOKIES)
        and request.path not in private_paths
    )


def is_response_cacheable(response):
    """Only whole public answers: never a 304, a response that sets a cookie, or one marked private."""
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code in (200, 301, 404)
        and not response.cookies
        and "public" in cache_control
        and "private" not in cache_control
    )


def _is_personal(request, response):
    user = getattr(request, "user", None)
    return (
        request.path in private_paths
        or request.method not in ("GET", "HEAD")
        or request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        or bool(response.cookies)
        or (user is not None and user.is_authenticated)
    )


class CacheHeadersMiddleware:
    """Public pages: public and short in browsers, longer in shared caches; personal ones: no-store.

    It sits innermost, so it sees the user and the form token the view used.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if _is_personal(request, response):
            patch_cache_control(response, private=True, no_store=True)
        elif response.status_code in (200, 301, 404) and not response.has_header("Cache-Control"):
            patch_cache_control(
                response, public=True, max_age=settings.BROWSER_CACHE_SECONDS, s_maxage=settings.PAGE_CACHE_SECONDS
            )
        return response


class FetchFromPageCacheMiddleware(FetchFromCacheMiddleware):
    """wagtail-cache's lookup, in one read of the cache instead of two.

    Django's cache middleware first reads the request headers a URL's answer varies on, then the
    answer under a key made from them. Nearly every page varies on the same headers, so the answer
    under the key the last seen list makes is read together with the URL's list; only when the
    list differs is a second read needed. The keys are Django's, so what UpdateCacheMiddleware
    stores is found, and a hit stays correct whatever the guess.
    """

    usual_headers = None

    def process_request(self, request):
        if not settings.WAGTAIL_CACHE:
            return None
        cacheable = request.method in ("GET", "HEAD") and not getattr(request, "is_preview", False)
        for hook in hooks.get_hooks("is_request_cacheable"):
            result = hook(request, cacheable)
            if isinstance(result, bool):
                cacheable = result
        if not cacheable:
            request._wagtailcache_update = False
            request._wagtailcache_skip = True
            return None
        try:
            response = self._stored_response(_chop_querystring(request))
        except Exception:
            # As wagtail-cache does: an unreachable cache serves the page anew.
            request._wagtailcache_error = True
            return None
        request._wagtailcache_update = response is None
        return response

    def _stored_response(self, request):
        prefix = settings.CACHE_MIDDLEWARE_KEY_PREFIX
        headers_key = _generate_cache_header_key(prefix, request)
        guess = self.usual_headers
        guessed_key = _generate_cache_key(request, request.method, guess, prefix) if guess is not None else None
        found = self._wagcache.get_many([headers_key] + ([guessed_key] if guessed_key else []))
        headers = found.get(headers_key)
        if headers is None:
            return None
        if headers == guess:
            return found.get(guessed_key)
        FetchFromPageCacheMiddleware.usual_headers = headers
        return self._wagcache.get(_generate_cache_key(request, request.method, headers, prefix))


def clear_page_cache(**kwargs):
    """Forget every stored page: a publish can change menus, lists and alternates on many pages."""
    pages = caches[settings.WAGTAIL_CACHE_BACKEND]
    if hasattr(pages, "delete_pattern"):
        # django-redis: only our keys, not the task queue sharing the Redis database.
        pages.delete_pattern("*")
    else:
        pages.clear()


def _data_changed(**kwargs):
    # After the commit: a page rendered before it would still show the old data.
    transaction.on_commit(clear_page_cache)


def _page_changed(instance, **kwargs):
    """Clears the page cache, then has the proxy fetch the page anew, once the change is committed.

    Wagtail's frontend cache purges too, but inside the transaction: with the RQ or the immediate
    task backend the proxy could fetch the old page before the commit and keep it.
    """

    def after_commit():
        clear_page_cache()
        if getattr(settings, "WAGTAILFRONTENDCACHE", None):
            purge_page_from_cache(instance)

    transaction.on_commit(after_commit)


def _restriction_changed(instance, **kwargs):
    """A page that gets (or loses) a view restriction: its whole subtree must not be served from a cache as before."""

    def after_commit():
        clear_page_cache()
        if getattr(settings, "WAGTAILFRONTENDCACHE", None):
            purge_pages_from_cache(instance.page.get_descendants(inclusive=True).specific())

    transaction.on_commit(after_commit)


def _models_that_clear_the_cache():
    for label in settings.PAGE_CACHE_CLEARED_BY:
        if "." in label:
            app_label, model_name = label.split(".")
            if apps.is_installed(f"welcome.{app_label}"):
                yield apps.get_model(app_label, model_name)
        elif apps.is_installed(f"welcome.{label}"):
            yield from apps.get_app_config(label).get_models()


def connect_signals():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(_page_changed, dispatch_uid=f"page-cache-{id(signal)}")
    post_delete.connect(_data_changed, sender=Page, dispatch_uid="page-cache-page-deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            _restriction_changed, sender=PageViewRestriction, dispatch_uid=f"page-cache-restriction-{id(signal)}"
        )
    for model in _models_that_clear_the_cache():
        for signal in (post_save, post_delete):
            signal.connect(_data_changed, sender=model, dispatch_uid=f"page-cache-{model._meta.label}-{id(signal)}")
