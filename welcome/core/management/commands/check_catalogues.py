"""Fails when a string used in code or templates is missing or untranslated in a language's catalogue.

Runs Django's makemessages on a copy of the project (so the real catalogues stay untouched) and
reads what it would have added: a msgid that is new, empty or fuzzy there is one a reader would see
in English. English itself needs no catalogue entry: the msgids are English.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

SOURCE_LANGUAGE_OF_MSGIDS = "en"
IGNORED = ["welcome/*/tests/*", "welcome/demo/content/*", "welcome/*/static/*"]


class Command(BaseCommand):
    help = "Checks that every gettext string of the code and templates is translated in every language."

    def handle(self, *args, **options):
        languages = [code for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE_OF_MSGIDS]
        base = Path(settings.BASE_DIR)
        with tempfile.TemporaryDirectory() as temp:
            copy = Path(temp)
            shutil.copytree(base / "welcome", copy / "welcome", ignore=shutil.ignore_patterns("__pycache__"))
            shutil.copytree(base / "locale", copy / "locale")
            shutil.copy(base / "manage.py", copy / "manage.py")
            command = [sys.executable, "manage.py", "makemessages", "--no-obsolete", "-e", "html,txt,py"]
            command += [f"--locale={code}" for code in languages]
            command += [f"--ignore={pattern}" for pattern in IGNORED]
            environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "welcome.settings.test"}
            result = subprocess.run(command, cwd=copy, env=environment, capture_output=True, text=True)
            if result.returncode != 0:
                raise CommandError(f"makemessages failed:\n{result.stderr}")
            problems = []
            for path in sorted(copy.rglob("LC_MESSAGES/django.po")):
                language = path.parts[-3]
                if language not in languages:
                    continue
                relative = path.relative_to(copy)
                original = base / relative
                present = (
                    {e.msgid for e in polib.pofile(str(original)) if not e.obsolete} if original.exists() else set()
                )
                for entry in polib.pofile(str(path)):
                    if entry.obsolete or entry.translated():
                        continue
                    why = "not translated" if entry.msgid in present else "missing from the catalogue"
                    problems.append(f"{relative}: {why}: {entry.msgid!r}")
        for problem in problems:
            self.stdout.write(problem)
        if problems:
            raise CommandError(f"{len(problems)} strings are missing or untranslated (run makemessages, translate).")
        self.stdout.write(f"Catalogues: every string is translated in {len(languages)} languages.")
