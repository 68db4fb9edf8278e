"""Redis down: public pages, search, the path check and the guide pages answer without the cache.

Slow (marked `fault`): starts its own redis-server and stops it.
"""

import django_rq
import pytest
from django.core.cache import cache

from welcome.core.testing import log_in
from welcome.core.tests.components import RedisServer
from welcome.guides.models import ContactRequest, OutboxMail
from welcome.guides.services.housekeeping import run_housekeeping
from welcome.settings.base import redis_cache

pytestmark = pytest.mark.fault


@pytest.fixture
def redis_server(settings):
    server = RedisServer().start()
    settings.CACHES = {
        **settings.CACHES,
        "default": redis_cache(server.url, "fault-test"),
        "pages": redis_cache(server.url, "fault-test-pages"),
    }
    yield server
    server.stop()


PAGES = ["/en/", "/en/search/?q=Blue+Card", "/en/path/", "/en/guides/", "/ar/guides/"]


def test_pages_search_path_check_and_guide_pages_answer_while_redis_is_down(
    redis_server, site_content, make_guide, client
):
    guide = make_guide(name="Amal")
    log_in(client, guide.user)
    assert cache.set("probe", "1") is not False and cache.get("probe") == "1"  # the cache really is Redis

    redis_server.stop()
    for url in [*PAGES, f"/en/guides/{guide.pk}/", "/en/guides/dashboard/"]:
        response = client.get(url)
        assert response.status_code == 200, url
    assert "Blue Card" in client.get("/en/search/?q=Blue+Card").content.decode()
    # The session is in the database: the guide is still logged in.
    assert "Amal" in client.get("/en/guides/dashboard/").content.decode()


def _form(number):
    return {
        "name": "Layla",
        "email": f"layla{number}@example.com",
        "country": "SY",
        "languages": ["ar"],
        "planned_arrival": "3m",
        "message": f"Question {number}: how is my degree recognised?",
        "consent": "on",
    }


def test_with_rq_a_request_sent_while_redis_is_down_is_accepted_kept_and_its_mail_sent(
    redis_server, settings, client, committed, mailoutbox
):
    settings.TASKS = {"default": {"BACKEND": "welcome.core.tasks.FallbackRQBackend", "QUEUES": settings.TASK_QUEUES}}
    settings.RQ_QUEUES = {name: {"URL": redis_server.url} for name in settings.TASK_QUEUES}
    assert committed(client.post, "/en/guides/write/", _form(1)).status_code == 302
    # Redis up: the mail waits on its queue in Redis for a worker.
    assert django_rq.get_queue("mail").count == 1 and mailoutbox == []

    redis_server.stop()
    response = committed(client.post, "/en/guides/write/", _form(2))
    assert response.status_code == 302 and response["Location"].endswith("/en/guides/sent/")
    assert ContactRequest.objects.filter(email="layla2@example.com").exists()
    # Redis could not take the job, so it ran at once: the mail is sent, not dropped.
    assert [message.to for message in mailoutbox] == [["layla2@example.com"]]
    assert OutboxMail.objects.get(to="layla2@example.com").sent_at is not None


def test_housekeeping_still_runs_while_redis_is_down(redis_server, submit):
    redis_server.stop()
    done = run_housekeeping()
    assert done is not None and done["unconfirmed_deleted"] == 0


def test_with_rq_the_worker_takes_mail_before_a_thousand_indexing_jobs(
    redis_server, settings, client, committed, mailoutbox
):
    from django_tasks_rq import Job
    from rq import SimpleWorker

    from welcome.core.management.commands.runportal import WORKERS
    from welcome.search.tasks import rebuild_search_index

    settings.TASKS = {"default": {"BACKEND": "welcome.core.tasks.FallbackRQBackend", "QUEUES": settings.TASK_QUEUES}}
    settings.RQ_QUEUES = {name: {"URL": redis_server.url} for name in settings.TASK_QUEUES}
    for _ in range(1000):
        rebuild_search_index.enqueue()
    assert committed(client.post, "/en/guides/write/", _form(1)).status_code == 302

    # rqworker gets the queues in this order from runportal, and serves them in this order.
    assert WORKERS["welcome.core.tasks.FallbackRQBackend"][1:3] == ["mail", "default"]
    queues = [django_rq.get_queue(name, job_class=Job) for name in ("mail", "default")]
    SimpleWorker(queues, connection=queues[0].connection, job_class=Job).work(burst=True, max_jobs=1)

    assert [message.to for message in mailoutbox] == [["layla1@example.com"]]
    assert django_rq.get_queue("default").count == 1000
