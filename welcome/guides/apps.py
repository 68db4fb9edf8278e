from django.apps import AppConfig


class GuidesConfig(AppConfig):
    name = "welcome.guides"
    label = "guides"
    verbose_name = "Welcome.Guides"
