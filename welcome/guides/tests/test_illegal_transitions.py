"""Every action in every state it is not allowed in, and every action by the wrong person, is refused.

Through the services and through the URLs a guide, a newcomer and a coordinator use; the
request's state is unchanged afterwards.
"""

import pytest
from django.core.exceptions import PermissionDenied

from welcome.core.testing import log_in
from welcome.guides.models import ContactRequest, Message, PrivateLink
from welcome.guides.privacy import address_hash, message_fingerprint
from welcome.guides.request_states import ACTIONS, RequestState
from welcome.guides.services import Rejected, coordination
from welcome.guides.services import requests as services
from welcome.guides.services.housekeeping import expire_idle_conversations

STATES = list(RequestState.values)


def _request_in(state, guide):
    return ContactRequest.objects.create(
        guide=guide,
        state=state,
        name="Layla",
        email="layla@example.com",
        address_hash=address_hash("layla@example.com"),
        country="SY",
        languages=["ar"],
        planned_arrival="3m",
        message="How do I get my degree recognised?",
        message_fingerprint=message_fingerprint("How do I get my degree recognised?"),
    )


def _guide_actions(guide):
    return {
        "accept": lambda r: services.accept_request(guide, r),
        "decline": lambda r: services.decline_request(guide, r, "On holiday"),
        "answer": lambda r: services.post_message(r, Message.Sender.GUIDE, "Hello", guide=guide),
        "close": lambda r: services.close_conversation(guide, r, "Explained recognition"),
    }


NEWCOMER_ACTIONS = {
    "write": lambda r: services.post_message(r, Message.Sender.NEWCOMER, "Thank you", client_ip="10.0.0.9"),
    "rate": lambda r: services.rate_help(r, True),
}


def _illegal(action):
    return [state for state in STATES if state not in ACTIONS[action][0]]


def _unchanged(request, state):
    request.refresh_from_db()
    assert request.state == state


@pytest.mark.parametrize(
    "action, state",
    [(action, state) for action in ("accept", "decline", "answer", "close") for state in _illegal(action)],
)
def test_the_guide_cannot_act_in_a_state_that_does_not_allow_it(make_guide, action, state):
    guide = make_guide()
    request = _request_in(state, guide)
    with pytest.raises(Rejected):
        _guide_actions(guide)[action](request)
    _unchanged(request, state)


@pytest.mark.parametrize("action", ["accept", "decline", "answer", "close"])
def test_another_guide_cannot_act_on_a_request_in_any_state(make_guide, action):
    owner, other = make_guide(), make_guide()
    for state in STATES:
        request = _request_in(state, owner)
        with pytest.raises(Rejected):
            _guide_actions(other)[action](request)
        _unchanged(request, state)
        assert not request.messages.exists()


@pytest.mark.parametrize(
    "action, state", [(action, state) for action in NEWCOMER_ACTIONS for state in _illegal(action)]
)
def test_the_newcomer_cannot_act_in_a_state_that_does_not_allow_it(make_guide, action, state):
    request = _request_in(state, make_guide())
    with pytest.raises(Rejected):
        NEWCOMER_ACTIONS[action](request)
    _unchanged(request, state)


@pytest.mark.parametrize("state", [s for s in STATES if s not in ACTIONS["reassign"][0] + ACTIONS["hand_over"][0]])
def test_a_coordinator_cannot_give_away_a_request_that_is_not_open(make_guide, coordinator, state):
    request = _request_in(state, make_guide())
    with pytest.raises(Rejected):
        coordination.reassign_request(request, make_guide(), coordinator)
    _unchanged(request, state)


def test_only_a_coordinator_can_give_a_request_to_another_guide(make_guide):
    owner, other = make_guide(), make_guide()
    request = _request_in("confirmed", owner)
    with pytest.raises(PermissionDenied):
        coordination.reassign_request(request, other, other.user)
    request.refresh_from_db()
    assert request.guide == owner


@pytest.mark.parametrize("state", _illegal("confirm"))
def test_a_confirmation_link_confirms_nothing_but_a_new_request(make_guide, state):
    request = _request_in(state, make_guide())
    token = services.issue_link(request, PrivateLink.Purpose.CONFIRM)
    _request, conversation_token = services.confirm_request(token)
    assert conversation_token is None
    _unchanged(request, state)


