"""Editors manage places in the Wagtail admin (Snippets › Offices and services); city pages list them."""

from django.template.loader import render_to_string
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import services
from .models import Place

SHOWN_ON_CITY_PAGE = 6


class PlaceViewSet(SnippetViewSet):
    model = Place
    icon = "site"
    menu_label = _("Offices and services")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name", "kind", "city", "verified", "verified_on"]
    list_filter = ["kind", "city", "verified"]
    search_fields = ["name", "town", "slug"]
    ordering = ["verified", "name"]
    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("kind"), FieldPanel("city")], heading=_("Place")
        ),
        MultiFieldPanel(
            [
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]),
                FieldPanel("opening_hours"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("website"),
                FieldPanel("languages"),
            ],
            heading=_("Address and contact"),
        ),
        FieldPanel("description"),
        InlinePanel("texts", heading=_("What they do, in other languages"), label=_("translation")),
        MultiFieldPanel(
            [FieldPanel("verified"), FieldPanel("verified_on"), FieldPanel("editor_note")],
            heading=_("Verification (for editors)"),
        ),
    ]


register_snippet(PlaceViewSet)


@hooks.register("city_page_panels")
def places_in_city(city_page, request):
    """The city's offices and services on its city page, most important first; None when it has none."""
    places = list(services.places_for_city(city_page.slug))
    if not places:
        return None
    return render_to_string(
        "places/includes/city_panel.html",
        {
            "places": places[:SHOWN_ON_CITY_PAGE],
            "count": len(places),
            "city": city_page.slug,
            "city_title": city_page.title,
            "LANG": get_language(),
        },
        request=request,
    )
