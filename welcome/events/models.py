"""Events newcomers can go to: welcome days, job fairs, information sessions, intercultural meetings.

Times are stored as aware datetimes and always shown in Europe/Berlin with the offset from UTC,
because many readers are still abroad. An event is a translatable snippet (decision 0021): the
German row is the one readers see, with its facts; its translations, made in wagtail-localize,
give only the title and description in other languages, and every fact is synchronised with the
German row. A reader whose language is missing gets the next language of their fallback chain.
"""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from welcome.core.languages import fallback_chain
from welcome.core.region import CityLabelMixin, city_choices
from welcome.core.translated_texts import TranslatedTextQuerySet
from welcome.places.languages import LanguageListField, offered_language_name
from welcome.places.models import Place

BERLIN = ZoneInfo("Europe/Berlin")


class EventKind(models.TextChoices):
    WELCOME_DAY = "welcome_day", _("Welcome day")
    JOB_FAIR = "job_fair", _("Job fair")
    INFORMATION_SESSION = "information_session", _("Information session")
    INTERCULTURAL = "intercultural", _("Intercultural event")
    LANGUAGE_MEETING = "language_meeting", _("Language café or meeting")
    OTHER = "other", _("Other event")


class EventQuerySet(TranslatedTextQuerySet):
    def for_readers(self):
        """The German rows: one per event, with the facts readers see (translations carry only words)."""
        return self.filter(locale__language_code=settings.LANGUAGE_CODE)

    def upcoming(self, now=None):
        """Events that have not ended yet (one running now is still upcoming), soonest first."""
        return self.for_readers().filter(ends_at__gte=now or timezone.now()).order_by("starts_at", "pk")

    def past(self, now=None):
        """Ended events, the most recent first: the archive."""
        return self.for_readers().filter(ends_at__lt=now or timezone.now()).order_by("-starts_at", "-pk")

    def with_title_in(self, language):
        """Annotates text_title and text_language as services.with_texts gives them, picked in SQL.

        A list that shows only titles (the city page) then reads events and titles in one query
        instead of a second one for their translations.
        """
        readable = Event.objects.readable_in(language).filter(
            incomplete=False, translation_key=OuterRef("translation_key")
        )
        chain = [language, *fallback_chain(language)]
        chain = chain[: chain.index(settings.LANGUAGE_CODE)] if settings.LANGUAGE_CODE in chain else chain
        if not chain:  # German readers read the German row itself
            return self.annotate(text_title=F("title"), text_language=Value(settings.LANGUAGE_CODE))
        titles = [Subquery(readable.filter(language=code).values("title")[:1]) for code in chain]
        languages = [Subquery(readable.filter(language=code).values("language")[:1]) for code in chain]
        return self.annotate(
            text_title=Coalesce(*titles, F("title")),
            text_language=Coalesce(*languages, Value(settings.LANGUAGE_CODE)),
        )


class Event(CityLabelMixin, TranslatableMixin, models.Model):
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"))
    kind = models.CharField(_("kind"), max_length=30, choices=EventKind.choices, default=EventKind.INFORMATION_SESSION)
    starts_at = models.DateTimeField(_("starts"), help_text=_("Time in Germany (Europe/Berlin)."), db_index=True)
    ends_at = models.DateTimeField(_("ends"), help_text=_("Time in Germany (Europe/Berlin)."), db_index=True)
    city = models.CharField(
        _("city or district"),
        max_length=40,
        choices=city_choices(),
        blank=True,
        db_index=True,
        help_text=_("Leave empty for an online event for everyone."),
    )
    place = models.ForeignKey(
        Place,
        verbose_name=_("office or service"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Where it takes place, if it is one of the offices and services in our directory."),
    )
    venue = models.CharField(
        _("venue"),
        max_length=300,
        blank=True,
        help_text=_("Name and address, if the place is not in our directory."),
    )
    online_url = models.URLField(_("online link"), blank=True, help_text=_("For an online event, or to join online."))
    languages = LanguageListField(_("languages of the event"))
    organiser = models.CharField(_("organiser"), max_length=200, blank=True)
    registration_required = models.BooleanField(_("registration needed"), default=False)
    registration_url = models.URLField(_("registration link"), blank=True)
    is_sample = models.BooleanField(_("sample event"), default=False, help_text=_("Sample data for trying the portal."))
    sample_key = models.CharField(max_length=50, blank=True, editable=False, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    # The words are translated; every fact stays the German row's in every language.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        *(
            SynchronizedField(name, overridable=False)
            for name in (
                "kind",
                "starts_at",
                "ends_at",
                "city",
                "place",
                "venue",
                "online_url",
                "languages",
                "organiser",
                "registration_required",
                "registration_url",
                "is_sample",
                "sample_key",
            )
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["starts_at"]
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("The end must be after the start.")
        if not (self.place_id or self.venue or self.online_url):
            errors["venue"] = _("Say where it takes place: choose a place, write a venue or give an online link.")
        if self.registration_required and not self.registration_url:
            errors["registration_url"] = _("Give the link where people register.")
        if errors:
            raise ValidationError(errors)

    def get_absolute_url(self):
        return reverse("events:detail", args=[self.pk])

    @property
    def local_start(self):
        return timezone.localtime(self.starts_at, BERLIN)

    @property
    def local_end(self):
        return timezone.localtime(self.ends_at, BERLIN)

    @property
    def utc_offset(self):
        """ "UTC+01:00" in winter, "UTC+02:00" in summer: the offset at the start of the event."""
        offset = self.local_start.strftime("%z")
        return f"UTC{offset[:3]}:{offset[3:]}"

    @property
    def is_multi_day(self):
        return self.local_start.date() != self.local_end.date()

    @property
    def language_names(self):
        return [offered_language_name(code) for code in self.languages]

    @property
    def location_text(self):
        """Where it is, in one line: the venue, the directory place with its address, or "online"."""
        if self.venue:
            return self.venue
        if self.place:
            address = ", ".join(
                part for part in (self.place.street_address, f"{self.place.postcode} {self.place.town}".strip()) if part
            )
            return f"{self.place.name}, {address}" if address else self.place.name
        return ""
