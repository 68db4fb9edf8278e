"""Editors maintain the path check's rules in the admin (Path check › Checklist steps); its amounts are Figures."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from welcome.content.figure_usage import FigureUse

from .models import ChecklistStep, StepText


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


class StepTextViewSet(SnippetViewSet):
    """Each step's German title and explanation; Translate (wagtail-localize) makes the other languages."""

    model = StepText
    icon = "doc-full"
    list_display = ["step", "title", "locale"]
    list_filter = ["locale"]
    search_fields = ["title", "text"]
    ordering = ["step__key"]
    panels = [FieldPanel("step"), FieldPanel("title"), FieldPanel("text")]

    def get_queryset(self, request):
        return StepText.objects.select_related("step", "locale")


class PathCheckGroup(SnippetViewSetGroup):
    items = (ChecklistStepViewSet, StepTextViewSet)
    menu_icon = "list-ul"
    menu_label = _("Path check")
    menu_name = "path-check"
    menu_order = 240


register_snippet(PathCheckGroup)


@hooks.register("figure_usage")
def steps_using_figure(figure):
    """Checklist steps whose rules compare with the figure or whose texts name it, for its usage listing."""
    steps = ChecklistStep.objects.filter(
        Q(conditions__figure=figure)
        | Q(texts__title__contains=f"{{{figure.key}}}")
        | Q(texts__text__contains=f"{{{figure.key}}}")
    ).distinct()
    finder = AdminURLFinder()
    return [FigureUse(str(step), str(_("Path check step")), "", finder.get_edit_url(step)) for step in steps]
