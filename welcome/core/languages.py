"""The portal's languages: which exist, their direction, and the best one for a request."""

from django.conf import settings
from django.utils.translation import get_language_info
from django.utils.translation.trans_real import parse_accept_lang_header

RTL_LANGUAGES = {"ar", "fa", "he", "ur"}


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def language_direction(code):
    return "rtl" if code in RTL_LANGUAGES else "ltr"


def language_choices():
    """Each language with its own name, for switchers and filters."""
    return [{"code": code, "name": name, "dir": language_direction(code)} for code, name in settings.LANGUAGES]


def language_name(code):
    """The language's name in the language itself ("العربية" for ar)."""
    return dict(settings.LANGUAGES).get(code) or get_language_info(code)["name_local"]


def fallback_chain(code):
    """The languages to offer, in order, where something is missing in `code` (settings.LANGUAGE_FALLBACKS)."""
    default = [settings.FALLBACK_LANGUAGE, settings.LANGUAGE_CODE]
    chain = settings.LANGUAGE_FALLBACKS.get(code, default)
    return [other for other in dict.fromkeys(chain) if other != code and other in language_codes()]


def best_language(request):
    """The reader's language: their saved choice, else Accept-Language, else the fallback."""
    codes = language_codes()
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if chosen in codes:
        return chosen
    for tag, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        tag = tag.lower()
        if tag in codes:
            return tag
        base = tag.split("-")[0]
        if base in codes:
            return base
    return settings.FALLBACK_LANGUAGE
