"""The portal's languages: which exist, their direction, and the best one for a request."""

from django.conf import settings
from django.utils.translation import get_language_info, pgettext_lazy
from django.utils.translation.trans_real import parse_accept_lang_header

RTL_LANGUAGES = {"ar", "fa", "he", "ur"}

# How a reader says "this is in German" beside a link that leaves their language. One phrase per
# language, because most languages inflect the name ("auf Deutsch", "на немецком", "po niemiecku").
IN_LANGUAGE = {
    "de": pgettext_lazy("a linked page is written in", "in German"),
    "en": pgettext_lazy("a linked page is written in", "in English"),
    "ar": pgettext_lazy("a linked page is written in", "in Arabic"),
    "tr": pgettext_lazy("a linked page is written in", "in Turkish"),
    "uk": pgettext_lazy("a linked page is written in", "in Ukrainian"),
    "ru": pgettext_lazy("a linked page is written in", "in Russian"),
    "pl": pgettext_lazy("a linked page is written in", "in Polish"),
    "ro": pgettext_lazy("a linked page is written in", "in Romanian"),
    "es": pgettext_lazy("a linked page is written in", "in Spanish"),
    "fr": pgettext_lazy("a linked page is written in", "in French"),
}


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


def in_language(code):
    """ "in German" in the active language; a language added later without its phrase shows its own name."""
    phrase = IN_LANGUAGE.get(code)
    return str(phrase) if phrase is not None else language_name(code)


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
