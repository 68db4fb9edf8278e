"""Step texts become translatable snippets (decision 0021): each step's German StepText is the source,
and its other languages become wagtail-localize translations of it, made as the seed makes them.

A text ticked "reviewed by a person" becomes a manual translation, the others are marked as the
seed's (not yet reviewed). The conversion uses the current models and wagtail-localize's own
functions (a translation source and a translation are more than rows) and runs only where there
are texts. Texts of a step without a German text have nothing to translate from: they stay as
they are, rows in their language that readers still read.
"""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def locales_and_keys(apps, schema_editor):
    StepText = apps.get_model("pathfinder", "StepText")
    Locale = apps.get_model("wagtailcore", "Locale")
    keys = {}
    for text in StepText.objects.all():
        text.locale_id = Locale.objects.get_or_create(language_code=text.language)[0].pk
        text.translation_key = keys.setdefault(text.step_id, uuid.uuid4())
        text.save(update_fields=["locale", "translation_key"])


def translations_from_step_texts(apps, schema_editor):
    HistoricalStepText = apps.get_model("pathfinder", "StepText")
    german_rows = HistoricalStepText.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    if not german_rows.exists():
        return
    from welcome.core.translated_texts import SEED_TOOL_NAME, add_translations
    from welcome.pathfinder.models import StepText

    for german in german_rows:
        others = list(HistoricalStepText.objects.filter(step_id=german.step_id).exclude(pk=german.pk))
        HistoricalStepText.objects.filter(pk__in=[text.pk for text in others]).delete()
        source = StepText.objects.get(pk=german.pk)
        for reviewed, tool_name, kind in ((True, "", "manual"), (False, SEED_TOOL_NAME, "machine")):
            texts = {
                text.language: {"title": text.title, "text": text.text}
                for text in others
                if text.reviewed_by_person == reviewed
            }
            add_translations(source, texts, tool_name=tool_name, translation_type=kind)


def languages_from_locales(apps, schema_editor):
    """Backwards: every row gets its language back; none counts as reviewed (nothing says who checked it)."""
    StepText = apps.get_model("pathfinder", "StepText")
    for text in StepText.objects.select_related("locale"):
        text.language = text.locale.language_code
        text.reviewed_by_person = False
        text.save(update_fields=["language", "reviewed_by_person"])


class Migration(migrations.Migration):
    dependencies = [
        ("pathfinder", "0004_figures_replace_thresholds"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [
        migrations.AddField(
            model_name="steptext",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.AddField(
            model_name="steptext",
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
        migrations.RunPython(locales_and_keys, migrations.RunPython.noop),
        migrations.RemoveConstraint(model_name="steptext", name="step_text_once_per_language"),
        migrations.AlterField(
            model_name="steptext",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="steptext",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="steptext",
            name="step",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="texts",
                to="pathfinder.checkliststep",
                verbose_name="checklist step",
            ),
        ),
        migrations.AlterUniqueTogether(name="steptext", unique_together={("translation_key", "locale")}),
        migrations.AddConstraint(
            model_name="steptext",
            constraint=models.UniqueConstraint(fields=("step", "locale"), name="step_text_once_per_locale"),
        ),
        # Nullable while the texts are converted: the current model no longer writes these columns.
        migrations.AlterField(
            model_name="steptext", name="language", field=models.CharField(max_length=8, null=True)
        ),
        migrations.AlterField(
            model_name="steptext", name="reviewed_by_person", field=models.BooleanField(null=True)
        ),
        migrations.RunPython(translations_from_step_texts, languages_from_locales),
        migrations.RemoveField(model_name="steptext", name="language"),
        migrations.RemoveField(model_name="steptext", name="reviewed_by_person"),
    ]
