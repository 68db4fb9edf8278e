"""Mail down: the request is stored and the person sees success; once the mail server is back,
the worker delivers every queued mail by itself, within two minutes, with no command run.
Mail has its own queue, served before indexing.

Slow (marked `fault`): runs django-tasks-db's worker in a thread and an SMTP sink (aiosmtpd)
that is down first and started later.
"""

import threading
import time

import pytest
from django.core import mail as django_mail
from django_tasks_db.models import DBTaskResult

from welcome.core.tests.components import DatabaseWorker, SmtpSink
from welcome.guides.mail import backoff
from welcome.guides.models import ContactRequest, OutboxMail
from welcome.search.tasks import rebuild_search_index

pytestmark = pytest.mark.fault


def _form(number):
    return {
        "name": f"Layla {number}",
        "email": f"layla{number}@example.com",
        "country": "SY",
        "languages": ["ar"],
        "planned_arrival": "3m",
        "message": f"Question number {number}: how is my degree recognised?",
        "consent": "on",
    }


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": settings.TASK_QUEUES}}


@pytest.fixture
def smtp_sink(settings):
    """The portal's SMTP settings point at a sink that is not yet listening: the mail server is down."""
    sink = SmtpSink()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", sink.port
    settings.EMAIL_USE_TLS, settings.EMAIL_TIMEOUT = False, 5
    yield sink
    sink.stop()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_mail_waits_out_an_outage_and_goes_out_within_two_minutes_of_the_servers_return(
    database_queue, smtp_sink, client, capsys
):
    for number in range(3):
        response = client.post("/en/guides/write/", _form(number), follow=True)
        assert response.status_code == 200 and response.redirect_chain[-1][0].endswith("/en/guides/sent/")
    assert ContactRequest.objects.count() == OutboxMail.objects.count() == 3
    worker = DatabaseWorker(queues=["mail", "default"])
    worker.run()  # the first attempts: the server is down
    assert list(OutboxMail.objects.values_list("attempts", "sent_at")) == [(1, None)] * 3

    # The mail server comes back two seconds later; nothing but the worker runs.
    returned_at = []
    threading.Timer(2, lambda: (smtp_sink.start(), returned_at.append(time.monotonic()))).start()
    worker.run_until(lambda: not OutboxMail.objects.filter(sent_at__isnull=True).exists(), timeout=150)
    took = time.monotonic() - returned_at[0]
    assert took < 120
    assert sorted(message.rcpt_tos[0] for message in smtp_sink.messages) == [
        f"layla{number}@example.com" for number in range(3)
    ]
    with capsys.disabled():
        print(f"\n  mail: all 3 queued messages delivered {took:.1f} s after the mail server came back")


def test_the_wait_between_attempts_never_exceeds_a_minute(settings):
    assert [backoff(attempts).total_seconds() for attempts in (1, 2, 3, 4, 50)] == [15, 30, 60, 60, 60]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_mail_goes_ahead_of_a_thousand_indexing_jobs(database_queue, client, mailoutbox):
    for _ in range(1000):
        rebuild_search_index.enqueue()
    assert client.post("/en/guides/write/", _form(1)).status_code == 302

    DatabaseWorker(queues=["mail", "default"], max_tasks=1).run()

    assert len(django_mail.outbox) == 1 and "layla1@example.com" in django_mail.outbox[0].to
    assert DBTaskResult.objects.filter(status="READY", queue_name="default").count() == 1000
