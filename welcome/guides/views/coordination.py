"""The coordinators' area: guides, applications, requests without an answer, reports, numbers."""

from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from ..forms import ApplicationDecisionForm, BlockAddressForm, GuideStatusForm, ReassignForm, ResolveReportForm
from ..matching import rank_guides
from ..models import AbuseReport, AuditLogEntry, BlockedAddress, ContactRequest, Guide, GuideApplication
from ..services import coordination, statistics
from ..services import guides as guide_services
from ..services.protection import Rejected
from .common import action_refusal, coordinator_required, show_rejection


@coordinator_required
def home(request):
    return render(
        request,
        "guides/coordination/home.html",
        {
            "applications": GuideApplication.objects.filter(state=GuideApplication.State.PENDING).count(),
            "waiting": ContactRequest.objects.waiting_for_coordinator().order_by("confirmed_at"),
            "unanswered": coordination.unanswered_requests(),
            "reports": coordination.open_reports().count(),
        },
    )


@coordinator_required
def request_detail(request, pk):
    contact_request = get_object_or_404(ContactRequest.objects.exclude(state=ContactRequest.State.NEW), pk=pk)
    action_error = None
    if request.method == "POST":
        form = ReassignForm(request.POST)
        if form.is_valid():
            try:
                coordination.reassign_request(
                    contact_request, form.cleaned_data["guide"], request.user, form.cleaned_data["note"]
                )
                return redirect(reverse("guides:coordination_request", args=[pk]) + "?done=1")
            except Rejected as rejected:
                action_error = action_refusal(form, rejected)
    else:
        form = ReassignForm()
    suggestions = rank_guides(
        contact_request.languages,
        contact_request.topics,
        contact_request.city,
        contact_request.country.code,
        exclude_ids=[contact_request.guide_id or 0],
    )
    return render(
        request,
        "guides/coordination/request.html",
        {
            "contact_request": contact_request,
            "assignments": contact_request.assignments.select_related("guide"),
            "suggestions": suggestions,
            "form": form,
            "done": request.GET.get("done"),
            "action_error": action_error,
        },
    )


@coordinator_required
def guides(request):
    status_filter = request.GET.get("status", "")
    listed = Guide.objects.with_load().order_by("status", "display_name")
    if status_filter in Guide.Status.values:
        listed = listed.filter(status=status_filter)
    return render(
        request,
        "guides/coordination/guides.html",
        {
            "guides": listed,
            "statuses": Guide.Status.choices,
            "status_filter": status_filter,
            "form": GuideStatusForm(),
        },
    )


@coordinator_required
def guide_status(request, pk):
    guide = get_object_or_404(Guide, pk=pk)
    form = GuideStatusForm(request.POST or None, initial={"status": guide.status})
    if request.method == "POST" and form.is_valid():
        coordination.set_guide_status(guide, form.cleaned_data["status"], request.user, form.cleaned_data["note"])
        return redirect(reverse("guides:coordination_guides") + "?done=1")
    return render(request, "guides/coordination/guide_status.html", {"guide": guide, "form": form})


@coordinator_required
def applications(request, pk=None):
    pending = GuideApplication.objects.filter(state=GuideApplication.State.PENDING)
    forms = {application.pk: ApplicationDecisionForm(prefix=f"a{application.pk}") for application in pending}
    if pk is not None and request.method == "POST":
        application = get_object_or_404(pending, pk=pk)
        form = ApplicationDecisionForm(request.POST, prefix=f"a{pk}")
        forms[pk] = form
        if form.is_valid():
            try:
                if form.cleaned_data["decision"] == "approve":
                    guide_services.approve_application(application, request.user)
                else:
                    guide_services.decline_application(application, request.user, form.cleaned_data["note"])
                return redirect(reverse("guides:coordination_applications") + "?done=1")
            except Rejected as rejected:
                show_rejection(form, rejected)
    return render(
        request,
        "guides/coordination/applications.html",
        {
            "entries": [(application, forms[application.pk]) for application in pending],
            "done": request.GET.get("done"),
        },
    )


@coordinator_required
def stats(request):
    days = request.GET.get("days", "90")
    days = int(days) if days in ("30", "90", "365") else 90
    return render(request, "guides/coordination/statistics.html", {"stats": statistics.overview(days)})


@coordinator_required
def reports(request, pk=None):
    open_reports = coordination.open_reports()
    forms = {report.pk: ResolveReportForm(prefix=f"r{report.pk}") for report in open_reports}
    if pk is not None and request.method == "POST":
        report = get_object_or_404(AbuseReport, pk=pk, resolved_at__isnull=True)
        form = ResolveReportForm(request.POST, prefix=f"r{pk}")
        forms[pk] = form
        if form.is_valid():
            coordination.resolve_report(report, request.user, **form.cleaned_data)
            return redirect(reverse("guides:coordination_reports") + "?done=1")
    return render(
        request,
        "guides/coordination/reports.html",
        {
            "entries": [(report, forms[report.pk]) for report in open_reports],
            "done": request.GET.get("done"),
        },
    )


@coordinator_required
def blocked(request, pk=None):
    if pk is not None and request.method == "POST":
        coordination.unblock_address(get_object_or_404(BlockedAddress, pk=pk), request.user)
        return redirect("guides:coordination_blocked")
    form = BlockAddressForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        coordination.block_address(form.cleaned_data["email"], request.user, form.cleaned_data["reason"])
        return redirect(reverse("guides:coordination_blocked") + "?done=1")
    return render(
        request,
        "guides/coordination/blocked.html",
        {
            "form": form,
            "blocked": BlockedAddress.objects.order_by("-created_at"),
            "done": request.GET.get("done"),
        },
    )


@coordinator_required
def audit_log(request):
    entries = AuditLogEntry.objects.all()
    query = request.GET.get("q", "").strip()[:100]
    if query:
        entries = entries.filter(
            Q(action__icontains=query) | Q(target__icontains=query) | Q(actor_name__icontains=query)
        )
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    return render(request, "guides/coordination/audit.html", {"page": page, "query": query})
