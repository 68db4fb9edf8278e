"""Loads the real Ruhr content and the sample data: one command for a full portal.

Safe to run again: it only creates what is missing and never overwrites what an editor changed.
"""

import io

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand, CommandError, OutputWrapper

from welcome.demo.loader.accounts import setup_roles
from welcome.demo.loader.bulk import indexes_updated_once
from welcome.demo.loader.files import ContentFileError, read_content
from welcome.demo.loader.pages import ContentImporter, check_links
from welcome.demo.loader.synonyms import load_synonyms
from welcome.search.indexing import rebuild_index

# Each feature app loads its own data after the pages, which it links to. Places, path rules and the
# study programmes checked on the universities' pages are real data; events and guides are samples
# for trying the portal. Sample guides and the sample
# coordinator are accounts with documented passwords: only with DEBUG on or --sample-accounts.
FEATURE_LOADERS = ["load_places", "load_path_rules", "load_programmes"]
SAMPLE_LOADERS = ["load_sample_events"]
SAMPLE_ACCOUNT_LOADERS = ["load_sample_guides"]


class Command(BaseCommand):
    help = "Imports the Ruhr content pages with translations, search synonyms, roles and sample data."

    def add_arguments(self, parser):
        parser.add_argument("--no-sample-data", action="store_true", help="Without sample events and sample guides.")
        parser.add_argument(
            "--sample-accounts",
            action="store_true",
            help="With DEBUG off too: the sample guides and coordinator, with their documented passwords (never in production).",
        )

    def handle(self, *args, **options):
        if options["verbosity"] == 0:
            # The report and the loaders' own lines; errors still go to stderr.
            self.stdout = OutputWrapper(io.StringIO())
        try:
            files = read_content()
            check_links(files)
        except ContentFileError as error:
            raise CommandError(str(error)) from error
        with indexes_updated_once():
            self._load(files, options)
        self.stdout.write(f"Search index: {rebuild_index()} pages.")
        self._first_administrator()

    def _load(self, files, options):
        report = ContentImporter(files).run()
        self.stdout.write(f"Figures: {report.figures} created.")
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
        sample_accounts = settings.DEBUG or options["sample_accounts"]
        loaders = FEATURE_LOADERS
        if not options["no_sample_data"]:
            loaders = loaders + SAMPLE_LOADERS + (SAMPLE_ACCOUNT_LOADERS if sample_accounts else [])
        for name in loaders:
            if name in available:
                call_command(
                    name,
                    *(["--sample-accounts"] if name in SAMPLE_ACCOUNT_LOADERS else []),
                    stdout=self.stdout,
                    stderr=self.stderr,
                )
        if not sample_accounts and not options["no_sample_data"]:
            self.stdout.write(
                "Sample guides and coordinator: not created (DEBUG is off; --sample-accounts creates them)."
            )

    def _first_administrator(self):
        """With DEBUG on, the documented development admin; otherwise how to create one. No password on disk."""
        old_password_file = settings.VAR_DIR / "admin-password.txt"
        if old_password_file.exists():
            old_password_file.unlink()
            self.stdout.write(f"Removed {old_password_file}: passwords are no longer written to disk.")
        if settings.DEBUG:
            call_command("create_admin", "--dev", stdout=self.stdout, stderr=self.stderr)
        elif not get_user_model().objects.filter(is_superuser=True).exists():
            self.stdout.write(
                "No administrator yet: run 'python manage.py create_admin' (it asks for the password, "
                "or reads WELCOME_ADMIN_PASSWORD)."
            )
