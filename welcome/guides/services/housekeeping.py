"""Expiry, retention, mail retries and alerts: what `guides_housekeeping` runs every few minutes.

Each step only touches what is due and marks what it did, so running it twice in a row
does nothing the second time; a cache lock keeps two runs from overlapping.
"""

import datetime

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

from ..mail import delete_sent_mail, retry_due_mail
from ..models import ContactRequest
from .coordination import unanswered_requests
from .requests import _mail_coordinators

LOCK_KEY = "guides-housekeeping-lock"
LOCK_SECONDS = 600
# An answered conversation with no message for this long expires (it can still be read and rated).
IDLE_DAYS_DEFAULT = 60


def _days(name, default=None):
    return datetime.timedelta(days=settings.WELCOME.get(name, default))


@transaction.atomic
def expire_idle_conversations():
    """Answered conversations quiet for IDLE_CONVERSATION_DAYS end as expired."""
    cutoff = timezone.now() - _days("IDLE_CONVERSATION_DAYS", IDLE_DAYS_DEFAULT)
    expired = 0
    for request in ContactRequest.objects.select_for_update().allowing("expire").filter(last_activity_at__lt=cutoff):
        request.perform("expire")
        request.closed_at = timezone.now()
        request.save()
        expired += 1
    return expired


def delete_old_conversations():
    """Closed and expired conversations are deleted CLOSED_CONVERSATION_RETENTION_DAYS after they ended."""
    cutoff = timezone.now() - _days("CLOSED_CONVERSATION_RETENTION_DAYS", 180)
    old = ContactRequest.objects.finished().filter(closed_at__lt=cutoff)
    count = old.count()
    old.delete()
    return count


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
    if not cache.add(LOCK_KEY, "1", LOCK_SECONDS):
        return None
    try:
        return {
            "unconfirmed_deleted": delete_unconfirmed_requests(),
            "conversations_expired": expire_idle_conversations(),
            "conversations_deleted": delete_old_conversations(),
            "coordinator_alerts": alert_coordinators(),
            "mail_retried": retry_due_mail(),
            "sent_mail_deleted": delete_sent_mail(),
        }
    finally:
        cache.delete(LOCK_KEY)


def delete_unconfirmed_requests():
    """Requests whose address was never confirmed are deleted after UNCONFIRMED_REQUEST_DAYS."""
    cutoff = timezone.now() - _days("UNCONFIRMED_REQUEST_DAYS", 7)
    stale = ContactRequest.objects.allowing("confirm").filter(created_at__lt=cutoff)
    count = stale.count()
    stale.delete()
    return count
