from django.db import migrations

from welcome.search import fulltext_schema


def create(apps, schema_editor):
    fulltext_schema.create(schema_editor)


def drop(apps, schema_editor):
    fulltext_schema.drop(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_vocabulary")]

    operations = [migrations.RunPython(create, drop)]
