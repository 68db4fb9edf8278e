"""Coordinators: approve, pause, deactivate, reassign, reports, blocking, statistics; all in the audit log."""

import json

from django.contrib.auth import get_user_model
from django.urls import reverse

from welcome.core.testing import log_in
from welcome.guides.models import AbuseReport, AuditLogEntry, BlockedAddress, Guide, Message
from welcome.guides.services import coordination
from welcome.guides.services import guides as guide_services
from welcome.guides.services import requests as services
from welcome.guides.services.statistics import overview

APPLICATION = {
    "display_name": "Nadia",
    "email": "Nadia@Example.org",
    "city": "essen",
    "origin": "DZ",
    "profession": "Pharmacist",
    "languages": ["ar", "fr"],
    "topics": ["recognition"],
    "story": "Je suis venue en 2015.",
    "story_language": "fr",
}


def test_an_approved_application_becomes_a_guide_with_an_account(db, coordinator, committed, mailoutbox):
    application = committed(guide_services.apply, APPLICATION, "fr")
    assert [m.to[0] for m in mailoutbox] == ["nadia@example.org", coordinator.email]
    guide = committed(guide_services.approve_application, application, coordinator)
    assert guide.user.email == "nadia@example.org" and guide.user.groups.filter(name="Guides").exists()
    assert guide.language_codes == ["ar", "fr"] and guide.stories.get().language == "fr"
    assert "/fr/guides/password/" in mailoutbox[-1].body
    assert AuditLogEntry.objects.filter(action="approve_application", actor=coordinator).exists()


def test_the_password_link_lets_a_new_guide_log_in(db, coordinator, committed, mailoutbox, client):
    guide = committed(
        guide_services.approve_application, committed(guide_services.apply, APPLICATION, "en"), coordinator
    )
    link = (
        mailoutbox[-1].body.split("127.0.0.1:8000")[-1].split()[0] if "127.0.0.1:8000" in mailoutbox[-1].body else None
    )
    link = link or "/" + mailoutbox[-1].body.split("/en/", 1)[1].split()[0]
    link = link if link.startswith("/en/") else "/en/" + link.lstrip("/")
    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    response = client.post(
        form_page.redirect_chain[-1][0] if form_page.redirect_chain else link,
        {"new_password1": "a-Long-new-passw0rd", "new_password2": "a-Long-new-passw0rd"},
    )
    assert response.status_code == 302
    login = client.post("/en/guides/login/", {"username": guide.user.username, "password": "a-Long-new-passw0rd"})
    assert login.status_code == 302  # the new password works; the second factor comes next


def test_declining_an_application_keeps_no_personal_story(db, coordinator, committed, mailoutbox):
    application = committed(guide_services.apply, APPLICATION, "fr")
    committed(guide_services.decline_application, application, coordinator, "We have enough guides in Essen right now.")
    application.refresh_from_db()
    assert application.state == "declined" and application.story == "" and application.email == ""
    assert "enough guides" in mailoutbox[-1].body


def test_pause_and_deactivate_are_audited_and_take_effect(make_guide, coordinator):
    guide = make_guide()
    coordination.set_guide_status(guide, Guide.Status.PAUSED, coordinator, "holiday")
    assert not guide.takes_requests() and guide.user.is_active
    coordination.set_guide_status(guide, Guide.Status.DEACTIVATED, coordinator)
    guide.user.refresh_from_db()
    assert not guide.user.is_active
    assert list(AuditLogEntry.objects.values_list("action", flat=True)) == ["guide_deactivated", "guide_paused"]


def test_coordinator_reassigns_through_the_page(make_guide, confirmed, coordinator, client, committed):
    first, second = make_guide(), make_guide(languages=["de"])
    request, _ = confirmed(guide=first)
    log_in(client, coordinator)
    page = client.get(f"/en/guides/coordination/requests/{request.pk}/").content.decode()
    assert "speaks Arabic" not in page or first.display_name in page
    response = committed(
        client.post, f"/en/guides/coordination/requests/{request.pk}/", {"guide": second.pk, "note": "knows the field"}
    )
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.guide == second
    entry = AuditLogEntry.objects.get(action="reassign_request")
    assert entry.actor == coordinator and "knows the field" in entry.detail


def test_an_answered_conversation_can_be_reassigned_and_keeps_its_history(
    make_guide, confirmed, coordinator, committed
):
    first, second = make_guide(), make_guide()
    request, _ = confirmed(guide=first)
    committed(services.accept_request, first, request)
    committed(services.post_message, request, Message.Sender.GUIDE, "First answer", guide=first)
    committed(coordination.reassign_request, request, second, coordinator)
    request.refresh_from_db()
    assert request.state == "answered" and request.guide == second and request.messages.count() == 1


