"""/<lang>/account/…: the second-factor pages, in the reader's language."""

from django.contrib.auth.views import LogoutView
from django.urls import path

from . import views

app_name = "accounts"
urlpatterns = [
    path("second-factor/", views.code, name="code"),
    path("second-factor/set-up/", views.set_up, name="set_up"),
    path("logout/", LogoutView.as_view(next_page="root"), name="logout"),
]
