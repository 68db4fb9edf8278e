"""Reports, per language, which content pages are missing or carry less than their German source."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from welcome.demo.loader.files import read_content
from welcome.demo.loader.structure import differences, share_matching


class Command(BaseCommand):
    help = "Compares every translation in welcome/demo/content/ with its German source; fails on any difference."

    def add_arguments(self, parser):
        parser.add_argument("languages", nargs="*", help="Only these languages (default: all but the source).")
        parser.add_argument("--summary", action="store_true", help="Only the counts per language.")

    def handle(self, *args, languages, summary, **options):
        source_language = settings.LANGUAGE_CODE
        languages = languages or [code for code, _name in settings.LANGUAGES if code != source_language]
        files = read_content()
        sources = {f.key: f for f in files if f.language == source_language}
        by_language = {(f.key, f.language): f for f in files}
        failed = False
        for language in languages:
            missing, incomplete, shares = [], [], []
            for key, source in sorted(sources.items()):
                translation = by_language.get((key, language))
                if translation is None:
                    missing.append(key)
                    continue
                shares.append(share_matching(source, translation))
                if problems := differences(source, translation):
                    incomplete.append((key, problems))
            share = sum(shares) / len(sources) if sources else 1.0
            self.stdout.write(
                f"{language}: {len(sources) - len(missing)} of {len(sources)} pages, "
                f"{len(incomplete)} with differences, structure matching {share:.0%}"
            )
            if not summary:
                for key in missing:
                    self.stdout.write(f"  {key}: no translation")
                for key, problems in incomplete:
                    self.stdout.write(f"  {key}:")
                    for problem in problems:
                        self.stdout.write(f"    {problem}")
            failed = failed or bool(missing or incomplete)
        if failed:
            raise CommandError("Some translations are missing or carry less than their German source.")
