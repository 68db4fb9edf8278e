"""/<lang>/guides/…: public pages, the newcomer's private link, the guide's and the coordinators' areas.

Private newcomer links live under c/ (robots.txt keeps crawlers out of it).
"""

from django.urls import path

from .views import coordination, guide, newcomer, public

app_name = "guides"
urlpatterns = [
    path("", public.guide_list, name="index"),
    path("<int:pk>/", public.guide_profile, name="profile"),
    path("<int:pk>/write/", public.contact, name="contact"),
    path("write/", public.contact, name="contact_any"),
    path("match/", public.match, name="match"),
    path("sent/", public.sent, name="sent"),
    path("confirm/<str:token>/", public.confirm, name="confirm"),
    path("link/", public.new_link, name="new_link"),
    path("apply/", public.apply, name="apply"),
    path("c/<str:token>/", newcomer.conversation, name="conversation"),
    path("c/<str:token>/export/", newcomer.export_data, name="conversation_export"),
    path("c/<str:token>/<slug:action>/", newcomer.conversation, name="conversation_action"),
    # Guides
    path("login/", guide.login_view, name="login"),
    path("logout/", guide.logout_view, name="logout"),
    path("password/<uidb64>/<token>/", guide.set_password_view, name="set_password"),
    path("dashboard/", guide.dashboard, name="dashboard"),
    path("dashboard/profile/", guide.edit_profile, name="edit_profile"),
    path("dashboard/requests/<int:pk>/", guide.request_detail, name="request"),
    path("dashboard/requests/<int:pk>/<slug:action>/", guide.request_detail, name="request_action"),
    path("dashboard/export/", guide.export_data, name="export"),
    path("dashboard/delete/", guide.delete_account, name="delete_account"),
    # Coordinators
    path("coordination/", coordination.home, name="coordination"),
    path("coordination/requests/<int:pk>/", coordination.request_detail, name="coordination_request"),
    path("coordination/guides/", coordination.guides, name="coordination_guides"),
    path("coordination/guides/<int:pk>/", coordination.guide_status, name="coordination_guide"),
    path("coordination/applications/", coordination.applications, name="coordination_applications"),
    path("coordination/applications/<int:pk>/", coordination.applications, name="coordination_application"),
    path("coordination/statistics/", coordination.stats, name="coordination_statistics"),
    path("coordination/reports/", coordination.reports, name="coordination_reports"),
    path("coordination/reports/<int:pk>/", coordination.reports, name="coordination_report"),
    path("coordination/blocked/", coordination.blocked, name="coordination_blocked"),
    path("coordination/blocked/<int:pk>/unblock/", coordination.blocked, name="coordination_unblock"),
    path("coordination/audit/", coordination.audit_log, name="coordination_audit"),
]
