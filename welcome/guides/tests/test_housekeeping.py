"""Retention, expiry and alerts: what `guides_housekeeping` does, and that running it again does nothing more."""

import datetime

from django.core.management import call_command
from django.utils import timezone

from welcome.guides.models import ContactRequest, Message
from welcome.guides.services import requests as services
from welcome.guides.services.housekeeping import run_housekeeping


def _age(request, **fields):
    ContactRequest.objects.filter(pk=request.pk).update(**fields)


def test_unconfirmed_requests_are_deleted_after_seven_days(submit):
    old, _ = submit()
    recent, _ = submit(message="Another question", email="other@example.com")
    _age(old, created_at=timezone.now() - datetime.timedelta(days=8))
    assert run_housekeeping()["unconfirmed_deleted"] == 1
    assert list(ContactRequest.objects.all()) == [recent]


def test_closed_conversations_are_deleted_after_the_retention_period(make_guide, confirmed, committed, settings):
    settings.WELCOME = {**settings.WELCOME, "CLOSED_CONVERSATION_RETENTION_DAYS": 30}
    guide = make_guide()
    request, _ = confirmed(guide=guide)
    committed(services.accept_request, guide, request)
    committed(services.post_message, request, Message.Sender.GUIDE, "Answer", guide=guide)
    committed(services.close_conversation, guide, request, "done")
    _age(request, closed_at=timezone.now() - datetime.timedelta(days=29))
    assert run_housekeeping()["conversations_deleted"] == 0
    _age(request, closed_at=timezone.now() - datetime.timedelta(days=31))
    assert run_housekeeping()["conversations_deleted"] == 1
    assert not ContactRequest.objects.exists() and not Message.objects.exists()


def test_coordinators_hear_once_about_requests_unanswered_for_72_hours(
    make_guide, confirmed, coordinator, mailoutbox, django_capture_on_commit_callbacks
):
    request, _ = confirmed(guide=make_guide())
    _age(request, confirmed_at=timezone.now() - datetime.timedelta(hours=71))
    with django_capture_on_commit_callbacks(execute=True):
        assert run_housekeeping()["coordinator_alerts"] == 0
    _age(request, confirmed_at=timezone.now() - datetime.timedelta(hours=73))
    before = len(mailoutbox)
    with django_capture_on_commit_callbacks(execute=True):
        assert run_housekeeping()["coordinator_alerts"] == 1
        assert run_housekeeping()["coordinator_alerts"] == 0
    alerts = mailoutbox[before:]
    assert len(alerts) == 1 and alerts[0].to == [coordinator.email]
    assert f"/coordination/requests/{request.pk}/" in alerts[0].body


def test_a_second_run_while_one_is_working_does_nothing(db):
    from django.core.cache import cache

    from welcome.guides.services.housekeeping import LOCK_KEY

    cache.add(LOCK_KEY, "1", 60)
    assert run_housekeeping() is None


def test_the_command_reports_what_it_did(db, capsys):
    call_command("guides_housekeeping")
    assert "unconfirmed deleted: 0" in capsys.readouterr().out
