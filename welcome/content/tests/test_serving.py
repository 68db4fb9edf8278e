"""What serving a page keeps in the cache (welcome.content.serving, page bodies) follows every change."""

import re

import pytest
from django.test import Client
from wagtail.rich_text import RichText

from welcome.content.figures import Figure
from welcome.content.models import ArticlePage, HomePage, SectionPage

ARTICLE = "/en/work/blue-card/"


def body(response):
    """The article's text, without the header, footer and breadcrumbs around it."""
    html = response.content.decode()
    return html[html.index("<article>") : html.index('<footer class="page-meta">')]


def test_a_new_address_of_the_home_page_is_followed_at_once(client, site_content):
    assert client.get(ARTICLE).status_code == 200
    home = HomePage.objects.get(locale__language_code="en")
    home.slug = "home-english"
    home.save_revision().publish()
    assert client.get(ARTICLE).status_code == 200
    assert client.get("/en/").status_code == 200


def test_a_kept_article_body_follows_a_linked_page_being_withdrawn(client, site_content):
    # The article links its section; in English while the English section is live.
    assert 'href="/en/work/"' in body(client.get(ARTICLE))
    SectionPage.objects.get(locale__language_code="en", slug="work").unpublish()
    html = body(client.get(ARTICLE))
    assert 'href="/en/work/"' not in html
    assert 'href="/de/work/" hreflang="de"' in html


def test_a_body_with_a_form_is_rendered_for_each_reader(site_content):
    page = ArticlePage.objects.get(locale__language_code="en", slug="blue-card")
    page.body.append(("feedback", None))
    page.save_revision().publish()
    tokens = [
        re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body(Client(HTTP_HOST="127.0.0.1").get(ARTICLE)))
        for _ in range(2)
    ]
    assert all(tokens)
    assert tokens[0].group(1) != tokens[1].group(1)


def test_a_kept_home_body_follows_a_changed_figure(client, site_content):
    # Home, section and city pages keep their bodies like articles: a figure they show must not go stale.
    home = HomePage.objects.get(locale__language_code="en")
    figure = Figure.objects.first()
    home.body.append(("paragraph", RichText(f"<p>Minimum: {{{{figure:{figure.key}}}}}</p>")))
    home.save_revision().publish()
    before = client.get("/en/").content
    assert client.get("/en/").content == before
    figure.value += 1
    figure.save()
    assert client.get("/en/").content != before


@pytest.mark.parametrize("path", ["/en/", "/en/work/", ARTICLE, "/de/work/blue-card/", "/de/cities/dortmund/"])
def test_a_page_served_from_what_is_kept_is_the_page_first_rendered(client, site_content, path):
    first, second = client.get(path), client.get(path)
    assert first.status_code == second.status_code == 200
    assert first.content == second.content


def test_pages_still_render_when_the_home_page_is_no_sites_root(client, home_outside_every_site):
    """Sections outside every site have no address: the menu leaves them out instead of failing."""
    response = client.get("/en/guides/")
    assert response.status_code == 200
    assert not re.search(r'<a[^>]+href="/en/work/"', response.content.decode())
