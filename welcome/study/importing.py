"""Loading programmes from a university's export: CSV rows checked one by one, saved all together or not at all.

The columns are documented in docs/study-programmes.md. A row names a programme by its official
name and degree; an existing programme of that university with the same name and degree is
updated, any other is added. German is the source language of the entries (wagtail-localize).
"""

import csv
import io
from dataclasses import dataclass, field

from django import forms
from django.db import models, transaction
from wagtail.models import Locale

from .models import Programme

COLUMNS = [
    "name",
    "name_language",
    "name_translation",
    "degree",
    "subject_area",
    "teaching_language",
    "city",
    "campus",
    "standard_semesters",
    "language_level",
    "start",
    "admission",
    "application_route",
    "deadline_international",
    "semester_fee",
    "official_url",
    "source_url",
    "checked_on",
    "confirmed",
    "editor_note",
]
REQUIRED_COLUMNS = ["name", "name_language", "official_url"]
TRUE_WORDS = {"yes", "true", "1", "ja", "x"}
FALSE_WORDS = {"", "no", "false", "0", "nein"}


def _formfield(model_field, **kwargs):
    if isinstance(model_field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return model_field.formfield(**kwargs)


class ProgrammeRowForm(forms.ModelForm):
    """One row's values, validated by the model's own rules (choices, URLs, dates, confirmation)."""

    confirmed = forms.CharField(required=False)

    class Meta:
        model = Programme
        formfield_callback = _formfield
        fields = [column for column in COLUMNS if column != "confirmed"]

    def clean_confirmed(self):
        value = self.cleaned_data["confirmed"].strip().lower()
        if value not in TRUE_WORDS | FALSE_WORDS:
            raise forms.ValidationError("write yes or no")
        return value in TRUE_WORDS

    def _post_clean(self):
        self.instance.confirmed = self.cleaned_data.get("confirmed", False)
        super()._post_clean()


@dataclass
class ImportReport:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)


class ImportFailed(Exception):
    """The file was not imported; `problems` lists (line, reason) for every broken row."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("; ".join(f"line {line}: {reason}" for line, reason in problems))


def _reason(form):
    return "; ".join(
        f"{name}: {' '.join(messages)}" if name != "__all__" else " ".join(messages)
        for name, messages in form.errors.items()
    )


def _rows(text):
    reader = csv.DictReader(io.StringIO(text))
    missing = [column for column in REQUIRED_COLUMNS if column not in (reader.fieldnames or [])]
    if missing:
        raise ImportFailed([(1, f"missing columns: {', '.join(missing)}")])
    unknown = [column for column in reader.fieldnames if column not in COLUMNS]
    if unknown:
        raise ImportFailed([(1, f"unknown columns: {', '.join(unknown)}")])
    for row in reader:
        yield reader.line_num, {key: (value or "").strip() for key, value in row.items() if key}


def import_programmes(university, text):
    """Imports the CSV text for one university; raises ImportFailed and saves nothing if any row is broken."""
    locale = Locale.get_default()
    existing = {(p.name, p.degree): p for p in Programme.objects.filter(university=university, locale=locale)}
    checked, problems, seen = [], [], set()
    for line, row in _rows(text):
        data = {column: row.get(column, "") for column in COLUMNS}
        key = (data["name"], data["degree"])
        if key in seen:
            problems.append((line, "the same programme (name and degree) appears twice in the file"))
            continue
        seen.add(key)
        instance = existing.get(key) or Programme(university=university, locale=locale)
        form = ProgrammeRowForm(data, instance=instance)
        if form.is_valid():
            checked.append(form)
        else:
            problems.append((line, _reason(form)))
    if problems:
        raise ImportFailed(problems)
    report = ImportReport()
    with transaction.atomic():
        for form in checked:
            is_new = form.instance.pk is None
            programme = form.save()
            (report.created if is_new else report.updated).append(programme)
    return report
