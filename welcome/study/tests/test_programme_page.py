"""One programme's page: every fact or "ask the university", the next-step links, schema.org data."""

import json
import re

import pytest

pytestmark = pytest.mark.django_db


def page(client, programme, language="en"):
    response = client.get(f"/{language}/study/programmes/{programme.translation_key}/")
    assert response.status_code == 200
    return response.content.decode()


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD in the page"
    return json.loads(match.group(1))


def test_the_page_shows_the_facts_and_asks_the_university_for_the_unknown(client, make_programme):
    programme = make_programme(
        name="Automation and Robotics",
        name_language="en",
        degree="master",
        teaching_language="en",
        standard_semesters=4,
        application_route="direct",
        deadline_international="",
    )
    html = page(client, programme)
    assert "Automation and Robotics" in html
    assert "Test University Dortmund" in html
    assert "4 semesters" in html
    assert "Directly to the university" in html
    assert "Ask the university" in html  # the deadline and the semester fee are unknown
    assert "abolished in 2011" in html
    assert programme.official_url in html
    assert "1 December 2026" in html  # when the entry was last checked


def test_a_draft_is_not_found_by_readers(client, make_programme):
    programme = make_programme(confirmed=False)
    assert client.get(f"/en/study/programmes/{programme.translation_key}/").status_code == 404
    assert client.get("/en/study/programmes/not-a-key/").status_code == 404


def test_the_name_is_shown_with_its_translation(client, make_programme, translate):
    programme = make_programme(name="Maschinenbau")
    translate(programme, "uk", "Машинобудування", "Опис українською.")
    html = page(client, programme, "uk")
    assert 'lang="de" dir="auto">Maschinenbau</h1>' in html
    assert "Машинобудування" in html
    assert "Опис українською." in html


def test_schema_org_program_data(client, make_programme, translate):
    programme = make_programme(name="Informatik", degree="bachelor", teaching_language="de", standard_semesters=6)
    translate(programme, "en", "Computer Science")
    data = json_ld(page(client, programme))
    assert data["@type"] == "EducationalOccupationalProgram"
    assert data["name"] == "Informatik"
    assert data["alternateName"] == "Computer Science"
    assert data["provider"]["name"] == "Test University Dortmund"
    assert data["timeToComplete"] == "P36M"
    assert data["inLanguage"] == ["de"]
    assert data["sameAs"] == programme.official_url


def test_the_json_ld_cannot_end_the_script_element(client, make_programme, translate):
    programme = make_programme(name="Evil")
    translate(programme, "en", "</script><script>alert(1)</script>")
    html = page(client, programme)
    assert "</script><script>alert(1)" not in html
    assert json_ld(html)["alternateName"] == "</script><script>alert(1)</script>"


def test_next_steps_link_to_visa_recognition_health_insurance_and_guides(client, make_programme):
    programme = make_programme(city="dortmund")
    html = page(client, programme)
    assert "/en/guides/?topic=study&amp;city=dortmund" in html
    assert "Talk to a Welcome.Guide" in html


def test_the_city_page_links_into_the_finder(client, make_programme):
    from welcome.content.models import CityPage

    city = CityPage.objects.first()
    make_programme(city=city.slug)
    html = client.get(city.url).content.decode()
    assert f"/study/programmes/?city={city.slug}" in html
