"""Every transition of a request: new → confirmed → accepted | declined → (re-routed) → answered → closed | expired."""

import datetime

import pytest
from django.utils import timezone

from welcome.guides.models import Assignment, ContactRequest, Message
from welcome.guides.request_states import InvalidTransition
from welcome.guides.services import Rejected, coordination
from welcome.guides.services import requests as services


def test_a_submitted_request_waits_for_confirmation_and_goes_to_no_guide_yet(make_guide, submit, mailoutbox):
    guide = make_guide()
    request, _token = submit(guide=guide)
    assert request.state == "new" and request.guide is None
    assert len(mailoutbox) == 1 and "/ar/guides/confirm/" in mailoutbox[0].body
    assert not any(guide.user.email in m.to for m in mailoutbox)


def test_confirming_routes_to_the_chosen_guide_and_gives_a_private_link(make_guide, submit, committed, mailoutbox):
    guide = make_guide()
    _request, token = submit(guide=guide)
    request, conversation_token = committed(services.confirm_request, token)
    request.refresh_from_db()
    assert request.state == "confirmed" and request.guide == guide and request.confirmed_at
    assert services.request_for_token(conversation_token, "conversation") == request
    assert sorted(m.to[0] for m in mailoutbox[1:]) == sorted([guide.user.email, "layla@example.com"])
    # The guide's e-mail carries a link, not the question.
    guide_mail = next(m for m in mailoutbox if m.to == [guide.user.email])
    assert (
        "engineering degree" not in guide_mail.body and f"/guides/dashboard/requests/{request.pk}/" in guide_mail.body
    )


def test_a_confirmation_link_works_once(make_guide, submit, committed):
    _request, token = submit(guide=make_guide())
    committed(services.confirm_request, token)
    request, second = committed(services.confirm_request, token)
    assert second is None and request.state == "confirmed"


def test_without_a_chosen_guide_confirmation_picks_the_best_match(make_guide, confirmed):
    make_guide(languages=["ar"], city="essen")
    best = make_guide(languages=["ar"], city="dortmund")
    request, _ = confirmed()
    assert request.guide == best
    assert any("Dortmund" in reason for reason in request.assignments.get().reasons)


def test_accept_then_answer_then_close(make_guide, confirmed, committed, mailoutbox):
    guide = make_guide()
    request, _ = confirmed(guide=guide)
    committed(services.accept_request, guide, request)
    assert request.state == "accepted" and request.assignments.get().outcome == Assignment.Outcome.ACCEPTED
    committed(
        services.post_message, request, Message.Sender.GUIDE, "Start at anerkennung-in-deutschland.de", guide=guide
    )
    request.refresh_from_db()
    assert request.state == "answered" and request.first_answer_at
    guide.refresh_from_db()
    assert guide.answered_count == 1 and guide.routed_count == 1
    # The newcomer's notification has a link but never the text.
    assert "anerkennung" not in mailoutbox[-1].body and "/ar/guides/c/" in mailoutbox[-1].body
    committed(services.close_conversation, guide, request, "Explained recognition")
    assert request.state == "closed" and request.closed_at


def test_decline_reroutes_to_the_next_best_guide(make_guide, confirmed, committed):
    first = make_guide(city="dortmund")
    second = make_guide(city="essen")
    request, _ = confirmed(guide=first)
    new_guide = committed(services.decline_request, first, request, "On holiday")
    request.refresh_from_db()
    assert new_guide == second and request.state == "confirmed" and request.guide == second
    assert request.assignments.get(guide=first).decline_reason == "On holiday"


def test_decline_without_another_guide_goes_to_the_coordinators(
    make_guide, confirmed, committed, coordinator, mailoutbox
):
    guide = make_guide()
    request, _ = confirmed(guide=guide)
    committed(services.decline_request, guide, request, "Not my field")
    request.refresh_from_db()
    assert request.state == "declined" and request.guide is None and request.waits_for_coordinator
    assert mailoutbox[-1].to == [coordinator.email]
    # A coordinator gives it to someone new; it is routed again.
    other = make_guide(languages=["de"])
    committed(coordination.reassign_request, request, other, coordinator)
    request.refresh_from_db()
    assert request.state == "confirmed" and request.guide == other


def test_declining_needs_a_reason(make_guide, confirmed):
    guide = make_guide()
    request, _ = confirmed(guide=guide)
    with pytest.raises(Rejected):
        services.decline_request(guide, request, "  ")
    request.refresh_from_db()
    assert request.state == "confirmed"


def test_an_answered_conversation_without_activity_expires(make_guide, confirmed, committed, settings):
    from welcome.guides.services.housekeeping import expire_idle_conversations

    guide = make_guide()
    request, _ = confirmed(guide=guide)
    committed(services.accept_request, guide, request)
    committed(services.post_message, request, Message.Sender.GUIDE, "Hello", guide=guide)
    assert expire_idle_conversations() == 0
    ContactRequest.objects.filter(pk=request.pk).update(last_activity_at=timezone.now() - datetime.timedelta(days=61))
    assert expire_idle_conversations() == 1
    request.refresh_from_db()
    assert request.state == "expired" and request.closed_at


@pytest.mark.parametrize(
    "state, action",
    [("new", "accept"), ("confirmed", "close"), ("closed", "answer"), ("expired", "route"), ("answered", "accept")],
)
def test_impossible_transitions_are_refused(state, action):
    request = ContactRequest(state=state)
    with pytest.raises(InvalidTransition):
        request.perform(action)
    assert request.state == state


def test_a_guide_cannot_answer_before_accepting(make_guide, confirmed):
    guide = make_guide()
    request, _ = confirmed(guide=guide)
    with pytest.raises(Rejected):
        services.post_message(request, Message.Sender.GUIDE, "Hi", guide=guide)


def test_newcomer_rates_a_closed_conversation_once(make_guide, confirmed, committed):
    guide = make_guide()
    request, _ = confirmed(guide=guide)
    with pytest.raises(Rejected):
        services.rate_help(request, True)
    committed(services.accept_request, guide, request)
    committed(services.post_message, request, Message.Sender.GUIDE, "Hi", guide=guide)
    committed(services.close_conversation, guide, request, "done")
    rating = services.rate_help(request, True, "Very kind")
    assert rating.guide == guide and rating.helpful
    with pytest.raises(Rejected):
        services.rate_help(request, False)


def test_newcomer_deletes_everything(make_guide, confirmed, committed):
    guide = make_guide()
    request, token = confirmed(guide=guide)
    committed(services.post_message, request, Message.Sender.NEWCOMER, "More details")
    services.delete_request(request)
    assert not ContactRequest.objects.exists() and not Message.objects.exists()
    assert services.request_for_token(token, "conversation") is None


def test_a_new_link_revokes_the_old_one(make_guide, confirmed, committed, mailoutbox):
    request, token = confirmed(guide=make_guide())
    committed(services.send_new_links, "LAYLA@example.com ")
    assert services.request_for_token(token, "conversation") is None
    new_token = mailoutbox[-1].body.split("/guides/c/")[1].split("/")[0]
    assert services.request_for_token(new_token, "conversation") == request


def test_only_the_hash_of_a_token_is_stored(make_guide, confirmed):
    from welcome.guides.models import PrivateLink

    _request, token = confirmed(guide=make_guide())
    stored = list(PrivateLink.objects.values_list("token_hash", flat=True))
    assert token not in stored and all(len(value) == 64 for value in stored)
