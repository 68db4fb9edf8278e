"""Expiry, retention, mail retries and alerts: what `guides_housekeeping` runs every few minutes.

Each step only touches what is due and marks what it did, so running it twice in a row
does nothing the second time; a cache lock keeps two runs from overlapping. Every
retention period is a setting in settings.WELCOME, listed in docs/operations.md
("Retention") and in the privacy statement.
"""

import datetime

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.functions import Coalesce
from django.utils import timezone

from ..mail import delete_old_mail, retry_due_mail
from ..models import AbuseReport, AuditLogEntry, ContactRequest, GuideApplication
from ..request_states import AWAITING_ANSWER
from .coordination import unanswered_requests
from .requests import _mail_coordinators

LOCK_KEY = "guides-housekeeping-lock"
LOCK_SECONDS = 600


def _cutoff(name):
    return timezone.now() - datetime.timedelta(days=settings.WELCOME[name])


def _delete(queryset):
    return queryset.delete()[1].get(queryset.model._meta.label, 0)


def delete_unconfirmed_requests():
    """Requests whose address was never confirmed are deleted after UNCONFIRMED_REQUEST_DAYS."""
    return _delete(
        ContactRequest.objects.allowing("confirm").filter(created_at__lt=_cutoff("UNCONFIRMED_REQUEST_DAYS"))
    )


def delete_unanswered_requests():
    """Requests never accepted or never answered go UNANSWERED_REQUEST_RETENTION_DAYS after their last activity."""
    return _delete(
        ContactRequest.objects.filter(
            state__in=AWAITING_ANSWER, last_activity_at__lt=_cutoff("UNANSWERED_REQUEST_RETENTION_DAYS")
        )
    )


@transaction.atomic
def expire_idle_conversations():
    """Answered conversations quiet for IDLE_CONVERSATION_DAYS end as expired."""
    expired = 0
    idle = ContactRequest.objects.select_for_update().allowing("expire")
    for request in idle.filter(last_activity_at__lt=_cutoff("IDLE_CONVERSATION_DAYS")):
        request.perform("expire")
        request.closed_at = timezone.now()
        request.save()
        expired += 1
    return expired


def delete_old_conversations():
    """Closed and expired conversations are deleted CLOSED_CONVERSATION_RETENTION_DAYS after they ended."""
    return _delete(
        ContactRequest.objects.finished().filter(closed_at__lt=_cutoff("CLOSED_CONVERSATION_RETENTION_DAYS"))
    )


def delete_old_applications():
    """Applications no coordinator decided, and declined ones, are deleted after their periods.

    An approved application lives as long as the guide's account and goes with it.
    """
    pending = GuideApplication.objects.filter(
        state=GuideApplication.State.PENDING, created_at__lt=_cutoff("PENDING_APPLICATION_RETENTION_DAYS")
    )
    declined = GuideApplication.objects.filter(
        state=GuideApplication.State.DECLINED, decided_at__lt=_cutoff("DECLINED_APPLICATION_RETENTION_DAYS")
    )
    return _delete(pending) + _delete(declined)


def delete_old_abuse_reports():
    """Reports are deleted ABUSE_REPORT_RETENTION_DAYS after they were resolved (or made, if never resolved)."""
    return _delete(
        AbuseReport.objects.alias(settled_at=Coalesce("resolved_at", "created_at")).filter(
            settled_at__lt=_cutoff("ABUSE_REPORT_RETENTION_DAYS")
        )
    )


def delete_old_audit_entries():
    """The coordinators' audit log keeps AUDIT_LOG_RETENTION_DAYS."""
    return _delete(AuditLogEntry.objects.filter(created_at__lt=_cutoff("AUDIT_LOG_RETENTION_DAYS")))


@transaction.atomic
def alert_coordinators():
    """One e-mail to the coordinators listing requests unanswered for 72 hours, each listed once."""
    due = list(unanswered_requests().filter(alerted_at__isnull=True).select_for_update(of=("self",)))
    if due:
        _mail_coordinators("unanswered_alert", {"requests": due, "hours": settings.WELCOME["UNANSWERED_ALERT_HOURS"]})
        ContactRequest.objects.filter(pk__in=[r.pk for r in due]).update(alerted_at=timezone.now())
    return len(due)


def run_housekeeping():
    """All steps in order; returns what each did, or None when another run holds the lock."""
    # False: another run holds the lock. None: the cache (Redis) is down and cannot hold one; the
    # steps are safe to overlap (each touches only what is due, under row locks), so run anyway.
    if cache.add(LOCK_KEY, "1", LOCK_SECONDS) is False:
        return None
    try:
        return {
            "unconfirmed_deleted": delete_unconfirmed_requests(),
            "unanswered_deleted": delete_unanswered_requests(),
            "conversations_expired": expire_idle_conversations(),
            "conversations_deleted": delete_old_conversations(),
            "applications_deleted": delete_old_applications(),
            "abuse_reports_deleted": delete_old_abuse_reports(),
            "audit_entries_deleted": delete_old_audit_entries(),
            "coordinator_alerts": alert_coordinators(),
            "mail_retried": retry_due_mail(),
            "old_mail_deleted": delete_old_mail(),
        }
    finally:
        cache.delete(LOCK_KEY)
