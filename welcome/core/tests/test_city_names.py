"""City and district names as the reader's language writes them; the official name where data needs it."""

import re

from django.utils import translation

from welcome.core.region import city_label, city_name


def _options(html, name):
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S).group(1)
    return dict(re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select))


def test_filters_name_the_cities_in_the_readers_script(client, site_content):
    assert _options(client.get("/ar/places/").content.decode(), "city")["dortmund"] == "دورتموند (Dortmund)"
    assert _options(client.get("/uk/events/").content.decode(), "city")["muelheim"] == "Мюльгайм-на-Рурі"
    assert _options(client.get("/ru/guides/").content.decode(), "city")["essen"] == "Эссен"
    assert _options(client.get("/en/places/").content.decode(), "city")["kreis-unna"] == "Kreis Unna"


def test_the_official_name_stays_german_whatever_the_language():
    with translation.override("uk"):
        assert city_name("dortmund") == "Dortmund" and city_label("dortmund") == "Дортмунд"
    assert city_label("nowhere") == "nowhere"
