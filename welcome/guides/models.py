"""Welcome.Guides: who the guides are, what newcomers ask them, and what happened since.

A contact request moves through a small state machine (defined in request_states.py);
only the functions in services/ move it. Personal data has an end date: unconfirmed
requests, old conversations, applications, reports, audit entries and mail are deleted by
`guides_housekeeping` (the periods: docs/operations.md, "Retention").
"""

from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from welcome.core.region import CityLabelMixin, city_choices

from .request_states import IN_HAND, RequestState, RequestStateMixin, RequestStateQuerySet
from .spoken_languages import spoken_language_choices, spoken_language_label

TOPICS = [
    ("job", _("Job")),
    ("study", _("Study and research")),
    ("business", _("Own business")),
    ("recognition", _("Recognition of qualifications")),
    ("family", _("Family and school")),
    ("everyday", _("Everyday life")),
]
TOPIC_LABELS = dict(TOPICS)

ARRIVAL_CHOICES = [
    ("here", _("I already live in the Ruhr")),
    ("3m", _("Within the next 3 months")),
    ("12m", _("In 3 to 12 months")),
    ("later", _("Later, or I do not know yet")),
]


class GuideQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=Guide.Status.ACTIVE)

    def taking_requests(self):
        """Active, available, not away today. Capacity is checked with `with_load()`."""
        today = timezone.localdate()
        return (
            self.active().filter(accepting_requests=True).filter(Q(away_until__isnull=True) | Q(away_until__lt=today))
        )

    def with_load(self):
        """Annotates `open_count`: conversations the guide is handling right now."""
        return self.annotate(
            open_count=Count(
                "contact_requests",
                filter=Q(contact_requests__state__in=IN_HAND),
                distinct=True,
            )
        )


class Guide(CityLabelMixin, models.Model):
    """A volunteer who once came to the Ruhr and now answers newcomers' questions."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("active")
        PAUSED = "paused", _("paused by a coordinator")
        DEACTIVATED = "deactivated", _("deactivated")

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="guide")
    display_name = models.CharField("display name", max_length=80)
    photo = models.ImageField("photo", upload_to="guides/", blank=True)
    photo_alt = models.CharField("photo description", max_length=200, blank=True)
    city = models.CharField("city in the Ruhr", max_length=40, choices=city_choices())
    origin = CountryField("country of origin")
    profession = models.CharField("profession", max_length=120)
    email_language = models.CharField("language of e-mails", max_length=8, choices=settings.LANGUAGES, default="de")
    capacity = models.PositiveSmallIntegerField("open conversations at once", default=3)
    accepting_requests = models.BooleanField("I take new requests", default=True)
    away_until = models.DateField("away until", null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ACTIVE)
    is_sample = models.BooleanField(default=False, help_text="Sample data for trying the portal, not a real person.")
    routed_count = models.PositiveIntegerField(default=0, help_text="Requests ever routed to this guide.")
    answered_count = models.PositiveIntegerField(default=0, help_text="Requests this guide answered.")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = GuideQuerySet.as_manager()

    class Meta:
        ordering = ["display_name"]

    def __str__(self):
        return self.display_name

    @property
    def language_codes(self):
        return [entry.code for entry in self.languages.all()]

    @property
    def topic_codes(self):
        return [entry.code for entry in self.topics.all()]

    def language_labels(self):
        return [spoken_language_label(code) for code in self.language_codes]

    def topic_labels(self):
        return [TOPIC_LABELS[code] for code in self.topic_codes if code in TOPIC_LABELS]

    def is_away(self):
        return self.away_until is not None and self.away_until >= timezone.localdate()

    def takes_requests(self, open_count=None):
        """Whether a newcomer can write to this guide now."""
        if self.status != self.Status.ACTIVE or not self.accepting_requests or self.is_away():
            return False
        if open_count is None:
            open_count = self.contact_requests.in_hand().count()
        return open_count < self.capacity

    def story_for(self, language):
        """The story in the reader's language, else the first one the guide wrote."""
        stories = list(self.stories.all())
        return next((story for story in stories if story.language == language), stories[0] if stories else None)


