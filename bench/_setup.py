"""A throwaway portal for benchmarks: temp SQLite database with the real Ruhr content."""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def portal(sample_data=False):
    """Migrates a fresh database under a temp folder and loads the content; returns a test client."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("WELCOME_VAR_DIR", tempfile.mkdtemp(prefix="welcome-bench-"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "welcome.settings.dev"
    os.environ["DEBUG"] = "0"
    os.environ["TASKS_BACKEND"] = "immediate"
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    args = ["--sample-accounts"] if sample_data else ["--no-sample-data"]
    call_command("load_ruhr_content", *args, stdout=open(os.devnull, "w"))
    return Client(HTTP_HOST="127.0.0.1")
