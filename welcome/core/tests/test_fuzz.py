"""Hostile values in every form field and query parameter of the public, guide and coordinator views.

Never a 500. A NUL byte answers 400 (the portal's page); anything else a bound form shows
again with what was typed and an error in the reader's language.
"""

import html
from urllib.parse import urlencode

import pytest
from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils import translation

from welcome.events.forms import EventFilterForm
from welcome.guides import forms as guide_forms
from welcome.pathfinder.questions import QUESTIONS
from welcome.places.forms import PlaceFilterForm

from .test_view_matrix import log_in

HOSTILE = {
    "nul": "visa\x00",
    "lone surrogate": "\ud800",
    "10,000 characters": "ü" * 10_000,
    "right-to-left marks": "\u202e\u200fgnp.exe\u202c",
    "SQL": "' OR 1=1; DROP TABLE guides_guide; --",
    "HTML": "<script>alert(1)</script>\"'><img src=x onerror=alert(1)>",
    "not a number": "-1e309",
    "huge number": "9" * 40,
    "not a date": "2026-13-45",
    "unknown choice": "zz-no-such-choice",
}
TEXT_WIDGETS = (forms.TextInput, forms.Textarea, forms.EmailInput, forms.NumberInput, forms.DateInput)
PATH_CHECK = [question.name for question in QUESTIONS] + ["change", "answered"]


FUZZED_FORMS = set()


def _fields(form_class, prefix=None):
    """name → whether the form shows what was typed in it again (text-like widgets do)."""
    FUZZED_FORMS.add(form_class)
    return {
        (f"{prefix}-{name}" if prefix else name): isinstance(field.widget, TEXT_WIDGETS)
        and not isinstance(field.widget, forms.PasswordInput)
        and name != "website"
        for name, field in form_class.base_fields.items()
    }


def _params(*names):
    return dict.fromkeys(names, False)


# (who, method, URL, {field name: re-shown when the form is bound}); the URL is filled from `people`.
TARGETS = [
    ("anon", "GET", "/{lang}/guides/", {**_fields(guide_forms.GuideFilterForm), **_params("page")}),
    ("anon", "GET", "/{lang}/guides/match/", _fields(guide_forms.MatchForm)),
    ("anon", "GET", "/{lang}/guides/write/", _params("languages", "topics", "city")),
    ("anon", "POST", "/{lang}/guides/write/", _fields(guide_forms.ContactForm)),
    ("anon", "POST", "/{lang}/guides/{guide}/write/", _fields(guide_forms.ContactForm)),
    ("anon", "POST", "/{lang}/guides/link/", _fields(guide_forms.NewLinkForm)),
    ("anon", "POST", "/{lang}/guides/apply/", _fields(guide_forms.ApplicationForm)),
    ("anon", "POST", "/{lang}/guides/login/", _fields(AuthenticationForm)),
    ("anon", "POST", "/{lang}/guides/confirm/{confirm}/", _params("anything")),
    ("new", "GET", "/{lang}/guides/c/{token}/", _params("done", "confirmed")),
    ("new", "POST", "/{lang}/guides/c/{token}/message/", _fields(guide_forms.MessageForm, "message")),
    ("other", "POST", "/{lang}/guides/c/{token}/rate/", _fields(guide_forms.RatingForm, "rate")),  # B is closed
    ("new", "POST", "/{lang}/guides/c/{token}/report/", _fields(guide_forms.ReportForm, "report")),
    ("new", "POST", "/{lang}/guides/c/{token}/delete/", _fields(guide_forms.DeleteRequestForm, "delete")),
    ("anon", "GET", "/{lang}/search/", _params("q", "page")),
    ("anon", "GET", "/{lang}/places/", {**_fields(PlaceFilterForm), **_params("page")}),
    ("anon", "GET", "/{lang}/events/", {**_fields(EventFilterForm), **_params("page")}),
    ("anon", "GET", "/{lang}/events/archive/", {**_fields(EventFilterForm), **_params("page")}),
    ("anon", "GET", "/{lang}/path/", _params(*PATH_CHECK)),
    ("anon", "GET", "/{lang}/path/result/", _params(*PATH_CHECK)),
    ("gA", "GET", "/{lang}/guides/dashboard/", _params("saved", "declined", "profile_saved")),
    ("gA", "POST", "/{lang}/guides/dashboard/", _fields(guide_forms.AvailabilityForm)),
    ("gA", "POST", "/{lang}/guides/dashboard/profile/", _fields(guide_forms.GuideProfileForm)),
    ("gA", "POST", "/{lang}/guides/dashboard/delete/", _fields(guide_forms.DeleteAccountForm)),
    ("gA", "GET", "/{lang}/guides/dashboard/requests/{request}/", _params("done")),
    ("gA", "POST", "/{lang}/guides/dashboard/requests/{waiting}/decline/", _fields(guide_forms.DeclineForm, "decline")),
    ("gA", "POST", "/{lang}/guides/dashboard/requests/{request}/message/", _fields(guide_forms.MessageForm, "message")),
    ("gA", "POST", "/{lang}/guides/dashboard/requests/{request}/close/", _fields(guide_forms.CloseForm, "close")),
    ("gA", "POST", "/{lang}/guides/dashboard/requests/{request}/report/", _fields(guide_forms.ReportForm, "report")),
    ("coor", "GET", "/{lang}/guides/coordination/guides/", _params("status")),
    ("coor", "GET", "/{lang}/guides/coordination/statistics/", _params("days")),
    ("coor", "GET", "/{lang}/guides/coordination/audit/", _params("q", "page")),
    ("coor", "POST", "/{lang}/guides/coordination/requests/{request}/", _fields(guide_forms.ReassignForm)),
    ("coor", "POST", "/{lang}/guides/coordination/guides/{guide}/", _fields(guide_forms.GuideStatusForm)),
    (
        "coor",
        "POST",
        "/{lang}/guides/coordination/applications/{application}/",
        _fields(guide_forms.ApplicationDecisionForm, "a{application}"),
    ),
    (
        "coor",
        "POST",
        "/{lang}/guides/coordination/reports/{report}/",
        _fields(guide_forms.ResolveReportForm, "r{report}"),
    ),
    ("coor", "POST", "/{lang}/guides/coordination/blocked/", _fields(guide_forms.BlockAddressForm)),
]
LANGUAGES = ["de", "ar", "uk", "tr"]


