"""The directory's pages: the list with filters and the map, and one page per place."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language

from welcome.content.cities import city_page_links

from . import services
from .forms import PlaceFilterForm
from .map import region_map

PER_PAGE = 25


def _decorate(places, language):
    """Adds the description in the reader's language (or the next of their fallback chain, with its code)."""
    city_links = city_page_links(language)
    for place in places:
        description, place.text_language = place.description_in(language)
        place.text = description.text if description else ""
        place.text_unreviewed = bool(description and description.unreviewed)
        place.city_link = city_links.get(place.city)
    return places


def index(request):
    """GET /<lang>/places/?city=&kind=: offices and services, filtered; unknown values are reported, not fatal."""
    form = PlaceFilterForm(request.GET or None)
    filters = form.filters() if form.is_bound else {"city": "", "kind": ""}
    language = get_language()
    page = Paginator(services.find_places(language, **filters), PER_PAGE).get_page(request.GET.get("page"))
    page.object_list = _decorate(list(page.object_list), language)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "places/place_list.html",
        {
            "form": form,
            "filters": filters,
            "page": page,
            "query": query.urlencode(),
            "map_shapes": region_map(services.count_by_city(), language),
        },
    )


def detail(request, slug):
    """GET /<lang>/places/<slug>/: everything about one place, and the same as schema.org data."""
    language = get_language()
    place = get_object_or_404(services.readable_places(language), slug=slug)
    _decorate([place], language)
    schema = services.place_schema(place, services.absolute_url(request.path), language)
    return render(request, "places/place_detail.html", {"place": place, "json_ld": services.json_ld(schema)})
