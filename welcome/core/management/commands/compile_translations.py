"""Compiles every .po catalogue of the project to .mo, without needing GNU gettext."""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compiles locale/**/*.po and welcome/*/locale/**/*.po to .mo files."

    def handle(self, *args, **options):
        roots = [settings.BASE_DIR / "locale", *sorted((settings.BASE_DIR / "welcome").glob("*/locale"))]
        compiled = 0
        for root in roots:
            for po_path in Path(root).rglob("*.po"):
                mo_path = po_path.with_suffix(".mo")
                if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                    continue
                polib.pofile(str(po_path)).save_as_mofile(str(mo_path))
                compiled += 1
        self.stdout.write(f"Translations: {compiled} catalogues compiled.")
