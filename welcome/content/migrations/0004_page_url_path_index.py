"""An index on wagtailcore_page.url_path, which Wagtail does not index.

HomePage.route finds a page, its ancestors and its translations by url_path in one query
(docs/decisions/0024): without an index both engines read every page row for each uncached
page view, so its cost grew with the size of the portal.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0003_figure"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS content_page_url_path ON wagtailcore_page (url_path)",
            "DROP INDEX IF EXISTS content_page_url_path",
        ),
    ]
