"""The path check's rules, as data editors maintain in the admin (Snippets › Path check).

A checklist step applies when all of its conditions hold. Steps that share a group exclude each
other: only the first that applies is shown (this is how one residence route is chosen). Amounts
such as the EU Blue Card salary are the content app's figures, the same ones the pages show; step
texts name them as {figure-key}, so a new amount changes every page, text and rule at once.

A step's title and explanation are a translatable snippet (StepText, decision 0021): the German
row is the source, wagtail-localize makes the other languages, and a reader whose language is
missing gets the next language of their fallback chain.
"""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from welcome.content.figures import Figure
from welcome.core.translated_texts import TranslatedTextQuerySet, text_in

from . import questions

GERMAN_ORDER = [code for code, _label in questions.GERMAN_LEVELS]
ROUTE_GROUP = "route"
PLACEHOLDER = re.compile(r"\{([a-z0-9-]+)\}")


class Phase(models.TextChoices):
    BEFORE_DEPARTURE = "before", _("Before you leave")
    FIRST_WEEKS = "weeks", _("In your first two weeks")
    FIRST_MONTHS = "months", _("In your first months")


class PortalLink(models.TextChoices):
    """Parts of the portal a step can send the reader to, filled in with their language and city."""

    GUIDES = "guides", _("Welcome.Guides who speak the reader's language")
    PLACES = "places", _("Offices and services in the reader's city")
    EVENTS = "events", _("Events in the reader's city")
    STUDY = "study", _("Study programmes, in English when the reader's German is not yet B2")


class PlaceKindLink(models.TextChoices):
    """Kinds of office a step can link in the reader's chosen city (the directory's kind codes)."""

    FOREIGNERS_OFFICE = "foreigners_office", _("Foreigners' office")
    REGISTRATION_OFFICE = "registration_office", _("Registration office")
    WELCOME_CENTRE = "welcome_centre", _("Welcome centre or office")
    MIGRATION_COUNSELLING = "migration_counselling", _("Migration counselling")
    LANGUAGE_COURSES = "language_courses", _("Language courses")
    EMPLOYMENT_AGENCY = "employment_agency", _("Employment agency and job centre")
    HIGHER_EDUCATION = "higher_education", _("University or university of applied sciences")
    CHAMBER = "chamber", _("Chamber of industry or crafts")


