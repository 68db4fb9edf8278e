"""Starts the task worker and the web server together; Ctrl-C stops both.

By default the portal is served as production serves it: gunicorn, with WhiteNoise for the
static files (`make run`, and the browser tests). `--dev` runs Django's autoreloading
development server instead, for people changing code (`make dev`).
"""

import os
import signal
import subprocess
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# The worker that matches the task backend; the immediate backend needs none. It serves the mail
# queue before the default one (RQ by the order of the queues, the database queue by priority).
QUEUES = settings.TASK_QUEUES
WORKERS = {
    "django_tasks_db.DatabaseBackend": [
        "db_worker",
        "--queue-name",
        ",".join(QUEUES),
        "--interval",
        "1",
        "--no-reload",
        "--no-startup-delay",
    ],
    "welcome.core.tasks.FallbackRQBackend": [
        "rqworker",
        *QUEUES,
        "--job-class",
        "django_tasks_rq.Job",
        "--with-scheduler",
    ],
}


class Command(BaseCommand):
    help = "Runs the task worker and the portal (gunicorn, or the autoreloading dev server with --dev)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--dev", action="store_true", help="Serve with the autoreloading development server.")
        parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_WORKERS", "2")))

    def handle(self, *args, **options):
        python = sys.executable
        manage = str(settings.BASE_DIR / "manage.py")
        address = f"{options['host']}:{options['port']}"
        if options["dev"]:
            server = [python, manage, "runserver", address]
        else:
            server = [
                python,
                "-m",
                "gunicorn",
                "welcome.wsgi",
                "--config",
                str(settings.BASE_DIR / "gunicorn.conf.py"),
                "--bind",
                address,
                "--workers",
                str(options["workers"]),
                "--access-logfile",
                "-",
            ]
        processes = []
        worker = WORKERS.get(settings.TASKS["default"]["BACKEND"])
        if worker:
            processes.append(subprocess.Popen([python, manage, *worker]))
        processes.append(subprocess.Popen(server))
        self.stdout.write(f"welcome.ruhr runs at http://{address}/  (Ctrl-C stops it)")

        def stop(*_args):
            for process in processes:
                if process.poll() is None:
                    process.terminate()

        signal.signal(signal.SIGTERM, stop)
        try:
            while all(process.poll() is None for process in processes):
                try:
                    processes[-1].wait(timeout=1)
                except subprocess.TimeoutExpired:
                    pass
        except KeyboardInterrupt:
            pass
        finally:
            stop()
            for process in processes:
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
        if processes[-1].returncode not in (0, -signal.SIGTERM):
            # The server could not start (it said why): `make run` must not report success.
            raise CommandError(f"the server stopped with exit code {processes[-1].returncode}")
