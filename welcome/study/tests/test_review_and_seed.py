"""Entries not checked for 12 months on the editors' review report; the checked starting data."""

import datetime
import io

import pytest
from django.core.exceptions import ValidationError

from welcome.core.testing import log_in
from welcome.study.models import Programme
from welcome.study.seed import SEED_FILE, load_programmes

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client, django_user_model):
    from wagtail.users.models import UserProfile

    user = django_user_model.objects.create_superuser("editor-study", "editor@example.org", "pw")
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": "en"})
    log_in(client, user)
    return client


def test_the_review_report_lists_programmes_not_checked_for_12_months(editor_client, make_programme):
    today = datetime.date.today()
    make_programme(name="Checked last month", checked_on=today - datetime.timedelta(days=30))
    make_programme(name="Checked two years ago", checked_on=today - datetime.timedelta(days=730))
    make_programme(name="Never checked", checked_on=None, source_url="", confirmed=False)
    html = editor_client.get("/admin/reports/content-review/").content.decode()
    assert "2 study programmes not checked for 12 months" in html
    assert "Checked two years ago" in html
    assert "Never checked" in html
    assert "Checked last month" not in html


def test_the_weekly_reminder_lists_programmes_not_checked_for_12_months(site_content, make_programme, mailoutbox):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command

    from welcome.content.services import EDITORS

    editor = get_user_model().objects.create_user("editor", email="editor@example.org")
    editor.groups.add(Group.objects.get_or_create(name=EDITORS)[0])
    today = datetime.date.today()
    make_programme(name="Checked last month", checked_on=today - datetime.timedelta(days=30))
    make_programme(name="Checked two years ago", checked_on=datetime.date(2024, 11, 2))
    make_programme(name="Never checked", checked_on=None, source_url="", confirmed=False)
    call_command("send_review_reminders", stdout=io.StringIO())
    [mail] = mailoutbox
    assert "- programme Checked two years ago: last checked 2024-11-02" in mail.body
    assert "- programme Never checked: never checked" in mail.body
    assert "Checked last month" not in mail.body


def test_the_review_report_stays_closed_to_the_public(client, make_programme):
    make_programme(checked_on=None, source_url="", confirmed=False)
    response = client.get("/admin/reports/content-review/")
    assert response.status_code == 302


def test_a_translation_in_an_unknown_language_is_refused(site_content, tmp_path):
    seed = tmp_path / "programmes.yaml"
    seed.write_text(
        SEED_FILE.read_text(encoding="utf-8").replace("{en: Automation and Robotics,", "{xx: Automation and Robotics,"),
        encoding="utf-8",
    )
    with pytest.raises(ValidationError, match="Automation and Robotics: translations in unknown languages: xx"):
        load_programmes(seed)
    assert not Programme.objects.exists()  # nothing half-loaded


def test_editors_list_edit_and_translate_programmes_in_the_admin(editor_client, make_programme):
    programme = make_programme(name="Draft to check", confirmed=False)
    listing = editor_client.get("/admin/snippets/study/programme/")
    assert listing.status_code == 200
    assert "Draft to check" in listing.content.decode()
    assert editor_client.get(f"/admin/snippets/study/programme/edit/{programme.pk}/").status_code == 200
    submit_translation = f"/admin/localize/submit/snippet/study/programme/{programme.pk}/"
    assert submit_translation in listing.content.decode()
    assert editor_client.get(submit_translation).status_code == 200