class ChecklistStep(ClusterableModel):
    """One thing to do, with when it is due and for whom it applies."""

    key = models.SlugField(_("key"), max_length=60, unique=True)
    phase = models.CharField(_("when"), max_length=10, choices=Phase.choices)
    position = models.PositiveSmallIntegerField(_("position"), default=100, help_text=_("Lower comes first."))
    group = models.SlugField(
        _("group"),
        max_length=40,
        blank=True,
        help_text=_('Of the steps in one group only the first that applies is shown. "route" is the residence route.'),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("portal page that explains it"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    place_slug = models.SlugField(
        _("office (short name in the directory)"),
        max_length=80,
        blank=True,
        help_text=_("A single office for everyone, for example zab."),
    )
    city_place_kind = models.CharField(
        _("office of this kind in the reader's city"),
        max_length=30,
        choices=PlaceKindLink.choices,
        blank=True,
    )
    portal_link = models.CharField(
        _("link to a part of the portal"), max_length=20, choices=PortalLink.choices, blank=True
    )
    active = models.BooleanField(_("active"), default=True)
    editor_note = models.TextField(_("note for editors"), blank=True)

    class Meta:
        ordering = ["phase", "position", "key"]
        verbose_name = _("checklist step")
        verbose_name_plural = _("checklist steps")

    def __str__(self):
        text = self.texts.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        return f"{self.key}: {text.title}" if text else self.key

    def applies_to(self, facts):
        return all(condition.holds(facts) for condition in self.conditions.all())

    def text_for(self, language):
        """(StepText, its language) for the reader, from the texts prefetched with
        StepText.objects.readable_in(language); (None, language) when the step has none."""
        return text_in(self.texts.all(), language)


class StepText(TranslatableMixin, models.Model):
    """A step's title and explanation in one language: German is the source, the rest its translations."""

    step = models.ForeignKey(
        ChecklistStep, verbose_name=_("checklist step"), on_delete=models.CASCADE, related_name="texts"
    )
    title = models.CharField(_("what to do"), max_length=200)
    text = models.TextField(
        _("explanation"), help_text=_("Plain text; an empty line starts a new paragraph. {key} shows a figure.")
    )

    # The step is the same in every language; only the words are translated.
    translatable_fields = [
        SynchronizedField("step", overridable=False),
        TranslatableField("title"),
        TranslatableField("text"),
    ]

    objects = TranslatedTextQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        constraints = [models.UniqueConstraint(fields=["step", "locale"], name="step_text_once_per_locale")]
        verbose_name = _("text")
        verbose_name_plural = _("texts")

    def __str__(self):
        return self.step.key

    def clean(self):
        known = set(Figure.objects.values_list("key", flat=True))
        unknown = {key for key in PLACEHOLDER.findall(f"{self.title} {self.text}") if key not in known}
        if unknown:
            raise ValidationError(
                {"text": _("There is no figure called %(keys)s.") % {"keys": ", ".join(sorted(unknown))}}
            )


class Fact(models.TextChoices):
    """What a condition can look at: an answer, or a fact derived from the answers (questions.Answers.facts)."""

    PURPOSE = "purpose", _("Purpose")
    WHERE_NOW = "where_now", _("Where the reader lives now")
    CITIZENSHIP = "citizenship", _("Citizenship (country code, for example IN)")
    CITIZENSHIP_GROUP = "citizenship_group", _("Citizenship group: eu (EU, EEA, Switzerland) or other")
    PARTNER_PERMIT = "partner_permit", _("Citizenship or permit of the partner in Germany")
    QUALIFICATION = "qualification", _("Qualification: degree, vocational, school or none")
    QUALIFICATION_COUNTRY = "qualification_country", _("Where the qualification was gained: germany, eu or other")
    FIELD = "field", _("Field of the qualification")
    RECOGNISED = "recognised", _("Recognition of the qualification")
    JOB_OFFER = "job_offer", _("Job offer: yes or no")
    SALARY = "salary", _("Gross annual salary")
    GERMAN = "german", _("German level")
    FAMILY = "family", _("Family coming along")
    CITY = "city", _("City or district")


class Operator(models.TextChoices):
    IS_ONE_OF = "in", _("is one of")
    IS_NONE_OF = "not_in", _("is none of")
    AT_LEAST = "at_least", _("is at least")
    BELOW = "below", _("is below")


def fact_vocabulary(fact):
    """The codes a condition on this fact may name; None for free codes (country codes)."""
    return {
        Fact.PURPOSE: questions.PURPOSES,
        Fact.WHERE_NOW: questions.WHERE_NOW,
        Fact.CITIZENSHIP_GROUP: [("eu", ""), ("other", "")],
        Fact.PARTNER_PERMIT: questions.PARTNER_PERMITS,
        Fact.QUALIFICATION: questions.QUALIFICATIONS,
        Fact.QUALIFICATION_COUNTRY: questions.QUALIFICATION_COUNTRIES,
        Fact.FIELD: questions.FIELDS,
        Fact.RECOGNISED: questions.RECOGNITION,
        Fact.JOB_OFFER: [("yes", ""), ("no", "")],
        Fact.GERMAN: questions.GERMAN_LEVELS,
        Fact.FAMILY: questions.FAMILY,
        Fact.CITY: [*questions.CHOICES["city"](None)],
    }.get(fact)


class StepCondition(models.Model):
    """One condition of a step, for example "purpose is one of work_offer, job_search"."""

    step = ParentalKey(ChecklistStep, on_delete=models.CASCADE, related_name="conditions")
    fact = models.CharField(_("answer"), max_length=30, choices=Fact.choices)
    operator = models.CharField(_("rule"), max_length=10, choices=Operator.choices, default=Operator.IS_ONE_OF)
    values = models.CharField(
        _("values"),
        max_length=300,
        blank=True,
        help_text=_("Codes separated by commas, for example: work_offer, job_search. For German levels: a1, b1 …"),
    )
    figure = models.ForeignKey(
        Figure,
        verbose_name=_("figure"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="path_conditions",
        help_text=_("For salary rules: the amount to compare with."),
    )

    class Meta:
        verbose_name = _("condition")
        verbose_name_plural = _("conditions")

    def __str__(self):
        target = self.figure.key if self.figure_id else self.values
        return f"{self.fact} {self.operator} {target}"

    @property
    def codes(self):
        return [code.strip() for code in self.values.split(",") if code.strip()]

    def clean(self):
        if self.fact == Fact.SALARY:
            if self.operator not in (Operator.AT_LEAST, Operator.BELOW) or not self.figure_id:
                raise ValidationError(
                    _("A salary rule compares with a figure: choose “is at least” or “is below” and a figure.")
                )
            return
        if self.operator in (Operator.AT_LEAST, Operator.BELOW):
            if self.fact != Fact.GERMAN or len(self.codes) != 1:
                raise ValidationError(
                    _("“is at least” and “is below” work with one German level or with a salary figure.")
                )
        if not self.codes:
            raise ValidationError({"values": _("Name at least one value.")})
        vocabulary = fact_vocabulary(self.fact)
        if vocabulary is not None:
            known = {code for code, _label in vocabulary}
            unknown = [code for code in self.codes if code not in known]
            if unknown:
                raise ValidationError(
                    {
                        "values": _("Unknown values: %(unknown)s. Allowed: %(known)s.")
                        % {"unknown": ", ".join(unknown), "known": ", ".join(sorted(known))}
                    }
                )

    def holds(self, facts):
        value = facts.get(self.fact)
        if self.fact == Fact.SALARY:
            if value is None:
                return False
            return value >= self.figure.value if self.operator == Operator.AT_LEAST else value < self.figure.value
        if self.operator in (Operator.AT_LEAST, Operator.BELOW):
            if value not in GERMAN_ORDER or self.codes[:1] == [] or self.codes[0] not in GERMAN_ORDER:
                return False
            reached = GERMAN_ORDER.index(value) >= GERMAN_ORDER.index(self.codes[0])
            return reached if self.operator == Operator.AT_LEAST else not reached
        present = set(value) if isinstance(value, list) else {value}
        matches = bool(present & set(self.codes))
        return matches if self.operator == Operator.IS_ONE_OF else not matches
