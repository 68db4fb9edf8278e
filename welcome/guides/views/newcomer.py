"""The newcomer's private conversation page, reached only through their private link."""

import json

from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from welcome.core.client import client_ip

from ..forms import DeleteRequestForm, MessageForm, RatingForm, ReportForm
from ..models import Message, PrivateLink
from ..services import requests as request_services
from ..services.newcomer_data import export_request_data
from ..services.protection import Rejected
from .common import action_refusal, private

FORMS = {"message": MessageForm, "rate": RatingForm, "report": ReportForm, "delete": DeleteRequestForm}


def _run(action, contact_request, data, request):
    if action == "message":
        request_services.post_message(
            contact_request, Message.Sender.NEWCOMER, data["body"], client_ip=client_ip(request)
        )
    elif action == "rate":
        request_services.rate_help(contact_request, data["helpful"], data["comment"])
    elif action == "report":
        request_services.report_abuse(contact_request, Message.Sender.NEWCOMER, data["reason"])


@private
def conversation(request, token, action=None):
    """GET shows the conversation; POST to …/<action>/ sends a message, rates, reports or deletes."""
    contact_request = request_services.request_for_token(token, PrivateLink.Purpose.CONVERSATION)
    if contact_request is None or (action and action not in FORMS) or (action and request.method != "POST"):
        raise Http404
    forms = {name: form_class(prefix=name) for name, form_class in FORMS.items()}
    action_error = None
    if action:
        form = FORMS[action](request.POST, prefix=action)
        forms[action] = form
        if form.is_valid():
            if action == "delete":
                request_services.delete_request(contact_request)
                return render(request, "guides/deleted.html")
            try:
                _run(action, contact_request, form.cleaned_data, request)
            except Rejected as rejected:
                action_error = action_refusal(form, rejected)
            else:
                return redirect(reverse("guides:conversation", args=[token]) + f"?done={action}#{action}-done")
    context = {
        "contact_request": contact_request,
        "messages_": contact_request.messages.select_related("guide"),
        "forms": forms,
        "token": token,
        "done": request.GET.get("done"),
        "confirmed": request.GET.get("confirmed"),
        "rated": hasattr(contact_request, "rating"),
        "action_error": action_error,
    }
    return render(request, "guides/conversation.html", context)


@private
def export_data(request, token):
    """The request and its conversation as a JSON download, from the newcomer's private link."""
    contact_request = request_services.request_for_token(token, PrivateLink.Purpose.CONVERSATION)
    if contact_request is None:
        raise Http404
    body = json.dumps(export_request_data(contact_request), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="welcome-ruhr-my-question.json"'
    return response
