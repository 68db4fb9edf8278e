"""Times in a conversation read naturally in the reader's language and name the time zone."""

import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "language, month",
    [
        ("ar", r"\d{1,2} (يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)، 20\d\d"),
        ("en", r"\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.? 20\d\d"),
    ],
)
def test_conversation_times_carry_the_month_name_and_the_zone(client, confirmed, make_guide, language, month):
    _request, token = confirmed(guide=make_guide(), language=language)
    html = client.get(f"/{language}/guides/c/{token}/").content.decode()
    times = re.findall(r"<time [^>]*>([^<]+)</time>", html)
    assert times, html[:500]
    assert all(re.search(month, text) for text in times), times
    assert all(re.search(r"\b(CET|CEST)\b", text) for text in times), times
    assert not any(re.search(r"\d{2}/\d{2}/\d{4}", text) for text in times), times
