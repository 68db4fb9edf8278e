"""Database down: the error page tells the truth and gives back what was typed, in the reader's language.

Marked `fault`: the default connection is pointed at a database that does not answer
(a closed port on PostgreSQL, a missing file on SQLite), then back.
"""

import pytest

from welcome.core.tests.components import database_down
from welcome.guides.models import ContactRequest

pytestmark = pytest.mark.fault

TYPED = "Meine Frage <script>alert(1)</script> zur Anerkennung meines Diploms"
FORM = {
    "name": "Layla",
    "email": "layla@example.com",
    "country": "SY",
    "languages": ["ar"],
    "planned_arrival": "3m",
    "message": TYPED,
    "consent": "on",
}


@pytest.fixture
def client(client):
    client.raise_request_exception = False
    return client


def test_a_form_sent_while_the_database_is_down_says_nothing_was_saved_and_gives_the_text_back(db, client):
    with database_down():
        response = client.post("/de/guides/write/", FORM)
    assert response.status_code == 503 and response["Retry-After"] == "60"
    html = response.content.decode()
    assert 'lang="de"' in html and "Unsere Datenbank antwortet gerade nicht" in html
    assert "Nichts von dem, was Sie geschickt haben, wurde gespeichert." in html
    assert "wurde vor diesem Fehler gespeichert" not in html and "nicht verloren" not in html
    # What was typed comes back, escaped, to copy; the form's secret token does not.
    assert "Meine Frage &lt;script&gt;alert(1)&lt;/script&gt; zur Anerkennung" in html and "<script>" not in html
    assert "layla@example.com" in html and "csrfmiddlewaretoken" not in html

    # It was true: nothing was saved. With the database back, the same form goes through.
    assert not ContactRequest.objects.exists()
    assert client.post("/de/guides/write/", FORM).status_code == 302
    assert ContactRequest.objects.count() == 1


def test_a_page_read_while_the_database_is_down_answers_503_in_the_readers_language(db, client):
    with database_down():
        response = client.get("/ar/guides/")
    html = response.content.decode()
    assert response.status_code == 503 and 'dir="rtl"' in html
    assert "قاعدة بياناتنا لا تستجيب الآن" in html and "لم يُحفظ" not in html


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_an_error_after_the_request_was_saved_says_it_was_saved(client, monkeypatch):
    def broken_redirect(*args, **kwargs):
        raise RuntimeError("failed after the request was committed")

    monkeypatch.setattr("welcome.guides.views.public.redirect", broken_redirect)
    html = client.post("/en/guides/write/", FORM).content.decode()
    assert ContactRequest.objects.count() == 1
    assert "What you sent was saved before this error." in html and "Nothing you sent was saved" not in html
