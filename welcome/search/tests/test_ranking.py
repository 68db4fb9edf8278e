"""Search in the database's full-text engine: ranking, typos, compounds, questions, languages, pages."""

import pytest
from django.utils import translation

from welcome.core.languages import in_language
from welcome.search import fulltext, views
from welcome.search.models import SearchEntry, SearchTerm
from welcome.search.query import search


def _titles(entries):
    return [entry.title for entry in entries]


@pytest.mark.parametrize("question", ["where do I register in Essen", "Where do I register in Essen?"])
def test_a_natural_question_finds_the_registration_or_the_city_page_first(search_content, question):
    first = _titles(search(question, "en").in_language)[0]
    assert first in {"Registering your address", "Essen"}


def test_stop_words_alone_are_still_searched(search_content):
    assert "What do I do in my first week?" in _titles(search("what do I do", "en").in_language)


def test_title_and_summary_weigh_more_than_the_body(search_content):
    # "card" is in the body of the health card page many times, in the Opportunity Card title once.
    titles = _titles(search("opportunity", "en").in_language)
    assert titles[0] == "Opportunity Card"
    assert _titles(search("insurance card", "en").in_language)[0] == "Your health insurance card"


def _filler(number, all_terms):
    return SearchEntry(
        page_id=100_000 + number,
        language_code="en",
        translation_key=f"00000000-0000-0000-0000-{number:012d}",
        title=f"Filler {number}",
        url="/",
        title_terms="filler",
        summary_terms="",
        all_terms=all_terms,
    )


def test_ranking_covers_every_match_not_the_first_few(search_content):
    best = SearchEntry.objects.get(title="Opportunity Card")
    text = " ".join(f"word{number}" for number in range(80))  # as long as a real page
    fillers = [_filler(number, text) for number in range(2000)]
    fillers += [_filler(number, f"{text} opportunit") for number in range(2000, 2450)]
    SearchEntry.objects.bulk_create(fillers)
    best.delete()
    best.pk = None
    best.save()  # the best match is now the newest of 451
    try:
        results = search("opportunity", "en")
        assert len(results.in_language) >= 451
        assert results.in_language[0].title == "Opportunity Card"
    finally:  # the fillers point to no page
        SearchEntry.objects.filter(title__startswith="Filler").delete()


# 1: the one page with the word in its title or summary fills the bound, so only it is scored.
@pytest.mark.parametrize("bound", [20, 1])
def test_a_bound_on_ranked_matches_still_shows_the_best_first_and_says_the_count_is_a_floor(
    client, search_content, monkeypatch, bound
):
    fillers = [_filler(number, f"opportunit word{number}") for number in range(60)]
    SearchEntry.objects.bulk_create(fillers)
    try:
        unbounded = search("opportunity", "en")
        assert unbounded.counted_all and len(unbounded.in_language) > 60
        assert "Results:" not in client.get("/en/search/", {"q": "opportunity"}).content.decode()
        monkeypatch.setattr(fulltext, "RANKED_MATCHES", bound)
        results = search("opportunity", "en")
        assert not results.counted_all
        assert results.in_language[0].title == "Opportunity Card"
        assert results.count <= bound and len(list(results.in_language)) == len(results.in_language)
        html = client.get("/en/search/", {"q": "opportunity"}).content.decode()
        assert f"Results: {results.count} or more, the best first" in html
    finally:  # the fillers point to no page
        SearchEntry.objects.filter(title__startswith="Filler").delete()


@pytest.mark.parametrize("typo", ["oportunity card", "opportunty card", "Oppotrunity Card"])
def test_a_misspelt_word_of_five_letters_or_more_is_corrected(client, search_content, typo):
    results = search(typo, "en")
    assert _titles(results.in_language)[0] == "Opportunity Card"
    assert results.corrected_query.lower() == "opportunity card"
    html = client.get("/en/search/", {"q": typo}).content.decode()
    assert "Showing results for “" in html and "opportunity" in html


def test_the_correction_is_announced_in_the_readers_language(client, search_content):
    html = client.get("/de/search/", {"q": "oportunity card"}).content.decode()
    assert "Ergebnisse für „opportunity card“." in html


def test_short_words_and_known_words_are_not_corrected(search_content):
    assert search("card", "en").corrected_query == ""
    assert search("kard", "en").corrected_query == ""  # four letters: too short to guess


