"""Languages an office, a service or an event offers, and a model field that stores a list of them.

Offices and events in the Ruhr work in far more languages than the portal's ten; names come from
Django's own translated list, so "Persian" reads "الفارسية" for an Arabic reader.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

# ISO 639 codes Django knows, the portal's languages first; the order is the order of the checkboxes.
OFFERED_LANGUAGES = [
    "de",
    "en",
    "ar",
    "tr",
    "uk",
    "ru",
    "pl",
    "ro",
    "es",
    "fr",
    "fa",
    "it",
    "pt",
    "el",
    "bg",
    "hr",
    "sr",
    "sq",
    "hu",
    "vi",
    "zh-hans",
    "hi",
    "ur",
    "bn",
    "ta",
    "ckb",
]


def offered_language_name(code):
    """The language's name in the reader's language, or the code when we do not know it."""
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code


def offered_language_choices():
    return [(code, offered_language_name(code)) for code in OFFERED_LANGUAGES]


class LanguageListField(models.CharField):
    """A list of language codes in one column, stored as ",de,en,ar," so that
    `field__contains=",ar,"` finds every row offering Arabic on SQLite and PostgreSQL alike
    (JSON containment does not work on SQLite). Use `LanguageListField.lookup(code)`.
    """

    description = _("languages")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 300)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    @staticmethod
    def lookup(code):
        return f",{code},"

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if isinstance(value, (list, tuple)):
            return [code for code in value if code]
        return [code for code in (value or "").split(",") if code]

    def get_prep_value(self, value):
        if isinstance(value, str):
            # A plain string is a lookup value (",ar,"), not a list.
            return value
        codes = self.to_python(value)
        return f",{','.join(codes)}," if codes else ""

    def value_to_string(self, obj):
        return ",".join(self.value_from_object(obj))

    def validate(self, value, model_instance):
        unknown = [code for code in value if code not in OFFERED_LANGUAGES]
        if unknown:
            raise ValidationError(_("Unknown language code: %(codes)s"), params={"codes": ", ".join(unknown)})

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=offered_language_choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )
