import datetime

from welcome.content.models import ArticlePage, CityPage, SectionPage


def test_article_shows_summary_sources_and_review_date(client, site_content):
    html = client.get("/en/work/blue-card/").content.decode()
    assert "With a university degree and a well-paid job offer" in html
    assert 'href="https://www.gesetze-im-internet.de/aufenthg_2004/__18g.html"' in html
    assert '<time datetime="2024-01-10">' in html


def test_article_blocks_render_as_steps_faq_notice_and_service(client, site_content):
    html = client.get("/de/work/blue-card/").content.decode()
    assert 'class="steps"' in html and "Angebot bekommen" in html
    assert 'class="faq__item"' in html and "Brauche ich Deutsch?" in html
    assert 'class="notice notice--important"' in html
    assert 'class="service-link" href="https://www.make-it-in-germany.com/"' in html


def test_city_page_shows_facts_and_its_local_office(client, site_content):
    html = client.get("/de/cities/dortmund/").content.decode()
    assert "rund 600.000" in html
    assert "Bürgerdienste International" in html


def test_review_due_date_follows_the_interval(site_content):
    page = ArticlePage.objects.get(locale__language_code="de", slug="blue-card")
    assert page.review_due == datetime.date(2024, 1, 10) + datetime.timedelta(days=180)
    assert page.is_review_overdue
    assert not CityPage.objects.get(slug="dortmund").is_review_overdue


def test_translations_say_they_are_not_reviewed_until_an_editor_confirms(client, site_content):
    notice = "has not yet been reviewed by a person"
    assert notice in client.get("/en/work/blue-card/").content.decode()
    assert "noch nicht von einem Menschen" not in client.get("/de/work/blue-card/").content.decode()
    page = ArticlePage.objects.get(locale__language_code="en", slug="blue-card")
    page.reviewed_by_person = True
    page.save_revision().publish()
    assert notice not in client.get("/en/work/blue-card/").content.decode()


def test_main_navigation_lists_the_sections_in_the_readers_language(client, site_content):
    html = client.get("/en/").content.decode()
    assert '<a class="primary-nav__link" href="/en/work/"' in html
    assert SectionPage.objects.filter(locale__language_code="en").count() == 1
