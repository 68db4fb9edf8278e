"""Editors keep programmes in the admin (Snippets › Study programmes); the review report lists old checks."""

from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import services
from .models import Programme, University

SHOWN_ON_CITY_PAGE = 5


class ProgrammeViewSet(SnippetViewSet):
    model = Programme
    icon = "doc-full"
    menu_label = _("Study programmes")
    list_display = ["name", "university", "degree", "teaching_language", "confirmed", "checked_on", "locale"]
    list_filter = ["university", "degree", "teaching_language", "subject_area", "confirmed", "locale"]
    search_fields = ["name", "name_translation"]
    ordering = ["name"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("university"),
                FieldPanel("name"),
                FieldPanel("name_language"),
                FieldPanel("name_translation"),
                FieldPanel("description"),
            ],
            heading=_("Programme"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("degree"), FieldPanel("subject_area")]),
                FieldRowPanel([FieldPanel("teaching_language"), FieldPanel("language_level")]),
                FieldRowPanel([FieldPanel("city"), FieldPanel("campus")]),
                FieldRowPanel([FieldPanel("standard_semesters"), FieldPanel("start")]),
            ],
            heading=_("Facts"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("admission"),
                FieldPanel("application_route"),
                FieldPanel("deadline_international"),
                FieldPanel("semester_fee"),
            ],
            heading=_("Admission and application"),
        ),
        MultiFieldPanel(
            [FieldPanel("official_url"), FieldPanel("source_url"), FieldPanel("checked_on"), FieldPanel("confirmed")],
            heading=_("Checked on the university's page"),
        ),
    ]


class UniversityViewSet(SnippetViewSet):
    model = University
    icon = "site"
    menu_label = _("Universities")
    list_display = ["name", "slug", "city"]


class StudyViewSetGroup(SnippetViewSetGroup):
    items = (ProgrammeViewSet, UniversityViewSet)
    menu_icon = "doc-full"
    menu_label = _("Study")
    menu_order = 270


register_snippet(StudyViewSetGroup)


@hooks.register("review_report_panels")
def programmes_to_check(request):
    """Programmes not checked for 12 months (or never), on the editors' review report."""
    programmes = list(services.unchecked_programmes())
    if not programmes:
        return None
    finder = AdminURLFinder(request.user)
    items = [{"programme": programme, "edit_url": finder.get_edit_url(programme)} for programme in programmes]
    return render_to_string("study/admin/programmes_panel.html", {"items": items}, request=request)


@hooks.register("review_reminder_lines")
def programmes_to_check_lines():
    """The same programmes, as lines of the weekly reminder mail."""
    return [
        f"- programme {programme.name}: "
        + (f"last checked {programme.checked_on:%Y-%m-%d}" if programme.checked_on else "never checked")
        for programme in services.unchecked_programmes()
    ]


@hooks.register("city_page_panels")
def programmes_in_city(city_page, request):
    """How many confirmed programmes the city's universities offer, with a link into the finder."""
    count = services.published_programmes().filter(city=city_page.slug).count()
    if not count:
        return None
    return render_to_string(
        "study/includes/city_panel.html",
        {"count": count, "city": city_page.slug, "city_title": city_page.title},
        request=request,
    )
