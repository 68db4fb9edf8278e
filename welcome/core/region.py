"""The Ruhr region as the portal knows it: the 11 independent cities and 4 districts.

The slugs match the city pages' slugs (cities/<slug>), so every app can link a
guide, an office or an event to the right city page. A new partner city is a new
line here and a new city page.
"""

from django.utils.translation import gettext_lazy as _

INDEPENDENT = "independent"
DISTRICT = "district"

CITIES = [
    ("bochum", "Bochum", INDEPENDENT),
    ("bottrop", "Bottrop", INDEPENDENT),
    ("dortmund", "Dortmund", INDEPENDENT),
    ("duisburg", "Duisburg", INDEPENDENT),
    ("essen", "Essen", INDEPENDENT),
    ("gelsenkirchen", "Gelsenkirchen", INDEPENDENT),
    ("hagen", "Hagen", INDEPENDENT),
    ("hamm", "Hamm", INDEPENDENT),
    ("herne", "Herne", INDEPENDENT),
    ("muelheim", "Mülheim an der Ruhr", INDEPENDENT),
    ("oberhausen", "Oberhausen", INDEPENDENT),
    ("ennepe-ruhr-kreis", "Ennepe-Ruhr-Kreis", DISTRICT),
    ("kreis-recklinghausen", "Kreis Recklinghausen", DISTRICT),
    ("kreis-unna", "Kreis Unna", DISTRICT),
    ("kreis-wesel", "Kreis Wesel", DISTRICT),
]

CITY_KIND_LABELS = {INDEPENDENT: _("independent city"), DISTRICT: _("district")}


def city_choices():
    """(slug, name) pairs for forms and model fields."""
    return [(slug, name) for slug, name, _kind in CITIES]


def city_name(slug):
    return dict(city_choices()).get(slug, slug)
