"""Prints the verified share of the directory per kind, and with --gaps what each unverified place lacks."""

from django.core.management.base import BaseCommand, no_translations

from welcome.places import services
from welcome.places.models import Place


class Command(BaseCommand):
    help = "Verified share of the directory by kind of place; --gaps lists what each city lacks and what unverified places lack."

    def add_arguments(self, parser):
        parser.add_argument(
            "--gaps",
            action="store_true",
            help="List the required kinds each city lacks, and every unverified place with its missing facts.",
        )

    @no_translations
    def handle(self, *args, **options):
        rows = services.verified_share_by_kind()
        for label, verified, total in rows:
            self.stdout.write(f"{label}: {verified} of {total} verified ({100 * verified // total} %)")
        verified = sum(row[1] for row in rows)
        total = sum(row[2] for row in rows)
        self.stdout.write(f"All places: {verified} of {total} verified ({100 * verified // max(total, 1)} %)")
        if options["gaps"]:
            for city, kinds in services.missing_required_kinds().items():
                self.stdout.write(f"Missing in {city}: {', '.join(str(kind.label) for kind in kinds)}")
            for place in Place.objects.filter(verified=False).prefetch_related("sources").order_by("kind", "slug"):
                gaps = ", ".join(str(gap) for gap in services.verification_gaps(place))
                self.stdout.write(f"  {place.slug}: {gaps}")
