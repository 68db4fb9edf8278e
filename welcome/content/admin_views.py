from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail import hooks

from .models import CONTENT_PAGE_MODELS
from .operator import OperatorDetails
from .review import outdated_snippet_translations, outdated_translations, pages_due_for_review


def review_report(request):
    """Editors' to-do list: pages past their review date and translations behind their source."""
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    unreviewed = sum(
        model.objects.live()
        .filter(reviewed_by_person=False)
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .count()
        for model in CONTENT_PAGE_MODELS
    )
    # Feature apps add what they need reviewed (the path check's thresholds, say) with this hook.
    panels = [panel for hook in hooks.get_hooks("review_report_panels") if (panel := hook(request))]
    outdated, outdated_snippets = outdated_translations(), outdated_snippet_translations()
    context = {
        "due": pages_due_for_review(),
        "outdated": outdated,
        "outdated_snippets": outdated_snippets,
        "outdated_count": len(outdated) + len(outdated_snippets),
        "unreviewed_count": unreviewed,
        "panels": panels,
    }
    return render(request, "content/admin/review_report.html", context)


def operator_details_lines():
    """The same, as a line of the weekly reminder mail (send_review_reminders), which is in English."""
    missing = OperatorDetails.load().missing()
    if not missing:
        return []
    with translation.override("en"):
        return [f"- operator details not filled in: {', '.join(str(label) for label in missing)}"]


def operator_details_to_fill_in(request):
    """The operator's details still empty, as a panel of the review report (readers see "not yet published")."""
    missing = OperatorDetails.load().missing()
    if not missing:
        return None
    edit_url = reverse("wagtailsettings:edit", args=["content", "operatordetails"])
    return render_to_string(
        "content/admin/operator_panel.html", {"missing": missing, "edit_url": edit_url}, request=request
    )
