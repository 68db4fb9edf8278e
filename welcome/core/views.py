"""Health, readiness, the root redirect, robots.txt and the error pages."""

import logging
import sys

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connection
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


def _uses_redis_cache():
    return settings.CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache"


def _check_cache():
    # The Redis cache ignores its errors (pages degrade to no cache), so ask Redis itself.
    if _uses_redis_cache():
        from django_redis import get_redis_connection

        get_redis_connection("default").ping()
    cache.set("readyz-probe", "1", 5)
    if cache.get("readyz-probe") != "1":
        raise RuntimeError("cache did not return what was stored")


def _check_task_queue():
    import django_rq

    django_rq.get_connection("mail").ping()


def _checks():
    """(name, check, what to say when it fails): readiness is for operators, so it speaks English."""
    checks = [("database", _check_database, "the database does not answer")]
    redis = _uses_redis_cache()
    checks.append(("cache", _check_cache, "Redis does not answer" if redis else "the cache does not answer"))
    if settings.TASKS["default"]["BACKEND"].endswith("RQBackend"):
        checks.append(("task queue", _check_task_queue, "Redis does not answer"))
    return checks


@never_cache
def readyz(request):
    """Ready only when the database, the cache and the task queue answer; says which part failed and why."""
    checks, reasons = {}, {}
    for name, check, reason in _checks():
        try:
            check()
            checks[name] = "ok"
        except Exception as error:  # any failure of a dependency means "not ready"
            logger.warning("readiness check %s failed: %s", name, error)
            checks[name] = "failed"
            reasons[name] = reason
    ready = not reasons
    body = {"status": "ok" if ready else "unavailable", "checks": checks}
    if reasons:
        body["reasons"] = reasons
    return JsonResponse(body, status=200 if ready else 503)


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


# Fields never shown again on the error page: secrets and form machinery, not what a person wrote.
HIDDEN_FIELDS = ("csrfmiddlewaretoken", "password", "token", "otp")


def _typed_text(request):
    """What the person typed into the form they sent, so the error page can give it back to copy."""
    if request.method != "POST":
        return []
    try:
        items = request.POST.lists()
    except Exception:  # an unreadable body: there is nothing to give back
        return []
    return [
        value.strip()
        for name, values in items
        if not any(hidden in name.lower() for hidden in HIDDEN_FIELDS)
        for value in values
        if value.strip()
    ]


def server_error(request):
    """500 (503 when the database does not answer) without touching the database, in the reader's language.

    It says only what is true: whether what the person sent was saved (see core/commits.py),
    and it shows again what they typed so they can copy it.
    """
    error = sys.exc_info()[1]
    database_down = isinstance(error, (OperationalError, InterfaceError))
    language = _language_from_path(request)
    context = {
        "LANG": language,
        "database_down": database_down,
        "sent": request.method == "POST",
        "saved": getattr(request, "committed_changes", False),
        "typed": _typed_text(request),
    }
    with translation.override(language):
        # No request context: context processors may need the database that just failed.
        html = loader.render_to_string("core/500.html", context)
    if database_down:
        return HttpResponse(html, status=503, headers={"Retry-After": "60"})
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
