"""Loading the path check's first rules from data/: creates what is missing, keeps what editors changed.

The amounts the rules compare with are the content app's figures (welcome/content/data/figures.yaml).
A step's German text (texts/de.yaml) becomes its source StepText; the other languages' files become
wagtail-localize translations of it, made as a translator would make them and marked as not yet
reviewed by a person (welcome.core.translated_texts).
"""

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from wagtail.models import Locale, Page

from welcome.content.figure_seed import load_figures
from welcome.content.figures import Figure
from welcome.core.translated_texts import add_translations
from welcome.demo.loader.files import translation_key_for

from .models import ChecklistStep, Operator, StepCondition, StepText

DATA_DIR = Path(__file__).resolve().parent / "data"
RULES_FILE = DATA_DIR / "rules.yaml"
TEXTS_DIR = DATA_DIR / "texts"
STEP_FIELDS = ["phase", "position", "group", "city_place_kind", "portal_link", "editor_note"]


@dataclass
class RulesReport:
    steps: list = field(default_factory=list)
    texts: int = 0
    missing_pages: list = field(default_factory=list)


def parse_condition(text):
    """ "qualification_level in degree vocational" -> ("qualification_level", "in", ["degree", "vocational"])."""
    parts = text.split()
    if len(parts) < 3 or parts[1] not in Operator.values:
        raise ValidationError(
            f"Cannot read the condition {text!r}: write '<fact> <in|not_in|at_least|below> <values>'."
        )
    return parts[0], parts[1], parts[2:]


def read_texts(texts_dir=TEXTS_DIR):
    """{language: {step key: {"title": …, "text": …}}} from texts/<language>.yaml."""
    known = {code for code, _name in settings.LANGUAGES}
    texts = {}
    for path in sorted(Path(texts_dir).glob("*.yaml")):
        if path.stem not in known:
            raise ValidationError(f"{path.name}: {path.stem} is not one of the portal's languages.")
        texts[path.stem] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return texts


@transaction.atomic
def load_rules(rules_file=RULES_FILE, texts_dir=TEXTS_DIR):
    """Creates steps that do not exist yet (by key), and texts in languages a step lacks.

    Nothing that exists is changed: once editors maintain a rule in the admin, this file no longer
    speaks for it. Running the load twice changes nothing.
    """
    data = yaml.safe_load(Path(rules_file).read_text(encoding="utf-8"))
    texts = read_texts(texts_dir)
    report = RulesReport()
    load_figures()
    for entry in data.get("steps", []):
        step = ChecklistStep.objects.filter(key=entry["key"]).first()
        if step is None:
            step = _create_step(entry, report)
            report.steps.append(step.key)
        report.texts += _add_missing_texts(step, texts)
    return report


def _create_step(entry, report):
    page = _page(entry.get("page"))
    if entry.get("page") and page is None:
        report.missing_pages.append(entry["page"])
    step = ChecklistStep(
        key=entry["key"],
        page=page,
        place_slug=entry.get("place", ""),
        **{name: entry[name] for name in STEP_FIELDS if name in entry},
    )
    _validate(step, entry["key"])
    step.save()
    for text in entry.get("conditions", []):
        fact, operator, values = parse_condition(text)
        condition = StepCondition(step=step, fact=fact, operator=operator)
        if fact == "salary":
            condition.figure = Figure.objects.filter(key=values[0]).first()
            if condition.figure is None:
                raise ValidationError(f"{entry['key']}: {text}: there is no figure {values[0]!r} (figures.yaml).")
        else:
            condition.values = ", ".join(values)
        _validate(condition, f"{entry['key']}: {text}")
        condition.save()
    return step


def _add_missing_texts(step, texts):
    """Adds the German text a step lacks, then translates it into each language the step lacks."""
    german = step.texts.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    added = 0
    if german is None:
        entry = texts.get(settings.LANGUAGE_CODE, {}).get(step.key)
        if entry is None:
            return 0  # nothing to translate from
        # Translations left from an earlier German text keep belonging to the step's new one.
        key = step.texts.values_list("translation_key", flat=True).first()
        german = StepText(step=step, locale=Locale.get_default(), **_fields(entry))
        if key:
            german.translation_key = key
        _validate(german, f"{step.key} ({settings.LANGUAGE_CODE})")
        german.save()
        added += 1
    translations = {
        code: _fields(by_step[step.key])
        for code, by_step in texts.items()
        if code != settings.LANGUAGE_CODE and step.key in by_step
    }
    try:
        added += add_translations(german, translations)
    except ValidationError as error:
        raise ValidationError(f"{step.key}: {error.messages}") from error
    return added


def _fields(entry):
    return {"title": entry["title"].strip(), "text": entry["text"].strip()}


def _page(content_key):
    """The German page of a content key (the loader's translation key); readers get their language's copy."""
    if not content_key:
        return None
    return Page.objects.filter(
        translation_key=translation_key_for(content_key), locale__language_code=settings.LANGUAGE_CODE
    ).first()


def _validate(instance, name):
    try:
        instance.full_clean(exclude=["step"])
    except ValidationError as error:
        raise ValidationError(f"{name}: {error.messages}") from error
