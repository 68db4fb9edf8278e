"""Creates the clearly labelled sample events in the coming months (idempotent)."""

from datetime import datetime, time, timedelta

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from welcome.core.translated_texts import add_translations
from welcome.events.models import BERLIN, Event
from welcome.events.sample_data import SAMPLE_EVENTS
from welcome.places.models import Place


def _at(day, clock):
    hours, minutes = (int(part) for part in clock.split(":"))
    return datetime.combine(day, time(hours, minutes), tzinfo=BERLIN)


class Command(BaseCommand):
    help = "Creates the sample events that have no upcoming copy yet; keeps everything else."

    @transaction.atomic
    def handle(self, *args, **options):
        today = timezone.localtime(timezone.now(), BERLIN).date()
        created = 0
        for sample in SAMPLE_EVENTS:
            if Event.objects.upcoming().filter(is_sample=True, sample_key=sample["key"]).exists():
                continue
            day = today + timedelta(days=sample["days_ahead"])
            event = Event(
                locale=Locale.get_default(),
                title=sample["title"],
                description=sample["description"],
                kind=sample["kind"],
                city=sample["city"],
                starts_at=_at(day, sample["start"]),
                ends_at=_at(day, sample["end"]),
                place=Place.objects.filter(slug=sample.get("place", "")).first(),
                venue=sample.get("venue", ""),
                online_url=sample.get("online_url", ""),
                languages=sample["languages"],
                organiser=sample["organiser"],
                registration_required=sample["registration_required"],
                registration_url=sample.get("registration_url", ""),
                is_sample=True,
                sample_key=sample["key"],
            )
            if event.place is None and not (event.venue or event.online_url):
                event.venue = sample["city"].title()  # the place is not in the directory (yet)
            event.full_clean()
            event.save()
            # Made as a translator would in wagtail-localize, marked as not yet reviewed by a person.
            add_translations(
                event,
                {code: {"title": title, "description": text} for code, (title, text) in sample["texts"].items()},
            )
            created += 1
        upcoming = Event.objects.upcoming().filter(is_sample=True).count()
        self.stdout.write(f"Sample events: {created} created, {upcoming} upcoming; labelled as samples on every page.")
