"""Every URL × every role answers what view_matrix.MATRIX says, and every URL pattern has a row."""

import re

from django.test import Client
from django.urls import URLResolver, get_resolver

from welcome.core import testing
from welcome.core.languages import language_codes

from .view_matrix import MATRIX, ROLES

# Views that Wagtail and Django bring along; their entry points have rows.
LIBRARY_PREFIXES = ("admin/", "django-admin/", "documents/")
# Who may read newcomer A's question: A, the guide who holds it, coordinators, administrators.
READERS_OF_REQUEST_A = {"new", "gA", "coor", "adm"}
OUR_SNIPPETS = re.compile(r"^admin/snippets/(places|events|study|search|pathfinder|guides|content)/\w+/$")


def log_in(client, user):
    """The one way the matrix logs a user in: password and a confirmed second factor."""
    testing.log_in(client, user)


def _patterns(resolver, prefix=""):
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from _patterns(entry, prefix + str(entry.pattern))
        else:
            yield prefix + str(entry.pattern), entry.lookup_str


def _normalised(route):
    first, _, rest = route.partition("/")
    return f"<lang>/{rest}" if first in language_codes() else route


def _needs_a_row(route, view):
    if not route.startswith(LIBRARY_PREFIXES):
        return True
    return view.startswith("welcome.") or bool(OUR_SNIPPETS.match(route))


def test_every_url_pattern_has_a_row_in_the_matrix():
    rows = {pattern for pattern, _url, _answers in MATRIX}
    routes = {_normalised(route): view for route, view in _patterns(get_resolver())}
    missing = sorted(route for route, view in routes.items() if _needs_a_row(route, view) and route not in rows)
    assert missing == [], f"URL patterns without a row in view_matrix.MATRIX: {missing}"
    stale = sorted(rows - set(routes))
    assert stale == [], f"rows in view_matrix.MATRIX for URL patterns that do not exist: {stale}"


def test_every_row_has_an_answer_for_every_role():
    for pattern, _url, answers in MATRIX:
        assert len(answers.split()) == len(ROLES), pattern


def _answer(response):
    if response.status_code in (301, 302):
        return "L" if "login" in response["Location"] else "R"
    return str(response.status_code)


def test_every_url_answers_each_role_as_the_matrix_says(world):
    """One portal for all roles (building it is the slow part); each role has its own browser."""
    wrong = []
    for role in ROLES:
        client = Client(HTTP_HOST="127.0.0.1")
        if role in world["users"]:
            log_in(client, world["users"][role])
        token, confirm = world["tokens"].get(role, ("not-a-private-link", "not-a-confirmation-link"))
        for index, (pattern, url, answers) in enumerate(MATRIX):
            expected = answers.split()[ROLES.index(role)]
            language = language_codes()[index % len(language_codes())]
            address = url.format(lang=language, token=token, confirm=confirm, **world["values"])
            response = client.get(address)
            if _answer(response) != expected:
                wrong.append(f"{role} {address}: {_answer(response)}, expected {expected} ({pattern})")
            if role not in READERS_OF_REQUEST_A and response.status_code == 200 and hasattr(response, "content"):
                assert world["private"] not in response.content.decode(errors="replace"), f"{role} {address}"
    assert wrong == [], "\n".join(wrong)