def test_a_word_too_far_from_any_known_word_is_not_corrected(search_content):
    results = search("xylophone", "en")
    assert results.count == 0 and results.corrected_query == ""


def test_german_compounds_are_split_when_indexed(search_content):
    # The page writes only "Kinderbetreuungsplatz"; "Platz" alone finds it.
    assert "Rechtsanspruch" in _titles(search("Platz", "de").in_language)


def test_german_compounds_are_split_when_searched(search_content):
    # "Kinderbetreuung" and "Platz" stand apart on the childcare page; the compound finds it too.
    titles = _titles(search("Kinderbetreuungsplatz", "de").in_language)
    assert set(titles) >= {"Kinderbetreuung", "Rechtsanspruch"}
    assert search("Kinderbetreuungsplätze", "de").count >= 2


def test_other_languages_follow_the_readers_fallback_chain(client, search_content, settings):
    settings.LANGUAGE_FALLBACKS = {"ar": ["de", "en"]}
    results = search("Essen", "ar")
    codes = [entry.language_code for entry in results.other_languages]
    assert "de" in codes and "en" in codes
    assert codes == sorted(codes, key=["de", "en"].index)
    settings.LANGUAGE_FALLBACKS = {"ar": ["en", "de"]}
    codes = [entry.language_code for entry in search("Essen", "ar").other_languages]
    assert codes == sorted(codes, key=["en", "de"].index)


def test_a_page_in_several_other_languages_is_shown_once_in_the_first_of_the_chain(search_content, settings):
    settings.LANGUAGE_FALLBACKS = {"ar": ["de", "en"]}
    titles = _titles(search("register address", "ar").other_languages)
    assert "Anmeldung der Wohnung" in titles and "Registering your address" not in titles


def test_other_language_results_are_labelled_in_the_readers_language(client, search_content):
    html = client.get("/ar/search/", {"q": "Essen"}).content.decode()
    with translation.override("ar"):
        english, german = in_language("en"), in_language("de")
    assert f'<span class="link-language">({english})</span>' in html
    assert f'<span class="link-language">({german})</span>' in html
    assert 'hreflang="en"' in html


def test_both_result_lists_are_paginated(client, search_content, monkeypatch):
    monkeypatch.setattr(views, "RESULTS_PER_PAGE", 1)
    first = client.get("/ar/search/", {"q": "Essen"}).content.decode()
    assert "other_page=2" in first
    second = client.get("/ar/search/", {"q": "Essen", "other_page": "2"}).content.decode()
    assert "other_page=1" in second
    english = client.get("/en/search/", {"q": "Essen"}).content.decode()
    assert "page=2" in english and english.count('<li class="card">') == 2  # one result, one other-language


@pytest.mark.parametrize("page", ["0", "-1", "999", "abc", "1e9"])
def test_odd_page_numbers_never_fail(client, search_content, page):
    response = client.get("/en/search/", {"q": "Essen", "page": page, "other_page": page})
    assert response.status_code == 200


def test_the_search_page_makes_at_most_ten_queries(client, search_content, django_assert_num_queries):
    """Vocabulary, typo candidates, one statement for both counts and both pages, the base template's own.

    Pinned: a change that adds a query fails here (the issue's ceiling is 10)."""
    # Warms the synonym cache, the site root and the header's links in both languages.
    client.get("/ar/search/", {"q": "Essen"})
    client.get("/en/search/", {"q": "Essen"})
    with django_assert_num_queries(3):
        response = client.get("/ar/search/", {"q": "oportunity card"})
    assert "Opportunity Card" in response.content.decode()
    with django_assert_num_queries(2):
        response = client.get("/en/search/", {"q": "where do I register in Essen", "other_page": "1"})
    assert "Registering your address" in response.content.decode()


def test_the_full_text_index_follows_edits_and_deletions(search_content):
    entry = SearchEntry.objects.get(title="Essen")
    entry.title_terms = "zollvereinstadt"
    entry.save()
    assert search("zollvereinstadt", "en").in_language[0].pk == entry.pk
    entry.delete()
    assert search("zollvereinstadt", "en").count == 0


def test_the_vocabulary_holds_the_words_of_indexed_pages(search_content):
    row = SearchTerm.objects.get(term="opportunit")
    assert row.display == "opportunity" and row.first_letter == "o" and row.length == 10