def _encoded(data):
    """As a browser sends it: UTF-8, where a lone surrogate becomes bytes no decoder accepts."""
    return urlencode(data, doseq=True, encoding="utf-8", errors="surrogatepass")


def _send(client, method, url, data):
    if method == "GET":
        return client.get(f"{url}?{_encoded(data)}")
    return client.post(url, _encoded(data), content_type="application/x-www-form-urlencoded")


def _problem_title(language):
    with translation.override(language):
        return translation.gettext("There is a problem")


@pytest.mark.parametrize(
    "who, method, url, fields", TARGETS, ids=[f"{method} {url}" for _who, method, url, _fields in TARGETS]
)
def test_hostile_values_never_break_a_page(people, rules, client, who, method, url, fields):
    if who in people["users"]:
        log_in(client, people["users"][who])
    token, confirm = people["tokens"].get(who, ("not-a-private-link", "not-a-confirmation-link"))
    values = {**people["values"], "token": token, "confirm": confirm}
    wrong = []
    for number, (field, reshown) in enumerate(fields.items()):
        field = field.format(**values)
        for kind, value in HOSTILE.items():
            language = LANGUAGES[number % len(LANGUAGES)]
            address = url.format(lang=language, **values)
            response = _send(client, method, address, {field: value})
            page = response.content.decode(errors="replace") if response.status_code == 200 else ""
            case = f"{method} {address} {field}={kind}: {response.status_code}"
            if response.status_code >= 500:
                wrong.append(case)
            elif kind == "nul" and response.status_code != 400:
                wrong.append(case + ", expected 400")
            elif page and f'lang="{language}"' not in page[:200]:
                wrong.append(case + f", not in {language}")
            elif page and reshown and kind != "lone surrogate" and html.escape(value) not in page:
                wrong.append(case + ", what was typed is not shown again")
            elif page and method == "POST" and "error-summary" in page and _problem_title(language) not in page:
                wrong.append(case + f", the error is not in {language}")
    assert wrong == [], "\n".join(wrong)


def test_the_fuzz_covers_every_form_of_the_apps():
    import welcome.events.forms
    import welcome.places.forms

    modules = (guide_forms, welcome.places.forms, welcome.events.forms)
    defined = {
        value
        for module in modules
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, forms.Form) and value.__module__ == module.__name__
    }
    bases = {guide_forms.HoneypotMixin}
    assert defined - bases - FUZZED_FORMS == set()
