"""The legal pages in the browser: reachable from the header, the feedback form works (axe on every page
type: test_accessibility.py)."""

import pytest
from playwright.sync_api import expect

from e2e.axe import assert_no_axe_violations

pytestmark = pytest.mark.e2e


def test_header_leads_to_leichte_sprache(page):
    page.goto("/de/visa/")
    page.get_by_role("link", name="Leichte Sprache", exact=True).first.click()
    page.wait_for_url("**/de/about/easy-language/")
    assert page.locator("h1").inner_text() == "Leichte Sprache"


def test_feedback_form_shows_errors_accessibly_and_thanks_the_reader(page):
    page.goto("/en/about/accessibility/")
    page.get_by_label("Your e-mail address (optional)").fill("not-an-address")
    page.get_by_role("button", name="Send to the editors").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert page.get_by_label("Your e-mail address (optional)").input_value() == "not-an-address"
    assert_no_axe_violations(page)
    page.get_by_label("What is the barrier, or what do you need?").fill("The city map has no text version.")
    page.get_by_label("Your e-mail address (optional)").fill("")
    page.get_by_role("button", name="Send to the editors").click()
    page.wait_for_url("**/en/accessibility-feedback/sent/")
    assert "The editors have received your message" in page.locator("main").inner_text()
