"""Mail: written with the data, sent after commit, and never lost when the mail server is down."""

import datetime
import smtplib
from unittest import mock

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.db import connection
from django.utils import timezone

from welcome.guides.mail import retry_due_mail
from welcome.guides.models import ContactRequest, OutboxMail
from welcome.guides.services import requests as services
from welcome.guides.services.housekeeping import run_housekeeping

from .conftest import REQUEST_DATA


class FlakyBackend(EmailBackend):
    """A mail server that is down until the test brings it back."""

    down = True
    seen_in_transaction = []

    def send_messages(self, messages):
        self.seen_in_transaction.append(connection.in_atomic_block)
        if FlakyBackend.down:
            raise smtplib.SMTPServerDisconnected("mail server is down")
        return super().send_messages(messages)


@pytest.fixture
def flaky(settings):
    settings.EMAIL_BACKEND = "welcome.guides.tests.test_mail.FlakyBackend"
    FlakyBackend.down = True
    FlakyBackend.seen_in_transaction = []
    return FlakyBackend


def _later(minutes):
    return mock.patch("django.utils.timezone.now", return_value=timezone.now() + datetime.timedelta(minutes=minutes))


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_outage_loses_nothing_and_delivery_follows_recovery(flaky):
    request = services.submit_request(REQUEST_DATA, "ar", client_ip="10.0.0.9")
    # The request is stored; the e-mail waits in the outbox with the error.
    assert ContactRequest.objects.filter(pk=request.pk, state="new").exists()
    queued = OutboxMail.objects.get()
    assert queued.sent_at is None and queued.attempts == 1 and "down" in queued.last_error
    assert mail.outbox == []
    # The task only ran after the commit, outside any transaction.
    assert flaky.seen_in_transaction == [False]

    # Still down: the retry fails again and waits longer.
    with _later(2):
        assert retry_due_mail() == 1
    queued.refresh_from_db()
    assert queued.attempts == 2 and queued.sent_at is None

    flaky.down = False
    # Not yet due: nothing is sent twice or early.
    assert retry_due_mail() == 0
    with _later(10):
        run_housekeeping()
    queued.refresh_from_db()
    assert queued.sent_at is not None
    assert len(mail.outbox) == 1 and "/ar/guides/confirm/" in mail.outbox[0].body
    # Delivered mail is not sent again.
    with _later(60):
        assert retry_due_mail() == 0
    assert len(mail.outbox) == 1


def test_nothing_is_sent_when_the_transaction_rolls_back(db, django_capture_on_commit_callbacks):
    from django.db import transaction

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        try:
            with transaction.atomic():
                services.submit_request(REQUEST_DATA, "ar")
                raise RuntimeError("something failed after the request was written")
        except RuntimeError:
            pass
    assert callbacks == [] and mail.outbox == [] and not OutboxMail.objects.exists()


def test_mail_is_written_in_the_newcomers_language(submit, mailoutbox):
    submit(language="uk")
    assert "/uk/guides/confirm/" in mailoutbox[0].body
