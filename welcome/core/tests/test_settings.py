"""The settings read the environment as the README documents it."""

import os
import subprocess
import sys

from django.conf import settings


def _engine_with(var_dir, **environment):
    """The default database's engine when the settings load with `environment`, in a fresh process."""
    code = "import django; django.setup(); from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "welcome.settings.dev",
        "WELCOME_VAR_DIR": str(var_dir),
        **environment,
    }
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=settings.BASE_DIR, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


def test_an_empty_database_url_means_the_embedded_default(tmp_path):
    assert _engine_with(tmp_path, DATABASE_URL="") == "django.db.backends.sqlite3"
