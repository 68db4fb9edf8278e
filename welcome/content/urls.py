from django.urls import path

from . import views

app_name = "content"
urlpatterns = [
    path("missing/<int:page_id>/", views.missing_translation, name="missing_translation"),
]
