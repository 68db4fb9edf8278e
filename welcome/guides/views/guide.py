"""The guide's own area: login, dashboard, requests and conversations, settings, export, deletion."""

import json

from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from ..forms import (
    AvailabilityForm,
    CloseForm,
    DeclineForm,
    DeleteAccountForm,
    GuideProfileForm,
    MessageForm,
    ReportForm,
)
from ..models import ContactRequest, Message
from ..services import guides as guide_services
from ..services import requests as request_services
from ..services.coordination import is_coordinator
from ..services.protection import Rejected
from .common import action_refusal, guide_required, private, show_rejection


class LoginView(auth_views.LoginView):
    """One login for guides and coordinators; each lands in their own area."""

    template_name = "guides/login.html"
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        if is_coordinator(self.request.user):
            return reverse("guides:coordination")
        return reverse("guides:dashboard")

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        form.error_messages["invalid_login"] = _("The username or password is not correct. Check both and try again.")
        form.fields["username"].error_messages["required"] = _("Enter your username.")
        form.fields["password"].error_messages["required"] = _("Enter your password.")
        return form


def logout_view(request):
    if request.method == "POST":
        logout(request)
    return redirect("guides:login")


class SetPasswordView(auth_views.PasswordResetConfirmView):
    """The one-time link a new guide gets by e-mail to choose their password."""

    template_name = "guides/set_password.html"
    success_url = reverse_lazy("guides:login")
    post_reset_login = False


@guide_required
def dashboard(request, guide):
    requests = guide.contact_requests.all()
    if request.method == "POST":
        form = AvailabilityForm(request.POST)
        if form.is_valid():
            try:
                guide_services.update_availability(guide, **form.cleaned_data)
                return redirect(reverse("guides:dashboard") + "?saved=1")
            except Rejected as rejected:
                show_rejection(form, rejected)
    else:
        form = AvailabilityForm(
            initial={
                "capacity": guide.capacity,
                "accepting_requests": guide.accepting_requests,
                "away_until": guide.away_until,
            }
        )
    return render(
        request,
        "guides/dashboard/dashboard.html",
        {
            "guide": guide,
            "new_requests": requests.allowing("accept").order_by("assigned_at"),
            "open_conversations": requests.in_conversation().order_by("-last_activity_at"),
            "closed_conversations": requests.finished().order_by("-closed_at")[:20],
            "form": form,
            "saved": request.GET.get("saved"),
            "declined": request.GET.get("declined"),
            "profile_saved": request.GET.get("profile_saved"),
        },
    )


@guide_required
def edit_profile(request, guide):
    """GET/POST /<lang>/guides/dashboard/profile/: the guide corrects what newcomers see of them."""
    if request.method == "POST":
        form = GuideProfileForm(request.POST)
        if form.is_valid():
            guide_services.update_profile(guide, **form.cleaned_data)
            return redirect(reverse("guides:dashboard") + "?profile_saved=1")
    else:
        story = guide.story_for(get_language())
        form = GuideProfileForm(
            initial={
                "display_name": guide.display_name,
                "city": guide.city,
                "origin": guide.origin,
                "profession": guide.profession,
                "languages": guide.language_codes,
                "topics": guide.topic_codes,
                "story_language": story.language if story else "",
                "story": story.text if story else "",
            }
        )
    return render(request, "guides/dashboard/profile.html", {"guide": guide, "form": form})


ACTIONS = {"accept": None, "decline": DeclineForm, "message": MessageForm, "close": CloseForm, "report": ReportForm}


@guide_required
def request_detail(request, guide, pk, action=None):
    """One request of this guide: accept or decline it, answer, close, report. Others' requests: 404."""
    contact_request = get_object_or_404(ContactRequest, pk=pk, guide=guide)
    if action and (action not in ACTIONS or request.method != "POST"):
        raise Http404
    forms = {name: form_class(prefix=name) for name, form_class in ACTIONS.items() if form_class}
    action_error = None
    if action:
        form_class = ACTIONS[action]
        form = form_class(request.POST, prefix=action) if form_class else None
        if form:
            forms[action] = form
        if form is None or form.is_valid():
            try:
                _run(action, guide, contact_request, form.cleaned_data if form else {})
            except Rejected as rejected:
                action_error = action_refusal(form, rejected)
            else:
                if action == "decline":
                    return redirect(reverse("guides:dashboard") + "?declined=1")
                return redirect(reverse("guides:request", args=[pk]) + f"?done={action}")
    return render(
        request,
        "guides/dashboard/request.html",
        {
            "guide": guide,
            "contact_request": contact_request,
            "messages_": contact_request.messages.select_related("guide"),
            "forms": forms,
            "done": request.GET.get("done"),
            "action_error": action_error,
        },
    )


def _run(action, guide, contact_request, data):
    if action == "accept":
        return request_services.accept_request(guide, contact_request)
    if action == "decline":
        return request_services.decline_request(guide, contact_request, data["reason"])
    if action == "message":
        return request_services.post_message(contact_request, Message.Sender.GUIDE, data["body"], guide=guide)
    if action == "close":
        return request_services.close_conversation(guide, contact_request, data["summary"])
    return request_services.report_abuse(contact_request, Message.Sender.GUIDE, data["reason"])


@guide_required
def export_data(request, guide):
    """All the guide's data as a JSON download."""
    body = json.dumps(guide_services.export_guide_data(guide), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="welcome-ruhr-guide-data.json"'
    return response


@guide_required
def delete_account(request, guide):
    if request.method == "POST":
        form = DeleteAccountForm(request.POST, user=request.user)
        if form.is_valid():
            guide_services.delete_guide_account(guide)
            logout(request)
            return render(request, "guides/dashboard/account_deleted.html")
    else:
        form = DeleteAccountForm(user=request.user)
    return render(request, "guides/dashboard/delete_account.html", {"form": form, "guide": guide})


login_view = private(LoginView.as_view())
set_password_view = private(SetPasswordView.as_view())
