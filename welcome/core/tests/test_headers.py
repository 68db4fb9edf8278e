"""Security headers on every response, and Django's deployment checklist under production settings."""

import os
import re
import subprocess
import sys

import pytest
from django.conf import settings


@pytest.mark.parametrize(
    "url",
    ["/", "/healthz", "/en/no-such-page/", "/admin/login/", "/django-admin/login/", "/static/core/css/welcome.css"],
)
def test_every_response_keeps_its_resources_to_this_site(url, client, db):
    response = client.get(url)
    assert response["Cross-Origin-Resource-Policy"] == "same-origin", (url, response.status_code)
    assert response["X-Content-Type-Options"] == "nosniff"


def _documented_environment():
    """The environment `make check-deploy` uses: the one README documents, with an example key."""
    makefile = (settings.BASE_DIR / "Makefile").read_text()
    line = re.search(r"^CHECK_DEPLOY_ENV := (.+)$", makefile, re.MULTILINE).group(1)
    return dict(pair.split("=", 1) for pair in line.split())


def _check_deploy(**changes):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PYTEST"))}
    env.update(_documented_environment(), **changes)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )


def test_the_deployment_checklist_is_clean_with_the_documented_environment():
    result = _check_deploy()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_the_checklist_would_notice_a_missing_https_redirect():
    result = _check_deploy(SECURE_SSL_REDIRECT="0")
    assert result.returncode != 0 and "security.W008" in result.stderr + result.stdout
