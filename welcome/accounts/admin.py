"""Django admin: administrators reset a person's second factor and read the second-factor events."""

from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from . import services
from .models import SecondFactorEvent

User = get_user_model()


@admin.action(description=_("Reset second factor (they set up a new app at their next login)"))
def reset_second_factor(modeladmin, request, queryset):
    for user in queryset:
        services.reset(user, request.user)
    count = queryset.count()
    modeladmin.message_user(
        request,
        ngettext("Second factor reset for %(count)d account.", "Second factor reset for %(count)d accounts.", count)
        % {"count": count},
        messages.SUCCESS,
    )


class StaffUserAdmin(UserAdmin):
    actions = [reset_second_factor]

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not request.user.is_superuser:
            actions.pop("reset_second_factor", None)
        return actions


admin.site.unregister(User)
admin.site.register(User, StaffUserAdmin)


@admin.register(SecondFactorEvent)
class SecondFactorEventAdmin(admin.ModelAdmin):
    list_display = ["created_at", "username", "action", "actor_name"]
    list_filter = ["action"]
    search_fields = ["username", "actor_name"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
