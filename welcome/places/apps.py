from django.apps import AppConfig


class PlacesConfig(AppConfig):
    name = "welcome.places"
    label = "places"
    verbose_name = "Offices and services"
