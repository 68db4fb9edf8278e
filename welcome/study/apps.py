from django.apps import AppConfig


class StudyConfig(AppConfig):
    name = "welcome.study"
    label = "study"
    verbose_name = "Study programmes"
