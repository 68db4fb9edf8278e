"""The pages a public portal in Germany must have: privacy, legal notice, accessibility, Leichte Sprache."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone

from welcome.content.accessibility import AccessibilityFeedback
from welcome.content.operator import OperatorDetails
from welcome.core.testing import kept_for_the_module, log_in

LEGAL_KEYS = {"about/_index", "about/privacy", "about/imprint", "about/accessibility", "about/easy-language"}
PAGES = ["privacy", "imprint", "accessibility", "easy-language"]


@pytest.fixture(scope="module")
def legal_pages_loaded(django_db_setup, django_db_blocker):
    """The real German and English about pages, loaded into the small test portal once for this module."""
    from conftest import FIXTURE_CONTENT
    from welcome.demo.loader.files import read_content
    from welcome.demo.loader.pages import ContentImporter

    files = [f for f in read_content() if f.key in LEGAL_KEYS and f.language in ("de", "en")]
    with kept_for_the_module(django_db_blocker):
        # The test portal first (a transactional test elsewhere may have emptied the database), then the about pages.
        ContentImporter(read_content(FIXTURE_CONTENT) + files).run()
        yield


@pytest.fixture
def legal_pages(legal_pages_loaded, site_content):
    pass


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("slug", PAGES)
def test_each_page_answers_in_german_and_english(client, legal_pages, language, slug):
    response = client.get(f"/{language}/about/{slug}/")
    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.content.decode()


def test_legal_notice_shows_the_operator_settings_and_flags_empty_fields(client, legal_pages):
    OperatorDetails.objects.create(operator_name="Beispiel Betreiber GmbH", email="kontakt@example.org")
    german = client.get("/de/about/imprint/").content.decode()
    assert "Beispiel Betreiber GmbH" in german and "kontakt@example.org" in german
    assert german.count("noch nicht veröffentlicht") == 7  # legal form, address, ... content responsibility
    english = client.get("/en/about/imprint/").content.decode()
    assert "Beispiel Betreiber GmbH" in english and english.count("not yet published") == 7


def test_privacy_statement_names_the_controller_and_processors_from_the_settings(client, legal_pages):
    OperatorDetails.objects.create(operator_name="Beispiel Betreiber GmbH", processors="Hosting: Beispiel AG")
    html = client.get("/en/about/privacy/").content.decode()
    assert "Beispiel Betreiber GmbH" in html and "Hosting: Beispiel AG" in html
    assert "Article 6(1)(e) GDPR" in html and "https://www.ldi.nrw.de/" in html


def test_review_report_lists_the_operator_details_to_fill_in(client, legal_pages, editor):
    from welcome.demo.loader.accounts import setup_roles

    setup_roles()  # the Editors' permissions, the operator details among them
    OperatorDetails.objects.create(operator_name="Beispiel Betreiber GmbH")
    log_in(client, editor)
    html = client.get("/admin/reports/content-review/").content.decode()
    # The admin speaks German here (LANGUAGE_CODE).
    assert "Umsatzsteuer-Identifikationsnummer: auszufüllen" in html
    assert "Name des Anbieters: auszufüllen" not in html


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(Group.objects.get_or_create(name="Editors")[0])
    return user


def test_feedback_form_stores_the_report_and_mails_the_editors(
    client, legal_pages, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/accessibility-feedback/",
            {"message": "The map has no text alternative.", "page": "/en/cities/", "email": "reader@example.org"},
        )
    assert response.status_code == 302 and response.url == "/en/accessibility-feedback/sent/"
    feedback = AccessibilityFeedback.objects.get()
    assert (feedback.message, feedback.page_url, feedback.email, feedback.language) == (
        "The map has no text alternative.",
        "/en/cities/",
        "reader@example.org",
        "en",
    )
    assert [message.to for message in mail.outbox] == [["editor@example.org"]]
    assert "/admin/snippets/content/accessibilityfeedback/" in mail.outbox[0].body
    assert "The map has no text alternative." not in mail.outbox[0].body  # the text stays in the portal
    assert client.get(response.url).status_code == 200


def test_feedback_form_shows_errors_in_the_readers_language_and_keeps_the_input(client, legal_pages):
    response = client.post("/de/accessibility-feedback/", {"message": "", "page": "/de/work/", "email": "kein-mail"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Bitte beschreiben Sie die Barriere" in html
    assert "Bitte prüfen Sie die E-Mail-Adresse" in html
    assert 'value="/de/work/"' in html and 'value="kein-mail"' in html
    assert not AccessibilityFeedback.objects.exists()


def test_feedback_form_drops_what_fills_the_hidden_field(
    client, legal_pages, editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/accessibility-feedback/", {"message": "Buy now", "website": "http://spam.example"})
    assert response.status_code == 302
    assert not AccessibilityFeedback.objects.exists() and mail.outbox == []


def test_feedback_form_keeps_to_the_rate_limit(client, legal_pages):
    for _n in range(10):
        client.post("/en/accessibility-feedback/", {"message": "A barrier"})
    response = client.post("/en/accessibility-feedback/", {"message": "One more barrier"})
    assert response.status_code == 400 and "Please wait an hour" in response.content.decode()
    assert AccessibilityFeedback.objects.count() == 10


def test_accessibility_statement_carries_the_form_and_is_never_cached(client, legal_pages):
    response = client.get("/de/about/accessibility/")
    html = response.content.decode()
    assert 'action="/de/accessibility-feedback/"' in html and "csrfmiddlewaretoken" in html
    assert "no-store" in response["Cache-Control"]
    assert "https://www.lbbp.nrw.de/ombudsstelle" in html and "teilweise barrierefrei" in html
    assert "no-store" not in client.get("/de/about/imprint/").get("Cache-Control", "")


@pytest.mark.parametrize(
    "url",
    [
        "/de/accessibility-feedback/",
        "/de/about/accessibility/",
        "/de/guides/write/",
        "/de/guides/apply/",
        "/de/guides/link/",
    ],
)
def test_every_data_form_links_the_privacy_statement(client, legal_pages, url):
    html = client.get(url).content.decode()
    form = html[html.index('<form method="post"') :]
    assert 'href="/de/about/privacy/"' in form[: form.index("</form>")]


@pytest.mark.parametrize(
    "url",
    [
        "/de/",
        "/de/work/",
        "/de/work/blue-card/",
        "/de/cities/dortmund/",
        "/de/about/privacy/",
        "/de/search/",
        "/de/guides/",
        "/de/path/",
        "/de/places/",
        "/de/events/",
        "/de/accessibility-feedback/",
        "/de/no-such-page/",
    ],
)
def test_header_links_to_leichte_sprache_on_every_page_type(client, legal_pages, url):
    html = client.get(url).content.decode()
    assert '<a class="site-header__easy-language" href="/de/about/easy-language/">Leichte Sprache</a>' in html


def test_header_link_follows_the_readers_language_and_its_fallback_chain(client, legal_pages):
    english = client.get("/en/work/").content.decode()
    assert 'href="/en/about/easy-language/">Easy language</a>' in english
    # There is no Arabic page yet: ar → en → de leads to the English one, and says so.
    arabic = client.get("/ar/").content.decode()
    assert (
        '<a class="site-header__easy-language" href="/en/about/easy-language/" hreflang="en">'
        'لغة سهلة <span class="link-language">(بالإنجليزية)</span></a>'
    ) in arabic


def test_home_page_explains_the_portal_in_easy_language(client, legal_pages):
    html = client.get("/de/").content.decode()
    assert 'id="easy-language-title">Leichte Sprache</h2>' in html
    assert "welcome.ruhr ist eine Internet·seite für Menschen aus dem Ausland." in html


def test_footer_links_legal_notice_privacy_and_accessibility(client, legal_pages):
    html = client.get("/en/work/").content.decode()
    for slug in ("imprint", "privacy", "accessibility"):
        assert f'href="/en/about/{slug}/"' in html
    assert 'href="/en/accessibility-feedback/?page=/en/work/"' in html


def test_housekeeping_deletes_feedback_after_its_retention_period(legal_pages, settings):
    from welcome.guides.services.housekeeping import run_housekeeping

    old = AccessibilityFeedback.objects.create(message="old", language="de")
    AccessibilityFeedback.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=366))
    AccessibilityFeedback.objects.create(message="new", language="de")
    assert run_housekeeping()["accessibility_feedback_deleted"] == 1
    assert list(AccessibilityFeedback.objects.values_list("message", flat=True)) == ["new"]
