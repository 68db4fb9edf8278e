"""Text search through the portal's normalisation and synonym groups, across languages."""

import pytest

pytestmark = pytest.mark.django_db

URL = "/en/study/programmes/"


def names(client, query, language="en"):
    response = client.get(f"/{language}/study/programmes/", {"q": query})
    assert response.status_code == 200
    return sorted(programme.name for programme in response.context["page"].object_list)


@pytest.fixture
def programmes(make_programme):
    make_programme(name="Informatik", subject_area="computer-science")
    make_programme(
        name="Embedded Systems Engineering", name_language="en", subject_area="computer-science", degree="master"
    )
    make_programme(name="Maschinenbau", subject_area="engineering")
    make_programme(name="Development and Governance", name_language="en", subject_area="social-sciences")


@pytest.mark.parametrize(
    "query", ["informatik", "Informatik", "computer science", "علوم الحاسوب", "informatyka", "інформатика"]
)
def test_computer_science_in_any_language_finds_the_same_programmes(client, programmes, query):
    assert names(client, query) == ["Embedded Systems Engineering", "Informatik"]


def test_the_search_works_from_every_language_prefix(client, programmes):
    assert names(client, "علوم الحاسوب", language="ar") == ["Embedded Systems Engineering", "Informatik"]


def test_spelling_variants_meet(client, programmes):
    assert names(client, "MASCHINENBAU") == ["Maschinenbau"]
    assert names(client, "mechanical engineering") == ["Maschinenbau"]
    assert names(client, "governance") == ["Development and Governance"]


def test_search_combines_with_filters(client, programmes):
    response = client.get(URL, {"q": "informatik", "degree": "master"})
    assert [p.name for p in response.context["page"].object_list] == ["Embedded Systems Engineering"]


def test_a_word_nothing_has_finds_nothing_and_says_so(client, programmes):
    response = client.get(URL, {"q": "astrology"})
    assert response.context["page"].paginator.count == 0
    assert "No programme fits these filters" in response.content.decode()
