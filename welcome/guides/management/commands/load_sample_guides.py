"""Loads the sample Welcome.Guides and a sample coordinator, so anyone can try the whole journey.

Safe to run again: existing sample accounts are kept (and their profiles refreshed).
They are accounts with documented demo passwords, so they are made only with DEBUG on or
--sample-accounts (a demonstration site), never on a production site by accident.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from welcome.guides.models import Guide, GuideLanguage, GuideStory, GuideTopic
from welcome.guides.sample_data import (
    DEMO_COORDINATOR_PASSWORD,
    DEMO_GUIDE_PASSWORD,
    SAMPLE_COORDINATOR,
    SAMPLE_GUIDES,
)
from welcome.guides.services.guides import create_guide
from welcome.guides.services.requests import COORDINATORS

EMAIL_DOMAIN = "sample.welcome.ruhr.invalid"


class Command(BaseCommand):
    help = "Creates the clearly labelled sample guides and a sample coordinator (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument("--sample-accounts", action="store_true", help="Create them with DEBUG off too.")

    @transaction.atomic
    def handle(self, *args, **options):
        if not (settings.DEBUG or options["sample_accounts"]):
            raise CommandError("Sample accounts have public passwords: run with DEBUG on, or pass --sample-accounts.")
        User = get_user_model()
        created = 0
        for entry in SAMPLE_GUIDES:
            user, new_user = User.objects.get_or_create(
                username=entry["username"], defaults={"email": f"{entry['username']}@{EMAIL_DOMAIN}"}
            )
            if new_user:
                user.set_unusable_password()
                user.save()
            guide = Guide.objects.filter(user=user).first()
            profile = {k: entry[k] for k in ("display_name", "city", "origin", "profession")}
            if guide is None:
                create_guide(
                    user,
                    languages=entry["languages"],
                    topics=entry["topics"],
                    stories=entry["stories"],
                    email_language="de",
                    is_sample=True,
                    **profile,
                )
                created += 1
            else:
                self._refresh(guide, entry, profile)
        guide_user = User.objects.get(username=SAMPLE_GUIDES[0]["username"])
        guide_user.set_password(DEMO_GUIDE_PASSWORD)
        guide_user.save()

        coordinator, _ = User.objects.get_or_create(
            username=SAMPLE_COORDINATOR, defaults={"email": f"coordinator@{EMAIL_DOMAIN}"}
        )
        coordinator.set_password(DEMO_COORDINATOR_PASSWORD)
        coordinator.save()
        coordinator.groups.add(Group.objects.get_or_create(name=COORDINATORS)[0])

        languages = GuideLanguage.objects.filter(guide__is_sample=True).values("code").distinct().count()
        self.stdout.write(
            f"Sample guides: {len(SAMPLE_GUIDES)} ({created} created), speaking {languages} languages. "
            "They are labelled as samples on every page."
        )
        login = f"{settings.SITE_URL}/en/guides/login/"
        self.stdout.write(
            f"Sample guide login: {login}  user '{guide_user.username}'  password '{DEMO_GUIDE_PASSWORD}'"
        )
        self.stdout.write(
            f"Coordinator login:  {login}  user '{coordinator.username}'  password '{DEMO_COORDINATOR_PASSWORD}'"
        )

    def _refresh(self, guide, entry, profile):
        """Brings an existing sample guide back to the sample data (languages, topics, stories)."""
        for key, value in profile.items():
            setattr(guide, key, value)
        guide.is_sample = True
        guide.save()
        guide.languages.exclude(code__in=entry["languages"]).delete()
        for code in entry["languages"]:
            GuideLanguage.objects.get_or_create(guide=guide, code=code)
        guide.topics.exclude(code__in=entry["topics"]).delete()
        for code in entry["topics"]:
            GuideTopic.objects.get_or_create(guide=guide, code=code)
        for language, text in entry["stories"].items():
            GuideStory.objects.update_or_create(guide=guide, language=language, defaults={"text": text})
