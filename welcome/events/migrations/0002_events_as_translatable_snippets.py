"""Events become translatable snippets (decision 0021): every event is a German row with a locale and
a translation key, and each EventText a wagtail-localize translation of it, made as the sample
loader makes them.

The conversion of the texts uses the current models and wagtail-localize's own functions (a
translation source and a translation are more than rows); it runs only where there are texts.
"""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def german_rows(apps, schema_editor):
    Event = apps.get_model("events", "Event")
    Locale = apps.get_model("wagtailcore", "Locale")
    if not Event.objects.exists():
        return
    german, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for event in Event.objects.all():
        event.translation_key = uuid.uuid4()
        event.locale_id = german.pk
        event.save(update_fields=["translation_key", "locale"])


def translations_from_event_texts(apps, schema_editor):
    EventText = apps.get_model("events", "EventText")
    if not EventText.objects.exists():
        return
    from welcome.core.translated_texts import add_translations
    from welcome.events.models import Event

    for event in Event.objects.filter(pk__in=EventText.objects.values("event_id")):
        texts = {
            text.language: {"title": text.title, "description": text.description}
            for text in EventText.objects.filter(event_id=event.pk)
        }
        add_translations(event, texts)


def event_texts_from_translations(apps, schema_editor):
    """Backwards: each translated row becomes an EventText of its German event again."""
    Event = apps.get_model("events", "Event")
    EventText = apps.get_model("events", "EventText")
    german = {
        event.translation_key: event.pk
        for event in Event.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    }
    translations = Event.objects.exclude(locale__language_code=settings.LANGUAGE_CODE).select_related("locale")
    for translation in translations:
        if translation.translation_key in german:
            EventText.objects.create(
                event_id=german[translation.translation_key],
                language=translation.locale.language_code,
                title=translation.title,
                description=translation.description,
            )
    translations.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.AddField(
            model_name="event",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.AddField(
            model_name="event",
            name="locale",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.RunPython(german_rows, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="event",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="event",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="event",
            unique_together={("translation_key", "locale")},
        ),
        migrations.AlterField(
            model_name="event",
            name="title",
            field=models.CharField(max_length=200, verbose_name="title"),
        ),
        migrations.AlterField(
            model_name="event",
            name="description",
            field=models.TextField(verbose_name="description"),
        ),
        migrations.RunPython(translations_from_event_texts, event_texts_from_translations),
        migrations.DeleteModel(
            name="EventText",
        ),
    ]
