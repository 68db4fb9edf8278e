"""What coordinators do. Every action here writes an audit log entry."""

import datetime

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..models import AbuseReport, Assignment, AuditLogEntry, BlockedAddress, ContactRequest, Guide
from ..privacy import address_hash
from .protection import Rejected
from .requests import COORDINATORS, _assign, _mail_guide, lock_for, route_request


def is_coordinator(user):
    return (
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.groups.filter(name=COORDINATORS).exists())
    )


def audit(actor, action, target, detail=""):
    """Writes who did what to which object; `target` is a model instance or a short text."""
    if hasattr(target, "_meta"):
        target = f"{target._meta.model_name}:{target.pk}"
    return AuditLogEntry.objects.create(
        actor=actor if actor and actor.is_authenticated else None,
        actor_name=getattr(actor, "username", "") or "system",
        action=action,
        target=str(target)[:120],
        detail=str(detail)[:2000],
    )


@transaction.atomic
def set_guide_status(guide, status, coordinator, note=""):
    """Approve (activate), pause or deactivate a guide. Paused and deactivated guides get no new requests."""
    if status not in Guide.Status.values:
        raise Rejected(_("Choose one of the offered states."))
    guide.status = status
    guide.save(update_fields=["status"])
    guide.user.is_active = status != Guide.Status.DEACTIVATED
    guide.user.save(update_fields=["is_active"])
    audit(coordinator, f"guide_{status}", guide, note)
    if status != Guide.Status.ACTIVE:
        _pass_on_waiting_requests(guide, coordinator)
    return guide


def _pass_on_waiting_requests(guide, coordinator):
    """Requests the guide has not accepted yet go to the next best guide, so no newcomer waits on a paused one.

    Conversations already under way stay: the coordinator decides on those (reassign_request).
    """
    for request in guide.contact_requests.allowing("accept").select_for_update():
        request.assignments.filter(guide=guide, outcome=Assignment.Outcome.PENDING).update(
            outcome=Assignment.Outcome.REASSIGNED, decided_at=timezone.now()
        )
        new_guide = route_request(request)
        audit(
            coordinator,
            "reassign_request",
            request,
            f"from guide {guide.pk} to {f'guide {new_guide.pk}' if new_guide else 'the coordinators'}: guide no longer active",
        )


@transaction.atomic
def reassign_request(request, guide, coordinator, note=""):
    """Gives any open request to the guide the coordinator chose."""
    if not is_coordinator(coordinator):
        raise PermissionDenied
    lock_for(request, "reassign", "hand_over")
    if guide.status != Guide.Status.ACTIVE:
        raise Rejected(_("This guide is not active. Choose an active guide."), field="guide")
    request.assignments.filter(outcome=Assignment.Outcome.PENDING).update(
        outcome=Assignment.Outcome.REASSIGNED, decided_at=timezone.now()
    )
    previous = request.guide
    if request.allows("reassign"):
        request.perform("reassign")
        _assign(request, guide, [_("chosen by a coordinator")])
    else:
        # An answered conversation keeps its history and simply continues with the new guide.
        request.perform("hand_over")
        Assignment.objects.create(
            request=request,
            guide=guide,
            outcome=Assignment.Outcome.ACCEPTED,
            reasons=[str(_("chosen by a coordinator"))],
        )
        request.guide = guide
        request.save()
        _mail_guide(guide, "new_request", request=request)
    audit(
        coordinator,
        "reassign_request",
        request,
        f"from guide {previous.pk if previous else '-'} to guide {guide.pk}. {note}",
    )
    return request


def unanswered_requests():
    """Confirmed requests without a first answer for longer than the alert limit (72 hours)."""
    limit = timezone.now() - datetime.timedelta(hours=settings.WELCOME["UNANSWERED_ALERT_HOURS"])
    return (
        ContactRequest.objects.awaiting_answer()
        .filter(confirmed_at__lt=limit, first_answer_at__isnull=True)
        .select_related("guide")
        .order_by("confirmed_at")
    )


@transaction.atomic
def block_address(address, coordinator, reason=""):
    """Stops an e-mail address from writing to guides. The address itself is not stored."""
    digest = address if len(address) == 64 and "@" not in address else address_hash(address)
    blocked, created = BlockedAddress.objects.get_or_create(address_hash=digest, defaults={"reason": reason})
    if created:
        audit(coordinator, "block_address", f"address:{digest[:12]}", reason)
    return blocked


@transaction.atomic
def unblock_address(blocked, coordinator):
    audit(coordinator, "unblock_address", f"address:{blocked.address_hash[:12]}")
    blocked.delete()


@transaction.atomic
def resolve_report(report, coordinator, resolution, block_newcomer=False, block_guide=False):
    """Closes an abuse report, optionally blocking the newcomer's address or the guide."""
    if report.resolved_at:
        raise Rejected(_("This report has already been resolved."))
    if not resolution.strip():
        raise Rejected(_("Please write what you decided, for the audit log."), field="resolution")
    if block_newcomer and report.address_hash:
        block_address(report.address_hash, coordinator, f"abuse report {report.pk}")
    if block_guide and report.guide:
        set_guide_status(report.guide, Guide.Status.DEACTIVATED, coordinator, f"abuse report {report.pk}")
    report.resolved_at = timezone.now()
    report.resolution = resolution.strip()
    report.save()
    audit(coordinator, "resolve_report", report, resolution)
    return report


def open_reports():
    return AbuseReport.objects.filter(resolved_at__isnull=True).select_related("guide", "request")
