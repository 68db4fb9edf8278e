"""One rule for input no database can store: a NUL byte answers 400, before any view runs.

PostgreSQL refuses NUL in text ("A string literal cannot contain NUL characters"), SQLite
stores it, so without this rule the same link is a 404 on one database and a 500 on the
other. No person types a NUL byte; forms would refuse it anyway (Django's CharField
does), but paths, query strings and cookies reach lookups without a form.
Lone surrogates and invalid UTF-8 cannot reach us: Django decodes every request with
`errors="replace"`.
"""

from django.core.exceptions import BadRequest

NUL = "\x00"


FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _names_and_values(data):
    for name in data:
        yield name
        yield from data.getlist(name) if hasattr(data, "getlist") else [data[name]]


def contains_nul(request):
    """Whether the path, a query or form field (name or value) or a cookie holds a NUL byte."""
    sources = [request.GET, request.COOKIES]
    if request.method == "POST" and request.content_type in FORM_TYPES:
        sources.append(request.POST)
    texts = (text for source in sources for text in _names_and_values(source))
    return NUL in request.path_info or any(NUL in text for text in texts if isinstance(text, str))


class RejectUnstorableInputMiddleware:
    """Answers 400 (the portal's own page, in the reader's language) to a request with a NUL byte."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if contains_nul(request):
            raise BadRequest("NUL byte in the request")
        return self.get_response(request)
