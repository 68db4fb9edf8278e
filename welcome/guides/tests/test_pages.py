"""The public pages, the whole journey over HTTP, the sample data and the city panel."""

import re

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from welcome.core.testing import log_in
from welcome.guides.models import Guide, GuideLanguage


def test_list_filters_and_profile(make_guide, client):
    amal = make_guide(languages=["ar", "de"], topics=["job"], city="dortmund", name="Amal")
    make_guide(languages=["tr"], topics=["family"], city="essen", origin="TR", name="Mehmet")
    page = client.get("/en/guides/", {"language": "ar", "city": "dortmund", "topic": "job"}).content.decode()
    assert "Amal" in page and "Mehmet" not in page
    page = client.get("/en/guides/", {"origin": "TR"}).content.decode()
    assert "Mehmet" in page and "Amal" not in page
    profile = client.get(f"/ar/guides/{amal.pk}/").content.decode()
    assert 'lang="ar" dir="auto"' in profile and "Story" in profile


def test_whole_journey_over_http(make_guide, client, committed, mailoutbox):
    guide = make_guide(name="Amal")
    response = committed(
        client.post,
        f"/ar/guides/{guide.pk}/write/",
        {
            "name": "ليلى",
            "email": "layla@example.com",
            "country": "SY",
            "languages": ["ar"],
            "planned_arrival": "3m",
            "message": "كيف أعادل شهادتي؟",
            "consent": "on",
        },
    )
    assert response.status_code == 302
    confirm_url = re.search(r"http://\S+(/ar/guides/confirm/\S+/)", mailoutbox[-1].body).group(1)
    assert client.get(confirm_url).status_code == 200
    response = committed(client.post, confirm_url)
    conversation_url = response["Location"]
    assert "/ar/guides/c/" in conversation_url
    log_in(client, guide.user)
    request_url = re.search(
        r"(/de/guides/dashboard/requests/\d+/)",
        mailoutbox[-2].body if "dashboard" in mailoutbox[-2].body else mailoutbox[-1].body,
    ).group(1)
    committed(client.post, request_url + "accept/")
    committed(
        client.post,
        request_url + "message/",
        {"message-body": "أهلا ليلى، ابدئي من https://www.anerkennung-in-deutschland.de"},
    )
    client.logout()
    page = client.get(conversation_url.split("?")[0]).content.decode()
    assert "أهلا ليلى" in page and 'rel="nofollow"' in page


def test_load_sample_guides_is_idempotent_and_prints_logins(db, capsys):
    call_command("load_sample_guides", "--sample-accounts")
    call_command("load_sample_guides", "--sample-accounts")
    out = capsys.readouterr().out
    assert Guide.objects.filter(is_sample=True).count() >= 12
    assert set(GuideLanguage.objects.values_list("code", flat=True)) >= {"ar", "tr", "uk", "ru", "en", "es"}
    assert len(set(Guide.objects.values_list("city", flat=True))) >= 5
    assert "user 'sample-amal'  password 'welcome-guide-demo'" in out and "password 'welcome-coordinator-demo'" in out


def test_sample_accounts_are_refused_outside_debug_without_the_flag(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--sample-accounts"):
        call_command("load_sample_guides")
    assert not Guide.objects.exists()


def test_city_page_shows_guides_living_there(site_content, make_guide, client):
    make_guide(city="dortmund", name="Amal")
    page = client.get("/de/cities/dortmund/").content.decode()
    assert "guides-city-panel" in page and "Amal" in page and "/de/guides/?city=dortmund" in page


def test_city_panel_lists_each_guide_once_with_all_their_languages(site_content, make_guide, client):
    make_guide(city="dortmund", name="Bora", languages=("tr", "de", "en"))
    make_guide(city="dortmund", name="Amal", languages=("uk",))
    make_guide(city="dortmund", name="Away", languages=("ar",)).languages.all().delete()
    make_guide(city="essen", name="Elsewhere")
    page = client.get("/de/cities/dortmund/").content.decode()
    panel = page.split("guides-city-panel", 1)[1].split("</section>", 1)[0]
    assert "3 Freiwillige" in panel and "Elsewhere" not in panel
    assert panel.count("Bora") == 1 and "Deutsch, Englisch (English), Türkisch (Türkçe)" in panel
    assert panel.index("Amal") < panel.index("Away") < panel.index("Bora")


def test_a_guide_edits_their_profile_and_newcomers_see_it(make_guide, client):
    guide = make_guide(languages=("ar", "en"), topics=("job",), city="dortmund")
    log_in(client, guide.user)
    form = client.get("/en/guides/dashboard/profile/").content.decode()
    assert 'value="dortmund" selected' in form or 'value="dortmund"' in form
    changes = {
        "display_name": "Amal R.",
        "city": "essen",
        "origin": "SY",
        "profession": "Nurse",
        "languages": ["ar", "tr"],
        "topics": ["job", "family"],
        "story_language": "tr",
        "story": "Essen'e 2019'da geldim.",
    }
    response = client.post("/en/guides/dashboard/profile/", changes)
    assert response.status_code == 302 and "profile_saved=1" in response["Location"]
    guide.refresh_from_db()
    assert (guide.display_name, guide.city, sorted(guide.language_codes), sorted(guide.topic_codes)) == (
        "Amal R.",
        "essen",
        ["ar", "tr"],
        ["family", "job"],
    )
    assert guide.story_for("tr").text == "Essen'e 2019'da geldim."
    assert not guide.stories.filter(language="en").exists()
    assert "Amal R." in client.get(f"/en/guides/{guide.pk}/").content.decode()


def test_a_broken_profile_is_refused_in_the_guides_language_and_nothing_typed_is_lost(make_guide, client):
    guide = make_guide()
    log_in(client, guide.user)
    response = client.post(
        "/de/guides/dashboard/profile/",
        {
            "display_name": "Amal",
            "city": "essen",
            "origin": "SY",
            "profession": "",
            "languages": ["ar"],
            "topics": ["job"],
            "story_language": "ar",
            "story": "Meine Geschichte",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Meine Geschichte" in html and 'value="Amal"' in html
    guide.refresh_from_db()
    assert guide.display_name != "Amal"


@pytest.mark.parametrize("language", ["de", "en", "ar", "uk"])
def test_find_me_a_guide_shows_the_guides_it_found_in_every_language(make_guide, client, language):
    amal = make_guide(languages=["ar", "de"], topics=["job"], city="dortmund", name="Amal")
    make_guide(languages=["tr"], name="Mehmet")
    response = client.get(
        f"/{language}/guides/match/", {"languages": ["ar"], "topics": ["job"], "city": "dortmund", "origin": "SY"}
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Amal" in page and "Mehmet" not in page
    assert f'lang="{language}"' in page
    assert f"/{language}/guides/{amal.pk}/" in page


def test_guides_and_coordinators_read_the_newcomers_city_in_their_language(make_guide, confirmed, coordinator, client):
    guide = make_guide()
    request, _token = confirmed(guide=guide)
    log_in(client, guide.user)
    assert "Дортмунд" in client.get(f"/uk/guides/dashboard/requests/{request.pk}/").content.decode()
    log_in(client, coordinator)
    assert "دورتموند" in client.get(f"/ar/guides/coordination/requests/{request.pk}/").content.decode()