class GuideLanguage(models.Model):
    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="languages")
    code = models.CharField(max_length=10, choices=spoken_language_choices, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["guide", "code"], name="guide_language_once")]


class GuideTopic(models.Model):
    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="topics")
    code = models.CharField(max_length=20, choices=TOPICS, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["guide", "code"], name="guide_topic_once")]


class GuideStory(models.Model):
    """The guide's own story in one language; a guide may write it in several."""

    guide = models.ForeignKey(Guide, on_delete=models.CASCADE, related_name="stories")
    language = models.CharField("language", max_length=10, choices=spoken_language_choices)
    text = models.TextField("short story", max_length=1500)

    class Meta:
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["guide", "language"], name="guide_story_once_per_language")]


class GuideApplication(CityLabelMixin, models.Model):
    """Someone who wants to become a guide; a coordinator approves or declines."""

    class State(models.TextChoices):
        PENDING = "pending", "waiting for a decision"
        APPROVED = "approved", "approved"
        DECLINED = "declined", "declined"

    display_name = models.CharField("display name", max_length=80)
    email = models.EmailField("e-mail address")
    city = models.CharField("city in the Ruhr", max_length=40, choices=city_choices())
    origin = CountryField("country of origin")
    profession = models.CharField("profession", max_length=120)
    languages = models.JSONField(default=list)
    topics = models.JSONField(default=list)
    story = models.TextField("short story", max_length=1500)
    story_language = models.CharField(max_length=10, choices=spoken_language_choices)
    email_language = models.CharField(max_length=8, choices=settings.LANGUAGES, default="de")
    accepted_code_of_conduct = models.BooleanField(default=False)
    state = models.CharField(max_length=20, choices=State.choices, default=State.PENDING)
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)
    # Deleting a guide deletes the application they were approved with: it holds their name,
    # address and story.
    guide = models.OneToOneField(Guide, null=True, blank=True, on_delete=models.CASCADE, related_name="application")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]


class ContactRequest(CityLabelMixin, RequestStateMixin, models.Model):
    """A newcomer's question to a guide, and the conversation that follows."""

    State = RequestState

    guide = models.ForeignKey(Guide, null=True, blank=True, on_delete=models.SET_NULL, related_name="contact_requests")
    state = models.CharField(max_length=20, choices=State.choices, default=State.NEW, db_index=True)
    name = models.CharField("your name", max_length=80)
    email = models.EmailField("your e-mail address")
    address_hash = models.CharField(max_length=64, db_index=True)
    country = CountryField("country where you live now")
    city = models.CharField("where in the Ruhr", max_length=40, choices=city_choices(), blank=True)
    languages = models.JSONField(default=list)
    topics = models.JSONField(default=list)
    planned_arrival = models.CharField("planned arrival", max_length=10, choices=ARRIVAL_CHOICES)
    message = models.TextField("your message", max_length=3000)
    message_fingerprint = models.CharField(max_length=64, db_index=True)
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, default="en")
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    assigned_at = models.DateTimeField(null=True, blank=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    first_answer_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_activity_at = models.DateTimeField(default=timezone.now)
    alerted_at = models.DateTimeField(null=True, blank=True)
    summary = models.TextField("summary", blank=True, max_length=2000)

    objects = RequestStateQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"request {self.pk} ({self.state})"

    def language_labels(self):
        return [spoken_language_label(code) for code in self.languages]

    def topic_labels(self):
        return [TOPIC_LABELS[code] for code in self.topics if code in TOPIC_LABELS]


class Assignment(models.Model):
    """One routing of a request to a guide, and what the guide decided."""

    class Outcome(models.TextChoices):
        PENDING = "pending", _("waiting")
        ACCEPTED = "accepted", _("accepted")
        DECLINED = "declined", _("declined")
        REASSIGNED = "reassigned", _("reassigned")

    request = models.ForeignKey(ContactRequest, on_delete=models.CASCADE, related_name="assignments")
    guide = models.ForeignKey(Guide, null=True, on_delete=models.SET_NULL, related_name="assignments")
    outcome = models.CharField(max_length=20, choices=Outcome.choices, default=Outcome.PENDING)
    reasons = models.JSONField(default=list, help_text="Why matching chose this guide, as shown to people.")
    decline_reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]


