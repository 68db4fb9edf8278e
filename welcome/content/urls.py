from django.urls import path

from . import views

app_name = "content"
urlpatterns = [
    path("missing/<int:page_id>/", views.missing_translation, name="missing_translation"),
    path("accessibility-feedback/", views.accessibility_feedback, name="accessibility_feedback"),
    path("accessibility-feedback/sent/", views.accessibility_feedback_sent, name="accessibility_feedback_sent"),
]
