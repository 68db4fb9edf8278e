"""Welcome.Guides in the browser: an Arabic-speaking newcomer writes to an Arabic-speaking guide.

In the Arabic interface: the newcomer finds the sample guide Amal, writes, confirms through
the e-mail, the guide logs in, accepts and answers, and the newcomer reads the answer
through their private link. axe-core checks every page on the way.
"""

import base64
import re
import uuid

import pytest
from django_otp.oath import TOTP
from playwright.sync_api import expect

from e2e.axe import assert_no_axe_violations

pytestmark = pytest.mark.e2e

GUIDE_USER, GUIDE_PASSWORD = "sample-amal", "welcome-guide-demo"  # documented demo login (--sample-accounts)


def _app_code(secret):
    """What an authenticator app shows for the secret the set-up page gives as text."""
    return f"{TOTP(base64.b32decode(secret.replace(' ', ''))).token():06d}"


def _path(portal, url):
    return url.replace(portal.url, "")


def test_arabic_newcomer_writes_guide_answers_newcomer_reads(page, browser, portal):
    email = f"layla-{uuid.uuid4().hex[:8]}@example.com"
    answer = "أهلًا ليلى! ابدئي بموقع الاعتراف الرسمي ثم اكتبي لي."

    # The newcomer finds an Arabic-speaking guide.
    page.goto("/ar/guides/?language=ar")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert_no_axe_violations(page)
    page.get_by_role("link", name="Amal (sample)").click()
    assert_no_axe_violations(page)
    page.locator(".guide-profile a.button").click()
    assert "/ar/guides/" in page.url and page.url.endswith("/write/")

    # A first try without the required answers: the error summary explains, in Arabic.
    page.locator("#id_name").fill("ليلى")
    page.locator("form button[type=submit]").click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("اكتب بريدك الإلكتروني")
    assert page.locator("#id_name").input_value() == "ليلى"
    assert_no_axe_violations(page)

    page.locator("#id_email").fill(email)
    page.locator("#id_country").select_option("SY")
    page.locator("input[name=languages][value=ar]").check()
    page.locator("input[name=topics][value=recognition]").check()
    page.locator("input[name=planned_arrival][value='3m']").check()
    page.locator("#id_message").fill("كيف أبدأ بمعادلة شهادة الهندسة قبل السفر؟")
    page.locator("#id_consent").check()
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/ar/guides/sent/"))
    assert_no_axe_violations(page)

    # Double opt-in through the e-mail the task worker wrote.
    mail = portal.wait_for_mail(lambda m: email in str(m["To"]) and "/guides/confirm/" in m.get_content())
    confirm_url = re.search(r"https?://\S+/guides/confirm/\S+/", mail.get_content()).group(0)
    page.goto(_path(portal, confirm_url))
    assert_no_axe_violations(page)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/ar/guides/c/"))
    conversation_path = _path(portal, page.url).split("?")[0]
    assert_no_axe_violations(page)

    # The guide logs in, accepts and answers.
    guide_context = browser.new_context(base_url=portal.url, viewport={"width": 412, "height": 915})
    guide = guide_context.new_page()
    guide.goto("/ar/guides/login/")
    assert_no_axe_violations(guide)
    guide.locator("#id_username").fill(GUIDE_USER)
    guide.locator("#id_password").fill(GUIDE_PASSWORD)
    guide.locator("main form button[type=submit]").click()
    # First login: the second factor is set up (QR code and the key as text), then recovery codes.
    guide.wait_for_url(re.compile(r"/ar/account/second-factor/set-up/"))
    assert_no_axe_violations(guide)
    secret = guide.locator("code#secret").inner_text()
    guide.locator("#id_code").fill(_app_code(secret))
    guide.locator("form:has(#id_code) button[type=submit]").click()
    assert guide.locator("main li code").count() == 10
    assert_no_axe_violations(guide)
    guide.locator("main a.button").click()
    guide.wait_for_url(re.compile(r"/ar/guides/dashboard/"))
    assert_no_axe_violations(guide)
    guide.locator("#new-requests ~ ul a", has_text="ليلى").first.click()
    assert_no_axe_violations(guide)
    guide.get_by_role("button", name="اقبل الطلب").click()
    guide.locator("#id_message-body").fill(answer)
    assert_no_axe_violations(guide)
    guide.locator("#reply button[type=submit]").click()
    guide.wait_for_url(re.compile(r"done=message"))
    guide_context.close()

    # The newcomer reads the answer through the private link; the guide never saw the address.
    page.goto(conversation_path)
    assert answer in page.locator(".message-thread").inner_text()
    assert_no_axe_violations(page)
    response = page.request.get(conversation_path)
    assert "no-store" in response.headers["cache-control"]