class PrivateLink(models.Model):
    """A newcomer's way in: we keep only the SHA-256 of the token, never the token itself."""

    class Purpose(models.TextChoices):
        CONFIRM = "confirm", "confirm the e-mail address"
        CONVERSATION = "conversation", "open the conversation"

    request = models.ForeignKey(ContactRequest, on_delete=models.CASCADE, related_name="links")
    purpose = models.CharField(max_length=20, choices=Purpose.choices)
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)


class Message(models.Model):
    """One plain-text message in a conversation."""

    class Sender(models.TextChoices):
        NEWCOMER = "newcomer", _("newcomer")
        GUIDE = "guide", _("guide")

    request = models.ForeignKey(ContactRequest, on_delete=models.CASCADE, related_name="messages")
    sender = models.CharField(max_length=10, choices=Sender.choices)
    guide = models.ForeignKey(Guide, null=True, blank=True, on_delete=models.SET_NULL, related_name="messages")
    body = models.TextField(max_length=5000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]


class Rating(models.Model):
    """The newcomer's word on the help they got, once the conversation is closed."""

    request = models.OneToOneField(ContactRequest, on_delete=models.CASCADE, related_name="rating")
    guide = models.ForeignKey(Guide, null=True, on_delete=models.SET_NULL, related_name="ratings")
    helpful = models.BooleanField()
    comment = models.TextField(blank=True, max_length=1000)
    created_at = models.DateTimeField(auto_now_add=True)


class AbuseReport(models.Model):
    """A report of misuse from either side of a conversation."""

    class Reporter(models.TextChoices):
        NEWCOMER = "newcomer", _("newcomer")
        GUIDE = "guide", _("guide")

    request = models.ForeignKey(ContactRequest, null=True, on_delete=models.SET_NULL, related_name="abuse_reports")
    guide = models.ForeignKey(Guide, null=True, on_delete=models.SET_NULL, related_name="abuse_reports")
    address_hash = models.CharField(
        max_length=64, blank=True, help_text="The newcomer's address, hashed, for blocking."
    )
    reporter = models.CharField(max_length=10, choices=Reporter.choices)
    reason = models.TextField(max_length=2000)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolution = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at"]


class BlockedAddress(models.Model):
    """An e-mail address that may not write to guides; stored as a keyed hash only."""

    address_hash = models.CharField(max_length=64, unique=True)
    reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)


class AuditLogEntry(models.Model):
    """What a coordinator (or the portal on their behalf) did, and to what."""

    actor = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    actor_name = models.CharField(max_length=150)
    action = models.CharField(max_length=60)
    target = models.CharField(max_length=120)
    detail = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]


class OutboxMail(models.Model):
    """An e-mail waiting to be sent: written with the data, sent by a task, retried until it goes."""

    to = models.EmailField()
    # Set on mail to a newcomer: deleting their request deletes the mail to them.
    request = models.ForeignKey(
        ContactRequest, null=True, blank=True, on_delete=models.CASCADE, related_name="outbox_mails"
    )
    subject = models.CharField(max_length=200)
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True, db_index=True)
    # Retried every minute while the server is down, for up to MAIL_RETENTION_DAYS: more than a small int holds.
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    claimed_until = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)

    class Meta:
        ordering = ["created_at", "id"]
