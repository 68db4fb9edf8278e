"""The legal pages in the browser: accessible, reachable from the header, the feedback form works."""

import pytest

from e2e.axe import assert_no_axe_violations

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("slug", ["privacy", "imprint", "accessibility", "easy-language"])
def test_legal_pages_have_no_accessibility_violations(page, lang, slug):
    response = page.goto(f"/{lang}/about/{slug}/")
    assert response.status == 200
    assert_no_axe_violations(page)


def test_header_leads_to_leichte_sprache(page):
    page.goto("/de/visa/")
    page.get_by_role("link", name="Leichte Sprache", exact=True).first.click()
    page.wait_for_url("**/de/about/easy-language/")
    assert page.locator("h1").inner_text() == "Leichte Sprache"


def test_feedback_form_shows_errors_accessibly_and_thanks_the_reader(page):
    page.goto("/en/about/accessibility/")
    page.get_by_label("Your e-mail address (optional)").fill("not-an-address")
    page.get_by_role("button", name="Send to the editors").click()
    assert page.locator(".error-summary").is_visible()
    assert page.get_by_label("Your e-mail address (optional)").input_value() == "not-an-address"
    assert_no_axe_violations(page)
    page.get_by_label("What is the barrier, or what do you need?").fill("The city map has no text version.")
    page.get_by_label("Your e-mail address (optional)").fill("")
    page.get_by_role("button", name="Send to the editors").click()
    page.wait_for_url("**/en/accessibility-feedback/sent/")
    assert "The editors have received your message" in page.locator("main").inner_text()
