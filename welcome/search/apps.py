from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "welcome.search"
    label = "search"
    verbose_name = "Search"

    def ready(self):
        from . import signals  # noqa: F401
