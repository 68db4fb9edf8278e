"""Bad input on every form: a clear message in the reader's language, an error summary, and what was typed kept."""

import html

import pytest
from django.utils import translation

from welcome.core.testing import log_in
from welcome.guides.services import requests as services


def in_language(language, msgid):
    """The message as the reader sees it; it must really be translated."""
    with translation.override(language):
        text = str(translation.gettext(msgid))
    assert language == "en" or text != msgid, f"not translated into {language}: {msgid}"
    return text


def assert_error(response, language, msgid, kept=()):
    body = html.unescape(response.content.decode())
    assert response.status_code == 200
    assert 'class="error-summary"' in body
    assert in_language(language, msgid) in body
    for value in kept:
        assert value in body, f"input not kept: {value}"


@pytest.mark.parametrize("language", ["de", "ar", "uk"])
def test_contact_form_explains_missing_fields_and_keeps_input(make_guide, client, language):
    guide = make_guide()
    response = client.post(
        f"/{language}/guides/{guide.pk}/write/",
        {"name": "Layla", "email": "not-an-address", "message": "سؤالي عن الاعتراف"},
    )
    assert_error(
        response,
        language,
        "Enter an e-mail address in the right form, like name@example.com.",
        kept=["Layla", "not-an-address", "سؤالي عن الاعتراف"],
    )
    body = html.unescape(response.content.decode())
    for msgid in (
        "Choose the country where you live now.",
        "Choose at least one language you can write in.",
        "Choose when you plan to come.",
        "To send your question, please agree to the privacy notice.",
    ):
        assert in_language(language, msgid) in body
    assert 'href="#id_languages_0"' in body and 'aria-invalid="true"' in body


VALID = {
    "name": "Layla",
    "email": "layla@example.com",
    "country": "SY",
    "languages": ["ar"],
    "planned_arrival": "3m",
    "message": "My question",
    "consent": "on",
}


def test_honeypot_rejects_and_explains(make_guide, client):
    guide = make_guide()
    response = client.post(f"/de/guides/{guide.pk}/write/", {**VALID, "website": "http://spam"})
    assert_error(
        response, "de", "This field must stay empty. Please delete what is in it and send again.", kept=["My question"]
    )


def test_duplicate_rate_limit_and_blocked_address_are_explained(make_guide, client, settings):
    guide = make_guide()
    assert client.post(f"/de/guides/{guide.pk}/write/", VALID).status_code == 302
    duplicate = client.post(f"/de/guides/{guide.pk}/write/", VALID)
    assert_error(
        duplicate,
        "de",
        "You have already sent this message. Look in your e-mail for our link, or ask for a new link below.",
        kept=["My question"],
    )
    for n in range(2):
        assert client.post(f"/de/guides/{guide.pk}/write/", {**VALID, "message": f"Question {n}"}).status_code == 302
    limited = client.post(f"/de/guides/{guide.pk}/write/", {**VALID, "message": "Fourth"})
    assert_error(
        limited,
        "de",
        "This e-mail address has reached today's limit. Please try again tomorrow, or continue in the conversation you already have.",
        kept=["Fourth"],
    )
    from welcome.guides.services.coordination import block_address

    block_address("spam@example.com", None, "spam")
    blocked = client.post(f"/de/guides/{guide.pk}/write/", {**VALID, "email": "Spam@Example.com"})
    assert_error(
        blocked,
        "de",
        "We cannot accept requests from this e-mail address. If you think this is a mistake, write to the coordinators through the contact page.",
    )


def test_rate_limit_per_network_address(make_guide, client):
    guide = make_guide(capacity=20)
    for n in range(10):
        assert (
            client.post(
                f"/de/guides/{guide.pk}/write/", {**VALID, "email": f"p{n}@example.com", "message": f"Q{n}"}
            ).status_code
            == 302
        )
    response = client.post(f"/de/guides/{guide.pk}/write/", {**VALID, "email": "p11@example.com", "message": "Q11"})
    assert_error(
        response,
        "de",
        "Many messages came from your network in the last hour. Please wait an hour and send again. What you wrote is still here.",
        kept=["Q11"],
    )


