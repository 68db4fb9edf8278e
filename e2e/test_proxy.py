"""The caching proxy of deploy/nginx.conf in front of the running portal: it keeps pages, serves
static files itself, and shows an editor's change within a second of publishing.

Debian's nginx runs with its own configuration, port and temp folders; /etc/nginx and the
system service are left alone (`make test` installs nginx-light).
"""

import getpass
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "/en/visa/overview/"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, dict(response.headers), response.read()


@pytest.fixture(scope="module")
def proxy(portal, tmp_path_factory):
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        pytest.fail("The proxy test needs Debian's nginx: run 'apt-get install nginx-light' (make test does).")
    folder = tmp_path_factory.mktemp("nginx")
    port = _free_port()
    config = (ROOT / "deploy" / "nginx.conf").read_text()
    for name, value in {
        "listen": f"127.0.0.1:{port}",
        "upstream": portal.url.removeprefix("http://"),
        "cache_dir": str(folder / "cache"),
        "temp_dir": str(folder),
        "static_root": str(portal.var_dir / "static"),
    }.items():
        config = config.replace("{" + name + "}", value)
    # The test's folders belong to this user only; nginx's workers must be able to read them.
    config = f"user {getpass.getuser()};\n" + config
    (folder / "nginx.conf").write_text(config)
    server = subprocess.Popen(
        [nginx, "-p", str(folder), "-e", str(folder / "error.log"), "-c", str(folder / "nginx.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                _get(url + "/healthz")
                break
            except OSError as error:
                if time.monotonic() > deadline or server.poll() is not None:
                    log = (folder / "error.log").read_text() if (folder / "error.log").exists() else ""
                    raise AssertionError("nginx did not start:\n" + log) from error
                time.sleep(0.2)
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_proxy_keeps_anonymous_pages(proxy):
    _get(proxy + ARTICLE)
    status, headers, body = _get(proxy + ARTICLE)
    assert status == 200
    assert headers["X-Proxy-Cache"] == "HIT"
    assert b"<html" in body


def test_the_proxy_compresses_and_serves_hashed_static_files_itself(proxy):
    _status, _headers, html = _get(proxy + ARTICLE)
    stylesheet = html.decode().split('rel="stylesheet" href="', 1)[1].split('"', 1)[0]
    status, headers, _body = _get(proxy + stylesheet, **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert "immutable" in headers["Cache-Control"]


def test_a_published_change_is_served_through_the_proxy_within_a_second(portal, proxy):
    _get(proxy + ARTICLE)
    assert _get(proxy + ARTICLE)[1]["X-Proxy-Cache"] == "HIT"
    title = f"Visa overview, revised {time.time_ns()}"
    env = {**portal.env, "FRONTEND_CACHE_URL": proxy, "TASKS_BACKEND": "immediate"}
    publish = (
        "from welcome.content.models import ArticlePage;"
        "page = ArticlePage.objects.get(locale__language_code='en', url_path='/home-en/visa/overview/');"
        f"page.title = {title!r};"
        "page.save_revision().publish()"
    )
    subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "shell", "-c", publish], env=env, cwd=ROOT, check=True, timeout=120
    )
    published = time.monotonic()
    while title.encode() not in _get(proxy + ARTICLE)[2]:
        assert time.monotonic() - published < 1, "the change was not served through the proxy within a second"
        time.sleep(0.05)
