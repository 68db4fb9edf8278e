import re
import xml.etree.ElementTree as ET

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


def test_sitemap_lists_every_page_in_every_language_it_exists_in(client, site_content):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ET.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locations = {url.find("s:loc", ns).text for url in tree.findall("s:url", ns)}
    assert {"http://127.0.0.1:8000/de/", "http://127.0.0.1:8000/en/", "http://127.0.0.1:8000/ar/"} <= locations
    assert "http://127.0.0.1:8000/en/work/blue-card/" in locations
    assert len(locations) == len(site_content.created)
    first = tree.find("s:url", ns)
    assert first.findall("x:link", ns)