def test_a_language_the_guide_does_not_speak_is_explained(make_guide, client):
    guide = make_guide(languages=["tr"])
    response = client.post(f"/de/guides/{guide.pk}/write/", {**VALID, "languages": ["ar"]})
    assert_error(
        response,
        "de",
        "This guide does not speak any of the languages you chose. Choose a language the guide speaks, or let us find another guide.",
    )


def test_match_form_needs_a_language(db, client):
    response = client.get("/ar/guides/match/", {"topics": "job"})
    assert_error(response, "ar", "Choose at least one language you speak.")


def test_new_link_form(db, client):
    assert_error(
        client.post("/tr/guides/link/", {"email": "x@"}),
        "tr",
        "Enter an e-mail address in the right form, like name@example.com.",
        kept=["x@"],
    )


def test_application_form(db, client):
    response = client.post(
        "/ru/guides/apply/",
        {"display_name": "Olga", "story": "Я приехала", "languages": ["ru"], "story_language": "de"},
    )
    assert_error(response, "ru", "Write your story in one of the languages you speak.", kept=["Olga", "Я приехала"])
    for msgid in (
        "Choose the city or district where you live.",
        "To become a guide, please accept the code of conduct.",
    ):
        assert in_language("ru", msgid) in html.unescape(response.content.decode())


def test_newcomer_conversation_forms(make_guide, confirmed, client, committed):
    guide = make_guide()
    request, token = confirmed(guide=guide)
    url = f"/ar/guides/c/{token}/"
    assert_error(client.post(url + "message/", {"message-body": "   "}), "ar", "Write your message before sending it.")
    assert_error(client.post(url + "report/", {}), "ar", "Describe in a few words what happened.")
    assert_error(client.post(url + "delete/", {}), "ar", "Tick the box to confirm that you want to delete everything.")
    committed(services.accept_request, guide, request)
    committed(services.post_message, request, "guide", "Answer", guide=guide)
    committed(services.close_conversation, guide, request, "done")
    assert_error(client.post(url + "rate/", {"rate-comment": "شكرا"}), "ar", "Choose yes or no.", kept=["شكرا"])


def test_guide_forms(make_guide, confirmed, client, committed):
    guide = make_guide()
    request, _ = confirmed(guide=guide)
    log_in(client, guide.user)
    base = f"/de/guides/dashboard/requests/{request.pk}/"
    assert_error(
        client.post(base + "decline/", {"decline-reason": ""}),
        "de",
        "Write in a few words why you cannot take this request.",
    )
    committed(services.accept_request, guide, request)
    assert_error(client.post(base + "message/", {"message-body": ""}), "de", "Write your message before sending it.")
    response = client.post(base + "close/", {"close-summary": "Fertig"})
    assert_error(
        response,
        "de",
        "Only a conversation with at least one answer can be closed. If you cannot help, decline the request instead.",
        kept=["Fertig"],
    )
    response = client.post("/de/guides/dashboard/", {"capacity": "99", "away_until": "morgen"})
    assert_error(response, "de", "Enter a number from 1 to 20.", kept=["99", "morgen"])
    assert_error(
        client.post("/de/guides/dashboard/delete/", {"password": "wrong"}),
        "de",
        "This password is not correct. Please try again.",
    )


def test_login_form(db, client):
    response = client.post("/uk/guides/login/", {"username": "nobody", "password": "x"})
    assert_error(response, "uk", "The username or password is not correct. Check both and try again.", kept=["nobody"])


def test_coordinator_forms(make_guide, confirmed, coordinator, client):
    from welcome.guides.models import GuideApplication

    request, _ = confirmed(guide=make_guide())
    log_in(client, coordinator)
    assert_error(
        client.post(f"/de/guides/coordination/requests/{request.pk}/", {"guide": "999"}),
        "de",
        "Choose a guide from the list.",
    )
    assert_error(
        client.post("/de/guides/coordination/blocked/", {"email": "bad", "reason": ""}),
        "de",
        "Write why you block this address.",
        kept=["bad"],
    )
    application = GuideApplication.objects.create(
        display_name="A",
        email="a@example.org",
        city="essen",
        origin="SY",
        profession="p",
        languages=["ar"],
        topics=["job"],
        story="s",
        story_language="ar",
    )
    response = client.post(
        f"/de/guides/coordination/applications/{application.pk}/", {f"a{application.pk}-decision": "decline"}
    )
    assert_error(response, "de", "Write a short, kind reason for the applicant.")
