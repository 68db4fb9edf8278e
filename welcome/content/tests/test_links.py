"""Every link to a page stays in the reader's language, or says in their language where it leads."""

import pytest
from django.utils import translation

from welcome.content.links import links_by_id, links_by_key
from welcome.content.models import ArticlePage, SectionPage


@pytest.fixture
def german_only_page(site_content):
    """A German article an editor has just added, before anyone translated it, linked from the
    English Blue Card page."""
    section = SectionPage.objects.get(locale__language_code="de", slug="work")
    page = section.add_child(
        instance=ArticlePage(title="Neu in Arbeit", slug="neu", summary="Nur auf Deutsch.", locale=section.locale)
    )
    page.save_revision().publish()
    english = ArticlePage.objects.get(locale__language_code="en", slug="blue-card")
    english.body = [("paragraph", f'<p>See <a linktype="page" id="{page.pk}">what is new</a>.</p>')]
    english.save_revision().publish()
    return page


def test_a_link_to_a_page_only_in_german_says_so_in_the_readers_language(client, german_only_page):
    html = client.get("/en/work/blue-card/").content.decode()
    assert (
        '<a href="/de/work/neu/" hreflang="de">what is new <span class="link-language">(in German)</span></a>' in html
    )


def test_a_link_to_a_page_in_the_readers_language_stays_quiet(client, site_content):
    html = client.get("/en/work/").content.decode()
    assert '<a href="/en/work/blue-card/">Blue Card</a>' in html


def test_a_missing_arabic_page_leads_to_english_first_not_german(client, site_content):
    # ar → en → de: the Work section exists in German and English, not in Arabic.
    html = client.get("/ar/").content.decode()
    assert '<a href="/en/work/" hreflang="en">العمل <span class="link-language">(بالإنجليزية)</span></a>' in html
    assert 'href="/de/work/"' not in html


def test_the_chain_is_configurable_per_language(settings, site_content):
    settings.LANGUAGE_FALLBACKS = {"ar": ["de", "en"]}
    german = SectionPage.objects.get(locale__language_code="de", slug="work")
    link = links_by_id([german.pk], "ar")[german.pk]
    assert (link.url, link.language) == ("/de/work/", "de")
    with translation.override("ar"):
        assert link.leaves_language and link.language_label == "بالألمانية"


def test_a_page_in_the_readers_language_is_found_by_its_key(site_content):
    german = SectionPage.objects.get(locale__language_code="de", slug="work")
    link = links_by_key([german.translation_key], "uk")[german.translation_key]
    assert (link.url, link.language) == ("/uk/work/", "uk")
    with translation.override("uk"):
        assert not link.leaves_language and link.language_label == ""


def test_the_map_links_a_city_page_missing_in_ukrainian_to_the_next_language_with_a_label(client, site_content):
    # Dortmund's page exists only in German: uk → en → de lands on German, and says so.
    html = client.get("/uk/places/").content.decode()
    assert (
        '<a href="/de/cities/dortmund/" hreflang="de">Dortmund <span class="link-language">(німецькою)</span></a>'
        in html
    )


def test_the_path_check_labels_a_city_page_in_another_language(client, site_content):
    answers = {"purpose": "work_offer", "where_now": "abroad", "citizenship": "IN", "qualification": "degree"}
    answers |= {"qualification_country": "other", "field": "other", "recognised": "no"}
    answers |= {"salary": "50700", "german": "none", "family": "none", "city": "dortmund"}
    html = client.get("/uk/path/result/", answers).content.decode()
    assert '<a href="/de/cities/dortmund/" hreflang="de">' in html
    assert '<span class="link-language">(німецькою)</span></a>' in html


def test_the_header_leads_home_in_the_next_language_where_the_readers_has_none(client, site_content):
    # The test portal has no Turkish home page: tr → en → de.
    html = client.get("/tr/search/").content.decode()
    assert '<a class="site-header__logo" href="/en/" hreflang="en"' in html
    assert '<span class="link-language" aria-hidden="true">(İngilizce)</span>' in html
    assert 'class="site-header__logo" href="/tr/search/"' not in html
