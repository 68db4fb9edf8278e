"""Who may edit which places: the editors of a city edit the places of their own city, and only those."""

from django.contrib.auth.models import Permission
from wagtail.permission_policies.base import ModelPermissionPolicy

from welcome.core.region import CITIES

CITY_EDITORS_PREFIX = "City editors: "


def city_editors_group_name(city_name):
    """The group of a city's own editors (made by the demo loader's setup_city_editors)."""
    return f"{CITY_EDITORS_PREFIX}{city_name}"


def _cities_by_group():
    return {city_editors_group_name(name): slug for slug, name, _kind in CITIES}


class CityPlacePermissionPolicy(ModelPermissionPolicy):
    """Model permissions as usual; a permission held only through city editor groups covers that city.

    `city_field` is where the model keeps the city: a place's own field, a description's place's.
    """

    def __init__(self, model, city_field="city", **kwargs):
        super().__init__(model, **kwargs)
        self.city_field = city_field

    def _city_of(self, instance):
        value = instance
        for name in self.city_field.split("__"):
            value = getattr(value, name)
        return value

    def _cities_limiting(self, user, action):
        """None when the user may act on every place; else the set of city slugs they may act on."""
        if user.is_superuser:
            return None
        held = Permission.objects.filter(
            content_type=self._content_type, codename__in=self._get_permission_codenames([action])
        )
        if user.user_permissions.filter(pk__in=held).exists():
            return None
        groups = user.groups.filter(permissions__in=held)
        if groups.exclude(name__startswith=CITY_EDITORS_PREFIX).exists():
            return None
        cities = _cities_by_group()
        return {cities[name] for name in groups.values_list("name", flat=True) if name in cities}

    def user_has_permission_for_instance(self, user, action, instance):
        if not super().user_has_permission_for_instance(user, action, instance):
            return False
        cities = self._cities_limiting(user, action)
        return cities is None or self._city_of(instance) in cities

    def instances_user_has_permission_for(self, user, action):
        instances = super().instances_user_has_permission_for(user, action)
        cities = self._cities_limiting(user, action)
        return instances if cities is None else instances.filter(**{f"{self.city_field}__in": cities})
