"""Upcoming events and the archive: filters by city, language and month; bad parameters never fail."""

from datetime import timedelta

import pytest
from django.utils import timezone

from .conftest import berlin

pytestmark = pytest.mark.django_db


def titles(response):
    return [event.text_title for event in response.context["page"].object_list]


def test_upcoming_events_soonest_first_past_ones_only_in_the_archive(client, make_event):
    now = timezone.now()
    make_event(title="Later", starts_at=now + timedelta(days=20))
    make_event(title="Soon", starts_at=now + timedelta(days=2))
    make_event(title="Over", starts_at=now - timedelta(days=3))
    make_event(title="Long ago", starts_at=now - timedelta(days=300))
    assert titles(client.get("/en/events/")) == ["Soon", "Later"]
    assert titles(client.get("/en/events/archive/")) == ["Over", "Long ago"]


def test_an_event_running_now_is_still_upcoming(client, make_event):
    make_event(title="Running", starts_at=timezone.now() - timedelta(hours=1), hours=3)
    assert titles(client.get("/en/events/")) == ["Running"]


def test_city_filter(client, make_event):
    make_event(title="Essen", city="essen")
    make_event(title="Bochum", city="bochum")
    assert titles(client.get("/en/events/", {"city": "bochum"})) == ["Bochum"]


def test_language_filter_finds_events_in_that_language(client, make_event):
    make_event(title="Arabic", languages=["de", "ar"])
    make_event(title="German", languages=["de"])
    make_event(title="Ukrainian", languages=["uk", "en"])
    assert titles(client.get("/en/events/", {"language": "ar"})) == ["Arabic"]
    assert titles(client.get("/en/events/", {"language": "de"})) == ["Arabic", "German"]


def test_month_filter_uses_german_time(client, make_event):
    # 00:30 on 1 July in Berlin is still 30 June in UTC: it belongs to July.
    make_event(title="July night", starts_at=berlin(2030, 7, 1, 0, 30))
    make_event(title="June", starts_at=berlin(2030, 6, 15, 10, 0))
    response = client.get("/en/events/", {"month": "2030-07"})
    assert titles(response) == ["July night"]
    assert [value for value, _label in response.context["form"].fields["month"].choices] == ["", "2030-06", "2030-07"]


def test_all_filters_together(client, make_event):
    make_event(title="Match", city="dortmund", languages=["tr"], starts_at=berlin(2030, 9, 3, 18, 0))
    make_event(title="Wrong month", city="dortmund", languages=["tr"], starts_at=berlin(2030, 10, 3, 18, 0))
    make_event(title="Wrong city", city="essen", languages=["tr"], starts_at=berlin(2030, 9, 4, 18, 0))
    response = client.get("/en/events/", {"city": "dortmund", "language": "tr", "month": "2030-09"})
    assert titles(response) == ["Match"]


def test_archive_filters_by_past_months(client, make_event):
    make_event(title="Old", starts_at=berlin(2024, 3, 5, 10, 0), city="hamm")
    make_event(title="Older", starts_at=berlin(2023, 3, 5, 10, 0), city="hamm")
    assert titles(client.get("/en/events/archive/", {"month": "2024-03"})) == ["Old"]


@pytest.mark.parametrize("path", ["/en/events/", "/en/events/archive/", "/ar/events/"])
@pytest.mark.parametrize(
    "query",
    [
        {"city": "atlantis"},
        {"language": "klingon"},
        {"month": "2030-13"},
        {"month": "abc"},
        {"month": "9999-99"},
        {"month": "2030-6"},
        {"page": "0"},
        {"page": "abc"},
        {"city": "<script>", "language": "zz\u202e", "month": "-1"},
    ],
)
def test_bad_parameters_never_fail(client, make_event, path, query):
    make_event(title="Future")
    response = client.get(path, query)
    assert response.status_code == 200
    if "page" not in query and path != "/en/events/archive/":
        assert titles(response) == ["Future"]
        assert response.context["form"].errors


def test_a_nul_byte_in_a_parameter_is_a_bad_request(client, make_event):
    response = client.get("/ar/events/", {"city": "<script>", "language": "\x00", "month": "-1"})
    assert response.status_code == 400 and 'lang="ar"' in response.content.decode()


def test_texts_in_the_readers_language_else_german_with_its_lang(client, make_event):
    make_event(title="Willkommenstag", texts={"ar": ("يوم الترحيب", "وصف"), "en": ("Welcome day", "Text")})
    assert "يوم الترحيب" in client.get("/ar/events/").content.decode()
    assert "Welcome day" in client.get("/en/events/").content.decode()
    assert "Welcome day" in client.get("/fr/events/").content.decode()  # English before German for others


def test_times_shown_in_german_time_with_the_offset(client, make_event):
    winter = make_event(starts_at=berlin(2030, 1, 15, 18, 0))
    summer = make_event(starts_at=berlin(2030, 7, 15, 18, 0))
    winter_html = client.get(f"/en/events/{winter.pk}/").content.decode()
    summer_html = client.get(f"/en/events/{summer.pk}/").content.decode()
    assert "18:00" in winter_html and "CET, UTC+01:00" in winter_html
    assert "18:00" in summer_html and "CEST, UTC+02:00" in summer_html
    assert 'datetime="2030-07-15T18:00:00+02:00"' in summer_html


def test_sample_events_are_labelled(client, make_event):
    event = make_event(is_sample=True)
    assert "sample event" in client.get(f"/en/events/{event.pk}/").content.decode().lower()
    assert "Sample event" in client.get("/en/events/").content.decode()


def test_detail_of_a_past_event_says_it_is_over(client, make_event):
    event = make_event(starts_at=timezone.now() - timedelta(days=2))
    assert "This event is over." in client.get(f"/en/events/{event.pk}/").content.decode()
    assert client.get("/en/events/999999/").status_code == 404


def test_event_rules(make_event):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        make_event(hours=-1, venue="", registration_required=True)
    assert set(error.value.message_dict) == {"ends_at", "venue", "registration_url"}


def test_load_sample_events_is_idempotent(db):
    from django.core.management import call_command

    from welcome.events.models import Event

    call_command("load_sample_events")
    first = Event.objects.for_readers().filter(is_sample=True).count()
    call_command("load_sample_events")
    assert first == 5
    assert Event.objects.for_readers().filter(is_sample=True).count() == first
    assert Event.objects.upcoming().filter(is_sample=True).count() == first
