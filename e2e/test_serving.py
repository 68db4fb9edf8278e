"""The portal served as `make run` and production serve it: gunicorn, DEBUG off, WhiteNoise."""

import re
import subprocess
import sys
import urllib.error
import urllib.request
from urllib.parse import urlparse

import pytest

from e2e.conftest import ROOT

pytestmark = pytest.mark.e2e


def _get(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_a_mistyped_address_shows_the_portals_404_in_the_readers_language(portal):
    status, headers, body = _get(portal.url + "/ar/no-such-page/")
    html = body.decode()
    assert status == 404
    assert '<html lang="ar" dir="rtl">' in html
    assert "DEBUG" not in html and "Django" not in html
    assert headers["Server"].startswith("gunicorn")


def test_static_files_are_hashed_and_served_with_brotli_and_gzip(portal):
    html = _get(portal.url + "/en/")[2].decode()
    stylesheet = re.search(r'rel="stylesheet" href="([^"]+)"', html).group(1)
    assert re.search(r"welcome\.[0-9a-f]{12}\.css$", stylesheet), stylesheet
    for encoding in ("br", "gzip"):
        status, headers, _body = _get(portal.url + stylesheet, **{"Accept-Encoding": encoding})
        assert status == 200
        assert headers["Content-Encoding"] == encoding
        assert "immutable" in headers["Cache-Control"]


def test_pages_are_compressed(portal):
    _status, headers, _body = _get(portal.url + "/en/visa/overview/", **{"Accept-Encoding": "gzip"})
    assert headers["Content-Encoding"] == "gzip"


def test_a_second_portal_on_the_same_port_stops_and_says_why(portal):
    """Workers listen with SO_REUSEPORT (gunicorn.conf.py), which would let a second portal share the port."""
    port = str(urlparse(portal.url).port)
    command = [sys.executable, str(ROOT / "manage.py"), "runportal", "--port", port]
    second = subprocess.run(command, env=portal.env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert second.returncode != 0
    assert f"127.0.0.1:{port} is in use" in second.stdout + second.stderr
    assert _get(portal.url + "/healthz")[0] == 200
