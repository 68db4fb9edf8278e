"""The missing-translation notice and the content-aware 404 page."""

from django.shortcuts import get_object_or_404, render
from django.utils import translation
from wagtail.models import Page

from welcome.core import views as core_views

from .translations import available_versions, find_page_in_other_languages, language_alternates


def missing_translation(request, page_id):
    """A page not yet written in the reader's language: say so, offer the languages it has."""
    page = get_object_or_404(Page.objects.live().public(), pk=page_id)
    existing = (
        page.get_translations(inclusive=True)
        .live()
        .public()
        .filter(locale__language_code=translation.get_language())
        .first()
    )
    context = {
        "page_title": page.title,
        "available": available_versions(page),
        "language_alternates": language_alternates(page),
        "existing_translation": existing,
    }
    return render(request, "content/missing_translation.html", context, status=200 if existing else 404)


def missing_translation_response(request, page):
    """The 404 notice for a page that exists, but not in the reader's language."""
    context = {
        "missing_translation": {"title": page.title, "available": available_versions(page)},
        "language_alternates": language_alternates(page),
    }
    return core_views.page_not_found(request, extra_context=context)


def page_not_found(request, exception=None):
    """Like core's 404, but a page that exists in other languages is offered in them."""
    page = find_page_in_other_languages(request.path)
    extra = None
    if page is not None:
        extra = {
            "missing_translation": {"title": page.title, "available": available_versions(page)},
            "language_alternates": language_alternates(page),
        }
    return core_views.page_not_found(request, exception, extra_context=extra)
