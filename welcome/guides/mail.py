"""E-mail that survives a mail server outage.

A message is first written to the outbox in the same transaction as the data it is
about; only after that transaction commits does a task try to send it. A failed attempt
stays in the outbox with a later retry time, and `guides_housekeeping` (every few
minutes) hands due messages to the task queue again, so nothing is lost and nothing is
sent twice.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from .models import OutboxMail

logger = logging.getLogger(__name__)

CLAIM_SECONDS = 300
MAX_BACKOFF = datetime.timedelta(hours=6)


def absolute_url(path):
    return settings.SITE_URL + path


def queue_mail(to, template, context, language):
    """Renders guides/emails/<template>.txt in `language` and puts it in the outbox.

    The first line of the template is the subject. Delivery starts after commit.
    """
    with translation.override(language):
        text = render_to_string(f"guides/emails/{template}.txt", {**context, "SITE_URL": settings.SITE_URL})
    subject, _, body = text.strip().partition("\n")
    mail = OutboxMail.objects.create(to=to, subject=subject.strip()[:200], body=body.strip() + "\n")
    transaction.on_commit(lambda: _enqueue(mail.pk))
    return mail


def _enqueue(mail_id):
    from .tasks import deliver_mail

    try:
        deliver_mail.enqueue(mail_id)
    except Exception:  # a queue outage must not break the request; housekeeping retries
        logger.exception("could not enqueue mail %s; housekeeping will retry", mail_id)


def backoff(attempts):
    """1, 2, 4, 8 … minutes, at most six hours."""
    return min(datetime.timedelta(minutes=2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def deliver(mail_id):
    """Sends one outbox message if it is still unsent and no one else is sending it.

    Returns True when the message has been sent (now or before).
    """
    now = timezone.now()
    claimed = (
        OutboxMail.objects.filter(pk=mail_id, sent_at__isnull=True)
        .exclude(claimed_until__gt=now)
        .update(claimed_until=now + datetime.timedelta(seconds=CLAIM_SECONDS))
    )
    if not claimed:
        return OutboxMail.objects.filter(pk=mail_id, sent_at__isnull=False).exists()
    mail = OutboxMail.objects.get(pk=mail_id)
    try:
        EmailMessage(mail.subject, mail.body, settings.DEFAULT_FROM_EMAIL, [mail.to]).send()
    except Exception as error:  # any failure of the mail server: keep the message, try later
        attempts = mail.attempts + 1
        OutboxMail.objects.filter(pk=mail_id).update(
            attempts=attempts,
            last_error=f"{type(error).__name__}: {error}"[:1000],
            next_attempt_at=timezone.now() + backoff(attempts),
            claimed_until=None,
        )
        logger.warning("mail %s not sent (attempt %s): %s", mail_id, attempts, error)
        return False
    OutboxMail.objects.filter(pk=mail_id).update(
        sent_at=timezone.now(), attempts=mail.attempts + 1, claimed_until=None, last_error=""
    )
    return True


def retry_due_mail():
    """Hands every unsent message whose retry time has come to the task queue; returns how many."""
    due = list(
        OutboxMail.objects.filter(sent_at__isnull=True, next_attempt_at__lte=timezone.now())
        .exclude(claimed_until__gt=timezone.now())
        .values_list("pk", flat=True)
    )
    for mail_id in due:
        _enqueue(mail_id)
    return len(due)


def delete_sent_mail(older_than_days=30):
    """Sent messages carry links to private pages: keep them only as long as needed for support."""
    cutoff = timezone.now() - datetime.timedelta(days=older_than_days)
    return OutboxMail.objects.filter(sent_at__lt=cutoff).delete()[0]
