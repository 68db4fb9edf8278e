"""The figures in the admin: listing and form, the usage listing, and the review report's panel."""

from django.template.loader import render_to_string
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.usage import UsageView as GenericUsageView
from wagtail.snippets.side_panels import SnippetStatusSidePanel
from wagtail.snippets.views.snippets import EditView, SnippetViewSet, UsageView

from .figure_usage import figure_uses
from .figures import Figure, figures_to_review


class FigureUsageView(UsageView):
    """Pages and path check steps that name the figure (Wagtail's reference index does not see tokens)."""

    def get_queryset(self):
        return figure_uses(self.object)

    @cached_property
    def columns(self):
        return [
            TitleColumn("label", label=_("Name"), accessor="label", get_url=lambda use: use.edit_url),
            Column("kind", label=_("Type"), accessor="kind"),
            Column("language", label=_("Language"), accessor="language"),
        ]

    def get_table(self, object_list, **kwargs):
        # Our rows are ready to show; Wagtail's view would regroup reference-index entries.
        return super(GenericUsageView, self).get_table(object_list, **kwargs)


class FigureStatusSidePanel(SnippetStatusSidePanel):
    def get_usage_context(self):
        return {**super().get_usage_context(), "usage_count": len(figure_uses(self.object))}


class FigureEditView(EditView):
    def get_side_panels(self):
        panels = super().get_side_panels()
        for panel in panels:
            # The same panel, counting the uses our usage listing shows instead of reference-index entries.
            if type(panel) is SnippetStatusSidePanel:
                panel.__class__ = FigureStatusSidePanel
        return panels


class FigureViewSet(SnippetViewSet):
    model = Figure
    icon = "calculator"
    menu_label = _("Figures")
    menu_order = 230
    add_to_admin_menu = True
    usage_view_class = FigureUsageView
    edit_view_class = FigureEditView
    list_display = [
        "label",
        Column("token", label=_("In page texts")),
        Column("display", label=_("Value")),
        "valid_from",
        "valid_to",
        "checked_on",
    ]
    search_fields = ["key", "label"]
    panels = [
        HelpPanel(
            _(
                "Page texts show this amount where they say {{figure:key}}, the path check's texts where they say "
                "{key}. A change here changes every page in every language, without a new translation."
            )
        ),
        FieldPanel("label"),
        FieldPanel("key"),
        FieldRowPanel([FieldPanel("value"), FieldPanel("unit"), FieldPanel("per")]),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
        FieldPanel("legal_basis"),
        MultiFieldPanel(
            [FieldPanel("source_url"), FieldRowPanel([FieldPanel("checked_on"), FieldPanel("checked_by")])],
            heading=_("Checked against the official source"),
        ),
        FieldPanel("editor_note"),
    ]


def figures_to_check(request):
    """Figures past their end date or not checked against an official page, as a panel of the review report."""
    finder = AdminURLFinder(request.user)
    items = [
        {"figure": figure, "expired": figure.is_expired(), "edit_url": finder.get_edit_url(figure)}
        for figure in figures_to_review()
    ]
    if not items:
        return None
    return render_to_string("content/admin/figures_panel.html", {"items": items}, request=request)
