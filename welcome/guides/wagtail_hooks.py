"""The guides' panel on each city page: who lives there and can answer questions."""

from dataclasses import dataclass, field
from itertools import groupby

from django.template.loader import render_to_string
from wagtail import hooks

from .models import Guide
from .spoken_languages import spoken_language_label

SHOWN = 3


@dataclass
class GuideInCity:
    """What the city panel shows of a guide: the profile link, the name and the languages spoken."""

    pk: int
    display_name: str
    language_labels: list = field(default_factory=list)


def active_guides_in(city):
    """The city's active guides by name, with their languages, read in one query.

    One row per guide and language (a guide without languages still has its row): a city has a
    handful of guides, so this is one query instead of a second one for their languages.
    """
    rows = (
        Guide.objects.active()
        .filter(city=city)
        .order_by("display_name", "pk", "languages__code")
        .values_list("pk", "display_name", "languages__code")
    )
    return [
        GuideInCity(pk, name, [spoken_language_label(code) for *_guide, code in languages if code])
        for (pk, name), languages in groupby(rows, key=lambda row: row[:2])
    ]


@hooks.register("city_page_panels")
def guides_in_city(city_page, request):
    """A short panel on the city page, or None when no active guide lives in that city."""
    # Reading them all is one query fewer than counting first.
    guides = active_guides_in(city_page.slug)
    count = len(guides)
    if not count:
        return None
    return render_to_string(
        "guides/includes/city_panel.html",
        {"guides": guides[:SHOWN], "count": count, "city": city_page.slug, "city_title": city_page.title},
        request=request,
    )
