from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from wagtail import hooks

from .models import CONTENT_PAGE_MODELS
from .review import outdated_translations, pages_due_for_review


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
    context = {
        "due": pages_due_for_review(),
        "outdated": outdated_translations(),
        "unreviewed_count": unreviewed,
        "panels": panels,
    }
    return render(request, "content/admin/review_report.html", context)
