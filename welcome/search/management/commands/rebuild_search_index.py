from django.core.management.base import BaseCommand

from welcome.search.indexing import rebuild_index


class Command(BaseCommand):
    help = "Indexes every live content page for the portal search."

    def handle(self, *args, **options):
        count = rebuild_index()
        self.stdout.write(f"Search index: {count} pages.")
