"""The study programme finder in a real browser: schema.org data, no-JS filters and search, page budget
(axe: test_accessibility.py)."""

import pytest

pytestmark = pytest.mark.e2e

BUDGET_BYTES = 50 * 1024
BUDGET_REQUESTS = 6


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_programme_page_carries_schema_org_data(page, lang):
    page.goto(f"/{lang}/study/programmes/?q=computational")
    page.locator(".card__title a").first.click()
    assert page.locator("h1").inner_text() == "Computational Engineering"
    data = page.evaluate("JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)")
    assert data["@type"] == "EducationalOccupationalProgram"
    assert data["provider"]["name"] == "Ruhr University Bochum"


def test_filters_and_search_work_without_javascript(page_nojs):
    page_nojs.goto("/de/study/programmes/")
    page_nojs.fill("#id_q", "informatik")
    page_nojs.select_option("#id_degree", "master")
    page_nojs.get_by_role("button", name="Studiengänge zeigen").click()
    assert "q=informatik" in page_nojs.url and "degree=master" in page_nojs.url
    titles = page_nojs.locator(".card__title").all_inner_texts()
    assert "Embedded Systems Engineering" in titles
    assert "Computational Engineering" not in titles


def test_arabic_search_finds_computer_science_without_javascript(page_nojs):
    page_nojs.goto("/ar/study/programmes/?q=علوم+الحاسوب")
    titles = page_nojs.locator(".card__title").all_inner_texts()
    assert "Informatik" in titles and "Computer Engineering" in titles


@pytest.mark.parametrize("path", ["/ar/study/programmes/", "/en/study/programmes/?q=computational"])
def test_finder_pages_fit_the_page_budget(page, path):
    responses = []
    page.on("response", lambda response: responses.append(response))
    page.goto(path, wait_until="networkidle")
    total = sum(len(response.body()) for response in responses if response.ok)
    assert len(responses) <= BUDGET_REQUESTS, [response.url for response in responses]
    assert total <= BUDGET_BYTES, f"{total} bytes"
