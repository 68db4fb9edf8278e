from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "welcome.core"
    label = "core"
    verbose_name = "Core: design system, languages, health"

    def ready(self):
        from .page_cache import connect_signals

        connect_signals()
