"""Loads the offices and services of the Ruhr from welcome/places/data/places.yaml (idempotent)."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from welcome.places.models import Place
from welcome.places.seed import SEED_FILE, load_places


class Command(BaseCommand):
    help = "Creates the places of the seed file that are missing; keeps every existing place as editors left it."

    def add_arguments(self, parser):
        parser.add_argument("--file", default=str(SEED_FILE), help="Another seed file (same format).")

    def handle(self, *args, **options):
        try:
            report = load_places(options["file"])
        except (ValidationError, OSError) as error:
            raise CommandError(str(error)) from error
        total = Place.objects.count()
        verified = Place.objects.filter(verified=True).count()
        self.stdout.write(
            f"Places: {len(report.created)} created, {len(report.kept)} kept as they are; "
            f"{total} in the directory, {verified} verified, {total - verified} flagged for editors to verify."
        )
