"""Descriptions become translatable snippets (decision 0021): each German description becomes a
PlaceDescription, each PlaceText a wagtail-localize translation of it, made as the seed makes them.

The conversion uses the current models and wagtail-localize's own functions (a translation source
and a translation are more than rows); it runs only where there are descriptions to convert. A
translation whose place has no German description has nothing to translate from: it is kept in
the place's editor note, so nothing is lost.
"""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def descriptions_from_place_texts(apps, schema_editor):
    HistoricalPlace = apps.get_model("places", "Place")
    PlaceText = apps.get_model("places", "PlaceText")
    if not (HistoricalPlace.objects.exclude(description="").exists() or PlaceText.objects.exists()):
        return
    from wagtail.models import Locale

    from welcome.core.translated_texts import add_translations
    from welcome.places.models import PlaceDescription

    german, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for place in HistoricalPlace.objects.all():
        texts = {text.language: text.description for text in PlaceText.objects.filter(place=place) if text.description}
        if place.description:
            source = PlaceDescription.objects.create(place_id=place.pk, locale=german, text=place.description)
            add_translations(source, {code: {"text": text} for code, text in texts.items()})
        elif texts:
            kept = "\n\n".join(f"[{code}] {text}" for code, text in sorted(texts.items()))
            place.editor_note = f"{place.editor_note}\n\nTranslations without a German description:\n{kept}".strip()
            place.save(update_fields=["editor_note"])


def place_texts_from_descriptions(apps, schema_editor):
    """Backwards: the German description goes back onto its place, each translation into a PlaceText."""
    PlaceDescription = apps.get_model("places", "PlaceDescription")
    Place = apps.get_model("places", "Place")
    PlaceText = apps.get_model("places", "PlaceText")
    for description in PlaceDescription.objects.select_related("locale"):
        code = description.locale.language_code
        if code == settings.LANGUAGE_CODE:
            Place.objects.filter(pk=description.place_id).update(description=description.text)
        else:
            PlaceText.objects.create(place_id=description.place_id, language=code, description=description.text)


class Migration(migrations.Migration):

    dependencies = [
        ('places', '0002_place_sources'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
        ('wagtail_localize', '0016_rename_page_revision_translationlog_revision'),
    ]

    operations = [
        migrations.CreateModel(
            name='PlaceDescription',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('text', models.TextField(verbose_name='what they do')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                ('place', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='descriptions', to='places.place', verbose_name='office or service')),
            ],
            options={
                'verbose_name': 'description of an office or service',
                'verbose_name_plural': 'descriptions of offices and services',
                'abstract': False,
            },
        ),
        migrations.AddConstraint(
            model_name='placedescription',
            constraint=models.UniqueConstraint(fields=('place', 'locale'), name='place_description_once_per_language'),
        ),
        migrations.AlterUniqueTogether(
            name='placedescription',
            unique_together={('translation_key', 'locale')},
        ),
        migrations.RunPython(descriptions_from_place_texts, place_texts_from_descriptions),
        migrations.RemoveField(
            model_name='place',
            name='description',
        ),
        migrations.DeleteModel(
            name='PlaceText',
        ),
    ]
