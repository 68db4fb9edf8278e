"""Offices and services a newcomer to the Ruhr deals with: where they are, when they open, what they do.

Facts (address, hours, phone) exist once, on the place: an office that moves changes one row. Only
the description of what a place does is translated, as its own translatable snippet
(PlaceDescription, decision 0021): the German row is the source, wagtail-localize makes the others.
A reader whose language is missing gets the next language of their fallback chain, with the right
lang attribute, and every kind of place has a standard explanation in all ten languages besides.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from welcome.core.region import CityLabelMixin, city_choices
from welcome.core.translated_texts import TranslatedTextQuerySet, text_in

from .languages import LanguageListField, offered_language_name


class PlaceKind(models.TextChoices):
    FOREIGNERS_OFFICE = "foreigners_office", _("Foreigners' office")
    REGISTRATION_OFFICE = "registration_office", _("Registration office")
    WELCOME_CENTRE = "welcome_centre", _("Welcome centre or office")
    RECOGNITION = "recognition", _("Recognition of qualifications")
    CHAMBER = "chamber", _("Chamber of industry or crafts")
    HIGHER_EDUCATION = "higher_education", _("University or university of applied sciences")
    SCHOOL = "school", _("School")
    MIGRATION_COUNSELLING = "migration_counselling", _("Migration counselling")
    LANGUAGE_COURSES = "language_courses", _("Language courses")
    EMPLOYMENT_AGENCY = "employment_agency", _("Employment agency and job centre")


# What each kind of place does, in plain words: shown on every place of that kind, in every language.
KIND_EXPLANATIONS = {
    PlaceKind.FOREIGNERS_OFFICE: _(
        "Decides on residence permits, visas you extend in Germany, the EU Blue Card and family reunification."
    ),
    PlaceKind.REGISTRATION_OFFICE: _(
        "Registers your address (Anmeldung): due within two weeks of moving in; bring your passport and the landlord's confirmation."
    ),
    PlaceKind.WELCOME_CENTRE: _(
        "Helps skilled workers and students from abroad in one place: residence, registration and first advice."
    ),
    PlaceKind.RECOGNITION: _(
        "Checks whether your foreign degree or vocational qualification is equivalent to a German one."
    ),
    PlaceKind.CHAMBER: _(
        "Represents local businesses; advises on recognition of trade, industry or craft qualifications and on training."
    ),
    PlaceKind.HIGHER_EDUCATION: _(
        "Study and research; the international office advises students and researchers from abroad."
    ),
    PlaceKind.SCHOOL: _("A school for children and young people; ask early about places and admission."),
    PlaceKind.MIGRATION_COUNSELLING: _(
        "Free, confidential advice for immigrants on residence, work, language courses, family and daily life."
    ),
    PlaceKind.LANGUAGE_COURSES: _("German courses, including integration courses and job-related language courses."),
    PlaceKind.EMPLOYMENT_AGENCY: _(
        "Help with finding work, career advice and, when you need it, unemployment benefits."
    ),
}

# Places outside one city (recognition bodies in Bonn or Nuremberg, regional services).
REGION_WIDE = "region"


class Place(CityLabelMixin, ClusterableModel):
    """One office or service, with the facts a newcomer needs to go there or get in touch."""

    slug = models.SlugField(_("short name in the address"), max_length=80, unique=True)
    name = models.CharField(_("official name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=30, choices=PlaceKind.choices, db_index=True)
    city = models.CharField(
        _("city or district"),
        max_length=40,
        choices=city_choices(),
        blank=True,
        db_index=True,
        help_text=_("Leave empty for a place that serves the whole region or all of Germany."),
    )
    street_address = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    town = models.CharField(_("town"), max_length=100, blank=True)
    opening_hours = models.TextField(_("opening hours"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    contact_form = models.URLField(_("contact form"), blank=True)
    website = models.URLField(_("website"), blank=True)
    languages = LanguageListField(_("languages spoken"))
    verified = models.BooleanField(
        _("verified"),
        default=False,
        editable=False,
        help_text=_(
            "Set from the sources: address, a way to get in touch and the hours are each checked on an official page."
        ),
    )
    verified_on = models.DateField(_("verified on"), null=True, blank=True, editable=False)
    editor_note = models.TextField(_("note for editors"), blank=True, help_text=_("Not shown to readers."))

    class Meta:
        ordering = ["name"]
        verbose_name = _("office or service")
        verbose_name_plural = _("offices and services")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("places:detail", args=[self.slug])

    @property
    def facts_language(self):
        """Address and hours are kept once, as the office writes them: in German, the editors' language."""
        return settings.LANGUAGE_CODE

    @property
    def kind_explanation(self):
        return KIND_EXPLANATIONS.get(self.kind, "")

    @property
    def language_names(self):
        return [offered_language_name(code) for code in self.languages]

    def sources_by_fact(self):
        """{fact: the latest source checked for it}, from the prefetched sources."""
        latest = {}
        for source in self.sources.all():
            if source.fact not in latest or source.checked_on > latest[source.fact].checked_on:
                latest[source.fact] = source
        return latest

    def description_in(self, language):
        """(PlaceDescription, its language) for the reader, from the descriptions prefetched with
        PlaceDescription.objects.readable_in(language); (None, language) when the place has none."""
        return text_in(self.descriptions.all(), language)


