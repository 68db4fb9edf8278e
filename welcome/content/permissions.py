"""Who may change the shape of the page tree, beyond editing pages."""

from wagtail.models import PagePermissionTester


class StructurePermissionTester(PagePermissionTester):
    """Deleting or moving a page changes the site's structure, so it needs the right to add pages there.

    Wagtail lets anyone who may edit a page also delete or move it. Editors and administrators may
    add pages, so nothing changes for them; a city's editors may edit and publish their city page,
    and no more.
    """

    def can_delete(self, ignore_bulk=False):
        return super().can_delete(ignore_bulk=ignore_bulk) and (self.user.is_superuser or "add" in self.permissions)
