"""The missing-translation notice, the content-aware 404 page and the accessibility feedback form."""

from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from wagtail.models import Page

from welcome.core import views as core_views

from .forms import AccessibilityFeedbackForm
from .services import FeedbackRejected, submit_accessibility_feedback
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


def accessibility_feedback(request):
    """The accessibility feedback form: shown on the accessibility statement, answered here."""
    if request.method != "POST":
        return render(
            request,
            "content/accessibility_feedback.html",
            {"form": AccessibilityFeedbackForm(initial={"page": request.GET.get("page", "")[:500]})},
        )
    form = AccessibilityFeedbackForm(request.POST)
    if form.is_valid():
        if form.cleaned_data["website"]:
            return redirect("content:accessibility_feedback_sent")
        try:
            submit_accessibility_feedback(
                form.cleaned_data["message"],
                form.cleaned_data["page"],
                form.cleaned_data["email"],
                translation.get_language(),
                client_ip=request.META.get("REMOTE_ADDR", ""),
            )
        except FeedbackRejected as rejected:
            form.add_error(None, rejected.message)
        else:
            return redirect("content:accessibility_feedback_sent")
    return render(request, "content/accessibility_feedback.html", {"form": form}, status=400)


def accessibility_feedback_sent(request):
    return render(request, "content/accessibility_feedback_sent.html")
