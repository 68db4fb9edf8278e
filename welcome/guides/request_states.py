"""The one definition of a contact request's states, what may happen in each, and their names.

new → confirmed → accepted | declined → (re-routed) → answered → closed | expired

Services check ACTIONS under a row lock before they change a request; views and
templates ask the request (`allows`, `allowed_actions`, `is_finished`) and never list
states themselves.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RequestState(models.TextChoices):
    """The labels are what newcomers, guides and coordinators read."""

    NEW = "new", _("Waiting for e-mail confirmation")
    CONFIRMED = "confirmed", _("Waiting for a guide to accept")
    DECLINED = "declined", _("With the coordinators")
    ACCEPTED = "accepted", _("Accepted, answer coming")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")
    EXPIRED = "expired", _("Ended without activity")


S = RequestState
# A guide is writing with the newcomer.
IN_CONVERSATION = (S.ACCEPTED, S.ANSWERED)
# Confirmed, but no guide has answered yet: coordinators are alerted when this lasts.
AWAITING_ANSWER = (S.CONFIRMED, S.DECLINED, S.ACCEPTED)
# What counts against a guide's capacity.
IN_HAND = (S.CONFIRMED, S.ACCEPTED, S.ANSWERED)
FINISHED = (S.CLOSED, S.EXPIRED)

# action: (the states it may start from, the state it leads to; None keeps the state).
# Who may act is checked by the service: the assigned guide (accept, decline, answer,
# close), the newcomer's private link (confirm, write, rate), a coordinator (reassign,
# hand_over) or the portal itself (route, release, expire).
ACTIONS = {
    "confirm": ((S.NEW,), S.CONFIRMED),
    "route": ((S.CONFIRMED, S.DECLINED), S.CONFIRMED),
    "accept": ((S.CONFIRMED,), S.ACCEPTED),
    "decline": ((S.CONFIRMED,), S.DECLINED),
    "release": ((S.ACCEPTED,), S.CONFIRMED),
    "answer": (IN_CONVERSATION, S.ANSWERED),
    "write": (AWAITING_ANSWER + (S.ANSWERED,), None),
    "close": ((S.ANSWERED,), S.CLOSED),
    "expire": ((S.ANSWERED,), S.EXPIRED),
    "reassign": (AWAITING_ANSWER, S.CONFIRMED),
    "hand_over": ((S.ANSWERED,), None),
    "rate": (FINISHED, None),
}


class InvalidTransition(Exception):
    """A request was asked to do something its state does not allow."""


class RequestStateMixin:
    """What a ContactRequest answers about its state."""

    def allows(self, action):
        return self.state in ACTIONS[action][0]

    @property
    def allowed_actions(self):
        return {action for action in ACTIONS if self.allows(action)}

    def perform(self, action):
        """Moves to the state `action` leads to, or raises InvalidTransition; the caller saves."""
        if not self.allows(action):
            raise InvalidTransition(f"{action} in state {self.state}")
        target = ACTIONS[action][1]
        if target is not None:
            self.state = target

    @property
    def is_finished(self):
        return self.state in FINISHED

    @property
    def is_in_conversation(self):
        return self.state in IN_CONVERSATION

    @property
    def waits_for_coordinator(self):
        return self.guide_id is None and self.state not in (S.NEW, *FINISHED)


class RequestStateQuerySet(models.QuerySet):
    def allowing(self, action):
        return self.filter(state__in=ACTIONS[action][0])

    def in_conversation(self):
        return self.filter(state__in=IN_CONVERSATION)

    def awaiting_answer(self):
        return self.filter(state__in=AWAITING_ANSWER)

    def in_hand(self):
        return self.filter(state__in=IN_HAND)

    def finished(self):
        return self.filter(state__in=FINISHED)

    def unfinished(self):
        return self.exclude(state__in=FINISHED)

    def waiting_for_coordinator(self):
        return self.filter(guide__isnull=True).exclude(state__in=(S.NEW, *FINISHED))
