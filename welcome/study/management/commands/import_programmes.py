"""manage.py import_programmes FILE --university SLUG: one university's programmes from a CSV export."""

from django.core.management.base import BaseCommand, CommandError

from welcome.study.importing import ImportFailed, import_programmes
from welcome.study.models import University


class Command(BaseCommand):
    help = "Imports a university's study programmes from a CSV file (columns: docs/study-programmes.md)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV file, UTF-8, comma-separated, first line the column names.")
        parser.add_argument("--university", required=True, help="The university's short name (slug).")

    def handle(self, *args, **options):
        try:
            university = University.objects.get(slug=options["university"])
        except University.DoesNotExist as error:
            known = ", ".join(University.objects.order_by("slug").values_list("slug", flat=True)) or "none yet"
            raise CommandError(f"No university '{options['university']}'. Known: {known}.") from error
        try:
            with open(options["file"], encoding="utf-8-sig", newline="") as file:
                text = file.read()
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {options['file']}: {error}") from error
        try:
            report = import_programmes(university, text)
        except ImportFailed as failure:
            for line, reason in failure.problems:
                self.stderr.write(f"{options['file']}, line {line}: {reason}")
            raise CommandError(f"Nothing imported: {len(failure.problems)} broken row(s).") from failure
        self.stdout.write(f"{university.name}: {len(report.created)} programmes added, {len(report.updated)} updated.")
