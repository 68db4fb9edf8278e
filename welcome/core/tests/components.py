"""Real components the fault tests start, break and bring back: Redis, an SMTP sink, a task worker.

Each runs on a free port of this machine only, started and stopped by the test; the shared
servers are never touched.
"""

import copy
import shutil
import socket
import subprocess
import time
from contextlib import contextmanager

import redis
from aiosmtpd.controller import Controller


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition, timeout, interval=0.1):
    """Polls `condition` until it is true; returns the seconds it took, or raises after `timeout`."""
    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > timeout:
            raise TimeoutError(f"not true within {timeout} s")
        time.sleep(interval)
    return time.monotonic() - started


class RedisServer:
    """A redis-server of our own, without persistence, that a test stops and starts again."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                shutil.which("redis-server"),
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=subprocess.DEVNULL,
        )
        client = redis.Redis(port=self.port, socket_connect_timeout=0.2)
        wait_until(lambda: self._answers(client), timeout=10)
        return self

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)

    @staticmethod
    def _answers(client):
        try:
            return client.ping()
        except redis.exceptions.ConnectionError:
            return False


class _Collect:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"


class SmtpSink:
    """An SMTP server (aiosmtpd) that keeps every message it receives; down until `start()`."""

    def __init__(self):
        self.port = free_port()
        self.handler = _Collect()
        self.controller = None

    @property
    def messages(self):
        return self.handler.messages

    def start(self):
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def stop(self):
        if self.controller:
            self.controller.stop()


class DatabaseWorker:
    """django-tasks-db's own worker, serving the queues as runportal does, driven by the test.

    It runs in the test's thread: SQLite's shared in-memory test database does not take
    writes from two threads at once. `run_until` lets it work (batch after batch, as its
    loop does) until a condition holds.
    """

    def __init__(self, queues, max_tasks=None):
        from django_tasks_db.management.commands.db_worker import Worker

        self.worker = Worker(
            queue_names=list(queues),
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=max_tasks,
            worker_id="fault-test",
            excluded_queue_names=[],
        )

    def run(self):
        """Runs every task that is due now (at most max_tasks), then returns."""
        self.worker.run()

    def run_until(self, condition, timeout, interval=0.2):
        """Works the queues until `condition()` holds; returns the seconds it took."""
        started = time.monotonic()
        while not condition():
            if time.monotonic() - started > timeout:
                raise TimeoutError(f"not done within {timeout} s")
            self.run()
            time.sleep(interval)
        return time.monotonic() - started


@contextmanager
def database_down():
    """Points the default connection at a database that is not there, as in an outage, then back.

    PostgreSQL: a port where nothing listens. SQLite: a file in a folder that does not exist.
    The shared PostgreSQL server is never touched.
    """
    from django.db import connections

    original = connections["default"]
    broken_settings = copy.deepcopy(original.settings_dict)
    if original.vendor == "sqlite":
        broken_settings["NAME"] = "/nonexistent-welcome-folder/welcome.sqlite3"
    else:
        broken_settings["HOST"], broken_settings["PORT"] = "127.0.0.1", str(free_port())
    broken = original.__class__(broken_settings, "default")
    connections["default"] = broken
    try:
        yield
    finally:
        broken.close()
        connections["default"] = original
