"""Entries not checked for 12 months on the editors' review report; the checked starting data."""

import datetime
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import call_command
from wagtail_localize.models import StringTranslation

from welcome.core.testing import log_in
from welcome.study import services
from welcome.study.models import Programme
from welcome.study.seed import SEED_FILE, TOOL_NAME, load_programmes

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


def test_the_review_report_stays_closed_to_the_public(client, make_programme):
    make_programme(checked_on=None, source_url="", confirmed=False)
    response = client.get("/admin/reports/content-review/")
    assert response.status_code == 302


# The universities' own domains; a listing site (DAAD, study portals) is never a source.
OFFICIAL_DOMAINS = (
    "tu-dortmund.de",
    "uni-dortmund.de",
    "ruhr-uni-bochum.de",
    "rub.de",
    "uni-due.de",
    "fh-dortmund.de",
    "hshl.de",
    "w-hs.de",
    "hochschule-bochum.de",
    "folkwang-uni.de",
    "studienkolleg-bochum.de",
    "philosophy-cognition.com",  # the site of RUB's Cognitive Science master, run by its Center for Mind and Cognition
)


def test_the_starting_data_is_checked_on_official_pages(site_content):
    load_programmes()
    programmes = services.source_programmes()
    assert programmes.count() == 86
    confirmed = programmes.filter(confirmed=True)
    assert confirmed.count() == 81
    assert confirmed.values("university").distinct().count() == 8
    assert confirmed.filter(teaching_language__in=["en", "de-en"]).count() == 21
    for programme in confirmed:
        host = urlsplit(programme.source_url).hostname
        assert any(host == domain or host.endswith(f".{domain}") for domain in OFFICIAL_DOMAINS), programme.source_url
        assert programme.checked_on == datetime.date(2026, 12, 1)
    assert programmes.filter(confirmed=False).exists()  # drafts for editors


def test_the_starting_names_are_translated_into_every_language_and_marked_unreviewed(site_content, client):
    load_programmes()
    source = services.source_programmes().get(university__slug="tu-dortmund", name="Maschinenbau", degree="bachelor")
    translated = dict(
        Programme.objects.filter(translation_key=source.translation_key).values_list(
            "locale__language_code", "name_translation"
        )
    )
    assert set(translated) == {code for code, _name in settings.LANGUAGES}
    assert translated["uk"] == "Машинобудування"
    strings = StringTranslation.objects.filter(context__object_id=source.translation_key)
    assert strings.count() == 9
    assert {(s.translation_type, s.tool_name) for s in strings} == {("machine", TOOL_NAME)}
    html = client.get("/ar/study/programmes/?university=tu-dortmund&q=Maschinenbau").content.decode()
    assert "الهندسة الميكانيكية" in html


def test_a_translation_in_an_unknown_language_is_refused(site_content, tmp_path):
    seed = tmp_path / "programmes.yaml"
    seed.write_text(
        SEED_FILE.read_text(encoding="utf-8").replace("{en: Automation and Robotics,", "{xx: Automation and Robotics,"),
        encoding="utf-8",
    )
    with pytest.raises(ValidationError, match="Automation and Robotics: translations in unknown languages: xx"):
        load_programmes(seed)
    assert not Programme.objects.exists()  # nothing half-loaded


def test_loading_again_keeps_what_editors_changed(site_content, capsys):
    call_command("load_programmes")
    programme = services.source_programmes().get(name="Computational Engineering")
    programme.language_level = "IELTS 6.5 (changed by an editor)"
    programme.save()
    translation = Programme.objects.get(translation_key=programme.translation_key, locale__language_code="tr")
    translation.name_translation = "Hesaplamalı Mühendislik (changed by a translator)"
    translation.save()
    call_command("load_programmes")
    assert Programme.objects.filter(name="Computational Engineering").count() == 10  # the source and nine translations
    assert (
        services.source_programmes()
        .get(name="Computational Engineering")
        .language_level.endswith("(changed by an editor)")
    )
    translation.refresh_from_db()
    assert translation.name_translation.endswith("(changed by a translator)")
    assert "0 created" in capsys.readouterr().out.splitlines()[-1]


def test_editors_list_edit_and_translate_programmes_in_the_admin(editor_client, make_programme):
    programme = make_programme(name="Draft to check", confirmed=False)
    listing = editor_client.get("/admin/snippets/study/programme/")
    assert listing.status_code == 200
    assert "Draft to check" in listing.content.decode()
    assert editor_client.get(f"/admin/snippets/study/programme/edit/{programme.pk}/").status_code == 200
    submit_translation = f"/admin/localize/submit/snippet/study/programme/{programme.pk}/"
    assert submit_translation in listing.content.decode()
    assert editor_client.get(submit_translation).status_code == 200
