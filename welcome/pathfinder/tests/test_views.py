"""The path check in the browser's terms: one GET form per question, the result at a shareable address."""

import re
from html import unescape
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from django.utils import translation

from .conftest import BASE_ANSWERS

pytestmark = pytest.mark.django_db


def form_fields(html):
    """The hidden fields of the question form, as a browser would send them."""
    return [
        (unescape(name), unescape(value))
        for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', html)
    ]


def answer(client, response, name, *values):
    fields = form_fields(response.content.decode()) + [(name, value) for value in values]
    return client.get("/en/path/", fields)


def test_start_page_explains_and_links_the_first_question(client, rules):
    response = client.get("/en/path/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Orientation, not legal advice" in html
    assert "make-it-in-germany.com/en/visa-residence/quick-check" in html
    assert 'href="/en/path/?change=purpose"' in html


def test_walking_through_every_question_leads_to_the_checklist(client, rules):
    response = client.get("/en/path/?change=purpose")
    steps = [
        ("purpose", ["work_offer"]),
        ("where_now", ["abroad"]),
        ("citizenship", ["IN"]),
        ("qualification", ["degree"]),
        ("qualification_country", ["other"]),
        ("field", ["other"]),
        ("recognised", ["no"]),
        ("salary", ["50700"]),
        ("german", ["a1"]),
        ("family", ["partner"]),
        ("city", ["essen"]),
    ]
    for number, (name, values) in enumerate(steps, start=1):
        assert response.status_code == 200
        assert f"Question {number} of 11" in response.content.decode()
        assert f'name="{name}"' in response.content.decode()
        response = answer(client, response, name, *values)
    assert response.status_code == 302
    result = client.get(response["Location"])
    html = result.content.decode()
    assert "Your route: the EU Blue Card" in html
    assert re.search(
        r'<input id="share-url"[^>]*value="http://127\.0\.0\.1/en/path/result/\?purpose=work_offer&amp;where_now=abroad&amp;citizenship=IN',
        html,
    )


def test_a_question_without_an_answer_comes_back_with_a_message_in_the_readers_language(client, rules):
    response = client.get("/de/path/", {"purpose": "study", "where_now": "abroad", "answered": "citizenship"})
    html = response.content.decode()
    with translation.override("de"):
        message = translation.gettext("Choose a country from the list.")
    assert message != "Choose a country from the list."
    assert message in html
    assert 'name="purpose" value="study"' in html  # nothing the reader answered is lost


def test_questions_that_do_not_apply_are_skipped(client, rules):
    response = client.get(
        "/en/path/", {"purpose": "study", "where_now": "abroad", "citizenship": "NG", "qualification": "none"}
    )
    assert 'name="german"' in response.content.decode()
    assert "Question 5 of 7" in response.content.decode()


def test_change_links_return_to_a_question_with_the_answer_chosen(client, rules):
    response = client.get("/en/path/", {**BASE_ANSWERS, "change": "german", "german": "b1"})
    assert re.search(r'value="b1" checked', response.content.decode())


@pytest.mark.parametrize(
    "params",
    [
        {"purpose": "holiday"},
        {"citizenship": "XX"},
        {"salary": "NaN"},
        {"salary": "1e400"},
        {"salary": "-5"},
        {"family": "<script>"},
        {"city": "berlin"},
        {"change": "nonsense"},
        {"german": ["a1", "b2"]},
    ],
)
def test_unknown_answers_never_fail_and_keep_the_rest(client, rules, params):
    query = {**BASE_ANSWERS, **params}
    response = client.get("/en/path/result/", query)
    assert response.status_code in (200, 302)
    if response.status_code == 302:
        kept = parse_qs(urlsplit(response["Location"]).query)
        if "citizenship" not in params:
            assert kept["citizenship"] == [query["citizenship"]]
        follow = client.get(response["Location"])
        assert follow.status_code in (200, 302)
        if follow.status_code == 200 and list(params) != ["change"]:
            assert "There is a problem" in follow.content.decode()


def test_an_answer_band_from_an_earlier_threshold_still_gives_a_result(client, rules):
    response = client.get("/en/path/result/", {**BASE_ANSWERS, "salary": "48300"})
    assert response.status_code == 200
    assert "Your route: the EU Blue Card in a shortage occupation" in response.content.decode()


def test_result_links_the_office_in_the_chosen_city_and_the_recognition_body(client, rules, places):
    response = client.get(
        "/en/path/result/", {**BASE_ANSWERS, "city": "essen", "qualification": "vocational", "field": "health"}
    )
    html = response.content.decode()
    assert 'href="/en/places/bezirksregierung-muenster-gesundheitsberufe/"' in html
    assert 'href="/en/places/auslaenderbehoerde-essen/"' in html
    assert 'href="/en/places/welcomecenter-essen/"' in html


def test_result_is_not_indexed_and_keeps_every_answer_in_the_change_links(client, rules):
    response = client.get("/en/path/result/", BASE_ANSWERS)
    html = response.content.decode()
    assert '<meta name="robots" content="noindex">' in html
    change = unescape(re.search(r'href="(/en/path/\?[^"]*change=city)"', html).group(1))
    assert parse_qs(urlsplit(change).query)["purpose"] == ["work_offer"]


def test_result_in_arabic_is_right_to_left_and_says_when_a_text_is_not_reviewed(client, rules):
    response = client.get("/ar/path/result/?" + urlencode(BASE_ANSWERS))
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    with translation.override("ar"):
        notice = translation.gettext("Some texts in this checklist were translated and not yet reviewed by a person.")
    assert notice in html


@pytest.mark.parametrize(
    ("german", "link"),
    [("a1", 'href="/en/study/programmes/?teaching_language=en"'), ("c1", 'href="/en/study/programmes/"')],
)
def test_the_study_route_links_into_the_programme_finder(client, rules, german, link):
    answers = {**BASE_ANSWERS, "purpose": "study", "german": german}
    response = client.get("/en/path/result/", answers)
    assert response.status_code == 200
    html = response.content.decode()
    assert link in html


def test_the_citizenship_list_is_in_the_readers_language_with_common_countries_first(client, rules):
    response = client.get("/uk/path/", {"purpose": "work_offer", "where_now": "abroad"})
    html = response.content.decode()
    with translation.override("uk"):
        common, every = (translation.gettext("Common choices"), translation.gettext("All countries"))
    assert common != "Common choices"
    assert html.index(f'<optgroup label="{common}">') < html.index(f'<optgroup label="{every}">')
    assert '<option value="UA">Україна</option>' in html
    assert html.index('value="UA"') < html.index('value="AD"')  # Ukraine in the common group, before Andorra


def test_a_link_with_an_old_combined_qualification_code_keeps_that_answer(client, rules):
    old = {**BASE_ANSWERS, "qualification": "vocational_health"}
    del old["field"]
    response = client.get("/en/path/result/", old)
    assert response.status_code == 200
    assert "Apply for recognition at the Bezirksregierung Münster" in response.content.decode()


def test_a_ukrainian_with_temporary_protection_walks_to_the_switch_in_ukrainian(client, rules, places):
    response = client.get("/uk/path/?change=purpose")
    for name, value in [
        ("purpose", "work_offer"),
        ("where_now", "protection"),
        ("citizenship", "UA"),
        ("qualification", "vocational"),
        ("qualification_country", "other"),
        ("field", "crafts"),
        ("recognised", "no"),
        ("salary", "0"),
        ("german", "a2"),
        ("family", "school"),
        ("city", "bochum"),
    ]:
        assert response.status_code == 200, name
        assert f'name="{name}"' in response.content.decode()
        fields = form_fields(response.content.decode()) + [(name, value)]
        response = client.get("/uk/path/", fields)
    result = client.get(response["Location"])
    html = result.content.decode()
    assert '<html lang="uk" dir="ltr">' in html
    assert "Ваш шлях: від тимчасового захисту" in html
    assert 'href="/uk/places/auslaenderbehoerde-bochum/"' in html
    assert "visa-free-entry" not in html and 'id="step-visa"' not in html


def test_an_arabic_school_leaver_gets_the_study_preparation_in_arabic(client, rules):
    answers = {
        "purpose": "study",
        "where_now": "abroad",
        "citizenship": "EG",
        "qualification": "school",
        "german": "a2",
        "family": "",
        "city": "duisburg",
    }
    response = client.get("/ar/path/result/?" + urlencode(answers))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in html
    assert "Studienkolleg" in html
    assert 'id="step-school-certificate"' in html
    assert 'href="/ar/study/programmes/?teaching_language=en"' in html


def test_the_registration_step_links_the_citys_registration_office(client, rules, places):
    response = client.get("/en/path/result/", {**BASE_ANSWERS, "city": "bochum"})
    assert 'href="/en/places/buergerbuero-bochum/"' in response.content.decode()
