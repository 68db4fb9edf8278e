from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .accessibility import AccessibilityFeedback
from .admin_views import operator_details_lines, operator_details_to_fill_in, review_report
from .figure_admin import FigureViewSet, figures_to_check
from .rich_text import LocalizedPageLinkHandler


@hooks.register("register_rich_text_features", order=1)
def resolve_page_links_in_batches(features):
    """Replaces Wagtail's page link handler (order 1: after Wagtail's own registration)."""
    features.register_link_type(LocalizedPageLinkHandler)


@hooks.register("register_admin_urls")
def register_review_report_url():
    return [path("reports/content-review/", review_report, name="content_review_report")]


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return MenuItem(_("Content to review"), reverse("content_review_report"), icon_name="calendar-alt", order=100)


@hooks.register("insert_global_admin_js")
def text_direction_follows_the_text():
    """Arabic typed in the admin runs right to left (static/content/admin/text-direction.js)."""
    return format_html('<script src="{}" defer></script>', static("content/admin/text-direction.js"))


class AccessibilityFeedbackViewSet(SnippetViewSet):
    """Readers' reports of barriers, for the editors (the form is on the accessibility statement)."""

    model = AccessibilityFeedback
    icon = "mail"
    menu_label = _("Accessibility feedback")
    menu_order = 250
    add_to_admin_menu = True
    url_namespace = "content_accessibility_feedback"
    list_display = ["message", "page_url", "email", "language", "created_at", "handled"]
    list_filter = ["handled", "language"]


register_snippet(AccessibilityFeedbackViewSet)
register_snippet(FigureViewSet)
hooks.register("review_report_panels", figures_to_check)
hooks.register("review_report_panels", operator_details_to_fill_in)
# The weekly reminder's lines for what other apps ask editors to check, as the report's panels do.
hooks.register("review_reminder_lines", operator_details_lines)
