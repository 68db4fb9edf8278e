"""Editors manage places in the Wagtail admin (Snippets › Offices and services); city pages list them."""

from django.core.exceptions import PermissionDenied
from django.template.loader import render_to_string
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView, EditView, SnippetViewSet, SnippetViewSetGroup

from . import services
from .models import Place, PlaceDescription
from .permissions import CityPlacePermissionPolicy

PLACE_PERMISSIONS = CityPlacePermissionPolicy(Place)

SHOWN_ON_CITY_PAGE = 6


class InstancePermissionMixin:
    """Checks the permission for the object itself: a city editor opening another city's place is refused."""

    def get_object(self, queryset=None):
        place = super().get_object(queryset)
        if not self.permission_policy.user_has_permission_for_instance(
            self.request.user, self.permission_required, place
        ):
            raise PermissionDenied
        return place


class PlaceEditView(InstancePermissionMixin, EditView):
    pass


class PlaceDeleteView(InstancePermissionMixin, DeleteView):
    pass


class PlaceViewSet(SnippetViewSet):
    model = Place
    permission_policy = PLACE_PERMISSIONS
    edit_view_class = PlaceEditView
    delete_view_class = PlaceDeleteView
    icon = "site"
    menu_label = _("Offices and services")
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
                FieldPanel("contact_form"),
                FieldPanel("website"),
                FieldPanel("languages"),
            ],
            heading=_("Address and contact"),
        ),
        InlinePanel(
            "sources",
            heading=_("Sources: the official page each fact was checked on"),
            label=pgettext_lazy("fact checked on an official page", "source"),
            help_text=_(
                "The place counts as verified once its address, a way to get in touch and its hours each have a source."
            ),
        ),
        FieldPanel("editor_note"),
    ]

    def get_queryset(self, request):
        """Only the places this editor may change: a city editor sees the places of their city."""
        return self.permission_policy.instances_user_has_permission_for(request.user, "change")


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def verify_from_sources(request, instance):
    """Whether a place is verified follows from its sources, saved with it just now."""
    if isinstance(instance, Place):
        services.refresh_verification(instance)


class PlaceDescriptionForm(WagtailAdminModelForm):
    """Offers only the places the editor may change: a city editor describes the places of their city."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "place" in self.fields and self.for_user is not None:
            self.fields["place"].queryset = PLACE_PERMISSIONS.instances_user_has_permission_for(self.for_user, "change")


class PlaceDescriptionViewSet(SnippetViewSet):
    """The German description of each place; Translate (wagtail-localize) makes the other languages."""

    model = PlaceDescription
    permission_policy = CityPlacePermissionPolicy(PlaceDescription, city_field="place__city")
    edit_view_class = PlaceEditView
    delete_view_class = PlaceDeleteView
    icon = "doc-full"
    list_display = ["place", "text", "locale"]
    list_filter = ["locale"]
    search_fields = ["text"]
    ordering = ["place__name"]
    edit_handler = ObjectList([FieldPanel("place"), FieldPanel("text")], base_form_class=PlaceDescriptionForm)

    def get_queryset(self, request):
        """The descriptions of the places this editor may change, with their places read in the same query."""
        return self.permission_policy.instances_user_has_permission_for(request.user, "change").select_related(
            "place", "locale"
        )


class PlacesViewSetGroup(SnippetViewSetGroup):
    items = (PlaceViewSet, PlaceDescriptionViewSet)
    menu_icon = "site"
    menu_label = _("Offices and services")
    menu_order = 250


register_snippet(PlacesViewSetGroup)


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
