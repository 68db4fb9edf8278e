"""Health, readiness, the root redirect, robots.txt and the error pages."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.views.decorators.cache import never_cache

from .languages import best_language, language_codes

logger = logging.getLogger(__name__)


def root_redirect(request):
    """`/` goes to the reader's best language."""
    return HttpResponseRedirect(f"/{best_language(request)}/", headers={"Vary": "Accept-Language, Cookie"})


@never_cache
def healthz(request):
    """The process runs and answers."""
    return JsonResponse({"status": "ok"})


def _check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _check_cache():
    cache.set("readyz-probe", "1", 5)
    if cache.get("readyz-probe") != "1":
        raise RuntimeError("cache did not return what was stored")


@never_cache
def readyz(request):
    """Ready only when the database and the cache answer; says which part failed."""
    checks = {}
    for name, check in (("database", _check_database), ("cache", _check_cache)):
        try:
            check()
            checks[name] = "ok"
        except Exception as error:  # any failure of a dependency means "not ready"
            logger.warning("readiness check %s failed: %s", name, error)
            checks[name] = "failed"
    ready = all(state == "ok" for state in checks.values())
    return JsonResponse({"status": "ok" if ready else "unavailable", "checks": checks}, status=200 if ready else 503)


def robots_txt(request):
    lines = ["User-agent: *"]
    lines += [f"Disallow: /{code}/guides/c/" for code in language_codes()]
    lines += ["Disallow: /admin/", f"Sitemap: {settings.SITE_URL}/sitemap.xml", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def _language_from_path(request):
    first = request.path.lstrip("/").split("/", 1)[0]
    return first if first in language_codes() else best_language(request)


def page_not_found(request, exception=None, extra_context=None):
    """404 in the reader's language, with a way back; other apps can add context."""
    with translation.override(_language_from_path(request)):
        context = {"request_path": request.path, **(extra_context or {})}
        return render(request, "core/404.html", context, status=404)


def server_error(request):
    """500 without touching the database, in the reader's language when we can tell it."""
    language = _language_from_path(request)
    with translation.override(language):
        # No request context: context processors may need the database that just failed.
        html = loader.render_to_string("core/500.html", {"LANG": language})
    return HttpResponseServerError(html)


def bad_request(request, exception=None):
    with translation.override(_language_from_path(request)):
        return render(request, "core/400.html", status=400)


def permission_denied(request, exception=None):
    with translation.override(_language_from_path(request)):
        return render(request, "core/403.html", status=403)


def csrf_failure(request, reason=""):
    """An expired form is explained, not shown as an error code."""
    with translation.override(_language_from_path(request)):
        return render(request, "core/403_csrf.html", status=403)
