"""The region map the portal draws itself: one SVG, no tiles, no scripts, no other host.

Positions are approximate geography (longitude and latitude of each centre, projected onto a
600 × 310 canvas), nudged where labels would collide; districts are the larger circles.
"""

from django.urls import reverse

from welcome.content.cities import city_page_links
from welcome.core.region import CITIES, DISTRICT

# slug: (longitude, latitude, label side, short label for crowded spots; "|" breaks a line)
CENTRES = {
    "duisburg": (6.76, 51.43, "start-left", None),
    "oberhausen": (6.86, 51.50, "start-left", None),
    "muelheim": (6.88, 51.42, "below", "Mülheim"),
    "essen": (7.01, 51.455, "below", None),
    "bottrop": (6.93, 51.55, "above", None),
    "gelsenkirchen": (7.09, 51.515, "above", None),
    "herne": (7.28, 51.555, "right", None),
    "bochum": (7.23, 51.475, "below", None),
    "dortmund": (7.47, 51.51, "below", None),
    "hagen": (7.47, 51.36, "below", None),
    "hamm": (7.82, 51.68, "below", None),
    "kreis-wesel": (6.62, 51.63, "inside", "Kreis|Wesel"),
    "kreis-recklinghausen": (7.20, 51.67, "inside", "Kreis|Recklinghausen"),
    "kreis-unna": (7.70, 51.56, "inside", "Kreis|Unna"),
    "ennepe-ruhr-kreis": (7.25, 51.33, "inside", "Ennepe-|Ruhr-Kreis"),
}
CITY_RADIUS = 9
DISTRICT_RADIUS = 46
LABEL_GAP = 14


def _project(lon, lat):
    # Longitude degrees are shorter than latitude degrees at 51.5° N (cos 51.5° ≈ 0.62).
    return round(40 + (lon - 6.5) * 0.62 * 620), round(30 + (51.74 - lat) * 620)


def _label(x, y, side, radius):
    """(x, y, text-anchor) of a label beside its circle."""
    if side == "start-left":
        return x - radius - 5, y + 4, "end"
    if side == "right":
        return x + radius + 5, y + 4, "start"
    if side == "above":
        return x, y - radius - 6, "middle"
    if side == "inside":
        return x, y - 3, "middle"
    return x, y + radius + LABEL_GAP, "middle"


def region_map(counts, language):
    """Shapes for the map template: districts first (drawn underneath), then cities."""
    shapes = []
    city_links = city_page_links(language)
    for slug, name, kind in CITIES:
        lon, lat, side, short = CENTRES[slug]
        x, y = _project(lon, lat)
        radius = DISTRICT_RADIUS if kind == DISTRICT else CITY_RADIUS
        label_x, label_y, anchor = _label(x, y, side, radius)
        places_url = f"{reverse('places:index')}?city={slug}"
        shapes.append(
            {
                "slug": slug,
                "name": name,
                "label_lines": (short or name).split("|"),
                "is_district": kind == DISTRICT,
                "x": x,
                "y": y,
                "r": radius,
                "label_x": label_x,
                "label_y": label_y,
                "anchor": anchor,
                "count": counts.get(slug, 0),
                # A city without a page in any language the reader can read: its offices instead.
                "city_link": city_links.get(slug),
                "places_url": places_url,
            }
        )
    return sorted(shapes, key=lambda shape: not shape["is_district"])
