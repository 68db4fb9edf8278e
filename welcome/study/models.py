"""Degree programmes of the Ruhr's universities, for people who may come to study.

A programme is a translatable snippet (wagtail-localize): the German row is the source; a
translation carries the name's translation and the description in its language, and every fact
(degree, language, dates, links) stays synchronised with the source. Readers see only programmes an
editor confirmed on the university's own page, with the date of that check.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from welcome.core.region import CityLabelMixin, city_choices


class Degree(models.TextChoices):
    BACHELOR = "bachelor", _("Bachelor")
    MASTER = "master", _("Master")
    DOCTORATE = "doctorate", _("Doctorate")
    PREPARATORY = "preparatory", _("Preparatory course")


class TeachingLanguage(models.TextChoices):
    GERMAN = "de", _("German")
    ENGLISH = "en", _("English")
    BOTH = "de-en", _("German and English")


class SubjectArea(models.TextChoices):
    COMPUTER_SCIENCE = "computer-science", _("Computer science")
    ENGINEERING = "engineering", _("Engineering")
    NATURAL_SCIENCES = "natural-sciences", _("Natural sciences")
    MATHEMATICS = "mathematics", _("Mathematics and statistics")
    BUSINESS = "business", _("Business and economics")
    SOCIAL_SCIENCES = "social-sciences", _("Social sciences")
    HUMANITIES = "humanities", _("Humanities and languages")
    HEALTH = "health", _("Medicine and health")
    LAW = "law", _("Law")
    ARTS = "arts", _("Arts, music and design")
    EDUCATION = "education", _("Education and teaching")


class Start(models.TextChoices):
    WINTER = "winter", _("Winter semester")
    SUMMER = "summer", _("Summer semester")
    BOTH = "winter-summer", _("Winter and summer semester")


class Admission(models.TextChoices):
    OPEN = "open", _("Open admission")
    RESTRICTED = "restricted", _("Locally restricted (numerus clausus)")
    APTITUDE = "aptitude", _("Aptitude test")


class ApplicationRoute(models.TextChoices):
    UNI_ASSIST = "uni-assist", _("Through uni-assist")
    DIRECT = "direct", _("Directly to the university")


class University(models.Model):
    """A university of the region; its programmes are imported per university."""

    slug = models.SlugField(_("short name"), unique=True)
    name = models.CharField(_("name"), max_length=200)
    city = models.CharField(_("main city"), max_length=40, choices=city_choices(), blank=True)
    website = models.URLField(_("website"))
    is_state_university = models.BooleanField(
        _("state university in NRW"), default=True, help_text=_("No general tuition fees since 2011.")
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("university")
        verbose_name_plural = _("universities")

    def __str__(self):
        return self.name


class ProgrammeQuerySet(models.QuerySet):
    def confirmed(self):
        """What readers see: checked by an editor on the university's own page."""
        return self.filter(confirmed=True)

    def unchecked_since(self, day):
        """Entries whose last check is older than this day, or that were never checked."""
        return self.filter(models.Q(checked_on__lt=day) | models.Q(checked_on__isnull=True))


class Programme(CityLabelMixin, TranslatableMixin, models.Model):
    university = models.ForeignKey(
        University, verbose_name=_("university"), on_delete=models.PROTECT, related_name="programmes"
    )
    name = models.CharField(_("official name"), max_length=250, help_text=_("As the university writes it."))
    name_language = models.CharField(
        _("language of the official name"), max_length=2, choices=[("de", _("German")), ("en", _("English"))]
    )
    name_translation = models.CharField(
        _("name in this language"), max_length=250, blank=True, help_text=_("A translation of the official name.")
    )
    description = models.TextField(_("description"), blank=True)
    degree = models.CharField(_("degree"), max_length=20, choices=Degree.choices, blank=True, db_index=True)
    subject_area = models.CharField(
        _("subject area"), max_length=30, choices=SubjectArea.choices, blank=True, db_index=True
    )
    teaching_language = models.CharField(
        _("language of instruction"), max_length=5, choices=TeachingLanguage.choices, blank=True, db_index=True
    )
    city = models.CharField(_("campus city"), max_length=40, choices=city_choices(), blank=True, db_index=True)
    campus = models.CharField(_("campus"), max_length=120, blank=True)
    standard_semesters = models.PositiveSmallIntegerField(
        _("standard period of study (semesters)"), null=True, blank=True
    )
    language_level = models.CharField(_("language level asked"), max_length=200, blank=True)
    start = models.CharField(_("start"), max_length=15, choices=Start.choices, blank=True, db_index=True)
    admission = models.CharField(_("admission"), max_length=15, choices=Admission.choices, blank=True, db_index=True)
    application_route = models.CharField(
        _("application route"), max_length=15, choices=ApplicationRoute.choices, blank=True
    )
    deadline_international = models.CharField(
        _("application deadline for international applicants"),
        max_length=200,
        blank=True,
        help_text=_("Only as the university states it; leave empty when unknown."),
    )
    semester_fee = models.DecimalField(
        _("semester fee (euros)"),
        max_digits=7,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Only a fee read on the university's page."),
    )
    official_url = models.URLField(_("official programme page"), max_length=500)
    source_url = models.URLField(
        _("page where it was checked"), max_length=500, blank=True, help_text=_("The university's own page.")
    )
    checked_on = models.DateField(_("last checked"), null=True, blank=True, db_index=True)
    confirmed = models.BooleanField(
        _("confirmed"), default=False, help_text=_("Shown to readers only when confirmed on the university's page.")
    )
    editor_note = models.TextField(
        _("note for editors"), blank=True, help_text=_("What the check found or still lacks; not shown to readers.")
    )
    search_terms = models.TextField(editable=False, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ProgrammeQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("name_translation"),
        TranslatableField("description"),
        *[
            SynchronizedField(name)
            for name in (
                "university",
                "name",
                "name_language",
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
            )
        ],
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("study programme")
        verbose_name_plural = _("study programmes")

    def __str__(self):
        return f"{self.name} ({self.get_degree_display() or '?'}, {self.university.name})"

    def clean(self):
        if self.confirmed and not (self.source_url and self.checked_on):
            raise ValidationError(
                {"confirmed": _("Give the university's page where you checked it and the date of the check.")}
            )

    def save(self, *args, **kwargs):
        from .search import programme_terms

        self.search_terms = programme_terms(self)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("study:detail", args=[self.translation_key])

    @property
    def starts_in_winter(self):
        return self.start in (Start.WINTER, Start.BOTH)

    @property
    def starts_in_summer(self):
        return self.start in (Start.SUMMER, Start.BOTH)
