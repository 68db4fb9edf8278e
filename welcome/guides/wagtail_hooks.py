"""The guides' panel on each city page: who lives there and can answer questions."""

from django.template.loader import render_to_string
from wagtail import hooks

from .models import Guide

SHOWN = 3


@hooks.register("city_page_panels")
def guides_in_city(city_page, request):
    """A short panel on the city page, or None when no active guide lives in that city."""
    # A city has a handful of guides: reading them all is one query fewer than counting first.
    guides = list(Guide.objects.active().filter(city=city_page.slug).prefetch_related("languages"))
    count = len(guides)
    if not count:
        return None
    return render_to_string(
        "guides/includes/city_panel.html",
        {"guides": guides[:SHOWN], "count": count, "city": city_page.slug, "city_title": city_page.title},
        request=request,
    )
