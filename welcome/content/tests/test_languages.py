import re
import xml.etree.ElementTree as ET

from django.conf import settings

from welcome.content.models import ArticlePage


def _switcher_links(html):
    switcher = html.split('class="language-switcher__list"', 1)[1].split("</ul>", 1)[0]
    return dict(re.findall(r'<a href="([^"]+)" lang="(\w+)"', switcher)[i][::-1] for i in range(10))


def test_switcher_leads_to_the_same_page_in_other_languages(client, site_content):
    links = _switcher_links(client.get("/en/work/blue-card/").content.decode())
    assert links["de"] == "/de/work/blue-card/"
    assert links["en"] == "/en/work/blue-card/"
    source = ArticlePage.objects.get(locale__language_code="de", slug="blue-card")
    assert links["ar"] == f"/ar/missing/{source.pk}/" or links["ar"].startswith("/ar/missing/")


def test_switcher_on_app_pages_keeps_the_path(client, site_content):
    links = _switcher_links(client.get("/de/search/").content.decode())
    assert links["ar"] == "/ar/search/"


def test_missing_translation_is_explained_in_the_readers_language(client, site_content):
    page = ArticlePage.objects.get(locale__language_code="de", slug="blue-card")
    response = client.get(f"/ar/missing/{page.pk}/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'lang="ar" dir="rtl"' in html
    assert 'href="/de/work/blue-card/"' in html and 'href="/en/work/blue-card/"' in html
    assert "Deutsch" in html and "English" in html


def test_a_shared_link_into_a_missing_language_offers_the_existing_ones(client, site_content):
    response = client.get("/ar/work/blue-card/")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'href="/de/work/blue-card/"' in html and 'href="/en/work/blue-card/"' in html


def test_every_page_carries_hreflang_alternates_for_its_languages(client, site_content):
    html = client.get("/de/work/blue-card/").content.decode()
    assert '<link rel="alternate" hreflang="de" href="http://127.0.0.1:8000/de/work/blue-card/">' in html
    assert 'hreflang="en"' in html and 'hreflang="x-default"' in html
    assert '<link rel="alternate" hreflang="ar"' not in html


def test_sitemap_is_an_index_of_one_sitemap_per_language(client, site_content):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ET.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    sitemaps = [item.find("s:loc", ns).text for item in tree.findall("s:sitemap", ns)]
    assert [url.rsplit("/", 1)[1] for url in sitemaps] == [f"sitemap-{code}.xml" for code, _ in settings.LANGUAGES]


def test_each_languages_sitemap_lists_its_pages_with_their_alternates(client, site_content):
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locations = set()
    for code, _name in settings.LANGUAGES:
        response = client.get(f"/sitemap-{code}.xml")
        assert response.status_code == 200
        tree = ET.fromstring(response.content)
        found = {url.find("s:loc", ns).text for url in tree.findall("s:url", ns)}
        assert all(location.startswith(f"http://127.0.0.1:8000/{code}/") for location in found)
        locations |= found
    assert {"http://127.0.0.1:8000/de/", "http://127.0.0.1:8000/en/", "http://127.0.0.1:8000/ar/"} <= locations
    assert len(locations) == len(site_content.created)
    english = ET.fromstring(client.get("/sitemap-en.xml").content)
    article = next(url for url in english.findall("s:url", ns) if url.find("s:loc", ns).text.endswith("/blue-card/"))
    alternates = {link.get("hreflang"): link.get("href") for link in article.findall("x:link", ns)}
    assert alternates["de"] == "http://127.0.0.1:8000/de/work/blue-card/"
    assert alternates["en"] == "http://127.0.0.1:8000/en/work/blue-card/"


def test_pages_without_an_address_are_left_out_of_the_sitemap(client, home_outside_every_site):
    """Pages under a home page that is no site's root have no address (the menu leaves them out too)."""
    response = client.get("/sitemap-en.xml")
    assert response.status_code == 200
    assert b"/en/work/" not in response.content


def test_a_missing_sitemap_is_a_404(client, site_content):
    assert client.get("/sitemap-xx.xml").status_code == 404
