"""Languages a guide can speak: far more than the portal's ten interface languages.

Newcomers to the Ruhr speak Persian, Kurdish, Tigrinya or Hindi as often as German.
Names come from Django's own translated list where Django knows the language; the few
it does not know carry their English name here, translated in this app's catalogue.
"""

from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

# ISO 639 codes, most requested first; the order is the order of the checkboxes.
SPOKEN_LANGUAGES = [
    "ar",
    "de",
    "en",
    "tr",
    "uk",
    "ru",
    "pl",
    "ro",
    "es",
    "fr",
    "fa",
    "ckb",
    "kmr",
    "ps",
    "ur",
    "hi",
    "bn",
    "ta",
    "ti",
    "so",
    "am",
    "pt",
    "it",
    "el",
    "bg",
    "hr",
    "sr",
    "sq",
    "hu",
    "vi",
    "zh-hans",
    "id",
    "tl",
    "sw",
    "ka",
    "hy",
    "az",
    "kk",
]

# Languages Django's LANG_INFO does not know: (English name, own name, direction).
EXTRA_LANGUAGES = {
    "ckb": (_("Kurdish (Sorani)"), "کوردی", "rtl"),
    "kmr": (_("Kurdish (Kurmanji)"), "Kurmancî", "ltr"),
    "ps": (_("Pashto"), "پښتو", "rtl"),
    "ti": (_("Tigrinya"), "ትግርኛ", "ltr"),
    "so": (_("Somali"), "Soomaali", "ltr"),
    "am": (_("Amharic"), "አማርኛ", "ltr"),
    "tl": (_("Tagalog"), "Tagalog", "ltr"),
}


def _info(code):
    if code in EXTRA_LANGUAGES:
        name, local, direction = EXTRA_LANGUAGES[code]
        return {"name": name, "local": local, "dir": direction}
    info = get_language_info(code)
    return {"name": info["name_translated"], "local": info["name_local"], "dir": "rtl" if info["bidi"] else "ltr"}


def spoken_language_name(code):
    """The language's name in the reader's language ("Arabic" for an English reader)."""
    if code not in SPOKEN_LANGUAGES:
        return code
    return str(_info(code)["name"])


def spoken_language_label(code):
    """Name in the reader's language and in the language itself: "Persian (فارسی)"."""
    info = _info(code)
    name, local = str(info["name"]), info["local"]
    return name if name.lower() == local.lower() else f"{name} ({local})"


def spoken_language_direction(code):
    return _info(code)["dir"] if code in SPOKEN_LANGUAGES else "ltr"


def spoken_language_choices():
    """(code, label) pairs for forms, labels evaluated in the active language."""
    return [(code, spoken_language_label(code)) for code in SPOKEN_LANGUAGES]