class PlaceDescription(TranslatableMixin, models.Model):
    """What a place does, in plain words, in one language: German is the source, the rest its translations."""

    place = models.ForeignKey(
        Place, verbose_name=_("office or service"), on_delete=models.CASCADE, related_name="descriptions"
    )
    text = models.TextField(_("what they do"))

    # The place is the same in every language; only the words are translated.
    translatable_fields = [SynchronizedField("place", overridable=False), TranslatableField("text")]

    objects = TranslatedTextQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        constraints = [models.UniqueConstraint(fields=["place", "locale"], name="place_description_once_per_language")]
        verbose_name = _("description of an office or service")
        verbose_name_plural = _("descriptions of offices and services")

    def __str__(self):
        return self.place.name


class PlaceFact(models.TextChoices):
    """The facts of a place a newcomer acts on; each is checked on an official page."""

    ADDRESS = "address", _("Address")
    PHONE = "phone", _("Phone")
    EMAIL = "email", _("E-mail")
    CONTACT_FORM = "contact_form", _("Contact form")
    OPENING_HOURS = "opening_hours", _("Opening hours or how to book")
    LANGUAGES = "languages", _("Languages spoken")
    AREA = "area", _("Which towns it serves")


# The model fields that hold each fact: a filled field without a source is an unchecked fact.
FACT_FIELDS = {
    PlaceFact.ADDRESS: ("street_address", "postcode", "town"),
    PlaceFact.PHONE: ("phone",),
    PlaceFact.EMAIL: ("email",),
    PlaceFact.CONTACT_FORM: ("contact_form",),
    PlaceFact.OPENING_HOURS: ("opening_hours",),
    PlaceFact.LANGUAGES: ("languages",),
}
CONTACT_FACTS = (PlaceFact.PHONE, PlaceFact.EMAIL, PlaceFact.CONTACT_FORM)


class PlaceSource(Orderable):
    """The official page one fact of a place was checked on, and when."""

    place = ParentalKey(Place, on_delete=models.CASCADE, related_name="sources")
    fact = models.CharField(_("fact"), max_length=20, choices=PlaceFact.choices)
    url = models.URLField(_("official page"), max_length=500)
    checked_on = models.DateField(_("checked on"))

    class Meta(Orderable.Meta):
        verbose_name = pgettext_lazy("fact checked on an official page", "source")
        verbose_name_plural = _("sources")

    def __str__(self):
        return f"{self.place} · {self.fact} · {self.checked_on}"
