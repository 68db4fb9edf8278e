"""Every content page cites at least one official page that states what it says, not only home pages."""

import re
from urllib.parse import urlsplit

from django.conf import settings

from welcome.demo.loader.files import read_content

FILES = read_content()
GERMAN = [f for f in FILES if f.language == settings.LANGUAGE_CODE]

# A bare language prefix ("https://www.make-it-in-germany.com/de/") is still the site's home page.
HOME_PATH = re.compile(r"^/?([a-z]{2}(-[a-z]{2})?/?)?$")

# Pages that speak about the portal itself: no page outside it states what they say.
ABOUT_THE_PORTAL = {
    "about/_index": "what the portal offers and where to find it",
    "about/easy-language": "the portal explained in Leichte Sprache",
    "about/welcome-guides": "how the portal's own Welcome.Guides service works",
}


def is_home_page(url):
    return HOME_PATH.match(urlsplit(url).path) is not None


def test_home_page_rule_tells_home_pages_from_deeper_pages():
    assert is_home_page("https://www.rvr.ruhr/")
    assert is_home_page("https://www.herne.de")
    assert is_home_page("https://www.make-it-in-germany.com/de/")
    assert not is_home_page("https://www.make-it-in-germany.com/de/visum-aufenthalt")
    assert not is_home_page("https://www.gesetze-im-internet.de/aufenthg_2004/__18g.html")


def test_every_page_cites_a_page_deeper_than_a_home_page():
    only_home_pages = sorted(
        f.key
        for f in GERMAN
        if f.key not in ABOUT_THE_PORTAL and all(is_home_page(s["url"]) for s in f.meta.get("sources") or [])
    )
    assert only_home_pages == [], f"cite an official page that states what these pages say: {only_home_pages}"


def test_pages_excused_from_the_rule_exist_and_still_need_the_excuse():
    by_key = {f.key: f for f in GERMAN}
    assert set(ABOUT_THE_PORTAL) <= set(by_key)
    needless = [key for key in ABOUT_THE_PORTAL if not all(is_home_page(s["url"]) for s in by_key[key].meta["sources"])]
    assert needless == [], f"these pages cite a deeper page now; remove them from ABOUT_THE_PORTAL: {needless}"
