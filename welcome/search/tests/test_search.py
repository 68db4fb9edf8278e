import pytest

from welcome.search.models import SearchEntry, SynonymGroup
from welcome.search.query import search


def _titles(entries):
    return [entry.title for entry in entries]


def test_every_live_content_page_is_indexed_once(site_content):
    assert SearchEntry.objects.count() == len(site_content.created)


@pytest.mark.parametrize("query", ["anmeldung", "ANMELDUNGEN", "Buergerdienste", "Burgerdiensten"])
def test_german_case_plural_and_umlaut_spellings(site_content, query):
    assert _titles(search(query, "de").in_language) == ["Dortmund"]


def test_english_plural_endings(site_content):
    assert "EU Blue Card" in _titles(search("university", "en").in_language)


@pytest.mark.parametrize("query", ["Blaue Karte", "blue card", "EU-Bluecard", "carte bleue"])
def test_cross_language_synonyms_find_the_readers_page(site_content, query):
    assert _titles(search(query, "en").in_language)[0] == "EU Blue Card"
    assert _titles(search(query, "de").in_language)[0] == "Blaue Karte EU"


def test_arabic_hamza_and_alef_forms(site_content):
    assert _titles(search("اهلا", "ar").in_language) == ["أهلاً بك في منطقة الرور"]
    assert _titles(search("إهلا", "ar").in_language) == ["أهلاً بك في منطقة الرور"]


def test_arabic_synonym_finds_pages_that_exist_only_in_other_languages(site_content):
    results = search("البطاقة الزرقاء", "ar")
    assert list(results.in_language) == []
    other = results.other_languages
    # Shown in the first language of the Arabic reader's fallback chain (en, then de).
    assert _titles(other)[0] == "EU Blue Card"
    assert {entry.language_code for entry in other} == {"en"}


def test_ukrainian_case_endings_and_synonym(site_content):
    results = search("блакитну карту", "uk")
    assert _titles(results.in_language)[0] == "Блакитна карта ЄС"
    assert _titles(search("роботі", "uk").in_language)[0] == "Робота"


def test_readers_language_first_and_each_page_once(site_content):
    results = search("Blue Card", "uk")
    assert [entry.language_code for entry in results.in_language] == ["uk", "uk"]
    assert list(results.other_languages) == []


def test_some_words_match_when_no_page_has_all(site_content):
    results = search("Dortmund Quantenphysik", "de")
    assert not results.matched_all_words
    assert _titles(results.in_language) == ["Dortmund"]


def test_editors_extend_synonyms_and_the_index_follows(site_content, django_capture_on_commit_callbacks):
    assert search("BVB", "de").count == 0
    with django_capture_on_commit_callbacks(execute=True):
        SynonymGroup.objects.create(name="dortmund", terms="Dortmund\nBVB")
    assert _titles(search("BVB", "de").in_language) == ["Dortmund"]


def test_unpublished_pages_leave_the_index(site_content):
    from welcome.content.models import CityPage

    CityPage.objects.get(slug="dortmund").unpublish()
    assert search("Dortmund", "de").count == 0


def test_search_page_shows_title_summary_and_section(client, site_content):
    html = client.get("/de/search/", {"q": "Blaue Karte"}).content.decode()
    assert 'href="/de/work/blue-card/"' in html
    assert "Mit Hochschulabschluss und einem gut bezahlten Jobangebot" in html
    assert '<p class="card__meta">Arbeit</p>' in html


def test_no_results_suggest_sections_and_the_guides(client, site_content, settings):
    settings.WELCOME_FEATURES = ["guides"]
    html = client.get("/en/search/", {"q": "xylophone"}).content.decode()
    assert "Nothing found for" in html
    assert 'href="/en/work/"' in html and 'href="/en/guides/"' in html


def test_switched_off_features_are_not_offered(client, site_content, settings):
    settings.WELCOME_FEATURES = []
    html = client.get("/en/search/", {"q": "xylophone"}).content.decode()
    assert "/en/guides/" not in html


@pytest.mark.parametrize(
    "query", ["", " ", "%", "'; DROP TABLE", "a" * 5000, "\u202e", "_", "Essen _", '"*', "ـ", "NEAR(a b)", "a OR"]
)
def test_odd_queries_never_fail(client, site_content, query):
    assert client.get("/ar/search/", {"q": query}).status_code == 200


def test_a_nul_byte_in_the_query_is_a_bad_request_in_the_readers_language(client, site_content):
    response = client.get("/ar/search/", {"q": "\u202e\u0000"})
    assert response.status_code == 400
    assert 'lang="ar"' in response.content.decode()


def test_figure_tokens_are_not_indexed_as_words(site_content):
    # The English Blue Card page says "{{figure:blue-card}}" where the amount stands.
    assert "EU Blue Card" not in _titles(search("figure", "en").in_language)