def test_housekeeping_expires_only_what_may_expire(make_guide):
    requests = {state: _request_in(state, make_guide()) for state in STATES}
    ContactRequest.objects.update(last_activity_at="2000-01-01T00:00:00Z")
    assert expire_idle_conversations() == 1
    for state, request in requests.items():
        _unchanged(request, "expired" if state == "answered" else state)


def test_a_guide_cannot_reopen_a_conversation_that_expired_while_the_page_was_open(make_guide):
    """The guide's copy still says "answered"; what is stored says "expired"."""
    guide = make_guide()
    request = _request_in("answered", guide)
    ContactRequest.objects.filter(pk=request.pk).update(state="expired")
    assert request.state == "answered"
    with pytest.raises(Rejected):
        services.post_message(request, Message.Sender.GUIDE, "Are you still there?", guide=guide)
    _unchanged(request, "expired")
    assert not request.messages.exists()


# --- the same through the URLs ---------------------------------------------------------------

GUIDE_FORMS = {
    "accept": {},
    "decline": {"decline-reason": "On holiday"},
    "message": {"message-body": "Hello"},
    "close": {"close-summary": "Explained recognition"},
}
GUIDE_ACTION_OF_FORM = {"accept": "accept", "decline": "decline", "message": "answer", "close": "close"}


@pytest.mark.parametrize(
    "form, state",
    [(form, state) for form, action in GUIDE_ACTION_OF_FORM.items() for state in _illegal(action)],
)
def test_the_guides_forms_refuse_what_the_state_does_not_allow(make_guide, client, form, state):
    guide = make_guide()
    request = _request_in(state, guide)
    log_in(client, guide.user)
    response = client.post(f"/de/guides/dashboard/requests/{request.pk}/{form}/", GUIDE_FORMS[form])
    assert response.status_code == 200
    assert "notice--error" in response.content.decode()
    _unchanged(request, state)


@pytest.mark.parametrize("form", GUIDE_FORMS)
def test_another_guides_forms_find_no_such_request(make_guide, client, form):
    owner, other = make_guide(), make_guide()
    log_in(client, other.user)
    for state in STATES:
        request = _request_in(state, owner)
        response = client.post(f"/en/guides/dashboard/requests/{request.pk}/{form}/", GUIDE_FORMS[form])
        assert response.status_code == 404
        _unchanged(request, state)


NEWCOMER_FORMS = {"message": {"message-body": "Thank you"}, "rate": {"rate-helpful": "yes", "rate-comment": ""}}
NEWCOMER_ACTION_OF_FORM = {"message": "write", "rate": "rate"}


@pytest.mark.parametrize(
    "form, state",
    [(form, state) for form, action in NEWCOMER_ACTION_OF_FORM.items() for state in _illegal(action)],
)
def test_the_newcomers_forms_refuse_what_the_state_does_not_allow(make_guide, client, form, state):
    request = _request_in(state, make_guide())
    token = services.issue_link(request, PrivateLink.Purpose.CONVERSATION)
    response = client.post(f"/ar/guides/c/{token}/{form}/", NEWCOMER_FORMS[form])
    assert response.status_code == 200
    assert "notice--error" in response.content.decode()
    _unchanged(request, state)
    assert not request.messages.exists() and not hasattr(request, "rating")


def test_another_newcomers_link_opens_nothing_of_this_request(make_guide, client):
    mine, theirs = _request_in("answered", make_guide()), _request_in("answered", make_guide())
    Message.objects.create(request=mine, sender=Message.Sender.NEWCOMER, body="my own private words")
    token = services.issue_link(theirs, PrivateLink.Purpose.CONVERSATION)
    response = client.get(f"/en/guides/c/{token}/")
    assert response.status_code == 200 and "my own private words" not in response.content.decode()
    client.post(f"/en/guides/c/{token}/message/", NEWCOMER_FORMS["message"])
    assert mine.messages.count() == 1 and theirs.messages.count() == 1


@pytest.mark.parametrize("state", ["closed", "expired"])
def test_the_coordinators_form_refuses_to_give_away_a_finished_request(make_guide, coordinator, client, state):
    request = _request_in(state, make_guide())
    other = make_guide()
    log_in(client, coordinator)
    response = client.post(f"/en/guides/coordination/requests/{request.pk}/", {"guide": other.pk, "note": ""})
    assert response.status_code == 200 and "notice--error" in response.content.decode()
    request.refresh_from_db()
    assert request.state == state and request.guide != other
