"""Loads the real Ruhr content and the sample data: one command for a full portal.

Safe to run again: it only creates what is missing and never overwrites what an editor changed.
"""

from django.conf import settings
from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError

from welcome.demo.loader.accounts import ensure_admin, setup_roles
from welcome.demo.loader.files import ContentFileError, read_content
from welcome.demo.loader.pages import ContentImporter, check_links
from welcome.demo.loader.synonyms import load_synonyms
from welcome.search.indexing import rebuild_index

# Each feature app loads its own data after the pages, which it links to. Places and path rules are
# real data (and the study programmes checked on the universities' pages); events and guides are samples for trying the portal.
FEATURE_LOADERS = ["load_places", "load_path_rules", "load_programmes"]
SAMPLE_LOADERS = ["load_sample_events", "load_sample_guides"]


class Command(BaseCommand):
    help = "Imports the Ruhr content pages with translations, search synonyms, roles and sample data."

    def add_arguments(self, parser):
        parser.add_argument("--no-sample-data", action="store_true", help="Without sample events and sample guides.")

    def handle(self, *args, **options):
        try:
            files = read_content()
            check_links(files)
        except ContentFileError as error:
            raise CommandError(str(error)) from error
        report = ContentImporter(files).run()
        for page_file, reason in report.skipped:
            self.stderr.write(f"Skipped {page_file.path.name}: {reason}")
        counts = ", ".join(f"{code} {count}" for code, count in sorted(report.count_by_language().items()))
        self.stdout.write(f"Pages: {len(report.created)} created ({counts or 'none'}), {report.kept} kept as they are.")
        localize = report.localize
        self.stdout.write(
            f"Translations in wagtail-localize: {localize.translations} registered, {localize.strings} segments "
            f"translated, {localize.unmatched} left open (their structure differs from the German page)."
        )
        self.stdout.write(f"Search synonyms: {load_synonyms()} groups created.")
        setup_roles()
        available = get_commands()
        loaders = FEATURE_LOADERS + ([] if options["no_sample_data"] else SAMPLE_LOADERS)
        for name in loaders:
            if name in available:
                call_command(name, stdout=self.stdout, stderr=self.stderr)
        self.stdout.write(f"Search index: {rebuild_index()} pages.")
        username, password = ensure_admin(settings.VAR_DIR)
        self.stdout.write(f"Admin: {settings.SITE_URL}/admin/  user '{username}'  password '{password}'")
