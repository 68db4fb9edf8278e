from django.conf import settings
from django.utils.translation import get_language

from .languages import language_choices, language_direction


def portal(request):
    """What every template needs: the language, its direction and the language list."""
    lang = get_language() or settings.FALLBACK_LANGUAGE
    return {
        "LANG": lang,
        "LANG_DIR": language_direction(lang),
        "PORTAL_LANGUAGES": language_choices(),
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
        "FEATURES": set(settings.WELCOME_FEATURES),
    }
