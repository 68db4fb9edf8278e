"""The starting programmes of data/programmes.yaml: checked on the universities' pages, translated, safe to load again."""

import datetime
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail_localize.models import StringTranslation

from welcome.core.testing import kept_for_the_module
from welcome.study import services
from welcome.study.models import Programme
from welcome.study.seed import TOOL_NAME, load_programmes

pytestmark = pytest.mark.django_db


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


@pytest.fixture(scope="module")
def seeded_programmes(django_db_setup, django_db_blocker):
    """The starting programmes of data/programmes.yaml, loaded once for this module (loading takes seconds)."""
    with kept_for_the_module(django_db_blocker):
        load_programmes()
        yield


def test_the_starting_data_is_checked_on_official_pages(seeded_programmes, site_content):
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


def test_the_starting_names_are_translated_into_every_language_and_marked_unreviewed(
    seeded_programmes, site_content, client
):
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


def test_loading_again_keeps_what_editors_changed(seeded_programmes, site_content, capsys):
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
