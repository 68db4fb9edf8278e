"""Makes every imported translation a wagtail-localize translation of its German source page.

The content files seed a fresh portal, but what they create must be what an editor would have
made in wagtail-localize: a TranslationSource for the German page, a Translation per language,
and a translated string for every source segment. Then the translation editor opens the page,
shows which segments changed when the German page changes, and "Sync translated pages" works.

Segments are paired by their content path and order: the loader gives the n-th block of a
translation the same id as the n-th block of its source (blocks.BlockIds), so equal structure
means equal paths. A path whose segment count differs is left untranslated in wagtail-localize
and counted, so an editor sees it in the translation editor (check_translations names it too).
"""

import json
from collections import defaultdict
from dataclasses import dataclass

from django.utils import timezone
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import OverridableSegmentValue, StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue, validate_translation_links

TOOL_NAME = "welcome.ruhr content files"


@dataclass
class RegisterReport:
    translations: int = 0
    strings: int = 0
    unmatched: int = 0


def _by_path(items, path_of=lambda value: value.path):
    grouped = defaultdict(list)
    for item in items:
        grouped[path_of(item)].append(item)
    return grouped


def _has_error(source_data, data):
    if "<" not in data:
        return False  # plain text: no markup to be malformed, no link ids (parsing it cost a tenth of the load)
    try:
        StringValue.from_translated_html(data)
        validate_translation_links(source_data, data)
    except ValueError:
        return True
    return False


def _string_translation(segment, locale, data, now):
    has_error = _has_error(segment.string.data, data)
    return StringTranslation(
        translation_of=segment.string,
        locale=locale,
        context=segment.context,
        data=data,
        translation_type="manual",
        tool_name=TOOL_NAME,
        updated_at=now,
        has_error=has_error,
    )


class _SourceSegments:
    """The segments of each source, read once for all of its translations."""

    def __init__(self):
        self._strings, self._overridables = {}, {}

    def strings(self, source):
        if source.pk not in self._strings:
            segments = StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order")
            self._strings[source.pk] = _by_path(segments, lambda segment: segment.context.path)
        return self._strings[source.pk]

    def overridables(self, source):
        if source.pk not in self._overridables:
            self._overridables[source.pk] = list(
                OverridableSegment.objects.filter(source=source).select_related("context")
            )
        return self._overridables[source.pk]


def _strings_for(source, translated_page, report, now, source_segments):
    translated = extract_segments(translated_page.specific)
    strings = _by_path(v for v in translated if isinstance(v, StringSegmentValue))
    rows = []
    for path, segments in source_segments.strings(source).items():
        candidates = strings.get(path, [])
        if len(candidates) != len(segments):
            report.unmatched += len(segments)
            continue
        rows += [
            _string_translation(segment, translated_page.locale, value.string.data, now)
            for segment, value in zip(segments, candidates, strict=True)
        ]
    StringTranslation.objects.bulk_create(rows)
    report.strings += len(rows)

    overrides = {v.path: v.data for v in translated if isinstance(v, OverridableSegmentValue)}
    SegmentOverride.objects.bulk_create(
        SegmentOverride(locale=translated_page.locale, context=segment.context, data_json=data_json)
        for segment, data_json in _with_translated_data(source_segments.overridables(source), overrides)
    )


def _with_translated_data(source_overridables, overrides):
    """Overridable values (URLs) where the translation uses another address than its source."""
    for segment in source_overridables:
        value = overrides.get(segment.context.path)
        if value is not None and value != json.loads(segment.data_json):
            yield segment, json.dumps(value)


def register_translations(pages):
    """Registers each (source page, translated page) pair that wagtail-localize does not know yet."""
    report = RegisterReport()
    now = timezone.now()
    source_segments = _SourceSegments()
    for source_page, translated_page in pages:
        source, _created = TranslationSource.get_or_create_from_instance(source_page)
        translation, created = Translation.objects.get_or_create(
            source=source,
            target_locale=translated_page.locale,
            defaults={"translations_last_updated_at": now, "destination_last_updated_at": now},
        )
        if not created:
            continue
        _strings_for(source, translated_page, report, now, source_segments)
        report.translations += 1
    return report
