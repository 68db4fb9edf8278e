from django.apps import AppConfig


class PathfinderConfig(AppConfig):
    name = "welcome.pathfinder"
    label = "pathfinder"
    verbose_name = "Path check"
