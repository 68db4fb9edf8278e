from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = "Search synonyms"
    add_to_admin_menu = True
    menu_order = 900
    list_display = ["name", "terms"]
    search_fields = ["name", "terms"]


register_snippet(SynonymGroupViewSet)
