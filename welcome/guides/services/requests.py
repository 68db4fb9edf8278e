"""A newcomer's request, from the form to the closed conversation.

new → confirmed → accepted | declined → (re-routed) → answered → closed | expired
(the states and what may happen in each: request_states.py)

Every function here runs in one transaction: the data is committed first, and the
e-mails it queues are handed to the task queue only after the commit (see mail.py).
Every change of a request first locks its row and checks, on what is stored now, that
the state allows it and that the guide who acts is the one who holds it (`lock_for`):
two clicks, a coordinator and the housekeeping never overwrite each other.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from ..mail import queue_mail
from ..matching import rank_guides
from ..models import AbuseReport, Assignment, ContactRequest, Guide, Message, PrivateLink, Rating
from ..privacy import address_hash, message_fingerprint, new_token, normalise_address, token_hash
from .protection import Rejected, check_rate, count_use, is_blocked

COORDINATORS = "Coordinators"

# What the person who acts is told when the request's state does not allow it (any more).
REFUSALS = {
    "accept": _("This request has already been decided."),
    "decline": _("This request has already been decided."),
    "answer": _("Accept the request before you answer it."),
    "write": _("This conversation is closed. You can send a new request to a guide at any time."),
    "close": _(
        "Only a conversation with at least one answer can be closed. If you cannot help, decline the request instead."
    ),
    "rate": _("You can rate the help once the conversation is closed."),
    "reassign": _("Only confirmed, open requests can be given to another guide."),
    "hand_over": _("Only confirmed, open requests can be given to another guide."),
}


def lock_for(request, *actions, guide=None):
    """Re-reads the request under a row lock; refuses unless its state allows one of `actions` now
    and, when a guide acts, that guide holds it. Call inside a transaction."""
    request.refresh_from_db(from_queryset=ContactRequest.objects.select_for_update())
    if guide is not None and request.guide_id != guide.pk:
        raise Rejected(_("This request is no longer with you. A coordinator has given it to another guide."))
    if not any(request.allows(action) for action in actions):
        raise Rejected(REFUSALS[actions[0]])
    return request


# --- private links ---------------------------------------------------------------------


def issue_link(request, purpose):
    """Creates a private link for the request and returns its token (shown once, never stored)."""
    token = new_token()
    PrivateLink.objects.create(request=request, purpose=purpose, token_hash=token_hash(token))
    return token


def request_for_token(token, purpose):
    """The request a valid, unrevoked link leads to, or None."""
    link = (
        PrivateLink.objects.filter(token_hash=token_hash(token or ""), purpose=purpose, revoked_at__isnull=True)
        .select_related("request")
        .first()
    )
    return link.request if link else None


def find_confirmation(token):
    """(request, already used) for a confirmation link, or None when there is no such link."""
    link = (
        PrivateLink.objects.filter(token_hash=token_hash(token or ""), purpose=PrivateLink.Purpose.CONFIRM)
        .select_related("request")
        .first()
    )
    if link is None:
        return None
    return link.request, bool(link.revoked_at) or link.request.state != ContactRequest.State.NEW


def revoke_links(request, purpose):
    request.links.filter(purpose=purpose, revoked_at__isnull=True).update(revoked_at=timezone.now())


def coordinator_addresses():
    group = Group.objects.filter(name=COORDINATORS).first()
    if not group:
        return []
    return list(group.user_set.filter(is_active=True).exclude(email="").values_list("email", flat=True))


def _mail_coordinators(template, context):
    for address in coordinator_addresses():
        queue_mail(address, template, context, settings.LANGUAGE_CODE)


def _mail_newcomer(request, template, **context):
    """A notification to the newcomer with a fresh private link (we cannot rebuild old ones)."""
    token = issue_link(request, PrivateLink.Purpose.CONVERSATION)
    queue_mail(request.email, template, {"request": request, "token": token, **context}, request.language, request)


def _mail_guide(guide, template, **context):
    if guide and guide.user.email:
        queue_mail(guide.user.email, template, {"guide": guide, **context}, guide.email_language)


# --- submission and confirmation --------------------------------------------------------


@transaction.atomic
def submit_request(data, language, guide=None, client_ip=""):
    """Stores a new request and e-mails the confirmation link (double opt-in).

    `data` holds the form's cleaned fields. Raises Rejected for a blocked address, a used-up
    rate limit, a duplicate, or a chosen guide who cannot take it.
    """
    email = normalise_address(data["email"])
    if is_blocked(email):
        raise Rejected(
            _(
                "We cannot accept requests from this e-mail address. If you think this is a mistake, write to the coordinators through the contact page."
            ),
            field="email",
        )
    check_rate("request", client_ip, email)
    fingerprint = message_fingerprint(data["message"])
    if (
        ContactRequest.objects.filter(address_hash=address_hash(email), message_fingerprint=fingerprint)
        .unfinished()
        .exists()
    ):
        raise Rejected(
            _("You have already sent this message. Look in your e-mail for our link, or ask for a new link below."),
            field="message",
        )
    if guide is not None:
        if not guide.takes_requests():
            raise Rejected(
                _(
                    "This guide cannot take new questions right now. Please choose another guide, or let us find one for you."
                )
            )
        if not set(data["languages"]) & set(guide.language_codes):
            raise Rejected(
                _(
                    "This guide does not speak any of the languages you chose. Choose a language the guide speaks, or let us find another guide."
                ),
                field="languages",
            )
    request = ContactRequest.objects.create(
        guide=None,
        name=data["name"],
        email=email,
        address_hash=address_hash(email),
        country=data["country"],
        city=data.get("city", ""),
        languages=list(data["languages"]),
        topics=list(data.get("topics", [])),
        planned_arrival=data["planned_arrival"],
        message=data["message"],
        message_fingerprint=fingerprint,
        language=language,
    )
    if guide is not None:
        # The chosen guide is remembered as the first wish; routing happens on confirmation.
        Assignment.objects.create(request=request, guide=guide, reasons=[str(_("chosen by you"))])
    token = issue_link(request, PrivateLink.Purpose.CONFIRM)
    queue_mail(email, "confirm_request", {"request": request, "token": token}, language, request)
    count_use("request", client_ip, email)
    return request


@transaction.atomic
def confirm_request(token):
    """Confirms the address behind a confirmation link and routes the request.

    Returns (request, conversation token), or (request, None) when the link was already
    used, or (None, None) for an unknown link.
    """
    link = (
        PrivateLink.objects.filter(token_hash=token_hash(token or ""), purpose=PrivateLink.Purpose.CONFIRM)
        .select_related("request")
        .first()
    )
    if link is None:
        return None, None
    request = ContactRequest.objects.select_for_update().get(pk=link.request_id)
    if link.revoked_at or not request.allows("confirm"):
        return request, None
    request.perform("confirm")
    request.confirmed_at = timezone.now()
    request.save()
    revoke_links(request, PrivateLink.Purpose.CONFIRM)
    wish = request.assignments.filter(outcome=Assignment.Outcome.PENDING).select_related("guide").first()
    if wish and wish.guide and wish.guide.takes_requests():
        _assign(request, wish.guide, assignment=wish)
    else:
        if wish:
            wish.delete()
        route_request(request)
    conversation_token = issue_link(request, PrivateLink.Purpose.CONVERSATION)
    queue_mail(
        request.email, "request_confirmed", {"request": request, "token": conversation_token}, request.language, request
    )
    return request, conversation_token


def _assign(request, guide, reasons=(), assignment=None):
    if assignment is None:
        assignment = Assignment.objects.create(request=request, guide=guide, reasons=[str(r) for r in reasons])
    request.guide = guide
    request.assigned_at = timezone.now()
    request.alerted_at = None
    request.save()
    Guide.objects.filter(pk=guide.pk).update(routed_count=F("routed_count") + 1)
    _mail_guide(guide, "new_request", request=request)
    return assignment


def route_request(request):
    """Gives the request to the best guide who has not had it yet, or to the coordinators.

    The caller holds the request's row lock. Returns the new guide, or None when the coordinators must decide.
    """
    tried = request.assignments.exclude(guide__isnull=True).values_list("guide_id", flat=True)
    # Reasons are stored for coordinators, so they are written in the portal's main language.
    with translation.override(settings.LANGUAGE_CODE):
        matches = rank_guides(
            request.languages, request.topics, request.city, request.country.code, exclude_ids=tried, limit=1
        )
        reasons = [str(reason) for reason in matches[0].reasons] if matches else []
    if matches:
        request.perform("route")
        _assign(request, matches[0].guide, reasons)
        return matches[0].guide
    request.guide = None
    request.assigned_at = timezone.now()
    request.save()
    _mail_coordinators("needs_guide", {"request": request})
    return None


# --- the guide's decision ----------------------------------------------------------------


def _current_assignment(request, guide):
    return request.assignments.filter(guide=guide, outcome=Assignment.Outcome.PENDING).last()


@transaction.atomic
def accept_request(guide, request):
    """The guide who holds the request takes it; the newcomer learns who will answer."""
    lock_for(request, "accept", guide=guide)
    request.perform("accept")
    request.accepted_at = timezone.now()
    request.last_activity_at = timezone.now()
    request.save()
    assignment = _current_assignment(request, guide)
    if assignment:
        assignment.outcome = Assignment.Outcome.ACCEPTED
        assignment.decided_at = timezone.now()
        assignment.save()
    _mail_newcomer(request, "request_accepted", guide=guide)
    return request


@transaction.atomic
def decline_request(guide, request, reason):
    """The guide cannot help; the request goes to the next best guide or to the coordinators."""
    if not reason.strip():
        raise Rejected(
            _("Please write in a few words why you cannot take this request. It helps us find the right guide."),
            field="reason",
        )
    lock_for(request, "decline", guide=guide)
    request.perform("decline")
    request.guide = None
    request.save()
    assignment = _current_assignment(request, guide)
    if assignment:
        assignment.outcome = Assignment.Outcome.DECLINED
        assignment.decline_reason = reason.strip()
        assignment.decided_at = timezone.now()
        assignment.save()
    return route_request(request)


# --- the conversation --------------------------------------------------------------------


@transaction.atomic
def post_message(request, sender, body, guide=None, client_ip=""):
    """Adds a message and tells the other side (with a link, never the text)."""
    body = body.strip()
    if not body:
        raise Rejected(_("Please write your message before sending it."), field="body")
    if sender == Message.Sender.GUIDE:
        lock_for(request, "answer", guide=guide)
    else:
        lock_for(request, "write")
        check_rate("message", client_ip, request.email)
    message = Message.objects.create(request=request, sender=sender, guide=guide, body=body)
    now = timezone.now()
    request.last_activity_at = now
    if sender == Message.Sender.GUIDE:
        if request.first_answer_at is None:
            request.first_answer_at = now
            Guide.objects.filter(pk=guide.pk).update(answered_count=F("answered_count") + 1)
        request.perform("answer")
        request.save()
        _mail_newcomer(request, "new_message_newcomer", guide=guide)
    else:
        request.save()
        count_use("message", client_ip, request.email)
        _mail_guide(request.guide, "new_message_guide", request=request)
    return message


@transaction.atomic
def close_conversation(guide, request, summary):
    """The guide closes an answered conversation with a short summary; the newcomer may rate it."""
    if not summary.strip():
        raise Rejected(_("Please write a short summary: what was the question, and what helped?"), field="summary")
    lock_for(request, "close", guide=guide)
    request.perform("close")
    request.summary = summary.strip()
    request.closed_at = timezone.now()
    request.save()
    _mail_newcomer(request, "conversation_closed", guide=guide)
    return request


@transaction.atomic
def rate_help(request, helpful, comment=""):
    """The newcomer's rating, once per closed conversation."""
    lock_for(request, "rate")
    if Rating.objects.filter(request=request).exists():
        raise Rejected(_("You have already rated this conversation. Thank you!"))
    return Rating.objects.create(request=request, guide=request.guide, helpful=helpful, comment=comment.strip())


