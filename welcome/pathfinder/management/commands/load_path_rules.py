"""Loads the path check's first rules from welcome/pathfinder/data/ (idempotent)."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from welcome.pathfinder.seed import RULES_FILE, TEXTS_DIR, load_rules


class Command(BaseCommand):
    help = "Creates the path check's steps and texts that are missing (and the figures they name); keeps what editors changed."

    def add_arguments(self, parser):
        parser.add_argument("--rules", default=str(RULES_FILE), help="Another rules file (same format).")
        parser.add_argument("--texts", default=str(TEXTS_DIR), help="Another folder of texts/<language>.yaml.")

    def handle(self, *args, **options):
        try:
            report = load_rules(options["rules"], options["texts"])
        except (ValidationError, OSError) as error:
            raise CommandError(str(error)) from error
        for content_key in report.missing_pages:
            self.stderr.write(f"Path check: the page {content_key} does not exist yet; its step links no page.")
        self.stdout.write(f"Path check: {len(report.steps)} steps created, {report.texts} texts added.")
