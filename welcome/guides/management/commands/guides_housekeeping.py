"""Run every few minutes (cron): expiry, retention, mail retries, coordinator alerts."""

from django.core.management.base import BaseCommand

from welcome.guides.services.housekeeping import run_housekeeping


class Command(BaseCommand):
    help = (
        "Deletes and expires per settings.WELCOME, retries queued mail, alerts coordinators about unanswered requests."
    )

    def handle(self, *args, **options):
        done = run_housekeeping()
        if done is None:
            self.stdout.write("Another housekeeping run is still working; nothing done.")
            return
        self.stdout.write(", ".join(f"{name.replace('_', ' ')}: {count}" for name, count in done.items()))
