"""The Ruhr region as the portal knows it: the 11 independent cities and 4 districts.

The slugs match the city pages' slugs (cities/<slug>), so every app can link a
guide, an office or an event to the right city page. A new partner city is a new
line here and a new city page.
"""

from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _

INDEPENDENT = "independent"
DISTRICT = "district"

CITIES = [
    ("bochum", gettext_noop("Bochum"), INDEPENDENT),
    ("bottrop", gettext_noop("Bottrop"), INDEPENDENT),
    ("dortmund", gettext_noop("Dortmund"), INDEPENDENT),
    ("duisburg", gettext_noop("Duisburg"), INDEPENDENT),
    ("essen", gettext_noop("Essen"), INDEPENDENT),
    ("gelsenkirchen", gettext_noop("Gelsenkirchen"), INDEPENDENT),
    ("hagen", gettext_noop("Hagen"), INDEPENDENT),
    ("hamm", gettext_noop("Hamm"), INDEPENDENT),
    ("herne", gettext_noop("Herne"), INDEPENDENT),
    ("muelheim", gettext_noop("Mülheim an der Ruhr"), INDEPENDENT),
    ("oberhausen", gettext_noop("Oberhausen"), INDEPENDENT),
    ("ennepe-ruhr-kreis", gettext_noop("Ennepe-Ruhr-Kreis"), DISTRICT),
    ("kreis-recklinghausen", gettext_noop("Kreis Recklinghausen"), DISTRICT),
    ("kreis-unna", gettext_noop("Kreis Unna"), DISTRICT),
    ("kreis-wesel", gettext_noop("Kreis Wesel"), DISTRICT),
]

CITY_KIND_LABELS = {INDEPENDENT: _("independent city"), DISTRICT: _("district")}


def city_choices():
    """(slug, official name) pairs for model fields; forms show city_label_choices."""
    return [(slug, name) for slug, name, _kind in CITIES]


def city_name(slug):
    """The official, German name: for structured data and the names of editor groups."""
    return dict(city_choices()).get(slug, slug)


def city_label(slug):
    """The name as the reader's language writes it (the catalogues hold the city pages' titles)."""
    return gettext(city_name(slug))


def city_label_choices():
    """(slug, name for the reader) pairs, in the active language: for forms."""
    return [(slug, gettext(name)) for slug, name, _kind in CITIES]


class CityLabelMixin:
    """For a model with a `city` slug: `city_label`, the city's name for the reader ("" without a city)."""

    @property
    def city_label(self):
        return city_label(self.city) if self.city else ""
