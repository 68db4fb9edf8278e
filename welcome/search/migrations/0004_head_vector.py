from django.db import migrations

from welcome.search import fulltext_schema


def create(apps, schema_editor):
    fulltext_schema.create_head(schema_editor)


def drop(apps, schema_editor):
    fulltext_schema.drop_head(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("search", "0003_fulltext")]

    operations = [migrations.RunPython(create, drop)]
