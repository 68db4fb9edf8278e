"""Texts kept as wagtail-localize translatable snippets: made, read and checked as its editor does (decision 0021).

A text row in German is the source; its translations are rows of the same model in other locales,
made by wagtail-localize from string translations. The seed files' translations are created through
the same objects (translation source, string translations, Translation.save_target), so the
translation editor opens them and "Sync translated snippets" works on them.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Exists, F, OuterRef
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue

from .languages import fallback_chain

# Marks string translations that came with the seed files: readers see "not yet reviewed by a person"
# until a translator saves the string in the translation editor (which clears the tool name).
SEED_TOOL_NAME = "welcome.ruhr starting data, not yet reviewed by a person"


class TranslatedTextQuerySet(models.QuerySet):
    def readable_in(self, language):
        """The rows in `language` and its fallback languages, each annotated for text_in.

        `language` is the row's language code; `unreviewed` is true while a string of it is still
        the seed's; `incomplete` is true for a wagtail-localize translation one of whose strings is
        not translated (wagtail-localize then fills in the German, which must not pass for `language`).
        All in the one query that reads the rows.
        """
        source_segments = StringSegment.objects.filter(
            source__object_id=OuterRef("translation_key"), source__locale__language_code=settings.LANGUAGE_CODE
        )
        untranslated = source_segments.exclude(
            Exists(
                StringTranslation.objects.filter(
                    translation_of=OuterRef("string"), context=OuterRef("context"), locale=OuterRef(OuterRef("locale"))
                )
            )
        )
        managed = Translation.objects.filter(
            source__object_id=OuterRef("translation_key"),
            source__locale__language_code=settings.LANGUAGE_CODE,
            target_locale=OuterRef("locale"),
            enabled=True,
        )
        # From the row's contexts to their strings: joined the other way round, PostgreSQL hashed every
        # seeded string of the portal (a scan of all string translations) for each query, 3 of its 6 ms.
        seeded = TranslationContext.objects.filter(
            Exists(
                StringTranslation.objects.filter(
                    context=OuterRef("pk"), locale=OuterRef(OuterRef("locale")), tool_name=SEED_TOOL_NAME
                )
            ),
            object_id=OuterRef("translation_key"),
        )
        return self.filter(locale__language_code__in=[language, *fallback_chain(language)]).annotate(
            language=F("locale__language_code"),
            unreviewed=Exists(seeded),
            incomplete=Exists(managed) & Exists(untranslated),
        )


def text_in(rows, language):
    """(row, its language) from rows read with readable_in: the reader's language, else the next in
    their fallback chain; (None, language) when there is none."""
    by_language = {row.language: row for row in rows if not row.incomplete}
    for code in [language, *fallback_chain(language)]:
        if code in by_language:
            return by_language[code], code
    return None, language


def _string_data(text):
    """A plain text as wagtail-localize stores it in a string (escaped, line breaks as <br>)."""
    return StringValue.from_plaintext(text).data


def _check_languages(codes):
    """ValueError naming every code that is not a language a German text can be translated into."""
    allowed = set(dict(settings.LANGUAGES)) - {settings.LANGUAGE_CODE}
    unknown = sorted(set(codes) - allowed)
    if unknown:
        raise ValueError(f"translations in unknown languages: {', '.join(unknown)}")


def add_translations(source_row, texts, tool_name=SEED_TOOL_NAME, translation_type="machine"):
    """Translates a German row into each language of `texts` ({code: {field: text}}) it has no translation in.

    A translation that exists is never replaced, so a translator's work survives reloads. Returns
    how many translations were made.
    """
    _check_languages(texts)
    model = type(source_row)
    existing = set(
        model.objects.filter(translation_key=source_row.translation_key).values_list("locale__language_code", flat=True)
    )
    missing = {code: fields for code, fields in texts.items() if code not in existing}
    if not missing:
        return 0
    source, _created = TranslationSource.get_or_create_from_instance(source_row)
    segments = {
        segment.context.path: segment
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context")
    }
    for code, fields in missing.items():
        locale, _created = Locale.objects.get_or_create(language_code=code)
        for path, text in fields.items():
            if not text:
                continue  # nothing to translate: the German stays until a translator writes one
            segment = segments[path]
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": _string_data(text), "translation_type": translation_type, "tool_name": tool_name},
            )
        translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
        translation.save_target()
    return len(missing)


def outdated_translations(model):
    """The enabled Translations of `model`'s German rows whose words changed since wagtail-localize last read them.

    Compared are the segments wagtail-localize translates (what a translator would have to look at
    again), not the whole row: a fact changed on the German row reaches readers at once.
    "Sync translated snippets" (TranslationSource.update_from_db, then Translation.save_target)
    brings the translations up to date.
    """
    sources = TranslationSource.objects.filter(
        specific_content_type=ContentType.objects.get_for_model(model), locale__language_code=settings.LANGUAGE_CODE
    ).prefetch_related("translations__target_locale")
    rows = model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    rows = {row.translation_key: row for row in rows.filter(translation_key__in=[s.object_id for s in sources])}
    outdated = []
    for source in sources:
        row = rows.get(source.object_id)
        if row is not None and extract_segments(row) != extract_segments(source.as_instance()):
            outdated += [translation for translation in source.translations.all() if translation.enabled]
    return outdated