def test_abuse_report_leads_to_blocking_the_address(make_guide, confirmed, coordinator, committed, client):
    guide = make_guide()
    request, _ = confirmed(guide=guide)
    report = committed(services.report_abuse, request, "guide", "Insults")
    coordination.resolve_report(report, coordinator, "Blocked the sender", block_newcomer=True)
    assert BlockedAddress.objects.count() == 1 and AbuseReport.objects.get().resolved_at
    assert {"block_address", "resolve_report"} <= set(AuditLogEntry.objects.values_list("action", flat=True))
    from welcome.guides.services.protection import is_blocked

    assert is_blocked("layla@example.com") and not is_blocked("someone@example.com")


def test_reports_can_deactivate_a_guide(make_guide, confirmed, coordinator, committed):
    guide = make_guide()
    request, _ = confirmed(guide=guide)
    report = committed(services.report_abuse, request, "newcomer", "Asked for money")
    coordination.resolve_report(report, coordinator, "Deactivated", block_guide=True)
    guide.refresh_from_db()
    assert guide.status == Guide.Status.DEACTIVATED


def test_statistics_count_demand_and_find_gaps(make_guide, confirmed, coordinator, committed, client):
    guide = make_guide(languages=["ar"], city="dortmund")
    request, _ = confirmed(guide=guide)
    confirmed(email="b@example.com", message="Другой вопрос", languages=["uk"], city="hamm")
    committed(services.accept_request, guide, request)
    committed(services.post_message, request, Message.Sender.GUIDE, "Answer", guide=guide)
    stats = overview(90)
    assert stats["total"] == 2 and stats["answered"] == 1
    assert stats["median_first_answer_hours"] is not None
    assert sum(row["value"] for row in stats["per_week"]) == 2
    gaps = {row["label"]: row for row in stats["language_gaps"]}
    assert gaps["Ukrainian"]["lacking"] and not gaps["Arabic"]["lacking"]
    assert next(row for row in stats["city_gaps"] if row["label"] == "Hamm")["lacking"]
    log_in(client, coordinator)
    page = client.get("/en/guides/coordination/statistics/").content.decode()
    assert "<svg" in page and "Ukrainian" in page


def test_every_coordination_page_renders(make_guide, confirmed, coordinator, client, committed):
    request, _ = confirmed(guide=make_guide())
    committed(services.report_abuse, request, "guide", "spam")
    committed(guide_services.apply, APPLICATION, "en")
    log_in(client, coordinator)
    for path in (
        "",
        "guides/",
        f"guides/{request.guide.pk}/",
        "applications/",
        "reports/",
        "blocked/",
        "audit/",
        "statistics/?days=30",
        f"requests/{request.pk}/",
    ):
        assert client.get(f"/ar/guides/coordination/{path}").status_code == 200, path


def test_guide_downloads_their_data_and_deletes_their_account(make_guide, confirmed, committed, client):
    guide = make_guide()
    other = make_guide()
    request, _ = confirmed(guide=guide)
    log_in(client, guide.user)
    data = json.loads(client.get(reverse("guides:export")).content)
    assert data["profile"]["display_name"] == guide.display_name and data["account"]["email"] == guide.user.email
    assert "layla@example.com" not in json.dumps(data)
    response = committed(client.post, reverse("guides:delete_account"), {"password": "pw-guide-123"})
    assert response.status_code == 200
    assert (
        not Guide.objects.filter(pk=guide.pk).exists()
        and not get_user_model().objects.filter(pk=guide.user_id).exists()
    )
    request.refresh_from_db()
    assert request.guide == other and request.state == "confirmed"


def test_pausing_a_guide_passes_their_waiting_requests_to_the_next_guide(make_guide, confirmed, coordinator, committed):
    paused, other = make_guide(), make_guide()
    waiting, _ = confirmed(guide=paused)
    under_way, _ = confirmed(guide=paused, message="A second question, about schools for my children.")
    committed(services.accept_request, paused, under_way)
    committed(coordination.set_guide_status, paused, Guide.Status.PAUSED, coordinator, "ill")
    waiting.refresh_from_db()
    under_way.refresh_from_db()
    assert waiting.guide == other and waiting.state == "confirmed"
    assert under_way.guide == paused  # a conversation under way is the coordinators' decision
    assert AuditLogEntry.objects.filter(action="reassign_request", detail__contains="no longer active").count() == 1
