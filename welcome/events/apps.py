from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "welcome.events"
    label = "events"
    verbose_name = "Events"
