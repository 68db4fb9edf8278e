"""Editors maintain the path check's rules in the admin: Path check › Checklist steps and Thresholds."""

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ChecklistStep, Threshold


class ThresholdViewSet(SnippetViewSet):
    model = Threshold
    icon = "calculator"
    menu_label = _("Thresholds")
    list_display = ["label", "amount", "valid_for_year", "verified"]
    panels = [
        FieldPanel("label"),
        FieldPanel("key"),
        FieldRowPanel([FieldPanel("amount"), FieldPanel("valid_for_year")]),
        FieldPanel("is_salary_band"),
        FieldPanel("source_url"),
        FieldPanel("verified"),
        FieldPanel("editor_note"),
    ]


class ChecklistStepViewSet(SnippetViewSet):
    model = ChecklistStep
    icon = "tasks"
    menu_label = _("Checklist steps")
    list_display = ["__str__", "phase", "group", "position", "active"]
    list_filter = ["phase", "group", "active"]
    search_fields = ["key"]
    ordering = ["phase", "position"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("key"),
                FieldRowPanel([FieldPanel("phase"), FieldPanel("position"), FieldPanel("group")]),
                FieldPanel("active"),
            ],
            heading=_("Step"),
        ),
        InlinePanel(
            "conditions", heading=_("Applies when all of these hold (none: to everyone)"), label=_("condition")
        ),
        InlinePanel("texts", heading=_("Texts per language"), label=_("text")),
        MultiFieldPanel(
            [
                PageChooserPanel("page"),
                FieldPanel("place_slug"),
                FieldPanel("city_place_kind"),
                FieldPanel("portal_link"),
            ],
            heading=_("Links"),
        ),
        FieldPanel("editor_note"),
    ]


class PathCheckGroup(SnippetViewSetGroup):
    items = (ChecklistStepViewSet, ThresholdViewSet)
    menu_icon = "list-ul"
    menu_label = _("Path check")
    menu_name = "path-check"
    menu_order = 240


register_snippet(PathCheckGroup)


@hooks.register("review_report_panels")
def thresholds_to_check(request):
    """Thresholds for an earlier year or not yet checked, on the editors' review report."""
    year = timezone.localdate().year
    finder = AdminURLFinder(request.user)
    items = [
        {
            "threshold": threshold,
            "outdated": threshold.valid_for_year < year,
            "edit_url": finder.get_edit_url(threshold),
        }
        for threshold in Threshold.objects.all()
        if threshold.valid_for_year < year or not threshold.verified
    ]
    if not items:
        return None
    return render_to_string("pathfinder/admin/thresholds_panel.html", {"thresholds": items}, request=request)