@transaction.atomic
def delete_request(request):
    """The newcomer deletes their request and conversation: everything, at once, mail to them included."""
    request.delete()


@transaction.atomic
def send_new_links(email, client_ip=""):
    """E-mails a fresh private link for each request of this address and revokes the old ones.

    Says nothing about whether the address is known: the page answers the same either way.
    """
    email = normalise_address(email)
    check_rate("new_link", client_ip, email)
    count_use("new_link", client_ip, email)
    requests = list(ContactRequest.objects.filter(address_hash=address_hash(email)))
    for request in requests:
        if request.allows("confirm"):
            revoke_links(request, PrivateLink.Purpose.CONFIRM)
            token = issue_link(request, PrivateLink.Purpose.CONFIRM)
            queue_mail(
                request.email, "confirm_request", {"request": request, "token": token}, request.language, request
            )
        else:
            revoke_links(request, PrivateLink.Purpose.CONVERSATION)
            _mail_newcomer(request, "new_link")
    return len(requests)


@transaction.atomic
def report_abuse(request, reporter, reason):
    """Either side reports misuse; coordinators get an e-mail and see it in their area."""
    if not reason.strip():
        raise Rejected(_("Please describe in a few words what happened."), field="reason")
    report = AbuseReport.objects.create(
        request=request,
        guide=request.guide,
        address_hash=request.address_hash,
        reporter=reporter,
        reason=reason.strip(),
    )
    _mail_coordinators("abuse_reported", {"report": report})
    return report
