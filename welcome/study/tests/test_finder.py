"""The finder at /<lang>/study/programmes/: filters, their combinations and unknown values."""

import pytest

pytestmark = pytest.mark.django_db

URL = "/en/study/programmes/"


def names(response):
    return sorted(programme.name for programme in response.context["page"].object_list)


def test_only_confirmed_programmes_are_shown_to_readers(client, make_programme):
    make_programme(name="Confirmed")
    make_programme(name="Draft", confirmed=False)
    response = client.get(URL)
    assert response.status_code == 200
    assert names(response) == ["Confirmed"]
    assert "Draft" not in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("degree=master", ["Master EN"]),
        ("teaching_language=en", ["Both", "Master EN"]),
        ("teaching_language=de", ["Bachelor DE", "Both"]),
        ("subject_area=business", ["Both"]),
        ("university=fh-test", ["Both"]),
        ("city=dortmund", ["Bachelor DE", "Master EN"]),
        ("start=summer", ["Both", "Master EN"]),
        ("start=winter", ["Bachelor DE", "Both"]),
        ("admission=aptitude", ["Master EN"]),
        ("degree=master&teaching_language=en&city=dortmund", ["Master EN"]),
        ("teaching_language=en&university=fh-test&start=summer", ["Both"]),
        ("degree=bachelor&admission=aptitude", []),
    ],
)
def test_filters_and_their_combinations(client, make_programme, query, expected):
    make_programme(name="Bachelor DE")
    make_programme(
        name="Master EN",
        name_language="en",
        degree="master",
        teaching_language="en",
        start="summer",
        admission="aptitude",
    )
    make_programme(
        "fh", name="Both", degree="bachelor", teaching_language="de-en", subject_area="business", start="winter-summer"
    )
    assert names(client.get(f"{URL}?{query}")) == expected


def test_an_unknown_filter_value_is_reported_and_ignored(client, make_programme):
    make_programme(name="Anything")
    response = client.get(f"{URL}?degree=wizard&city=atlantis")
    assert response.status_code == 200
    assert names(response) == ["Anything"]
    assert "We do not know this choice" in response.content.decode()


def test_the_finder_speaks_every_language(client, make_programme):
    make_programme(name="Informatik")
    for language in ("de", "ar", "uk"):
        response = client.get(f"/{language}/study/programmes/")
        assert response.status_code == 200
        assert f'lang="{language}"' in response.content.decode()
    assert 'dir="rtl"' in client.get("/ar/study/programmes/").content.decode()


def test_the_list_shows_the_name_translated_into_the_readers_language(client, make_programme, translate):
    programme = make_programme(name="Maschinenbau")
    translate(programme, "ar", "الهندسة الميكانيكية")
    assert "الهندسة الميكانيكية" in client.get("/ar/study/programmes/").content.decode()
    assert "الهندسة الميكانيكية" not in client.get(URL).content.decode()


def test_the_list_is_paginated_and_keeps_the_filters(client, make_programme):
    for _number in range(25):
        make_programme(degree="master")
    response = client.get(f"{URL}?degree=master")
    assert len(response.context["page"].object_list) == 20
    assert "degree=master&amp;page=2" in response.content.decode()
    assert len(client.get(f"{URL}?degree=master&page=2").context["page"].object_list) == 5
