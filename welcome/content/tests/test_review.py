import datetime

import pytest

from welcome.content.models import ArticlePage
from welcome.content.review import outdated_translations, pages_due_for_review
from welcome.core.testing import log_in


def test_pages_past_their_review_date_are_reported(site_content):
    due = pages_due_for_review()
    assert {(page.slug, page.locale.language_code) for page in due} == {("blue-card", "de"), ("blue-card", "en")}
    assert pages_due_for_review(today=datetime.date(2024, 1, 1)) == []


def test_a_translation_is_outdated_once_its_source_changes(site_content):
    assert outdated_translations() == []
    source = ArticlePage.objects.get(locale__language_code="de", slug="blue-card")
    source.summary = "Neue Regeln ab 2027."
    source.save_revision().publish()
    outdated = outdated_translations()
    assert [(item.page.slug, item.page.locale.language_code) for item in outdated] == [
        ("blue-card", "en"),
        ("blue-card", "uk"),
    ]


def test_updating_the_translation_clears_it(site_content):
    source = ArticlePage.objects.get(locale__language_code="de", slug="blue-card")
    source.save_revision().publish()
    for translation in ArticlePage.objects.filter(slug="blue-card").exclude(locale__language_code="de"):
        translation.save_revision().publish()
    assert outdated_translations() == []


@pytest.mark.django_db
def test_editors_see_the_report_in_the_admin(client, site_content, django_user_model):
    from django.contrib.auth.models import Group

    from welcome.demo.loader.accounts import setup_roles

    setup_roles()
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    log_in(client, editor)
    html = client.get("/admin/reports/content-review/").content.decode()
    assert "Blaue Karte EU" in html and "EU Blue Card" in html


def test_the_report_is_not_public(client, site_content):
    assert client.get("/admin/reports/content-review/").status_code == 302
