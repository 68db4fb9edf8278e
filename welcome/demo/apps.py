from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "welcome.demo"
    label = "demo"
    verbose_name = "Ruhr content loader"
