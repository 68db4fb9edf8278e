"""Browser tests drive a real running portal, started the way `make run` starts it.

One portal per test session: migrated, loaded with the Ruhr content and all sample
data, served by gunicorn with the task worker beside it, writing mail as files.
"""

import email
import email.policy
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Loading the full content in ten languages is the slowest step; nothing else may take this long.
MANAGE_TIMEOUT_SECONDS = 1200
MAIL_SEPARATOR = "\n" + "-" * 79 + "\n"


# Every browser test runs on the one worker that holds the portal (pytest -n 2 --dist loadgroup),
# so the portal is loaded once per session while the other worker runs the unit tests.
PORTAL_GROUP = "portal"
# The unit tests empty their own Redis databases (0 and 1 past REDIS_URL's); the portal keeps to one
# of its own, so a test clearing its cache never drops the portal's queued mail or sessions.
PORTAL_REDIS_OFFSET = 8


def pytest_itemcollected(item):
    # As each test is collected, before xdist turns the group markers into test ids.
    if Path(str(item.fspath)).resolve().parent == Path(__file__).resolve().parent:
        item.add_marker(pytest.mark.xdist_group(PORTAL_GROUP))


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _separate_postgres_database(url):
    """The portal gets its own PostgreSQL database beside the one pytest-django uses."""
    import psycopg

    name = f"welcome_e2e_{uuid.uuid4().hex[:8]}"
    parsed = urlparse(url)
    admin_url = urlunparse(parsed._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return urlunparse(parsed._replace(path=f"/{name}")), admin_url, name


class Portal:
    def __init__(self, url, env, var_dir):
        self.url = url
        self.env = env
        self.var_dir = var_dir
        self.mail_dir = var_dir / "mail"

    def manage(self, *args):
        """Runs a manage.py command against the portal's database; returns its output."""
        return self.finish_manage(self.start_manage(*args))

    def start_manage(self, *args):
        """Starts a manage.py command against the portal's database; finish_manage waits for it."""
        return subprocess.Popen(
            [sys.executable, str(ROOT / "manage.py"), *args],
            env=self.env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def finish_manage(self, command):
        """Waits for a command start_manage started; returns its output, fails with what it printed."""
        try:
            stdout, stderr = command.communicate(timeout=MANAGE_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired:
            command.kill()
            raise
        if command.returncode != 0:
            raise AssertionError(f"{' '.join(command.args[1:])} failed:\n{stdout}\n{stderr}")
        return stdout

    def read_mails(self):
        """Every message the portal has sent, oldest first."""
        if not self.mail_dir.exists():
            return []
        messages = []
        for path in sorted(self.mail_dir.iterdir(), key=lambda p: (p.stat().st_mtime, p.name)):
            for chunk in path.read_text(encoding="utf-8").split(MAIL_SEPARATOR):
                if chunk.strip():
                    messages.append(email.message_from_string(chunk, policy=email.policy.default))
        return messages

    def wait_for_mail(self, predicate, timeout=30):
        """Waits for the task worker to send a message that matches."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in reversed(self.read_mails()):
                if predicate(message):
                    return message
            time.sleep(0.5)
        raise AssertionError(f"no matching e-mail arrived within {timeout} seconds")


@pytest.fixture(scope="session")
def portal(tmp_path_factory):
    var_dir = tmp_path_factory.mktemp("portal-var")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST")}
    env.update(
        DJANGO_SETTINGS_MODULE="welcome.settings.dev",
        WELCOME_VAR_DIR=str(var_dir),
        DEBUG="0",
        SITE_URL=url,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        CACHE_KEY_PREFIX=f"e2e-{uuid.uuid4().hex[:8]}",
    )
    if env.get("REDIS_URL"):
        from welcome.settings.base import redis_database

        env["REDIS_URL"] = redis_database(env["REDIS_URL"], PORTAL_REDIS_OFFSET)
    cleanup = None
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        env["DATABASE_URL"], admin_url, name = _separate_postgres_database(os.environ["DATABASE_URL"])
        cleanup = (admin_url, name)
    portal = Portal(url, env, var_dir)
    portal.manage("migrate", "--no-input")
    # The static files do not depend on the database: they are collected (and compressed, a quarter of a
    # minute) while the content loads instead of before. After the migration, which writes var/secret_key.
    static = portal.start_manage("collectstatic", "--no-input")
    # The load updates Wagtail's indexes once at its end and leaves no task queued (demo/loader/bulk.py).
    portal.manage("load_ruhr_content", "--sample-accounts")
    portal.finish_manage(static)
    log = open(var_dir / "server.log", "w")
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), "runportal", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(url + "/healthz", timeout=2)
                break
            except OSError as error:
                if time.monotonic() > deadline or server.poll() is not None:
                    log = (var_dir / "server.log").read_text()
                    raise AssertionError("the portal did not start:\n" + log) from error
                time.sleep(0.3)
        yield portal
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
        if cleanup:
            import psycopg

            with psycopg.connect(cleanup[0], autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{cleanup[1]}" WITH (FORCE)')


# Per module, not per session: Playwright's sync API keeps an event loop running while its browser is
# open, and Django refuses database work inside one. The worker that ran the browser tests goes on
# with unit tests afterwards; by then the browser and its loop are closed.
@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Browser tests need Debian's Chromium at /usr/bin/chromium: run 'apt-get install chromium'.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


def _page(browser, portal, **options):
    context = browser.new_context(base_url=portal.url, viewport={"width": 412, "height": 915}, **options)
    page = context.new_page()
    page.set_default_timeout(15000)
    return context, page


@pytest.fixture
def page(browser, portal):
    context, page = _page(browser, portal)
    yield page
    context.close()


@pytest.fixture(scope="module")
def shared_page(browser, portal):
    """One page for the tests of a module that only read pages, each navigating it afresh: a new
    browser context per test took 0.6 s of the 1.1 s an axe check of a page takes."""
    context, page = _page(browser, portal)
    yield page
    context.close()


@pytest.fixture
def page_nojs(browser, portal):
    context, page = _page(browser, portal, java_script_enabled=False)
    yield page
    context.close()
