"""Editors publish events in the Wagtail admin (Events; Translate makes the other languages); city pages show what is coming up."""

from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import services
from .models import Event

SHOWN_ON_CITY_PAGE = 3


class EventViewSet(SnippetViewSet):
    model = Event
    icon = "date"
    menu_label = _("Events")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["title", "starts_at", "city", "kind", "is_sample", "locale"]
    list_filter = ["kind", "city", "is_sample", "locale"]
    search_fields = ["title", "venue", "organiser"]
    ordering = ["-starts_at"]
    panels = [
        MultiFieldPanel([FieldPanel("title"), FieldPanel("kind"), FieldPanel("description")], heading=_("Event")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")])], heading=_("Date and time (Germany)")
        ),
        MultiFieldPanel(
            [FieldPanel("city"), FieldPanel("place"), FieldPanel("venue"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("languages"),
                FieldPanel("organiser"),
                FieldPanel("registration_required"),
                FieldPanel("registration_url"),
                FieldPanel("is_sample"),
            ],
            heading=_("Languages and registration"),
        ),
    ]


register_snippet(EventViewSet)


@hooks.register("city_page_panels")
def events_in_city(city_page, request):
    """The next events in the city on its city page; None when nothing is planned there."""
    language = get_language()
    events = list(services.upcoming_in_city(city_page.slug, language, SHOWN_ON_CITY_PAGE))
    if not events:
        return None
    return render_to_string(
        "events/includes/city_panel.html",
        {"events": events, "city": city_page.slug, "city_title": city_page.title, "LANG": language},
        request=request,
    )
