"""Workflows of the content app: accessibility feedback from readers to the editors."""

import datetime

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from .accessibility import AccessibilityFeedback

EDITORS = "Editors"


class FeedbackRejected(Exception):
    """Feedback we will not store, with the reason for the person."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def _editor_addresses():
    users = get_user_model().objects.filter(groups__name=EDITORS, is_active=True).exclude(email="")
    return list(users.values_list("email", flat=True))


@transaction.atomic
def submit_accessibility_feedback(message, page_url, email, language, client_ip=""):
    """Stores a report of a barrier and tells the editors by e-mail (through the guides' outbox).

    The rate limit and the outbox belong to the guides feature; without it the report is stored
    and shown in the admin only.
    """
    guides = apps.is_installed("welcome.guides")
    if guides:
        from welcome.guides.services.protection import Rejected, check_rate, count_use

        try:
            check_rate("accessibility_feedback", client_ip=client_ip)
        except Rejected as rejected:
            raise FeedbackRejected(rejected.message) from rejected
    feedback = AccessibilityFeedback.objects.create(message=message, page_url=page_url, email=email, language=language)
    if guides:
        from welcome.guides.mail import queue_mail

        count_use("accessibility_feedback", client_ip=client_ip)
        for address in _editor_addresses():
            queue_mail(address, "accessibility_feedback", {"feedback": feedback}, settings.LANGUAGE_CODE)
    return feedback


def delete_old_accessibility_feedback():
    """Reports of barriers keep ACCESSIBILITY_FEEDBACK_RETENTION_DAYS after they arrived (guides_housekeeping)."""
    days = settings.WELCOME["ACCESSIBILITY_FEEDBACK_RETENTION_DAYS"]
    cutoff = timezone.now() - datetime.timedelta(days=days)
    return AccessibilityFeedback.objects.filter(created_at__lt=cutoff).delete()[0]
