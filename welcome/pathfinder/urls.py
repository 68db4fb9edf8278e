from django.urls import path

from . import views

app_name = "pathfinder"
urlpatterns = [
    path("", views.question, name="question"),
    path("result/", views.result, name="result"),
]
