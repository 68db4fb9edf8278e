"""axe-core on every page type a reader meets, in German and English and in Arabic (right to left) and
Ukrainian: one table, one test. The journeys (test_guides_journey.py and the others) check their
own steps; forms with their errors shown are here too."""

import pytest
from playwright.sync_api import expect

from e2e.axe import assert_no_axe_violations

pytestmark = [pytest.mark.e2e, pytest.mark.pages_as_read]

LANGUAGES = ["de", "en", "ar", "uk"]

NURSE = (
    "purpose=work_offer&where_now=abroad&citizenship=SY&qualification=vocational&qualification_country=other"
    "&field=health&recognised=no&salary=0&german=a2&family=school&city=essen"
)

# name: (address, a link to follow from there or None, what must be on the page)
PAGE_TYPES = {
    "home": ("/{lang}/", None, ".section-grid"),
    "section": ("/{lang}/visa/", None, "main h1"),
    "article": ("/{lang}/visa/overview/", None, "main h1"),
    "city": ("/{lang}/cities/dortmund/", None, "#places-city-title"),
    "search with results": ("/{lang}/search/?q=Essen", None, ".search-results .card"),
    "guides list": ("/{lang}/guides/", None, ".card__title a"),
    "guide profile": ("/{lang}/guides/", ".card__title a", ".guide-profile"),
    "guide contact form": ("/{lang}/guides/write/", None, "form #id_email"),
    "places list with a filter": ("/{lang}/places/?city=essen&kind=welcome_centre", None, ".card"),
    "place": ("/{lang}/places/zab/", None, "main h1"),
    "events list": ("/{lang}/events/", None, ".card"),
    "event": ("/{lang}/events/", ".card__title a", "main h1"),
    "path check start": ("/{lang}/path/", None, "a.button"),
    "path check question": ("/{lang}/path/?purpose=work_offer", None, "form"),
    "path check with a missing answer": ("/{lang}/path/?change=purpose&answered=purpose", None, ".error-summary"),
    "path check result": ("/{lang}/path/result/?" + NURSE, None, ".checklist__item"),
    "study finder with filters": ("/{lang}/study/programmes/?teaching_language=en&degree=master", None, ".card"),
    "study programme": ("/{lang}/study/programmes/?q=computational", ".card__title a", "main h1"),
    "privacy statement": ("/{lang}/about/privacy/", None, "main h1"),
    "legal notice": ("/{lang}/about/imprint/", None, "main h1"),
    "accessibility statement": ("/{lang}/about/accessibility/", None, "main h1"),
    "easy language": ("/{lang}/about/easy-language/", None, "main h1"),
    "not found": ("/{lang}/no-such-page/", None, "main h1"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_every_page_type_has_no_accessibility_violations(shared_page, lang, kind):
    page = shared_page
    address, follow, expected = PAGE_TYPES[kind]
    response = page.goto(address.format(lang=lang))
    assert response.status == (404 if kind == "not found" else 200)
    if follow:
        page.locator(follow).first.click()
        page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator(expected).count() >= 1, f"{kind}: nothing matches {expected} on {page.url}"
    assert_no_axe_violations(page)


@pytest.mark.parametrize("lang", ["ar", "uk"])
def test_a_guide_contact_form_with_errors_has_no_accessibility_violations(page, lang):
    page.goto(f"/{lang}/guides/write/")
    page.locator("form button[type=submit]").click()
    # After the submit the page is replaced: expect waits for the answer, a plain check could still see the form.
    expect(page.locator(".error-summary")).to_be_visible()
    assert_no_axe_violations(page)
