"""A person's rights: every kind of personal data has an end, deleting deletes everything, and a
newcomer takes their data with them. The periods are in docs/operations.md ("Retention")."""

import datetime
import json

import pytest
from django.utils import timezone

from welcome.core.testing import log_in
from welcome.guides.models import (
    AbuseReport,
    AuditLogEntry,
    ContactRequest,
    GuideApplication,
    GuideStory,
    Message,
    OutboxMail,
)
from welcome.guides.services import guides as guide_services
from welcome.guides.services import requests as services
from welcome.guides.services.housekeeping import run_housekeeping

from .test_coordination import APPLICATION


def _ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def _age(queryset, **fields):
    queryset.update(**fields)


@pytest.mark.parametrize("state", ["confirmed", "declined", "accepted"])
def test_requests_never_accepted_or_never_answered_go_after_ninety_quiet_days(confirmed, make_guide, state):
    request, _token = confirmed(guide=make_guide())
    _age(ContactRequest.objects.filter(pk=request.pk), state=state, last_activity_at=_ago(89))
    assert run_housekeeping()["unanswered_deleted"] == 0
    _age(ContactRequest.objects.filter(pk=request.pk), last_activity_at=_ago(91))
    assert run_housekeeping()["unanswered_deleted"] == 1
    assert not ContactRequest.objects.exists() and not OutboxMail.objects.filter(request_id=request.pk).exists()


def test_an_answered_conversation_is_not_deleted_as_unanswered(confirmed, make_guide, committed):
    guide = make_guide()
    request, _token = confirmed(guide=guide)
    committed(services.accept_request, guide, request)
    committed(services.post_message, request, Message.Sender.GUIDE, "Answer", guide=guide)
    _age(ContactRequest.objects.filter(pk=request.pk), last_activity_at=_ago(91))
    assert run_housekeeping()["unanswered_deleted"] == 0 and ContactRequest.objects.exists()


def test_pending_applications_go_after_180_days_and_declined_ones_30_days_after_the_decision(
    db, coordinator, committed
):
    pending = committed(guide_services.apply, APPLICATION, "fr")
    declined = committed(guide_services.apply, {**APPLICATION, "email": "other@example.org"}, "fr")
    committed(guide_services.decline_application, declined, coordinator, "not in the Ruhr")
    _age(GuideApplication.objects.filter(pk=pending.pk), created_at=_ago(179))
    _age(GuideApplication.objects.filter(pk=declined.pk), decided_at=_ago(29))
    assert run_housekeeping()["applications_deleted"] == 0
    _age(GuideApplication.objects.filter(pk=pending.pk), created_at=_ago(181))
    _age(GuideApplication.objects.filter(pk=declined.pk), decided_at=_ago(31))
    assert run_housekeeping()["applications_deleted"] == 2 and not GuideApplication.objects.exists()


def test_abuse_reports_go_a_year_after_they_were_resolved_or_made(confirmed, make_guide, committed):
    request, _token = confirmed(guide=make_guide())
    resolved = committed(services.report_abuse, request, "newcomer", "rude")
    open_report = committed(services.report_abuse, request, "newcomer", "spam")
    _age(AbuseReport.objects.filter(pk=resolved.pk), created_at=_ago(400), resolved_at=_ago(300))
    _age(AbuseReport.objects.filter(pk=open_report.pk), created_at=_ago(300))
    assert run_housekeeping()["abuse_reports_deleted"] == 0
    _age(AbuseReport.objects.filter(pk=resolved.pk), resolved_at=_ago(366))
    _age(AbuseReport.objects.filter(pk=open_report.pk), created_at=_ago(366))
    assert run_housekeeping()["abuse_reports_deleted"] == 2


def test_audit_entries_go_after_a_year(db, coordinator, committed):
    committed(guide_services.decline_application, committed(guide_services.apply, APPLICATION, "fr"), coordinator, "no")
    _age(AuditLogEntry.objects.all(), created_at=_ago(364))
    assert run_housekeeping()["audit_entries_deleted"] == 0
    _age(AuditLogEntry.objects.all(), created_at=_ago(366))
    assert run_housekeeping()["audit_entries_deleted"] == 1 and not AuditLogEntry.objects.exists()


def test_mail_goes_30_days_after_sending_and_unsendable_mail_is_given_up_after_30_days(submit):
    submit()
    submit(email="other@example.com", message="Another question")
    sent, unsent = OutboxMail.objects.order_by("id")
    _age(OutboxMail.objects.filter(pk=sent.pk), sent_at=_ago(29))
    _age(OutboxMail.objects.filter(pk=unsent.pk), sent_at=None, created_at=_ago(29))
    assert run_housekeeping()["old_mail_deleted"] == 0
    _age(OutboxMail.objects.filter(pk=sent.pk), sent_at=_ago(31))
    _age(OutboxMail.objects.filter(pk=unsent.pk), created_at=_ago(31))
    assert run_housekeeping()["old_mail_deleted"] == 2


def test_deleting_a_guide_account_deletes_their_application_and_stories(db, coordinator, committed, client):
    guide = committed(
        guide_services.approve_application, committed(guide_services.apply, APPLICATION, "en"), coordinator
    )
    guide.user.set_password("pw-guide-123")
    guide.user.save()
    log_in(client, guide.user)
    response = client.post("/en/guides/dashboard/delete/", {"password": "pw-guide-123"})
    assert response.status_code == 200
    assert not GuideApplication.objects.exists() and not GuideStory.objects.exists()


def test_deleting_a_request_deletes_the_mail_to_the_newcomer(confirmed, make_guide, coordinator, client):
    request, token = confirmed()  # no guide: the coordinators hear about it
    to_newcomer = OutboxMail.objects.filter(to=request.email)
    assert to_newcomer.count() == 2 and OutboxMail.objects.filter(to=coordinator.email).exists()
    response = client.post(f"/en/guides/c/{token}/delete/", {"delete-confirm": "on"})
    assert response.status_code == 200 and not ContactRequest.objects.exists()
    assert not to_newcomer.exists() and OutboxMail.objects.filter(to=coordinator.email).exists()


def test_a_newcomer_downloads_their_request_and_conversation_from_their_private_link(
    confirmed, make_guide, committed, client
):
    guide = make_guide(name="Amal")
    request, token = confirmed(guide=guide)
    committed(services.accept_request, guide, request)
    committed(services.post_message, request, Message.Sender.GUIDE, "Start at the Anerkennung office.", guide=guide)
    page = client.get(f"/en/guides/c/{token}/").content.decode()
    assert f'href="/en/guides/c/{token}/export/"' in page

    response = client.get(f"/en/guides/c/{token}/export/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"] and "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["request"]["email"] == "layla@example.com" and data["request"]["message"] == request.message
    assert data["guide"] == "Amal"
    assert [(m["from"], m["text"]) for m in data["messages"]] == [("guide", "Start at the Anerkennung office.")]
    assert client.get("/en/guides/c/not-a-token/export/").status_code == 404
