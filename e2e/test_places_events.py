"""Offices directory and events calendar in a real browser: CSP, no-JS filters, the map (axe: test_accessibility.py)."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.e2e


def test_schema_org_data_is_not_blocked_by_the_content_security_policy(page):
    violations = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    page.goto("/en/places/buergerdienste-international-dortmund/")
    data = page.evaluate("JSON.parse(document.querySelector('script[type=\"application/ld+json\"]').textContent)")
    assert data["@type"] == "GovernmentOffice"
    assert data["address"]["postalCode"] == "44135"
    assert violations == []


def test_filters_work_without_javascript(page_nojs):
    page_nojs.goto("/de/places/")
    page_nojs.select_option("#id_city", "dortmund")
    page_nojs.select_option("#id_kind", "foreigners_office")
    page_nojs.get_by_role("button", name="Ämter und Angebote anzeigen").click()
    assert "city=dortmund" in page_nojs.url and "kind=foreigners_office" in page_nojs.url
    assert page_nojs.locator(".card__title").all_inner_texts() == [
        "Bürgerdienste International – Ausländerbehörde der Stadt Dortmund"
    ]


def test_map_leads_to_the_city_page(page):
    page.goto("/en/places/")
    page.locator(".places-map__svg a[href='/en/cities/bochum/']").click()
    assert page.url.endswith("/en/cities/bochum/")
    assert page.locator("#places-city-title").count() == 1


def test_local_time_is_added_for_readers_abroad(browser, portal):
    context = browser.new_context(base_url=portal.url, timezone_id="Asia/Tokyo", locale="en-GB")
    page = context.new_page()
    page.goto("/en/events/")
    local = page.locator("[data-local-time]").first
    expect(local).to_be_visible()
    expect(local).to_contain_text("In your time zone:")
    expect(local).to_contain_text("GMT+9")
    context.close()
