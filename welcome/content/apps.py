from django.apps import AppConfig


class ContentConfig(AppConfig):
    name = "welcome.content"
    label = "content"
    verbose_name = "Content pages"

    def ready(self):
        from . import signals  # noqa: F401
