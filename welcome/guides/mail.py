"""E-mail that survives a mail server outage.

A message is first written to the outbox in the same transaction as the data it is
about; only after that transaction commits does a task on the "mail" queue try to send
it. A failed attempt stays in the outbox and the task puts itself back on the queue for
a later time (15 s, 30 s, then every minute), so once the mail server is back every
waiting message goes out within about a minute, with no command run. The outbox row is
the truth and the task only its trigger: `guides_housekeeping` hands messages whose task
was lost (the queue was down) to the queue again, so nothing is lost and nothing is sent
twice.
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
FIRST_RETRY = datetime.timedelta(seconds=15)
# Mail goes ahead of indexing and other work on the database queue (RQ serves queues in order).
MAIL_PRIORITY = 50


def absolute_url(path):
    return settings.SITE_URL + path


def longest_retry_wait():
    return datetime.timedelta(seconds=settings.WELCOME["MAIL_RETRY_MAX_SECONDS"])


def queue_mail(to, template, context, language, newcomer_request=None):
    """Renders guides/emails/<template>.txt in `language` and puts it in the outbox.

    The first line of the template is the subject. Delivery starts after commit. A mail to
    a newcomer names their request, so that deleting the request deletes the mail too.
    """
    with translation.override(language):
        text = render_to_string(f"guides/emails/{template}.txt", {**context, "SITE_URL": settings.SITE_URL})
    subject, _, body = text.strip().partition("\n")
    mail = OutboxMail.objects.create(
        to=to, subject=subject.strip()[:200], body=body.strip() + "\n", request=newcomer_request
    )
    transaction.on_commit(lambda: enqueue_delivery(mail.pk))
    return mail


def enqueue_delivery(mail_id, run_after=None):
    """Puts one outbox message on the mail queue; False when the queue cannot take it (the outbox keeps it)."""
    from .tasks import deliver_mail

    task = deliver_mail
    backend = task.get_backend()
    if backend.supports_priority:
        task = task.using(priority=MAIL_PRIORITY)
    if run_after is not None:
        if not backend.supports_defer:  # the immediate backend of the tests: housekeeping retries
            return False
        task = task.using(run_after=run_after)
    try:
        task.enqueue(mail_id)
    except Exception:  # a queue outage must not break the request; housekeeping retries
        logger.exception("could not enqueue mail %s; housekeeping will retry", mail_id)
        return False
    return True


def backoff(attempts):
    """15 s, 30 s, then MAIL_RETRY_MAX_SECONDS (a minute) between attempts."""
    return min(FIRST_RETRY * 2 ** min(max(attempts - 1, 0), 16), longest_retry_wait())


def deliver(mail_id):
    """Sends one outbox message if it is unsent, due, and no one else is sending it.

    A failure records the error and schedules the next attempt. Returns True when the
    message has been sent (now or before).
    """
    now = timezone.now()
    claimed = (
        OutboxMail.objects.filter(pk=mail_id, sent_at__isnull=True, next_attempt_at__lte=now)
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
        next_attempt_at = timezone.now() + backoff(attempts)
        OutboxMail.objects.filter(pk=mail_id).update(
            attempts=attempts,
            last_error=f"{type(error).__name__}: {error}"[:1000],
            next_attempt_at=next_attempt_at,
            claimed_until=None,
        )
        logger.warning("mail %s not sent (attempt %s): %s", mail_id, attempts, error)
        enqueue_delivery(mail_id, run_after=next_attempt_at)
        return False
    OutboxMail.objects.filter(pk=mail_id).update(
        sent_at=timezone.now(), attempts=mail.attempts + 1, claimed_until=None, last_error=""
    )
    return True


def retry_due_mail():
    """Hands every unsent message whose retry is overdue (its task was lost) to the queue; returns how many.

    A message whose task is still waiting is left to it, so that housekeeping adds no second attempt.
    """
    now = timezone.now()
    due = list(
        OutboxMail.objects.filter(sent_at__isnull=True, next_attempt_at__lte=now - longest_retry_wait())
        .exclude(claimed_until__gt=now)
        .values_list("pk", flat=True)
    )
    for mail_id in due:
        enqueue_delivery(mail_id)
    return len(due)


def delete_old_mail():
    """Messages carry links to private pages: sent ones are kept MAIL_RETENTION_DAYS for support, and
    one that could not be sent in that time is given up. Returns how many were deleted."""
    cutoff = timezone.now() - datetime.timedelta(days=settings.WELCOME["MAIL_RETENTION_DAYS"])
    sent = OutboxMail.objects.filter(sent_at__lt=cutoff).delete()[0]
    given_up = OutboxMail.objects.filter(sent_at__isnull=True, created_at__lt=cutoff).delete()[0]
    return sent + given_up
