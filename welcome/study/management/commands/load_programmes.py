"""Loads the study programmes checked on the universities' own pages (welcome/study/data/programmes.yaml)."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from welcome.study.seed import SEED_FILE, load_programmes
from welcome.study.services import source_programmes


class Command(BaseCommand):
    help = "Creates the universities and study programmes of the seed file that are missing; keeps the rest."

    def add_arguments(self, parser):
        parser.add_argument("--file", default=str(SEED_FILE), help="Another seed file (same format).")

    def handle(self, *args, **options):
        try:
            report = load_programmes(options["file"])
        except (ValidationError, OSError) as error:
            raise CommandError(str(error)) from error
        programmes = source_programmes()
        confirmed = programmes.filter(confirmed=True).count()
        self.stdout.write(
            f"Study programmes: {len(report.created)} created, {report.kept} kept as they are; "
            f"{confirmed} confirmed and shown, {programmes.count() - confirmed} drafts for editors to check; "
            f"{report.translations} name translations added (not yet reviewed by a person)."
        )
