import datetime
import io

import pytest
from wagtail_localize.models import Translation, TranslationSource

from welcome.content.models import ArticlePage
from welcome.content.review import outdated_translations, pages_due_for_review
from welcome.core.testing import log_in


def test_pages_past_their_review_date_are_reported(site_content):
    due = pages_due_for_review()
    assert {(page.slug, page.locale.language_code) for page in due} == {("blue-card", "de"), ("blue-card", "en")}
    assert pages_due_for_review(today=datetime.date(2024, 1, 1)) == []


def _publish_german_change(summary="Neue Regeln ab 2027."):
    source = ArticlePage.objects.get(locale__language_code="de", slug="blue-card")
    source.summary = summary
    source.save_revision().publish()
    source.refresh_from_db()
    return source


def _sync(source):
    """What "Sync translated pages" in wagtail-localize does: read the source again, save each translation."""
    translation_source, _created = TranslationSource.update_or_create_from_instance(source)
    for translation in translation_source.translations.filter(enabled=True):
        translation.save_target(publish=True)


def test_a_fresh_load_reports_no_outdated_translation(site_content):
    assert outdated_translations() == []


def test_every_imported_translation_is_a_wagtail_localize_translation(site_content):
    source = ArticlePage.objects.get(locale__language_code="de", slug="blue-card")
    translations = {
        t.target_locale.language_code: t for t in TranslationSource.objects.get_for_instance(source).translations.all()
    }
    assert sorted(translations) == ["en", "uk"]
    # The English file carries everything the German one does: every segment is translated.
    total, done = translations["en"].get_progress()
    assert total > 0 and done == total
    # The Ukrainian one is cut down: what it lacks stays open in the translation editor.
    total, done = translations["uk"].get_progress()
    assert 0 < done < total
    assert site_content.localize.unmatched > 0


def test_a_german_change_marks_its_translations_outdated_until_synced(site_content):
    source = _publish_german_change()
    outdated = outdated_translations()
    assert [(item.page.slug, item.page.locale.language_code, item.reason) for item in outdated] == [
        ("blue-card", "en", "sync"),
        ("blue-card", "uk", "sync"),
    ]
    # wagtail-localize sees the same: it last read the source before this change.
    assert TranslationSource.objects.get_for_instance(source).last_updated_at < source.last_published_at
    _sync(source)
    assert outdated_translations() == []


def test_syncing_keeps_every_translated_segment_that_did_not_change(site_content):
    english = ArticlePage.objects.get(locale__language_code="en", slug="blue-card")
    title, body = english.title, str(english.body.render_as_block())
    source = _publish_german_change()
    _sync(source)
    english.refresh_from_db()
    # The changed summary falls back to German until a translator translates it; the rest stays English.
    assert english.summary == "Neue Regeln ab 2027."
    assert english.title == title
    assert str(english.body.render_as_block()) == body


def test_a_hand_made_translation_is_outdated_until_published_again(site_content):
    english = ArticlePage.objects.get(locale__language_code="en", slug="blue-card")
    Translation.objects.filter(target_locale=english.locale).update(enabled=False)
    _publish_german_change()
    assert [item.reason for item in outdated_translations() if item.page.pk == english.pk] == ["newer_source"]
    english.save_revision().publish()
    assert [item for item in outdated_translations() if item.page.pk == english.pk] == []


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


def test_the_weekly_reminder_mails_editors_everything_the_report_lists(site_content, django_user_model, mailoutbox):
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from wagtail.models import Locale

    from welcome.content.figures import Figure
    from welcome.content.services import EDITORS
    from welcome.core.translated_texts import add_translations
    from welcome.places.models import Place, PlaceDescription

    editor = django_user_model.objects.create_user("editor", email="editor@example.org")
    editor.groups.add(Group.objects.get_or_create(name=EDITORS)[0])
    place = Place.objects.create(slug="office", name="Office", kind="foreigners_office", city="essen")
    description = PlaceDescription.objects.create(place=place, locale=Locale.get_default(), text="Alter Text")
    add_translations(description, {"en": {"text": "Old text"}})
    description.text = "Neuer Text"
    description.save()
    unchecked = [figure.label for figure in Figure.objects.all() if figure.needs_review()]
    assert unchecked

    call_command("send_review_reminders", stdout=io.StringIO())

    [mail] = mailoutbox
    assert mail.to == ["editor@example.org"]
    due = pages_due_for_review()
    assert due and all(f"- {page.title} ({page.locale.language_code}): review was due" in mail.body for page in due)
    assert "Office (en): source changed" in mail.body
    assert all(f"figure {label}:" in mail.body for label in unchecked)
    assert f"{len(unchecked)} figures need checking" in mail.body
    # The test portal leaves the operator's details empty, as a fresh one does.
    assert "- operator details not filled in: operator name, legal form, postal address" in mail.body


def test_the_weekly_reminder_says_when_there_is_nothing_to_review(site_content, mailoutbox):
    from django.core.management import call_command

    from welcome.content.figures import Figure
    from welcome.content.operator import OperatorDetails

    ArticlePage.objects.update(last_reviewed=datetime.date(2099, 1, 1))
    Figure.objects.update(checked_on=datetime.date(2026, 12, 1), source_url="https://www.gesetze-im-internet.de/")
    details = OperatorDetails.load()
    for name in dict.fromkeys(name for names in OperatorDetails.PARTS.values() for name in names):
        setattr(details, name, "filled in")
    details.save()
    out = io.StringIO()
    call_command("send_review_reminders", stdout=out)
    assert out.getvalue().strip() == "Nothing to review."
    assert mailoutbox == []
